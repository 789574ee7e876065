import { calendarDay, optionalTypedNumber } from '../form-fields';
import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { hasFilter, hasWords, type QuoteSearch, RANKED_CANDIDATES, type SearchCursor, searchQuotes } from '../../db/repositories/search.repository';
import { decodeCursor, encodeCursor, pageQuery, sendPage } from '../api/cursor';
import { streamQuotes } from '../exports';
import { requireRole } from '../middleware/auth';
import { rateLimit, type RateLimiters } from '../middleware/rate-limit';
import { validate } from '../middleware/validate';
import { filterNames, typedFilters } from '../typed-filters';

const PER_PAGE = 20;

const id = (what: string) =>
  z.coerce.number(`must be a ${what} number`).int(`must be a ${what} number`).positive(`must be a ${what} number`).max(2_147_483_647, `must be a ${what} number`).optional();

/** A calendar day as a date field sends it, or nothing. */
const day = calendarDay.optional();

/**
 * `?q=&speaker=&outlet=&from=&to=&topic=&kind=&reviewed=&earlier=&sort=&page=&after=`: the whole search
 * lives in the URL, so it can be bookmarked and shared; `after` continues a date-ordered list.
 * A value that cannot be read is an error saying so, not a filter silently dropped.
 */
const searchFields = z.object({
  q: z.string().trim().max(300, 'must be at most 300 characters').default(''),
  speaker: id('speaker'),
  outlet: z.string().trim().max(200, 'must be at most 200 characters').optional().transform((v) => v || undefined),
  from: day,
  to: day,
  topic: optionalTypedNumber('topic'),
  kind: z.enum(['direct', 'partial'], 'must be direct or partial').optional(),
  reviewed: z.enum(['1'], 'must be 1 (reviewed quotes only) or left out').optional(),
  earlier: z
    .enum(['1'], 'must be 1 (earlier versions too) or left out')
    .optional()
    .describe('1: also the words only earlier versions of edited articles hold (a quote an edit dropped), marked as such; left out: current versions only, as speaker pages count them. Either way a quote is listed once per page.'),
  sort: z.enum(['relevance', 'newest'], 'must be relevance or newest').default('relevance'),
  page: z.coerce.number('must be a page number').int('must be a page number').min(1, 'must be a page number').max(500, 'can be at most 500: sort by newest to go further').default(1),
  after: z.string().max(80, 'is not a position in these results').optional(),
});

const fromBeforeTo = (v: { from?: string; to?: string }) => !v.from || !v.to || v.from <= v.to;
const FROM_BEFORE_TO = { message: 'must not be before the from date', path: ['to'] };

/** A form sends its empty fields: they are no filter. */
function withoutBlanks(v: unknown): unknown {
  return v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== '')) : v;
}

/** The search of the page, its export and its Atom feed. */
export const searchQuery = searchFields.refine(fromBeforeTo, FROM_BEFORE_TO);
/** What the search routes validate: the form's fields, empty ones left out. */
export const searchInput = z.preprocess(withoutBlanks, searchQuery);

/** Query of `GET /api/v1/search`: the page's search, by cursor instead of page number (documented from this schema). */
export const apiSearchQuery = searchFields.omit({ page: true, after: true }).extend(pageQuery.shape);
const apiSearchInput = z.preprocess(withoutBlanks, apiSearchQuery.refine(fromBeforeTo, FROM_BEFORE_TO));

/** A date-ordered page's end as it travels in the URL: the date as PostgreSQL wrote it, `|`, the quote id. */
export function parseAfter(v: string | undefined): SearchCursor | undefined {
  const m = v ? /^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?[+-]\d{2}(?::\d{2})?)\|(\d{1,10})$/.exec(v) : null;
  return m && Number(m[2]) <= 2_147_483_647 ? { at: m[1], id: Number(m[2]) } : undefined;
}

/** Deepest result the API pages to best match first, as the page does (500 pages of 20); newest first has no such end. */
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
    earlier: q.earlier === '1',
  };
}

/** A search in a few words, for titles: its words, then its filters. */
export function describeSearch(q: Omit<z.infer<typeof searchQuery>, 'page' | 'after'>, names: { speaker?: string | null; topic?: string | null }): string {
  const parts = [
    hasWords(q.q) ? `“${q.q}”` : 'Quotes',
    q.speaker ? `by ${names.speaker ?? `speaker #${q.speaker}`}` : '',
    q.outlet ? `in ${q.outlet}` : '',
    q.topic ? `behind the claims of “${names.topic ?? `topic #${q.topic}`}”` : '',
    q.from && q.to ? `${q.from} to ${q.to}` : q.from ? `from ${q.from}` : q.to ? `up to ${q.to}` : '',
    q.kind === 'partial' ? 'partial quotes only' : q.kind === 'direct' ? 'full quotes only' : '',
    q.reviewed ? 'reviewed only' : '',
    q.earlier ? 'earlier versions too' : '',
  ].filter(Boolean);
  return parts.join(', ').replace(/^Quotes, /, 'Quotes ');
}

/** Runs a search as the page or the API asks for it. */
async function run(dataSource: DataSource, q: Omit<z.infer<typeof searchQuery>, 'page' | 'after'>, page: { limit: number; offset?: number; after?: SearchCursor } = { limit: PER_PAGE, offset: 0 }) {
  // Filters without words list every quote they allow, newest first (nothing to rank by).
  return searchQuotes(dataSource.manager, { ...searchFilters(q), sort: hasWords(q.q) ? q.sort : 'newest', ...page });
}

/** A search given filters and no words: a list of the quotes they allow, newest first. */
export function isListing(q: Omit<z.infer<typeof searchQuery>, 'page' | 'after'>): boolean {
  return !hasWords(q.q) && hasFilter(searchFilters(q));
}

/** Full-text search over quotes: the page and its JSON twin. */
export function searchRouter(deps: { dataSource: DataSource; rateLimiters?: RateLimiters }): Router {
  const router = Router();

  router.get('/search', requireRole('read'), rateLimit(deps, 'search'), async (req, res) => {
    // the speaker and the topic may be typed as names (or “#12 Helena Brandt”): one speaker or topic by that name puts its number in the address
    const typed = await typedFilters(deps.dataSource, req, '/search');
    if (typed.redirect) return res.redirect(302, typed.redirect);
    const parsed = searchInput.safeParse(typed.query);
    if (!parsed.success || Object.keys(typed.errors).length) {
      // the form again, with what it was given and what is wrong with it: nothing is searched
      const raw = req.query as Record<string, unknown>;
      const form = Object.fromEntries(Object.keys(searchFields.shape).map((k) => [k, typeof raw[k] === 'string' ? (raw[k] as string) : undefined]));
      const errors: Record<string, string[]> = { ...typed.errors };
      if (!parsed.success) for (const issue of parsed.error.issues) (errors[String(issue.path[0] ?? 'q')] ??= []).push(issue.message);
      return res.status(422).render('search/index', { title: 'Search quotes', q: { ...form, sort: form.sort || 'relevance', page: 1 }, errors, choices: typed.choices, names: {}, hits: [], total: 0, totalExact: true, perPage: PER_PAGE, firstUrl: '/search', versionsUrl: '/search', prevUrl: null, nextUrl: null, ranked: RANKED_CANDIDATES, feed: null, ignored: [], excludesIncluded: [], searched: false, listing: false });
    }
    const listing = isListing(parsed.data);
    const q = listing ? { ...parsed.data, sort: 'newest' as const } : parsed.data;
    // By date, later pages continue after the previous one's last quote; best match pages within the ranked candidates.
    const after = q.sort === 'newest' ? parseAfter(q.after) : undefined;
    const [result, names] = await Promise.all([
      run(deps.dataSource, q, after ? { limit: PER_PAGE, after } : { limit: PER_PAGE, offset: (q.page - 1) * PER_PAGE }),
      filterNames(deps.dataSource, q),
    ]);
    const base = new URLSearchParams(Object.entries({ ...q, page: undefined, after: undefined }).filter(([, v]) => v !== undefined && v !== '') as [string, string][]);
    const pageUrl = (page: number, next?: SearchCursor | null) =>
      `/search?${new URLSearchParams([...base, ...(page > 1 ? [['page', String(page)]] : []), ...(next ? [['after', `${next.at}|${next.id}`]] : [])]).toString()}`;
    const shown = (q.page - 1) * PER_PAGE + result.hits.length;
    const more = q.sort === 'newest' ? result.next !== null : shown < Math.min(result.total, RANKED_CANDIDATES) && result.hits.length === PER_PAGE;
    // a search left with no word to look for (only common words) can never match: no feed is offered for it
    // a filter naming no speaker or topic can never match: said on the page, and no feed offered
    const unknown = (q.speaker !== undefined && !names.speaker) || (q.topic !== undefined && !names.topic);
    const searchable = !unknown && (listing || (q.q.match(/[\p{L}\p{N}][\p{L}\p{N}'’]*/gu) ?? []).some((w) => w !== 'OR' && !(result.ignored ?? []).includes(w.toLowerCase())));
    const described = describeSearch(q, names);
    res.render('search/index', {
      title: q.q || listing ? `${described} — search` : 'Search quotes',
      q,
      errors: {},
      names,
      hits: result.hits.map((h) => ({ ...h, parts: highlightParts(h.headline) })),
      total: result.total,
      totalExact: result.totalExact,
      perPage: PER_PAGE,
      pageUrl,
      firstUrl: pageUrl(1),
      // the same search with earlier versions of edited articles, or without them
      versionsUrl: `/search?${new URLSearchParams([...[...base].filter(([k]) => k !== 'earlier'), ...(q.earlier ? [] : [['earlier', '1']])]).toString()}`,
      prevUrl: q.page > 1 && q.sort === 'relevance' ? pageUrl(q.page - 1) : null,
      nextUrl: more ? pageUrl(q.page + 1, q.sort === 'newest' ? result.next : null) : null,
      ranked: RANKED_CANDIDATES,
      feed: searchable ? { title: `${described} — whosaid search`, href: `/search/feed.atom?${base.toString()}` } : null,
      ignored: result.ignored ?? [],
      excludesIncluded: result.excludesIncluded ?? [],
      searched: searchable,
      listing,
    });
  });

  // Every match (not one page) as CSV or JSON, streamed.
  router.get('/search/export', requireRole('read'), rateLimit(deps, 'export'), validate(z.preprocess(withoutBlanks, searchFields.extend({ format: z.enum(['csv', 'json'], 'must be csv or json').default('csv') }).refine(fromBeforeTo, FROM_BEFORE_TO))), async (req, res) => {
    const q = req.validated as z.infer<typeof searchQuery> & { format: 'csv' | 'json' };
    await streamQuotes(
      res,
      deps.dataSource,
      { ...searchFilters(q), q: q.q || undefined },
      q.format,
      'whosaid-quotes',
    );
  });

  // The cursor is opaque. Best match first, it holds a position in the ranked results: relevance is a score over a
  // candidate set the search service bounds, so the page is cut there rather than by a keyset. Newest first (and a
  // list of filters without words), it holds the last quote's date and id, so the walk reaches every match, as the page's does.
  router.get('/api/v1/search', requireRole('read'), rateLimit(deps, 'search'), validate(apiSearchInput), async (req, res) => {
    const { cursor, limit, ...q } = req.validated as z.infer<typeof apiSearchQuery>;
    const byDate = q.sort === 'newest' || !hasWords(q.q);
    const list = byDate ? 'search:newest' : `search:${q.sort}`;
    let result: Awaited<ReturnType<typeof run>>;
    let next: string | null;
    if (byDate) {
      const key = cursor ? decodeCursor(cursor, list, ['timestamp']) : null;
      result = await run(deps.dataSource, q, key ? { limit, after: { at: key[0] as string, id: key[1] as number } } : { limit, offset: 0 });
      next = result.next && result.hits.length > 0 ? encodeCursor(list, [result.next.at, result.next.id]) : null;
    } else {
      const offset = cursor ? (decodeCursor(cursor, list, [])[0] as number) : 0;
      result = await run(deps.dataSource, q, { limit, offset });
      const nextOffset = offset + result.hits.length;
      next = nextOffset < result.total && nextOffset < MAX_SEARCH_DEPTH && result.hits.length > 0 ? encodeCursor(list, [nextOffset]) : null;
    }
    sendPage(
      req,
      res,
      result.hits.map((h) => ({
        id: h.id,
        text: highlightParts(h.headline).map((p) => p.text).join(''),
        highlights: highlightParts(h.headline).filter((p) => p.hit).map((p) => p.text),
        speaker: h.speakerName ? { id: h.speakerId, name: h.speakerName } : null,
        article: { id: h.articleId, title: h.articleTitle, outlet: h.outlet, publishedAt: h.publishedAt, version: h.articleVersion, current: h.articleCurrent, href: `/articles/${h.articleId}#q-${h.position}` },
        earlierVersions: h.earlierVersions.map((v) => ({ quoteId: v.id, version: v.version, href: `/quotes/${v.id}` })),
        otherArticles: h.otherArticles,
        rank: Number(h.rank),
      })),
      next,
      // the words left out as too common to search for: a search of such words alone finds nothing, and says why
      { total: result.total, totalExact: result.totalExact, ignored: result.ignored ?? [] },
    );
  });

  return router;
}
