// A page's quotes count once on their speakers' timelines, in its current version: the rows of
// earlier versions leave the timeline (which speaker pages and counters are read from), and the
// counters of their speakers are recounted. New versions do this as they are stored, and also
// drop their role observations (the roles' article counts); earlier versions stored before this
// migration keep theirs until their speaker's roles are next rebuilt (a merge, split or undo).
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RetireSupersededTimeline1795572401600 implements MigrationInterface {
  name = 'RetireSupersededTimeline1795572401600';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const rows: Array<{ id: number }> = await queryRunner.query(
      `WITH gone AS (DELETE FROM speaker_quotes sq USING articles a WHERE a.id = sq.article_id AND NOT a.is_current RETURNING sq.speaker_id)
       SELECT DISTINCT speaker_id AS id FROM gone`,
    );
    if (rows.length === 0) return;
    // a statement of its own: the delete above is not visible to other parts of its own statement
    await queryRunner.query(
      `UPDATE speakers s SET quote_count = COALESCE(c.n, 0), first_quoted_at = c.first, last_quoted_at = c.last
         FROM (SELECT x.id, count(sq.quote_id)::int AS n, min(sq.quoted_at) AS first, max(sq.quoted_at) AS last
                 FROM unnest($1::int[]) AS x(id) LEFT JOIN speaker_quotes sq ON sq.speaker_id = x.id GROUP BY x.id) c
        WHERE s.id = c.id`,
      [rows.map((r) => r.id)],
    );
  }

  public async down(): Promise<void> {
    // Nothing to undo: the rows taken off the timeline counted earlier versions a second time.
  }
}
