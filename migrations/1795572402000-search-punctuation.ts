// Search reads typography as PostgreSQL's parser expects it. Under the C locale the embedded
// database runs with, the text search parser takes every non-ASCII character for a letter: a
// curly quote, a dash, an ellipsis or a no-break space glued the words around it into one
// lexeme ('"peace"', 'strong—and', '10 000'), so those words were not found. A function maps such
// characters to plain ones (one for one); the quotes' stored vector is recomputed through it
// (the table is rewritten and its search indexes rebuilt: about a minute and a half per million
// quotes), and its statistics gathered again, as the search's plans read them.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const FUNCTION = 'whosaid_search_text';
/** Curly quotes, guillemets and primes to straight quotes; typographic hyphens to "-" (one for one, in order). */
const FROM = '“”„‟«»‹›〝〞＂″‘’‚‛′‐‑';
const TO = '"'.repeat(12) + "'".repeat(5) + '--';
/** The rest of the punctuation and spaces of Latin-1, General Punctuation, CJK and fullwidth forms: a space. */
const SPACES = '[\\u00a0-\\u00bf\\u2000-\\u206f\\u2e00-\\u2e7f\\u3000-\\u303f\\ufe10-\\ufe6f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65]';

const BEFORE = `to_tsvector('whosaid_english', coalesce("speaker_name", '') || ' ' || "text")`;
const AFTER = `to_tsvector('whosaid_english', ${FUNCTION}(coalesce("speaker_name", '') || ' ' || "text"))`;

const quoted = (s: string) => `'${s.replace(/'/g, "''")}'`;

export class SearchPunctuation1795572402000 implements MigrationInterface {
  name = 'SearchPunctuation1795572402000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION ${FUNCTION}(t text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
         AS $$ SELECT regexp_replace(translate(t, ${quoted(FROM)}, ${quoted(TO)}), ${quoted(SPACES)}, ' ', 'g') $$`,
    );
    await this.vector(queryRunner, AFTER);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await this.vector(queryRunner, BEFORE);
    await queryRunner.query(`DROP FUNCTION ${FUNCTION}(text)`);
  }

  private async vector(queryRunner: QueryRunner, expression: string): Promise<void> {
    const database = await queryRunner.getCurrentDatabase();
    await queryRunner.query(`ALTER TABLE "quotes" ALTER COLUMN "search" SET EXPRESSION AS (${expression})`);
    await queryRunner.query(
      `UPDATE "typeorm_metadata" SET "value" = $1 WHERE "type" = 'GENERATED_COLUMN' AND "name" = 'search' AND "database" = $2 AND "schema" = 'public' AND "table" = 'quotes'`,
      [expression, database],
    );
    await queryRunner.query(`ANALYZE "quotes" ("search")`);
  }
}
