import type { EntityManager } from 'typeorm';

/** A stored quote that shares words with a circulating one. */
export interface VerifyCandidate {
  id: number;
  text: string;
  speakerId: number | null;
  speakerName: string | null;
  articleId: number;
  position: number;
  articleTitle: string;
  outlet: string | null;
  at: Date;
}

/**
 * Quotes sharing any of the text's words (an OR of its lexemes through the GIN index),
 * best covered first: the candidates a circulating, possibly reworded quote is compared with.
 */
export async function findVerifyCandidates(em: EntityManager, text: string, limit: number): Promise<VerifyCandidate[]> {
  return em.query(
    `WITH x AS (SELECT nullif(replace(plainto_tsquery('english', $1)::text, '&', '|'), '')::tsquery AS tsq)
     SELECT q.id, q.text, q.speaker_id AS "speakerId", q.speaker_name AS "speakerName", q.article_id AS "articleId", q.position,
            a.title AS "articleTitle", a.outlet, coalesce(a.published_at, a.created_at) AS "at"
       FROM x, quotes q JOIN articles a ON a.id = q.article_id
      WHERE x.tsq IS NOT NULL AND q.search @@ x.tsq AND q.kind <> 'term' AND a.is_current
      ORDER BY ts_rank_cd(q.search, x.tsq) DESC, q.id
      LIMIT $2`,
    [text, limit],
  );
}
