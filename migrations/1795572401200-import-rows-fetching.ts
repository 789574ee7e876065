// When a page an import handed to the fetcher is stored or fails, its import row is settled by
// the fetch request's id (see updateIngestRequest). Without an index that update read the whole
// import_rows table for every fetched page; this one holds only the rows still waiting on a fetch.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ImportRowsFetching1795572401200 implements MigrationInterface {
  name = 'ImportRowsFetching1795572401200';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "import_rows_fetching_request_idx" ON "import_rows" ("ingest_request_id") WHERE "status" = 'fetching'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."import_rows_fetching_request_idx"`);
  }
}
