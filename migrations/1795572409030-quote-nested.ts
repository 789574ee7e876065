// Quotations inside a quote, each with whom the quote's own words say said it (“He looked at me
// and said, ‘We will not resign,’ and walked out,” said Dlamini: the inner words are the minister's
// as Dlamini tells them). Null for quotes stored before, and for quotes holding none.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class QuoteNested1795572409030 implements MigrationInterface {
  name = 'QuoteNested1795572409030';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "quotes" ADD "nested" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "quotes" DROP COLUMN "nested"`);
  }
}
