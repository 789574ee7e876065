import type { EntityManager } from 'typeorm';

/** A quote with what its page shows about the article and the speaker. */
export interface QuoteRow {
  id: number;
  articleId: number;
  position: number;
  text: string;
  startOffset: number;
  endOffset: number;
  kind: string;
  speakerId: number | null;
  speakerName: string | null;
  speakerKind: string;
  speakerRole: string | null;
  speakerMention: string | null;
  cue: string | null;
  confidence: number;
  evidence: string;
  reviewStatus: string;
  reviewVersion: number;
  reviewedAt: Date | null;
  reviewedBy: string | null;
  /** A person gave the quote another speaker than the one the article's words named (a span fixed alone is not one). */
  speakerCorrected: boolean;
  articleTitle: string;
  outlet: string | null;
  url: string | null;
  publishedAt: Date | null;
  createdAt: Date;
  body: string;
}

/** One quote with its article. */
export async function findQuoteRow(em: EntityManager, id: number): Promise<QuoteRow | null> {
  const rows: QuoteRow[] = await em.query(
    `SELECT q.id, q.article_id AS "articleId", q.position, q.text, q.start_offset AS "startOffset", q.end_offset AS "endOffset",
            q.kind, q.speaker_id AS "speakerId", q.speaker_name AS "speakerName", q.speaker_kind AS "speakerKind",
            q.speaker_role AS "speakerRole", q.speaker_mention AS "speakerMention", q.cue, q.confidence, q.evidence,
            q.review_status AS "reviewStatus", q.review_version AS "reviewVersion", q.reviewed_at AS "reviewedAt",
            coalesce(u.display_name, u.email) AS "reviewedBy",
            q.review_status = 'corrected' AND EXISTS (SELECT 1 FROM audit_log l WHERE l.target_type = 'quote' AND l.target_id = q.id::text AND l.action = 'quote.speaker') AS "speakerCorrected",
            a.title AS "articleTitle", a.outlet, a.url, a.published_at AS "publishedAt",
            a.created_at AS "createdAt", a.body
       FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN users u ON u.id = q.reviewed_by_id WHERE q.id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

/** Where the same words were quoted (this quote included), earliest publication first. */
export async function findSameWords(em: EntityManager, id: number, limit: number) {
  return em.query(
    `SELECT q.id, q.article_id AS "articleId", q.position, q.speaker_id AS "speakerId", q.speaker_name AS "speakerName",
            q.review_status AS "reviewStatus", a.title AS "articleTitle", a.outlet, a.url, coalesce(a.published_at, a.created_at) AS "at"
       FROM quotes q JOIN articles a ON a.id = q.article_id
      WHERE q.text_key = (SELECT text_key FROM quotes WHERE id = $1) AND a.is_current
      ORDER BY coalesce(a.published_at, a.created_at), q.id
      LIMIT $2`,
    [id, limit],
  ) as Promise<Array<{ id: number; articleId: number; position: number; speakerId: number | null; speakerName: string | null; reviewStatus: string; articleTitle: string; outlet: string | null; url: string | null; at: Date }>>;
}

/** Claims parsed from a quote. */
export async function findClaimsOfQuote(em: EntityManager, id: number) {
  return em.query(
    `SELECT c.id, c.text, c.topic_id AS "topicId", t.label AS "topicLabel", c.value_text AS "valueText"
       FROM claims c LEFT JOIN claim_topics t ON t.id = c.topic_id WHERE c.quote_id = $1 ORDER BY c.id`,
    [id],
  ) as Promise<Array<{ id: number; text: string; topicId: number; topicLabel: string | null; valueText: string | null }>>;
}
