// The article lists (the dashboard, /articles and GET /api/v1/articles) put an article without a
// publication date at its arrival: a text pasted today with no date topped "newest first" above
// everything published. Undated articles now come after every dated one (newest arrival first
// among them), so the list's index is built again in that order: by publication date, undated as
// -infinity, then id. Built CONCURRENTLY (outside a transaction), so articles keep being stored and
// listed while it is built — one read of the articles table (a few seconds per million articles);
// the old index serves the lists until the new one takes its name.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ArticleListUndatedLast1795572402520 implements MigrationInterface {
  name = 'ArticleListUndatedLast1795572402520';
  transaction = false;

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX CONCURRENTLY IF EXISTS "articles_listed_next_idx"`);
    await queryRunner.query(
      `CREATE INDEX CONCURRENTLY "articles_listed_next_idx" ON "articles" ((COALESCE("published_at", '-infinity'::timestamptz)) DESC, "id" DESC) WHERE "is_current"`,
    );
    await queryRunner.query(`DROP INDEX CONCURRENTLY "articles_listed_idx"`);
    await queryRunner.query(`ALTER INDEX "articles_listed_next_idx" RENAME TO "articles_listed_idx"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX CONCURRENTLY IF EXISTS "articles_listed_next_idx"`);
    await queryRunner.query(`CREATE INDEX CONCURRENTLY "articles_listed_next_idx" ON "articles" ((COALESCE("published_at", "created_at")) DESC, "id" DESC) WHERE "is_current"`);
    await queryRunner.query(`DROP INDEX CONCURRENTLY "articles_listed_idx"`);
    await queryRunner.query(`ALTER INDEX "articles_listed_next_idx" RENAME TO "articles_listed_idx"`);
  }
}
