// The same text sent again under another outlet and address (a wire story run by several papers)
// was answered "already present" and recorded nowhere: the quote page and verification could not
// name the other outlets, nor an earlier copy as the earliest source. Each such copy is now a row
// here, keyed by article and address (else outlet) so the same copy sent twice stays one row.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ArticlePublications1795572405010 implements MigrationInterface {
  name = 'ArticlePublications1795572405010';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "article_publications" ("id" SERIAL NOT NULL, "article_id" integer NOT NULL, "copy_key" text NOT NULL, "outlet" text, "url" text,
        "canonical_url" text, "title" text NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "source" text NOT NULL,
        "first_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a517f49f4c3b58686674b3e911d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "article_publications_copy_key" ON "article_publications" ("article_id", "copy_key") `);
    await queryRunner.query(
      `ALTER TABLE "article_publications" ADD CONSTRAINT "FK_0dc49a642fc203fdd8829500565" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "article_publications" DROP CONSTRAINT "FK_0dc49a642fc203fdd8829500565"`);
    await queryRunner.query(`DROP INDEX "public"."article_publications_copy_key"`);
    await queryRunner.query(`DROP TABLE "article_publications"`);
  }
}
