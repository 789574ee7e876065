// The divergence factor a topic's findings were last computed with. Ingest adds findings for
// new claims only (pairs with a new claim, the chains of their speakers) while the factor is
// unchanged; a topic checked with another factor (or never) is rechecked in full.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TopicCheckedFactor1795572400300 implements MigrationInterface {
  name = 'TopicCheckedFactor1795572400300';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "claim_topics" ADD "checked_divergence_factor" double precision`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "claim_topics" DROP COLUMN "checked_divergence_factor"`);
  }
}
