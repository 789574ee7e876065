import type { EntityManager } from 'typeorm';
import type { SpeakerMatchStatus } from '../entities/speaker-match-candidate.entity';

/** A possible identity to review. */
export interface NewMatchCandidate {
  speakerId: number;
  candidateId: number;
  articleId: number | null;
  mention: string;
  confidence: number;
  reason: string;
}

/** Records possible matches; a pair already listed keeps its first record. */
export async function insertMatchCandidates(em: EntityManager, rows: NewMatchCandidate[]): Promise<void> {
  const list = rows.filter((r) => r.speakerId !== r.candidateId);
  if (list.length === 0) return;
  await em.query(
    `INSERT INTO speaker_match_candidates (speaker_id, candidate_id, article_id, mention, confidence, reason)
     SELECT * FROM unnest($1::int[], $2::int[], $3::int[], $4::text[], $5::real[], $6::text[])
     ON CONFLICT (speaker_id, candidate_id) DO NOTHING`,
    [
      list.map((r) => r.speakerId),
      list.map((r) => r.candidateId),
      list.map((r) => r.articleId),
      list.map((r) => r.mention),
      list.map((r) => r.confidence),
      list.map((r) => r.reason),
    ],
  );
}

/** A row of the review list, with both speakers' names and counts. */
export interface MatchReviewRow {
  id: number;
  mention: string;
  confidence: number;
  reason: string;
  articleId: number | null;
  articleTitle: string | null;
  speakerId: number;
  speakerName: string;
  speakerQuotes: number;
  speakerRole: string | null;
  speakerOrganisation: string | null;
  candidateId: number;
  candidateName: string;
  candidateQuotes: number;
  candidateRole: string | null;
  candidateOrganisation: string | null;
  createdAt: Date;
}

/** Open possible matches between live speakers, most confident first. */
export async function listOpenMatches(em: EntityManager, page: { limit: number; offset: number }): Promise<MatchReviewRow[]> {
  return em.query(
    `SELECT m.id, m.mention, m.confidence, m.reason, m.article_id AS "articleId", a.title AS "articleTitle",
            s.id AS "speakerId", s.name AS "speakerName", s.quote_count AS "speakerQuotes", s.role AS "speakerRole",
            s.organisation AS "speakerOrganisation",
            c.id AS "candidateId", c.name AS "candidateName", c.quote_count AS "candidateQuotes", c.role AS "candidateRole",
            c.organisation AS "candidateOrganisation", m.created_at AS "createdAt"
       FROM speaker_match_candidates m
       JOIN speakers s ON s.id = m.speaker_id AND s.merged_into_id IS NULL
       JOIN speakers c ON c.id = m.candidate_id AND c.merged_into_id IS NULL
       LEFT JOIN articles a ON a.id = m.article_id
      WHERE m.status = 'open'
      ORDER BY m.confidence DESC, m.id DESC
      LIMIT $1 OFFSET $2`,
    [page.limit, page.offset],
  );
}

/** Open possible matches involving a speaker. */
export async function listOpenMatchesFor(em: EntityManager, speakerId: number): Promise<MatchReviewRow[]> {
  return em.query(
    `SELECT m.id, m.mention, m.confidence, m.reason, s.id AS "speakerId", s.name AS "speakerName",
            c.id AS "candidateId", c.name AS "candidateName"
       FROM speaker_match_candidates m
       JOIN speakers s ON s.id = m.speaker_id AND s.merged_into_id IS NULL
       JOIN speakers c ON c.id = m.candidate_id AND c.merged_into_id IS NULL
      WHERE m.status = 'open' AND (m.speaker_id = $1 OR m.candidate_id = $1)
      ORDER BY m.confidence DESC LIMIT 20`,
    [speakerId],
  );
}

/** One possible match by id. */
export async function findMatchCandidate(
  em: EntityManager,
  id: number,
): Promise<{ id: number; speakerId: number; candidateId: number; status: SpeakerMatchStatus } | null> {
  const rows = await em.query(
    `SELECT id, speaker_id AS "speakerId", candidate_id AS "candidateId", status FROM speaker_match_candidates WHERE id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

/** Sets the status of the possible matches between two speakers (either direction); returns the ids changed with their old status. */
export async function setPairStatus(
  em: EntityManager,
  a: number,
  b: number,
  status: SpeakerMatchStatus,
): Promise<Array<{ id: number; status: SpeakerMatchStatus }>> {
  const before: Array<{ id: number; status: SpeakerMatchStatus }> = await em.query(
    `SELECT id, status FROM speaker_match_candidates
      WHERE (speaker_id = $1 AND candidate_id = $2) OR (speaker_id = $2 AND candidate_id = $1)`,
    [a, b],
  );
  if (before.length) {
    await em.query(
      `UPDATE speaker_match_candidates SET status = $2, resolved_at = CASE WHEN $2 = 'open' THEN NULL ELSE now() END
        WHERE id = ANY($1::int[])`,
      [before.map((r) => r.id), status],
    );
  }
  return before;
}

/** Restores statuses recorded by setPairStatus. */
export async function restoreMatchStatuses(em: EntityManager, rows: Array<{ id: number; status: SpeakerMatchStatus }>) {
  for (const r of rows) {
    await em.query(
      `UPDATE speaker_match_candidates SET status = $2, resolved_at = CASE WHEN $2 = 'open' THEN NULL ELSE resolved_at END WHERE id = $1`,
      [r.id, r.status],
    );
  }
}
