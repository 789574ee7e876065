// Smaller statistics for the speaker name columns the directory searches with trigrams. The
// planner estimates a trigram condition by trying it on every sampled value, which took about
// 2 ms per directory search against 0.5 ms with ten; equality and ordering on these columns go
// through their indexes either way.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const COLUMNS: Array<[string, string]> = [
  ['speakers', 'normalized_name'],
  ['speakers', 'match_key'],
  ['speaker_aliases', 'normalized_alias'],
];

export class SpeakerNameStatistics1795572400400 implements MigrationInterface {
  name = 'SpeakerNameStatistics1795572400400';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of COLUMNS) await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "${column}" SET STATISTICS 10`);
    await queryRunner.query(`ANALYZE "speakers", "speaker_aliases"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of COLUMNS) await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "${column}" SET STATISTICS -1`);
  }
}
