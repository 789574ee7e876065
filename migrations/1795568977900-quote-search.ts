// Full-text search over quotes: a stored tsvector (speaker name and quote text) and its GIN index.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class QuoteSearch1795568977900 implements MigrationInterface {
  name = 'QuoteSearch1795568977900';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const database = await queryRunner.getCurrentDatabase();
    await queryRunner.query(
      `ALTER TABLE "quotes" ADD "search" tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce("speaker_name", '') || ' ' || "text")) STORED`,
    );
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES ($1, $2, $3, $4, $5, $6)`,
      [database, 'public', 'quotes', 'GENERATED_COLUMN', 'search', `to_tsvector('english', coalesce("speaker_name", '') || ' ' || "text")`],
    );
    await queryRunner.query(`CREATE INDEX "quotes_search_idx" ON "quotes" USING gin ("search")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const database = await queryRunner.getCurrentDatabase();
    await queryRunner.query(`DROP INDEX "quotes_search_idx"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = $3 AND "schema" = $4 AND "table" = $5`,
      ['GENERATED_COLUMN', 'search', database, 'public', 'quotes'],
    );
    await queryRunner.query(`ALTER TABLE "quotes" DROP COLUMN "search"`);
  }
}
