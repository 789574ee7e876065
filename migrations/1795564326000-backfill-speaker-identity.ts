// Data backfill for speaker identity: match keys of existing speakers and aliases, the speaker
// timeline of existing quotes, and one role observation per speaker from its stored role.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { matchKey, nameParts, roleKey } from '../src/services/speaker-names';

export class BackfillSpeakerIdentity1795564326000 implements MigrationInterface {
  name = 'BackfillSpeakerIdentity1795564326000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const speakers: Array<{ id: number; name: string; kind: string }> = await queryRunner.query(
      `SELECT id, name, kind FROM speakers`,
    );
    for (const s of speakers) {
      const surname = s.kind === 'person' ? nameParts(s.name).surname : null;
      await queryRunner.query(`UPDATE speakers SET match_key = $2, surname_key = $3 WHERE id = $1`, [s.id, matchKey(s.name), surname]);
    }
    const aliases: Array<{ id: number; alias: string }> = await queryRunner.query(`SELECT id, alias FROM speaker_aliases`);
    for (const a of aliases) await queryRunner.query(`UPDATE speaker_aliases SET match_key = $2 WHERE id = $1`, [a.id, matchKey(a.alias)]);

    await queryRunner.query(
      `INSERT INTO speaker_quotes (quote_id, speaker_id, article_id, quoted_at)
       SELECT q.id, q.speaker_id, q.article_id, COALESCE(a.published_at, a.created_at)
         FROM quotes q JOIN articles a ON a.id = q.article_id
        WHERE q.speaker_id IS NOT NULL
       ON CONFLICT DO NOTHING`,
    );

    const roles: Array<{ id: number; role: string | null; organisation: string | null; country: string | null; article_id: number; at: Date }> =
      await queryRunner.query(
        `SELECT s.id, s.role, s.organisation, s.country, first.article_id, first.at
           FROM speakers s
           JOIN LATERAL (SELECT sq.article_id, sq.quoted_at AS at FROM speaker_quotes sq
                          WHERE sq.speaker_id = s.id ORDER BY sq.quoted_at, sq.quote_id LIMIT 1) first ON true
          WHERE s.role IS NOT NULL OR s.organisation IS NOT NULL OR s.country IS NOT NULL`,
      );
    for (const r of roles) {
      const key = roleKey({ title: r.role, organisation: r.organisation, country: r.country });
      await queryRunner.query(
        `INSERT INTO speaker_role_observations (speaker_id, article_id, role_key, title, organisation, country, stated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
        [r.id, r.article_id, key, r.role, r.organisation, r.country, r.at],
      );
      await queryRunner.query(
        `INSERT INTO speaker_roles (speaker_id, role_key, title, organisation, country, first_stated_at, last_stated_at, first_article_id, last_article_id, article_count)
         VALUES ($1, $2, $3, $4, $5, $6, $6, $7, $7, 1) ON CONFLICT DO NOTHING`,
        [r.id, key, r.role, r.organisation, r.country, r.at, r.article_id],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The schema migration's down drops what this filled in; nothing to undo on its own.
    await queryRunner.query(`DELETE FROM speaker_roles`);
    await queryRunner.query(`DELETE FROM speaker_role_observations`);
    await queryRunner.query(`DELETE FROM speaker_quotes`);
  }
}
