// A feed entry's own "updated" date (Atom <updated>, RSS <dc:date>, else its publication date), so
// that an entry the feed says was updated is fetched again: an edited article becomes its next
// version. Entries seen before this column have none; their date is recorded at the next poll.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FeedItemUpdated1795572401500 implements MigrationInterface {
  name = 'FeedItemUpdated1795572401500';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "feed_items" ADD "item_updated_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "feed_items" DROP COLUMN "item_updated_at"`);
  }
}
