// A fetched page that changes to a text already stored — the wording of one of its earlier
// versions (A → B → A), or the text of another stored article — becomes the next version of
// that page all the same, marked with the article whose text it repeats (`same_text_as_id`, the
// first article stored with that text). Only a version can repeat a text: a pasted, imported or
// newly fetched text equal to a stored one is still that article, so the content hash stays
// unique among the articles that do not repeat an earlier one.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ArticleTextRepeats1795572401400 implements MigrationInterface {
  name = 'ArticleTextRepeats1795572401400';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "articles" ADD "same_text_as_id" integer`);
    await queryRunner.query(
      `ALTER TABLE "articles" ADD CONSTRAINT "articles_same_text_check" CHECK ("same_text_as_id" IS NULL OR "previous_version_id" IS NOT NULL)`,
    );
    await queryRunner.query(`DROP INDEX "public"."articles_content_hash_key"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "articles_content_hash_key" ON "articles" ("content_hash") WHERE "same_text_as_id" IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Every text stored once again: impossible while a version repeats an earlier text, and
    // dropping those versions would lose what the pages said, so refuse with the reason.
    const [{ n }] = await queryRunner.query(`SELECT count(*)::int AS n FROM "articles" WHERE "same_text_as_id" IS NOT NULL`);
    if (n > 0) {
      throw new Error(`${n} article version(s) repeat the text of an earlier article; a text can only be stored once before this migration`);
    }
    await queryRunner.query(`DROP INDEX "public"."articles_content_hash_key"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "articles_content_hash_key" ON "articles" ("content_hash")`);
    await queryRunner.query(`ALTER TABLE "articles" DROP CONSTRAINT "articles_same_text_check"`);
    await queryRunner.query(`ALTER TABLE "articles" DROP COLUMN "same_text_as_id"`);
  }
}
