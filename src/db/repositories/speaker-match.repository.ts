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

/**
 * Records possible matches; a pair already listed, in either direction and whatever an editor
 * decided of it, keeps its first record. Returns how many were new.
 */
export async function insertMatchCandidates(em: EntityManager, rows: NewMatchCandidate[]): Promise<number> {
  const list = rows.filter((r) => r.speakerId !== r.candidateId);
  if (list.length === 0) return 0;
  const inserted: unknown[] = await em.query(
    `INSERT INTO speaker_match_candidates (speaker_id, candidate_id, article_id, mention, confidence, reason)
     SELECT * FROM unnest($1::int[], $2::int[], $3::int[], $4::text[], $5::real[], $6::text[]) AS x(s, c, a, m, conf, r)
      WHERE NOT EXISTS (SELECT 1 FROM speaker_match_candidates o WHERE o.speaker_id = x.c AND o.candidate_id = x.s)
     ON CONFLICT (speaker_id, candidate_id) DO NOTHING
     RETURNING id`,
    [
      list.map((r) => r.speakerId),
      list.map((r) => r.candidateId),
      list.map((r) => r.articleId),
      list.map((r) => r.mention),
      list.map((r) => r.confidence),
      list.map((r) => r.reason),
    ],
  );
  return inserted.length;
}

/** A live person who shares a surname with another, as the pass that proposes matches among stored speakers reads them. */
export interface Namesake {
  id: number;
  name: string;
  surnameKey: string;
  quoteCount: number;
  /** How often articles called them by the surname alone (their surname aliases' sightings). */
  surnameSightings: number;
  /** Normalised names and identifying aliases they go by. */
  names: string[];
}

/** Live people whose folded surname at least one other live person shares, by surname; the surname of those after `afterSurname`, at most `limit` surnames. */
export async function listNamesakes(em: EntityManager, afterSurname: string, limit: number): Promise<Namesake[]> {
  return em.query(
    `WITH groups AS (
       SELECT surname_key FROM speakers
        WHERE kind = 'person' AND merged_into_id IS NULL AND surname_key > $1
        GROUP BY surname_key HAVING count(*) > 1
        ORDER BY surname_key LIMIT $2)
     SELECT s.id, s.name, s.surname_key AS "surnameKey", s.quote_count AS "quoteCount",
            COALESCE((SELECT sum(a.seen_count) FROM speaker_aliases a WHERE a.speaker_id = s.id AND a.kind = 'surname'), 0)::int AS "surnameSightings",
            ARRAY[s.normalized_name] || ARRAY(SELECT a.normalized_alias FROM speaker_aliases a
                                               WHERE a.speaker_id = s.id AND a.kind IN ('name', 'variant', 'initials', 'editor')) AS names
       FROM speakers s JOIN groups g ON g.surname_key = s.surname_key
      WHERE s.kind = 'person' AND s.merged_into_id IS NULL
      ORDER BY s.surname_key, s.id`,
    [afterSurname, limit],
  );
}

/**
 * True when recent articles write the word in lower case, as a common word (“six”, “asserting”,
 * “team”) rather than a name: a given name is written capitalised. Reads at most the 20,000 oldest
 * articles (0.3 s for a word none of 17,000 holds).
 */
export async function writtenInLowerCase(em: EntityManager, word: string): Promise<boolean> {
  const [row] = await em.query(
    `SELECT EXISTS (SELECT 1 FROM (SELECT body FROM articles ORDER BY id LIMIT 20000) a WHERE a.body ~ ('\\m' || $1 || '\\M')) AS found`,
    [word.replace(/[^\p{L}\p{N}]/gu, '')],
  );
  return row.found === true;
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
