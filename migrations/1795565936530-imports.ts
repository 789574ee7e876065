// Bulk imports: a batch per uploaded file and a row per article, each with its outcome.
import { MigrationInterface, QueryRunner } from "typeorm";

export class Imports1795565936530 implements MigrationInterface {
    name = 'Imports1795565936530'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "import_batches" ("id" SERIAL NOT NULL, "filename" text NOT NULL, "format" text NOT NULL, "status" text NOT NULL DEFAULT 'queued', "total_rows" integer NOT NULL DEFAULT '0', "created_by" integer, "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "import_batches_status_check" CHECK ("status" IN ('queued', 'running', 'done')), CONSTRAINT "PK_6162597a2576c03e04bb2c1a2dd" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "import_batches_created_idx" ON "import_batches"  ("created_at", "id") `);
        await queryRunner.query(`CREATE TABLE "import_rows" ("id" SERIAL NOT NULL, "batch_id" integer NOT NULL, "row_number" integer NOT NULL, "payload" jsonb, "status" text NOT NULL DEFAULT 'pending', "error" text, "article_id" integer, "ingest_request_id" integer, "attempts" integer NOT NULL DEFAULT '0', "claimed_until" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "import_rows_status_check" CHECK ("status" IN ('pending', 'done', 'duplicate', 'fetching', 'failed')), CONSTRAINT "PK_45b442c5ced30d539ba20c3ec32" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "import_rows_batch_status_idx" ON "import_rows"  ("batch_id", "status") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "import_rows_batch_row_key" ON "import_rows"  ("batch_id", "row_number") `);
        await queryRunner.query(`ALTER TABLE "import_rows" ADD CONSTRAINT "FK_73fa592a1cb50af7896b58172e5" FOREIGN KEY ("batch_id") REFERENCES "import_batches"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "import_rows" DROP CONSTRAINT "FK_73fa592a1cb50af7896b58172e5"`);
        await queryRunner.query(`DROP INDEX "public"."import_rows_batch_row_key"`);
        await queryRunner.query(`DROP INDEX "public"."import_rows_batch_status_idx"`);
        await queryRunner.query(`DROP TABLE "import_rows"`);
        await queryRunner.query(`DROP INDEX "public"."import_batches_created_idx"`);
        await queryRunner.query(`DROP TABLE "import_batches"`);
    }

}
