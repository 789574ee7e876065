// Storing quotes counted the pages that already ran their words with a NOT EXISTS inside the
// count's FILTER, which PostgreSQL planned as one hash of every stored quote and article (a
// "hashed SubPlan"): each article stored one at a time read the whole quotes table, so ingest
// slowed as the archive grew (about 10 ms a statement at 9,000 quotes, 25 ms at 12,000). The same
// test is now a LATERAL lookup of one earlier quote with the words on the same page, through the
// text-key index: the work is per quote stored, whatever the size of the archive. The result
// is the same.
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The page an article belongs to: its versions share the canonical URL. */
const PAGE = (a: string) => `coalesce(${a}.canonical_url, ${a}.id::text)`;

export class QuoteTextCountsByKey1795572408110 implements MigrationInterface {
  name = 'QuoteTextCountsByKey1795572408110';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION quote_text_counts_added() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO quote_text_counts (text_key, articles)
        SELECT n.text_key, count(DISTINCT ${PAGE('a')}) FILTER (WHERE prior.hit IS NULL)
          FROM added n JOIN articles a ON a.id = n.article_id
          LEFT JOIN LATERAL (
            SELECT 1 AS hit FROM quotes o JOIN articles oa ON oa.id = o.article_id
             WHERE o.text_key = n.text_key AND ${PAGE('oa')} = ${PAGE('a')}
               AND NOT EXISTS (SELECT 1 FROM added x WHERE x.id = o.id)
             LIMIT 1) prior ON true
         WHERE n.text_key IS NOT NULL
         GROUP BY n.text_key ORDER BY n.text_key
        ON CONFLICT (text_key) DO UPDATE SET articles = quote_text_counts.articles + EXCLUDED.articles;
        RETURN NULL;
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION quote_text_counts_added() RETURNS trigger LANGUAGE plpgsql AS $$
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
  }
}
