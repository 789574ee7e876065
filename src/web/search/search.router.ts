import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { type QuoteSearch, RANKED_CANDIDATES, type SearchCursor, searchQuotes } from '../../db/repositories/search.repository';
import { decodeCursor, encodeCursor, pageQuery, sendPage } from '../api/cursor';
import { streamQuotes } from '../exports';
import { requireRole } from '../middleware/auth';
import { rateLimit, type RateLimiters } from '../middleware/rate-limit';
import { validate } from '../middleware/validate';

const PER_PAGE = 20;

const id = z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined);

/** A date-ordered page's end as it travels in the URL: the date as PostgreSQL wrote it, `|`, the quote id. */
export function parseAfter(v: string | undefined): SearchCursor | undefined {
  const m = v ? /^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?[+-]\d{2}(?::\d{2})?)\|(\d{1,10})$/.exec(v) : null;
  return m && Number(m[2]) <= 2_147_483_647 ? { at: m[1], id: Number(m[2]) } : undefined;
}

/**
 * `?q=&speaker=&outlet=&from=&to=&topic=&kind=&reviewed=&sort=&page=&after=`: the whole search
 * lives in the URL, so it can be bookmarked and shared; `after` continues a date-ordered list.
 */
export const searchQuery = z.object({
  q: z.string().trim().max(300, 'must be at most 300 characters').default(''),
  speaker: id,
  outlet: z.string().trim().max(200).optional().transform((v) => v || undefined),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
  topic: id,
  kind: z.enum(['direct', 'partial']).optional().catch(undefined),
  reviewed: z.enum(['1']).optional().catch(undefined),
  sort: z.enum(['relevance', 'newest']).default('relevance').catch('relevance'),
  page: z.coerce.number().int().min(1).max(500).default(1).catch(1),
  after: z.string().max(80).optional().catch(undefined),
});

/** Query of `GET /api/v1/search`: the page's search, by cursor instead of page number. */
export const apiSearchQuery = searchQuery.omit({ page: true }).extend(pageQuery.shape);

/** Deepest result the API pages to, as the page does (500 pages of 20). */
const MAX_SEARCH_DEPTH = 10_000;

/** Splits a highlighted headline into plain and matching runs, so the view escapes every part. */
export function highlightParts(headline: string): Array<{ text: string; hit: boolean }> {
  const parts: Array<{ text: string; hit: boolean }> = [];
  for (const chunk of headline.split('\u0001')) {
    const [hit, rest] = chunk.includes('\u0002') ? chunk.split('\u0002', 2) : [null, chunk];
    if (hit !== null && hit !== '') parts.push({ text: hit, hit: true });
    if (rest) parts.push({ text: rest, hit: false });
  }
  return parts;
}

/** The filters of a search as the repository takes them (`to` is inclusive: up to the end of that day); also the saved-search feed's. */
export function searchFilters(q: Omit<z.infer<typeof searchQuery>, 'page' | 'after'>): Omit<QuoteSearch, 'sort' | 'limit'> {
  return {
    q: q.q,
    speakerId: q.speaker,
    outlet: q.outlet,
    from: q.from ? new Date(`${q.from}T00:00:00Z`) : undefined,
    to: q.to ? new Date(Date.parse(`${q.to}T00:00:00Z`) + 86_400_000) : undefined,
    topicId: q.topic,
    kind: q.kind,
    reviewedOnly: q.reviewed === '1',
  };
}

/** Runs a search as the page or the API asks for it. */
async function run(dataSource: DataSource, q: Omit<z.infer<typeof searchQuery>, 'page' | 'after'>, page: { limit: number; offset?: number; after?: SearchCursor } = { limit: PER_PAGE, offset: 0 }) {
  if (!q.q) return { hits: [], total: 0, totalExact: true, next: null };
  return searchQuotes(dataSource.manager, { ...searchFilters(q), sort: q.sort, ...page });
}

/** Full-text search over quotes: the page and its JSON twin. */
export function searchRouter(deps: { dataSource: DataSource; rateLimiters?: RateLimiters }): Router {
  const router = Router();

  router.get('/search', requireRole('read'), rateLimit(deps, 'search'), validate(searchQuery), async (req, res) => {
    const q = req.validated as z.infer<typeof searchQuery>;
    // By date, later pages continue after the previous one's last quote; best match pages within the ranked candidates.
    const after = q.sort === 'newest' ? parseAfter(q.after) : undefined;
    const result = await run(deps.dataSource, q, after ? { limit: PER_PAGE, after } : { limit: PER_PAGE, offset: (q.page - 1) * PER_PAGE });
    const base = new URLSearchParams(Object.entries({ ...q, page: undefined, after: undefined }).filter(([, v]) => v !== undefined && v !== '') as [string, string][]);
    const pageUrl = (page: number, next?: SearchCursor | null) =>
      `/search?${new URLSearchParams([...base, ...(page > 1 ? [['page', String(page)]] : []), ...(next ? [['after', `${next.at}|${next.id}`]] : [])]).toString()}`;
    const shown = (q.page - 1) * PER_PAGE + result.hits.length;
    const more = q.sort === 'newest' ? result.next !== null : shown < Math.min(result.total, RANKED_CANDIDATES) && result.hits.length === PER_PAGE;
    res.render('search/index', {
      title: q.q ? `“${q.q}” — search` : 'Search quotes',
      q,
      hits: result.hits.map((h) => ({ ...h, parts: highlightParts(h.headline) })),
      total: result.total,
      totalExact: result.totalExact,
      perPage: PER_PAGE,
      pageUrl,
      firstUrl: pageUrl(1),
      prevUrl: q.page > 1 && q.sort === 'relevance' ? pageUrl(q.page - 1) : null,
      nextUrl: more ? pageUrl(q.page + 1, q.sort === 'newest' ? result.next : null) : null,
      ranked: RANKED_CANDIDATES,
      feed: q.q ? { title: `“${q.q}” — whosaid search`, href: `/search/feed.atom?${base.toString()}` } : null,
    });
  });

  // Every match (not one page) as CSV or JSON, streamed.
  router.get('/search/export', requireRole('read'), rateLimit(deps, 'export'), validate(searchQuery.extend({ format: z.enum(['csv', 'json']).default('csv').catch('csv') })), async (req, res) => {
    const q = req.validated as z.infer<typeof searchQuery> & { format: 'csv' | 'json' };
    await streamQuotes(
      res,
      deps.dataSource,
      { ...searchFilters(q), q: q.q || undefined },
      q.format,
      'whosaid-quotes',
    );
  });

  // The cursor is opaque but holds a position in the ranked results: relevance is a score over a
  // candidate set the search service bounds, so the page is cut there rather than by a keyset.
  router.get('/api/v1/search', requireRole('read'), rateLimit(deps, 'search'), validate(apiSearchQuery), async (req, res) => {
    const { cursor, limit, ...q } = req.validated as z.infer<typeof apiSearchQuery>;
    const list = `search:${q.sort}`;
    const offset = cursor ? (decodeCursor(cursor, list, [])[0] as number) : 0;
    const result = await run(deps.dataSource, q, { limit, offset });
    const nextOffset = offset + result.hits.length;
    const next = nextOffset < result.total && nextOffset < MAX_SEARCH_DEPTH && result.hits.length > 0 ? encodeCursor(list, [nextOffset]) : null;
    sendPage(
      req,
      res,
      result.hits.map((h) => ({
        id: h.id,
        text: highlightParts(h.headline).map((p) => p.text).join(''),
        highlights: highlightParts(h.headline).filter((p) => p.hit).map((p) => p.text),
        speaker: h.speakerName ? { id: h.speakerId, name: h.speakerName } : null,
        article: { id: h.articleId, title: h.articleTitle, outlet: h.outlet, publishedAt: h.publishedAt, href: `/articles/${h.articleId}#q-${h.position}` },
        rank: Number(h.rank),
      })),
      next,
      { total: result.total },
    );
  });

  return router;
}
