// Articles from URLs: page snapshots, fetch requests, and article versions (a changed page is stored as a new version).
import { MigrationInterface, QueryRunner } from "typeorm";

export class UrlIngest1795565116507 implements MigrationInterface {
    name = 'UrlIngest1795565116507'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "article_snapshots" ("id" SERIAL NOT NULL, "article_id" integer NOT NULL, "url" text NOT NULL, "final_url" text NOT NULL, "http_status" integer NOT NULL, "content_type" text NOT NULL, "byte_length" integer NOT NULL, "body_gzip" bytea NOT NULL, "fetched_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_577531e7ccbc705a4d47b44e2af" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "article_snapshots_article_idx" ON "article_snapshots"  ("article_id") `);
        await queryRunner.query(`CREATE TABLE "ingest_requests" ("id" SERIAL NOT NULL, "url" text NOT NULL, "status" text NOT NULL DEFAULT 'queued', "attempts" integer NOT NULL DEFAULT '0', "error_code" text, "error_message" text, "article_id" integer, "requested_by" integer, "overrides" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ingest_requests_status_check" CHECK ("status" IN ('queued', 'fetching', 'done', 'duplicate', 'failed')), CONSTRAINT "PK_a3091b779a3cfd39eb6e41b4b05" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ingest_requests_created_idx" ON "ingest_requests"  ("created_at", "id") `);
        await queryRunner.query(`ALTER TABLE "articles" ADD "version" integer NOT NULL DEFAULT '1'`);
        await queryRunner.query(`ALTER TABLE "articles" ADD "previous_version_id" integer`);
        await queryRunner.query(`ALTER TABLE "articles" ADD "is_current" boolean NOT NULL DEFAULT true`);
        await queryRunner.query(`CREATE UNIQUE INDEX "articles_current_canonical_url_key" ON "articles"  ("canonical_url") WHERE "is_current" AND "canonical_url" IS NOT NULL`);
        await queryRunner.query(`ALTER TABLE "article_snapshots" ADD CONSTRAINT "FK_c2ff8d46ed7c9ce32d36be5827c" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "article_snapshots" DROP CONSTRAINT "FK_c2ff8d46ed7c9ce32d36be5827c"`);
        await queryRunner.query(`DROP INDEX "public"."articles_current_canonical_url_key"`);
        await queryRunner.query(`ALTER TABLE "articles" DROP COLUMN "is_current"`);
        await queryRunner.query(`ALTER TABLE "articles" DROP COLUMN "previous_version_id"`);
        await queryRunner.query(`ALTER TABLE "articles" DROP COLUMN "version"`);
        await queryRunner.query(`DROP INDEX "public"."ingest_requests_created_idx"`);
        await queryRunner.query(`DROP TABLE "ingest_requests"`);
        await queryRunner.query(`DROP INDEX "public"."article_snapshots_article_idx"`);
        await queryRunner.query(`DROP TABLE "article_snapshots"`);
    }

}
