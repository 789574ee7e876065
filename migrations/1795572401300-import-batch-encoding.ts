// How an import's file was read, kept on its batch: the layout (a JSON array is told apart from
// JSON Lines, as its rows are numbered by item) and the character encoding (Windows-1252 files
// are read as such, and the progress page says so).
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ImportBatchEncoding1795572401300 implements MigrationInterface {
  name = 'ImportBatchEncoding1795572401300';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "import_batches" ADD "encoding" text NOT NULL DEFAULT 'utf-8'`);
    // batches stored before this column recorded their layout and encoding in their audit entry
    await queryRunner.query(
      `UPDATE "import_batches" b SET "format" = coalesce(a."after"->>'format', b."format"), "encoding" = coalesce(a."after"->>'encoding', 'utf-8')
         FROM "audit_log" a WHERE a."action" = 'import.create' AND a."target_type" = 'import' AND a."target_id" = b."id"::text`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "import_batches" SET "format" = 'jsonl' WHERE "format" = 'json'`);
    await queryRunner.query(`ALTER TABLE "import_batches" DROP COLUMN "encoding"`);
  }
}
