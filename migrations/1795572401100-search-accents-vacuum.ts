// The table rewrite of the migration before (the quotes' search vector recomputed) leaves quotes
// without a visibility map: until a vacuum sets it again, every walk over the covering search
// indexes fetches each row from the table instead of reading the index alone, and autovacuum
// does not count a rewrite as work to do. On the million-quote archive the vacuum took 32 s.
// VACUUM cannot run inside a transaction, so this migration runs outside one.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SearchAccentsVacuum1795572401100 implements MigrationInterface {
  name = 'SearchAccentsVacuum1795572401100';
  transaction = false;

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`VACUUM (ANALYZE) "quotes"`);
  }

  public async down(): Promise<void> {
    // nothing to undo
  }
}
