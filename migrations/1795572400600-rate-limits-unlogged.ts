// Rate-limit counters are not written to the write-ahead log. Every search, verification and
// export request updates its client's counter, and a logged update made each of those requests
// wait for a WAL flush to disk; a counter lost in a database crash only starts its window
// again. (Unlogged tables are emptied by crash recovery and not copied to standbys.)
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RateLimitsUnlogged1795572400600 implements MigrationInterface {
  name = 'RateLimitsUnlogged1795572400600';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rate_limits" SET UNLOGGED`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rate_limits" SET LOGGED`);
  }
}
