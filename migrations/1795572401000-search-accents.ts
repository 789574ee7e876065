// Search folds accents: journalists type names on keyboards without them ("Fernandez" for
// "Fernández"), while speaker pages and verification already fold them. A text search
// configuration copies PostgreSQL's English one and runs `unaccent` before stemming words; the
// quotes' stored vector is recomputed with it (the table is rewritten and its search indexes
// rebuilt: about a minute per million quotes), and its statistics are gathered again, as the
// search's plans read them.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const VECTOR = (config: string) => `to_tsvector('${config}', coalesce("speaker_name", '') || ' ' || "text")`;

export class SearchAccents1795572401000 implements MigrationInterface {
  name = 'SearchAccents1795572401000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const database = await queryRunner.getCurrentDatabase();
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION "whosaid_english" (COPY = english)`);
    await queryRunner.query(`ALTER TEXT SEARCH CONFIGURATION "whosaid_english" ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem`);
    await queryRunner.query(`ALTER TABLE "quotes" ALTER COLUMN "search" SET EXPRESSION AS (${VECTOR('whosaid_english')})`);
    await queryRunner.query(
      `UPDATE "typeorm_metadata" SET "value" = $1 WHERE "type" = 'GENERATED_COLUMN' AND "name" = 'search' AND "database" = $2 AND "schema" = 'public' AND "table" = 'quotes'`,
      [VECTOR('whosaid_english'), database],
    );
    await queryRunner.query(`ANALYZE "quotes" ("search")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const database = await queryRunner.getCurrentDatabase();
    await queryRunner.query(`ALTER TABLE "quotes" ALTER COLUMN "search" SET EXPRESSION AS (${VECTOR('english')})`);
    await queryRunner.query(
      `UPDATE "typeorm_metadata" SET "value" = $1 WHERE "type" = 'GENERATED_COLUMN' AND "name" = 'search' AND "database" = $2 AND "schema" = 'public' AND "table" = 'quotes'`,
      [VECTOR('english'), database],
    );
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION "whosaid_english"`);
    await queryRunner.query(`ANALYZE "quotes" ("search")`);
  }
}
