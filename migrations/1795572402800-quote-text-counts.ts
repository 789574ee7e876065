// The review queue's “most repeated first” order counted, for every queued quote on every page
// view, the pages that ran its words (a correlated count over quotes and articles): 1–2 s on a
// queue of 8,000 quotes in an archive of 94,000. The count is now kept in quote_text_counts,
// one row per quote text (quotes.text_key), by triggers, so every path that stores, fixes or
// deletes a quote keeps it:
// - stored quotes (one statement per ingest transaction) add the pages that did not yet run the
//   words: “+1” for a page, 0 for the next version of a page already counted (same canonical
//   URL). Additions commute, so two articles stored at once with the same words count twice.
// - a quote deleted, or whose words a reviewer fixed, has its old and new words counted again.
// The counter rows of one statement are written in text_key order, so two ingests sharing
// words lock them in the same order.
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The page an article belongs to: its versions share the canonical URL. */
const PAGE = (a: string) => `coalesce(${a}.canonical_url, ${a}.id::text)`;

export class QuoteTextCounts1795572402800 implements MigrationInterface {
  name = 'QuoteTextCounts1795572402800';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "quote_text_counts" ("text_key" character(32) NOT NULL, "articles" integer NOT NULL, CONSTRAINT "PK_quote_text_counts" PRIMARY KEY ("text_key"))`);
    await queryRunner.query(`
      CREATE FUNCTION quote_text_counts_recount(keys character(32)[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO quote_text_counts (text_key, articles)
        SELECT k.key, (SELECT count(DISTINCT ${PAGE('a')}) FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.text_key = k.key)
          FROM (SELECT DISTINCT key FROM unnest(keys) AS u(key) WHERE key IS NOT NULL ORDER BY key) k
        ON CONFLICT (text_key) DO UPDATE SET articles = EXCLUDED.articles;
        DELETE FROM quote_text_counts WHERE text_key = ANY(keys) AND articles = 0;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION quote_text_counts_added() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO quote_text_counts (text_key, articles)
        SELECT n.text_key, count(DISTINCT ${PAGE('a')}) FILTER (WHERE NOT EXISTS (
                 SELECT 1 FROM quotes o JOIN articles oa ON oa.id = o.article_id
                  WHERE o.text_key = n.text_key AND ${PAGE('oa')} = ${PAGE('a')}
                    AND NOT EXISTS (SELECT 1 FROM added x WHERE x.id = o.id)))
          FROM added n JOIN articles a ON a.id = n.article_id
         WHERE n.text_key IS NOT NULL
         GROUP BY n.text_key ORDER BY n.text_key
        ON CONFLICT (text_key) DO UPDATE SET articles = quote_text_counts.articles + EXCLUDED.articles;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION quote_text_counts_removed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM quote_text_counts_recount(ARRAY(SELECT DISTINCT text_key FROM removed));
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION quote_text_counts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM quote_text_counts_recount(ARRAY[OLD.text_key, NEW.text_key]);
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER quote_text_counts_added AFTER INSERT ON quotes REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION quote_text_counts_added()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER quote_text_counts_removed AFTER DELETE ON quotes REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION quote_text_counts_removed()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER quote_text_counts_changed AFTER UPDATE OF text ON quotes FOR EACH ROW WHEN (OLD.text_key IS DISTINCT FROM NEW.text_key) EXECUTE FUNCTION quote_text_counts_changed()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER quote_text_counts_changed ON quotes`);
    await queryRunner.query(`DROP TRIGGER quote_text_counts_removed ON quotes`);
    await queryRunner.query(`DROP TRIGGER quote_text_counts_added ON quotes`);
    await queryRunner.query(`DROP FUNCTION quote_text_counts_changed()`);
    await queryRunner.query(`DROP FUNCTION quote_text_counts_removed()`);
    await queryRunner.query(`DROP FUNCTION quote_text_counts_added()`);
    await queryRunner.query(`DROP FUNCTION quote_text_counts_recount(character(32)[])`);
    await queryRunner.query(`DROP TABLE "quote_text_counts"`);
  }
}
