// The article list filters by words of the title, by outlet and by publication dates. Two indexes
// over the current articles serve them: the title's words as search reads a quote's (GIN), and an
// outlet's articles in the list's order (lower-case outlet, then the list's sort key), so an
// outlet's page 300 is a seek, not a walk through every article. The date range is read from the
// list's own index (articles_listed_idx). Built CONCURRENTLY: articles keep being stored and
// listed while they are built (two reads of the articles table).
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ArticleListFilters1795572403420 implements MigrationInterface {
  name = 'ArticleListFilters1795572403420';
  transaction = false;

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX CONCURRENTLY IF EXISTS "articles_title_search_idx"`);
    await queryRunner.query(
      `CREATE INDEX CONCURRENTLY "articles_title_search_idx" ON "articles" USING GIN (to_tsvector('whosaid_english'::regconfig, whosaid_search_text("title"))) WHERE "is_current"`,
    );
    await queryRunner.query(`DROP INDEX CONCURRENTLY IF EXISTS "articles_outlet_listed_idx"`);
    await queryRunner.query(
      `CREATE INDEX CONCURRENTLY "articles_outlet_listed_idx" ON "articles" (lower("outlet"), (COALESCE("published_at", '-infinity'::timestamptz)) DESC, "id" DESC) WHERE "is_current"`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX CONCURRENTLY IF EXISTS "articles_outlet_listed_idx"`);
    await queryRunner.query(`DROP INDEX CONCURRENTLY IF EXISTS "articles_title_search_idx"`);
  }
}
