// Two sources giving different figures on the same day for the same period (87 and 112 dead,
// told the same afternoon) are now a finding of their own, “discrepancy”, when they are within
// the divergence factor (beyond it they were, and stay, a divergence). The kinds' check takes
// the new kind; every topic forgets the factor it was last checked with, so the next claim to
// join it re-checks it in full (`npm run --silent cli -- topics refresh` re-checks all at once).
import type { MigrationInterface, QueryRunner } from 'typeorm';

const BEFORE = `'contradiction', 'divergence', 'duration-mismatch', 'revision', 'cited-source-mismatch'`;
const AFTER = `'contradiction', 'divergence', 'discrepancy', 'duration-mismatch', 'revision', 'cited-source-mismatch'`;

export class SameDayDiscrepancies1795572402200 implements MigrationInterface {
  name = 'SameDayDiscrepancies1795572402200';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "claim_findings" DROP CONSTRAINT "claim_findings_kind_check"`);
    await queryRunner.query(`ALTER TABLE "claim_findings" ADD CONSTRAINT "claim_findings_kind_check" CHECK ("kind" IN (${AFTER}))`);
    await queryRunner.query(`UPDATE "claim_topics" SET "checked_divergence_factor" = NULL WHERE "checked_divergence_factor" IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "claim_findings" WHERE "kind" = 'discrepancy'`);
    await queryRunner.query(
      `UPDATE claims c SET conflict_count = (SELECT count(*) FROM claim_findings f WHERE f.topic_id = c.topic_id AND c.id = ANY(f.claim_ids)) WHERE c.conflict_count > 0`,
    );
    await queryRunner.query(`UPDATE claim_topics t SET conflict_count = (SELECT count(*) FROM claim_findings f WHERE f.topic_id = t.id) WHERE t.conflict_count > 0`);
    await queryRunner.query(`ALTER TABLE "claim_findings" DROP CONSTRAINT "claim_findings_kind_check"`);
    await queryRunner.query(`ALTER TABLE "claim_findings" ADD CONSTRAINT "claim_findings_kind_check" CHECK ("kind" IN (${BEFORE}))`);
  }
}
