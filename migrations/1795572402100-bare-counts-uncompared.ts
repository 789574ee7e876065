// Bare head counts and quantities (“112 people”, “640 people”, “1,200 jobs”) do not say what they count — the dead, the
// treated, the sheltered, the fed — so the checks no longer compare them: 112 people in hospitals and 19,000 people fed
// were reported as a 169-fold divergence. Findings stored before in such topics are dropped here, and the claims' and
// topics' conflict counts recounted. No schema change.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BareCountsUncompared1795572402100 implements MigrationInterface {
  name = 'BareCountsUncompared1795572402100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const rows: Array<{ topic_id: number }> = await queryRunner.query(
      `WITH gone AS (
         DELETE FROM claim_findings f USING claim_topics t
          WHERE t.id = f.topic_id AND t.measure IN ('people', 'quantity')
         RETURNING f.topic_id)
       SELECT DISTINCT topic_id FROM gone ORDER BY topic_id`,
    );
    if (rows.length === 0) return;
    const topics = rows.map((r) => r.topic_id);
    await queryRunner.query(
      `UPDATE claims c SET conflict_count = (SELECT count(*) FROM claim_findings f WHERE f.topic_id = c.topic_id AND c.id = ANY(f.claim_ids))
        WHERE c.topic_id = ANY($1::int[])`,
      [topics],
    );
    await queryRunner.query(
      `UPDATE claim_topics t SET conflict_count = (SELECT count(*) FROM claim_findings f WHERE f.topic_id = t.id) WHERE t.id = ANY($1::int[])`,
      [topics],
    );
  }

  public async down(): Promise<void> {
    // the dropped findings come back when the topics are re-checked with the rules before this change
  }
}
