// Shares and amounts of money are compared only when both say what they are of (“inflation hit 8.2 percent”,
// “150 million euros in emergency aid”): 8.2% inflation and 1.1% growth are not at odds. Findings stored before between
// shares or amounts of different or unstated things are dropped here, the claims' and topics' conflict counts are
// recounted, and those topics are re-checked in full the next time a claim joins them (or by
// `npm run --silent cli -- topics refresh`). No schema change.
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The folded group of claim `c`, as the checks compare them (`ofKey`) for plain words: lower case, a plural “s” dropped. */
const FOLDED = `CASE WHEN length(btrim(lower(c.group_text))) > 3 AND btrim(lower(c.group_text)) LIKE '%s' AND btrim(lower(c.group_text)) NOT LIKE '%ss'
  THEN left(btrim(lower(c.group_text)), -1) ELSE btrim(lower(c.group_text)) END`;

export class FiguresOfThings1795572401900 implements MigrationInterface {
  name = 'FiguresOfThings1795572401900';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const rows: Array<{ topic_id: number }> = await queryRunner.query(
      `WITH gone AS (
         DELETE FROM claim_findings f USING claim_topics t
          WHERE t.id = f.topic_id AND t.measure IN ('share', 'money')
            AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = ANY(f.claim_ids)
                             HAVING count(*) = count(c.group_text) AND count(DISTINCT ${FOLDED}) = 1 AND min(${FOLDED}) <> '')
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
      `UPDATE claim_topics t
          SET conflict_count = (SELECT count(*) FROM claim_findings f WHERE f.topic_id = t.id),
              checked_divergence_factor = NULL
        WHERE t.id = ANY($1::int[])`,
      [topics],
    );
  }

  public async down(): Promise<void> {
    // the dropped findings come back when the topics are re-checked with the rules before this change
  }
}
