// The date a quote is filed under (its article's publication date, else its arrival), kept on
// the quote so search can sort and filter by date without reading the article: a trigger fills
// it on insert and follows the article if its dates change. Nullable until the backfill.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class QuoteSaidAt1795572400000 implements MigrationInterface {
  name = 'QuoteSaidAt1795572400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "quotes" ADD "said_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`
      CREATE FUNCTION quotes_fill_said_at() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.said_at IS NULL OR (TG_OP = 'UPDATE' AND NEW.article_id IS DISTINCT FROM OLD.article_id) THEN
          SELECT coalesce(a.published_at, a.created_at) INTO NEW.said_at FROM articles a WHERE a.id = NEW.article_id;
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER quotes_fill_said_at BEFORE INSERT OR UPDATE OF article_id, said_at ON quotes FOR EACH ROW EXECUTE FUNCTION quotes_fill_said_at()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION articles_follow_said_at() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE quotes SET said_at = coalesce(NEW.published_at, NEW.created_at) WHERE article_id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER articles_follow_said_at AFTER UPDATE OF published_at, created_at ON articles FOR EACH ROW
        WHEN (coalesce(NEW.published_at, NEW.created_at) IS DISTINCT FROM coalesce(OLD.published_at, OLD.created_at))
        EXECUTE FUNCTION articles_follow_said_at()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER articles_follow_said_at ON articles`);
    await queryRunner.query(`DROP FUNCTION articles_follow_said_at()`);
    await queryRunner.query(`DROP TRIGGER quotes_fill_said_at ON quotes`);
    await queryRunner.query(`DROP FUNCTION quotes_fill_said_at()`);
    await queryRunner.query(`ALTER TABLE "quotes" DROP COLUMN "said_at"`);
  }
}
