// Quotes keyed by their words (case and punctuation aside), to find the same quote in other articles.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const EXPRESSION = `md5(btrim(regexp_replace(lower("text"), '[^[:alnum:]]+', ' ', 'g')))`;

export class QuoteTextKey1795570016955 implements MigrationInterface {
  name = 'QuoteTextKey1795570016955';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const database = await queryRunner.getCurrentDatabase();
    await queryRunner.query(`ALTER TABLE "quotes" ADD "text_key" character(32) GENERATED ALWAYS AS (${EXPRESSION}) STORED`);
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES ($1, $2, $3, $4, $5, $6)`,
      [database, 'public', 'quotes', 'GENERATED_COLUMN', 'text_key', EXPRESSION],
    );
    await queryRunner.query(`CREATE INDEX "quotes_text_key_idx" ON "quotes" ("text_key")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const database = await queryRunner.getCurrentDatabase();
    await queryRunner.query(`DROP INDEX "public"."quotes_text_key_idx"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = $3 AND "schema" = $4 AND "table" = $5`,
      ['GENERATED_COLUMN', 'text_key', database, 'public', 'quotes'],
    );
    await queryRunner.query(`ALTER TABLE "quotes" DROP COLUMN "text_key"`);
  }
}
