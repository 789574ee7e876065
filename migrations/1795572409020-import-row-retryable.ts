// Whether a failed import row may be stored by a retry. A row that failed because it is invalid as
// it is (no text, a date that cannot be read, a text too short …) fails again on every retry, so
// "Retry failed rows" now puts back only the rows a retry may store (a fetch, the queue or the
// database failed). Rows failed before this change keep being retried as they were, except those
// that could not be read at all.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ImportRowRetryable1795572409020 implements MigrationInterface {
  name = 'ImportRowRetryable1795572409020';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "import_rows" ADD "retryable" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`UPDATE "import_rows" SET "retryable" = false WHERE "payload" IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "import_rows" DROP COLUMN "retryable"`);
  }
}
