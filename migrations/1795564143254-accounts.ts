// Accounts: users, personal API tokens, the audit log and installation settings.
import { MigrationInterface, QueryRunner } from "typeorm";

export class Accounts1795564143254 implements MigrationInterface {
    name = 'Accounts1795564143254'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "users" ("id" SERIAL NOT NULL, "email" text NOT NULL, "display_name" text, "password_hash" text NOT NULL, "role" text NOT NULL, "disabled" boolean NOT NULL DEFAULT false, "last_login_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "users_role_check" CHECK ("role" IN ('viewer', 'editor', 'admin')), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "users_email_key" ON "users"  ("email") `);
        await queryRunner.query(`CREATE TABLE "api_tokens" ("id" SERIAL NOT NULL, "user_id" integer NOT NULL, "name" text NOT NULL, "prefix" text NOT NULL, "token_hash" character(64) NOT NULL, "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c587455266b5fa8dace7194caac" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "api_tokens_hash_key" ON "api_tokens"  ("token_hash") `);
        await queryRunner.query(`CREATE INDEX "api_tokens_user_idx" ON "api_tokens"  ("user_id") `);
        await queryRunner.query(`CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "actor_id" integer, "actor_label" text NOT NULL, "action" text NOT NULL, "target_type" text, "target_id" text, "before" jsonb, "after" jsonb, "ip" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "audit_log_actor_idx" ON "audit_log"  ("actor_id", "id") `);
        await queryRunner.query(`CREATE INDEX "audit_log_target_idx" ON "audit_log"  ("target_type", "target_id") `);
        await queryRunner.query(`CREATE INDEX "audit_log_created_idx" ON "audit_log"  ("created_at", "id") `);
        await queryRunner.query(`CREATE TABLE "settings" ("key" text NOT NULL, "value" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c8639b7626fa94ba8265628f214" PRIMARY KEY ("key"))`);
        await queryRunner.query(`ALTER TABLE "api_tokens" ADD CONSTRAINT "FK_b74883f5884a42fd8496d389b25" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "api_tokens" DROP CONSTRAINT "FK_b74883f5884a42fd8496d389b25"`);
        await queryRunner.query(`DROP TABLE "settings"`);
        await queryRunner.query(`DROP INDEX "public"."audit_log_created_idx"`);
        await queryRunner.query(`DROP INDEX "public"."audit_log_target_idx"`);
        await queryRunner.query(`DROP INDEX "public"."audit_log_actor_idx"`);
        await queryRunner.query(`DROP TABLE "audit_log"`);
        await queryRunner.query(`DROP INDEX "public"."api_tokens_user_idx"`);
        await queryRunner.query(`DROP INDEX "public"."api_tokens_hash_key"`);
        await queryRunner.query(`DROP TABLE "api_tokens"`);
        await queryRunner.query(`DROP INDEX "public"."users_email_key"`);
        await queryRunner.query(`DROP TABLE "users"`);
    }

}
