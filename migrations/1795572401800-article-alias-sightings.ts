// The names and descriptions of speakers that an article fetched from the web used, so that when a
// later version of the page replaces it, its sightings are taken back from the speakers' aliases
// and the page counts once in the number of articles beside each name. Articles stored before
// this migration have no sightings: their versions keep counting as before.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ArticleAliasSightings1795572401800 implements MigrationInterface {
  name = 'ArticleAliasSightings1795572401800';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "article_alias_sightings" ("article_id" integer NOT NULL, "speaker_id" integer NOT NULL, "normalized_alias" text NOT NULL,
         CONSTRAINT "PK_9272925ec670fe0c73b58e7c023" PRIMARY KEY ("article_id", "speaker_id", "normalized_alias"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "article_alias_sightings" ADD CONSTRAINT "FK_ac2beb5746593e2a7d0bbcd5e33" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "article_alias_sightings"');
  }
}
