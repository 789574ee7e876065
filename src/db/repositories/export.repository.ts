import type { EntityManager } from 'typeorm';

/** One exported quote row. */
export interface ExportRow {
  id: number;
  text: string;
  speakerId: number | null;
  speakerName: string | null;
  cue: string | null;
  kind: string;
  confidence: number;
  reviewStatus: string;
  articleId: number;
  articleTitle: string;
  outlet: string | null;
  url: string | null;
  publishedAt: Date | null;
}

/** What to export: quotes matching a search and/or of one speaker. */
export interface ExportFilter {
  q?: string;
  speakerId?: number;
  outlet?: string;
  from?: Date;
  to?: Date;
}

/**
 * The next batch of quotes after `afterId` (keyset on the quote id), so an export of any
 * size reads the archive in bounded steps and never holds more than one batch.
 */
export async function exportBatch(em: EntityManager, f: ExportFilter, afterId: number, limit: number): Promise<ExportRow[]> {
  const params: unknown[] = [afterId, limit];
  const where = ['q.id > $1', "q.kind <> 'term'"];
  if (f.q) where.push(`q.search @@ websearch_to_tsquery('english', $${params.push(f.q)})`);
  if (f.speakerId) where.push(`q.speaker_id = $${params.push(f.speakerId)}`);
  if (f.outlet) where.push(`a.outlet ILIKE $${params.push(f.outlet.replace(/[%_\\]/g, '\\$&'))}`);
  if (f.from) where.push(`coalesce(a.published_at, a.created_at) >= $${params.push(f.from)}`);
  if (f.to) where.push(`coalesce(a.published_at, a.created_at) < $${params.push(f.to)}`);
  return em.query(
    `SELECT q.id, q.text, q.speaker_id AS "speakerId", q.speaker_name AS "speakerName", q.cue, q.kind, q.confidence,
            q.review_status AS "reviewStatus", q.article_id AS "articleId", a.title AS "articleTitle", a.outlet, a.url,
            a.published_at AS "publishedAt"
       FROM quotes q JOIN articles a ON a.id = q.article_id
      WHERE ${where.join(' AND ')}
      ORDER BY q.id
      LIMIT $2`,
    params,
  );
}
