// A page's claims count once in their topics, in its current version. A claim of a version that
// a later one replaced is marked `superseded`: it stays on its article (and its own page, with
// any verdict), but topic checks, topic counters and the claim lists leave it out. New versions
// mark the claims of the version they replace as they are stored and re-check those topics; for
// versions stored before, this migration marks the claims, drops the findings they were part of,
// recounts the topics' claims and conflicts, and leaves the topics to be re-checked in full the
// next time a claim joins them (or by `npm run --silent cli -- topics refresh`, which also redoes
// their latest figure and spread).
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SupersededClaims1795572401700 implements MigrationInterface {
  name = 'SupersededClaims1795572401700';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "claims" ADD "superseded" boolean NOT NULL DEFAULT false');
    const rows: Array<{ topic_id: number }> = await queryRunner.query(
      `WITH marked AS (
         UPDATE claims c SET superseded = true, conflict_count = 0
           FROM articles a WHERE a.id = c.article_id AND NOT a.is_current
         RETURNING c.topic_id)
       SELECT DISTINCT topic_id FROM marked ORDER BY topic_id`,
    );
    if (rows.length === 0) return;
    const topics = rows.map((r) => r.topic_id);
    await queryRunner.query(
      `DELETE FROM claim_findings f
        WHERE f.topic_id = ANY($1::int[])
          AND EXISTS (SELECT 1 FROM claims c WHERE c.id = ANY(f.claim_ids) AND c.superseded)`,
      [topics],
    );
    await queryRunner.query(
      `UPDATE claims c SET conflict_count = (SELECT count(*) FROM claim_findings f WHERE f.topic_id = c.topic_id AND c.id = ANY(f.claim_ids))
        WHERE c.topic_id = ANY($1::int[]) AND NOT c.superseded`,
      [topics],
    );
    await queryRunner.query(
      `UPDATE claim_topics t
          SET claim_count = (SELECT count(*) FROM claims c WHERE c.topic_id = t.id AND NOT c.superseded),
              conflict_count = (SELECT count(*) FROM claim_findings f WHERE f.topic_id = t.id),
              checked_divergence_factor = NULL
        WHERE t.id = ANY($1::int[])`,
      [topics],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "claims" DROP COLUMN "superseded"');
  }
}
