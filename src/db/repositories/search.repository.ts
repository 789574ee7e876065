import type { EntityManager } from 'typeorm';

/** A quote search: web-search syntax ("phrases", -exclusion, OR) with filters. */
export interface QuoteSearch {
  q: string;
  speakerId?: number;
  outlet?: string;
  from?: Date;
  to?: Date;
  sort: 'relevance' | 'newest';
  limit: number;
  offset: number;
}

/** One hit: the quote with its matching words marked by \u0001…\u0002, its speaker and article. */
export interface QuoteHit {
  id: number;
  articleId: number;
  position: number;
  headline: string;
  speakerId: number | null;
  speakerName: string | null;
  articleTitle: string;
  outlet: string | null;
  publishedAt: Date | null;
  rank: number;
}

/**
 * Finds quotes through the GIN index first (a materialised set of matches), then filters,
 * ranks or dates them and cuts the page, so a rare word sorted by date never walks the date
 * index. Every match is ranked: fine for this archive's size, not yet measured at millions.
 */
export async function searchQuotes(em: EntityManager, s: QuoteSearch): Promise<{ hits: QuoteHit[]; total: number }> {
  const params: unknown[] = [s.q];
  const where: string[] = [];
  if (s.speakerId) where.push(`q.speaker_id = $${params.push(s.speakerId)}`);
  if (s.outlet) where.push(`a.outlet ILIKE $${params.push(s.outlet.replace(/[%_\\]/g, '\\$&'))}`);
  if (s.from) where.push(`coalesce(a.published_at, a.created_at) >= $${params.push(s.from)}`);
  if (s.to) where.push(`coalesce(a.published_at, a.created_at) < $${params.push(s.to)}`);
  const order = s.sort === 'newest' ? 'coalesce(f.published_at, f.created_at) DESC, f.id DESC' : 'rank DESC, f.id DESC';
  const rows: Array<QuoteHit & { total: string }> = await em.query(
    `WITH query AS (SELECT websearch_to_tsquery('english', $1) AS tsq),
     matches AS MATERIALIZED (
       SELECT q.id FROM quotes q, query WHERE q.search @@ query.tsq AND q.kind <> 'term'
     ),
     filtered AS (
       SELECT q.id, q.article_id, q.position, q.text, q.speaker_id, q.speaker_name, q.search,
              a.title, a.outlet, a.published_at, a.created_at
         FROM matches m JOIN quotes q ON q.id = m.id JOIN articles a ON a.id = q.article_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     )
     SELECT f.id, f.article_id AS "articleId", f.position,
            ts_headline('english', f.text, query.tsq, 'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', HighlightAll=true') AS headline,
            f.speaker_id AS "speakerId", f.speaker_name AS "speakerName", f.title AS "articleTitle", f.outlet,
            f.published_at AS "publishedAt", ts_rank(f.search, query.tsq) AS rank, count(*) OVER () AS total
       FROM filtered f, query
      ORDER BY ${order}
      LIMIT ${s.limit} OFFSET ${s.offset}`,
    params,
  );
  return { hits: rows.map(({ total: _t, ...h }) => h), total: rows.length ? Number(rows[0].total) : 0 };
}
