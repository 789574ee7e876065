// A page first stored by a bulk import keeps the address it was given but no canonical one, so a
// later paste or API post of the same address with an edited text did not find it and became a
// second current article. The post now looks the address up among current articles without a
// canonical address too, through this index (built CONCURRENTLY: articles keep being stored while
// it is built, one read of the articles table).
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ArticleUnversionedUrl1795572403410 implements MigrationInterface {
  name = 'ArticleUnversionedUrl1795572403410';
  transaction = false;

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX CONCURRENTLY IF EXISTS "articles_current_unversioned_url_idx"`);
    await queryRunner.query(`CREATE INDEX CONCURRENTLY "articles_current_unversioned_url_idx" ON "articles" ("url") WHERE "canonical_url" IS NULL AND "is_current"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX CONCURRENTLY IF EXISTS "articles_current_unversioned_url_idx"`);
  }
}
