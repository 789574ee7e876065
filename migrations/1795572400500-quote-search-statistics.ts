// More statistics for the quotes' search vectors. The planner estimates a word it has no
// frequency for at half the rarest frequency it keeps; with the default hundred (a thousand
// words kept) every word past the thousandth most common was estimated at about a thousand
// matches in a million quotes, ten times too many for rare words, and search then walked the
// date index for words the GIN index answers in a millisecond. A thousand keeps ten thousand
// words (ANALYZE samples 300,000 rows: about 5 s on a million quotes).
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class QuoteSearchStatistics1795572400500 implements MigrationInterface {
  name = 'QuoteSearchStatistics1795572400500';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "quotes" ALTER COLUMN "search" SET STATISTICS 1000`);
    await queryRunner.query(`ANALYZE "quotes" ("search")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "quotes" ALTER COLUMN "search" SET STATISTICS -1`);
  }
}
