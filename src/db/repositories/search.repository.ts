import type { EntityManager } from 'typeorm';
import { SEARCH_CONFIG, SEARCH_CONFIG_ALL_WORDS } from '../search-config';
import { restoreHeadline, SEARCH_TEXT_FUNCTION } from '../search-text';
import { COUNT_CAP, plannedRows } from './capped-count';

/** Matches counted exactly; beyond this a search gives the planner's estimate instead of counting every match (as every list with a total). */
export const SEARCH_COUNT_CAP = COUNT_CAP;

/** Best match ranks at most this many matches (see searchQuotes). */
export const RANKED_CANDIDATES = 1000;

/** Where a date-ordered page ends: the date (PostgreSQL's text, to the microsecond) and id of its last quote. */
export interface SearchCursor {
  at: string;
  id: number;
}

/** A quote search: web-search syntax ("phrases", -exclusion, OR) with filters. */
export interface QuoteSearch {
  q: string;
  speakerId?: number;
  outlet?: string;
  from?: Date;
  to?: Date;
  /** Quotes with a claim in this topic. */
  topicId?: number;
  kind?: 'direct' | 'partial';
  /** Only quotes whose attribution a reviewer confirmed or corrected. */
  reviewedOnly?: boolean;
  /**
   * Also the words that only earlier versions of their pages hold (a quote an edit dropped). By
   * default a search reads current versions only, as speaker pages and article lists count them;
   * either way a quote is found once per page, through the latest version holding its words.
   */
  earlier?: boolean;
  sort: 'relevance' | 'newest';
  limit: number;
  /** Rows to skip: within the ranked candidates for relevance; by date, `after` reaches any depth at the same cost. */
  offset?: number;
  /** Newest first: continue after this position (keyset). */
  after?: SearchCursor;
}

/** One hit: the quote with its matching words marked by \u0001…\u0002, its speaker and article. */
export interface QuoteHit {
  id: number;
  articleId: number;
  position: number;
  headline: string;
  speakerId: number | null;
  speakerName: string | null;
  reviewStatus: string;
  articleTitle: string;
  outlet: string | null;
  publishedAt: Date | null;
  /** The article's version: a page fetched again with changed text is stored as its next version. */
  articleVersion: number;
  /** False for an earlier version of a page: found only with `earlier`, for words a later version dropped, marked as such. */
  articleCurrent: boolean;
  /** The version its article replaced, if any: the page's earlier versions are read back from it. */
  previousVersionId: number | null;
  /** The same words in earlier versions of this page, latest first (listed once, through this hit). */
  earlierVersions: Array<{ id: number; version: number }>;
  /** Other pages that ran the same words (the stored per-wording count, a page's versions once). */
  otherArticles: number;
  rank: number;
}

/** A page of hits, how many match, and (by date) where the next page starts. */
export interface QuoteSearchResult {
  hits: QuoteHit[];
  /** Exact when `totalExact`; otherwise the planner's estimate, at least SEARCH_COUNT_CAP + 1. */
  total: number;
  totalExact: boolean;
  next: SearchCursor | null;
  /** Words of the query PostgreSQL leaves out as too common to search for ("the", "each"), even after a minus. */
  ignored?: string[];
  /** Excluded words that share their stem with an included word (`number -numbers`), so exclude it too. */
  excludesIncluded?: Array<{ excluded: string; included: string }>;
}

const MATCH = 'q.search @@ $1::tsquery';
const and = (xs: string[]) => (xs.length ? xs.join(' AND ') : 'true');
/** Served word for word by the partial indexes quotes_reviewed_walk_idx and quotes_reviewed_walk_long_idx. */
const REVIEWED = `q.review_status IN ('confirmed', 'corrected')`;
/**
 * One version of each quote: the current versions' quotes, or with earlier versions, every quote no
 * later version of its page repeats (the flags are on the quote row and in the walks' indexes,
 * migration 1795572403530, so the filter reads no article).
 */
export const versionFilter = (earlier: boolean | undefined): string => (earlier ? 'NOT q.superseded' : 'q.article_current');

interface Parts {
  params: unknown[];
  /** Conditions on the quote row (alias q), the words excepted. */
  quote: string[];
  /** The walked scopes' parameters: the outlet (lower case) and the speaker. */
  outlet?: string;
  speaker?: string;
  reviewed: boolean;
  /** Partial quotes only: the GIN path reads their own index, and builds a bitmap of their matches alone. */
  partialOnly: boolean;
  /** The date range's parameters ($n), for the index that walks it. */
  range: { from?: string; to?: string };
  /** The topic's parameter ($n), when quotes behind its claims are asked for. */
  topic?: string;
  /** The query with every word of its phrases kept ($n), when a phrase holds a word the index leaves out (see rechecked). */
  allWords?: string;
}

/** The filters' conditions; `tsquery` is $1 when the search has words (a list by filters alone has none). */
function parts(s: QuoteSearch, tsquery: string | null, allWords: string | null = null): Parts {
  const params: unknown[] = tsquery === null ? [] : [tsquery];
  const allWordsParam = allWords === null ? undefined : `$${params.push(allWords)}::tsquery`;
  // Quotes a reviewer marked as not a quote are kept for the record but never found.
  const quote = [`q.kind <> 'term'`, `q.review_status <> 'rejected'`, versionFilter(s.earlier)];
  let speaker: string | undefined;
  if (s.speakerId) {
    speaker = `$${params.push(s.speakerId)}::int`;
    quote.push(`q.speaker_id = ${speaker}`);
  }
  let outlet: string | undefined;
  if (s.outlet) {
    // Case aside, the outlet as written: the quote carries its article's in lower case.
    outlet = `lower($${params.push(s.outlet)})`;
    quote.push(`q.outlet_key = ${outlet}`);
  }
  if (s.kind) quote.push(`q.kind = $${params.push(s.kind)}`);
  const partialOnly = s.kind === 'partial';
  if (s.reviewedOnly) quote.push(REVIEWED);
  let topic: string | undefined;
  if (s.topicId) quote.push(`q.id IN (SELECT c.quote_id FROM claims c WHERE c.topic_id = ${(topic = `$${params.push(s.topicId)}::int`)} AND c.quote_id IS NOT NULL)`);
  // Checked on each row (`+ interval '0'` keeps the planner from ANDing a wide date range into
  // the GIN bitmap); walks read the range from their date index instead (see walk).
  const range: Parts['range'] = {};
  if (s.from) quote.push(`q.said_at + interval '0' >= ${(range.from = `$${params.push(s.from)}::timestamptz`)}`);
  if (s.to) quote.push(`q.said_at + interval '0' < ${(range.to = `$${params.push(s.to)}::timestamptz`)}`);
  return { params, quote, outlet, speaker, reviewed: !!s.reviewedOnly, partialOnly, range, topic, allWords: allWordsParam };
}

/**
 * The quote `q` holds the query's phrases with every word in them: the stored vector leaves out the stop words, so
 * "is not a criminal" is found through the index as 'crimin' and rechecked here against the quote's text read with
 * every word kept ('is' <-> 'not' <-> 'a' <-> 'crimin'). The same text as the stored vector reads (speaker and quote).
 */
function rechecked(p: Parts): string[] {
  return p.allWords
    ? [`to_tsvector('${SEARCH_CONFIG_ALL_WORDS}', ${SEARCH_TEXT_FUNCTION}(coalesce(q.speaker_name, '') || ' ' || q.text)) @@ ${p.allWords}`]
    : [];
}

/** A walked row `w` that matches the words: its vector, then, for such a phrase, its text (read only for the rows the vector matched). */
function walkedMatch(p: Parts): string {
  const recheck = rechecked(p);
  return `w.search @@ $1::tsquery${recheck.length ? ` AND EXISTS (SELECT 1 FROM quotes q WHERE q.id = w.id AND ${recheck[0]})` : ''}`;
}

/** FROM … WHERE of the quotes meeting `quote`. */
function from(quote: string[]): string {
  return `quotes q WHERE ${and(quote)}`;
}

/** A hit's columns after its headline. */
const HIT_TAIL = `q.text,
  q.speaker_id AS "speakerId", q.speaker_name AS "speakerName", q.review_status AS "reviewStatus", a.title AS "articleTitle", a.outlet, a.published_at AS "publishedAt",
  a.version AS "articleVersion", a.is_current AS "articleCurrent", a.previous_version_id AS "previousVersionId",
  greatest(coalesce((SELECT c.articles FROM quote_text_counts c WHERE c.text_key = q.text_key), 1) - 1, 0) AS "otherArticles"`;

/** A hit's columns with its matching words marked (the common words of a phrase between them as they are). */
const HIT_COLUMNS = `q.id, q.article_id AS "articleId", q.position,
  ts_headline('${SEARCH_CONFIG}', ${SEARCH_TEXT_FUNCTION}(q.text), $1::tsquery, 'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', HighlightAll=true') AS headline, ${HIT_TAIL}`;

/** A hit's columns when there are no words to mark: the quote's text as it is. */
const LISTED_COLUMNS = `q.id, q.article_id AS "articleId", q.position, q.text AS headline, ${HIT_TAIL}`;

/** A hit as read: its headline is made of the quote's text as search reads it (see search-text.ts). */
type HitRow = Omit<QuoteHit, 'earlierVersions'> & { text: string };

/** The hit with the quote's own characters in its headline (its earlier versions are read after the page, see withEarlierVersions). */
function hitOf({ text, ...h }: HitRow): QuoteHit {
  return { ...h, headline: restoreHeadline(h.headline, text), earlierVersions: [] };
}

/**
 * The same words in the earlier versions of the hits' pages, latest first, read back along each
 * page's versions: v3's “120 dead” names v2 and v1 when they had it. One statement, only when a hit
 * comes from a version that replaced another (most pages have one version, and most searches none).
 */
async function withEarlierVersions(em: EntityManager, hits: QuoteHit[]): Promise<QuoteHit[]> {
  const versioned = hits.filter((h) => h.previousVersionId !== null);
  if (versioned.length === 0) return hits;
  const rows = (await em.query(
    `WITH RECURSIVE back(hit, id, depth) AS (
       SELECT h.hit, h.prev, 1 FROM unnest($1::int[], $2::int[]) AS h(hit, prev)
       UNION ALL SELECT b.hit, p.previous_version_id, b.depth + 1 FROM back b JOIN articles p ON p.id = b.id
        WHERE p.previous_version_id IS NOT NULL AND b.depth < 1000)
     SELECT b.hit, o.id, oa.version
       FROM back b JOIN quotes h ON h.id = b.hit JOIN articles oa ON oa.id = b.id JOIN quotes o ON o.article_id = oa.id AND o.text_key = h.text_key
      ORDER BY b.hit, oa.version DESC, o.id`,
    [versioned.map((h) => h.id), versioned.map((h) => h.previousVersionId)],
  )) as Array<{ hit: number; id: number; version: number }>;
  const of = new Map<number, Array<{ id: number; version: number }>>();
  for (const r of rows) (of.get(r.hit) ?? of.set(r.hit, []).get(r.hit)!).push({ id: r.id, version: r.version });
  return hits.map((h) => ({ ...h, earlierVersions: of.get(h.id) ?? [] }));
}

/** The planner's estimates (EXPLAIN, nothing executed): the matches, the matches of the words alone, and the rows a walk reads. */
export interface Estimates {
  matches: number;
  words: number;
  walked: number;
}

/** The conditions a walk's index already satisfies (see walk), to size what it reads. */
function walkedConditions(p: Parts): string[] {
  return [
    p.speaker ? `q.speaker_id = ${p.speaker}` : '',
    p.outlet ? `q.outlet_key = ${p.outlet}` : '',
    p.reviewed ? REVIEWED : '',
    p.range.from ? `q.said_at >= ${p.range.from}` : '',
    p.range.to ? `q.said_at < ${p.range.to}` : '',
  ].filter(Boolean);
}

/**
 * Estimates come from the table's statistics, which change only when it is analysed: a search
 * asked again within a few minutes reuses them instead of planning three counts again (about
 * 1.3 ms of a search's 5–10 on the 1M archive). Kept per database, for the most recent searches.
 */
const ESTIMATE_TTL_MS = 5 * 60_000;
const ESTIMATES_KEPT = 2000;
const estimates = new WeakMap<object, Map<string, { at: number; e: Estimates }>>();

/**
 * PostgreSQL estimates a phrase as if its words only had to appear together, in any order: on
 * the 10M archive "security forces" was estimated at 8,086 matches and has 276, so a date walk
 * promised a page within 26,000 rows read its whole budget (about 110 ms) before falling back
 * to the GIN index. A query with a phrase operator is estimated at a tenth of that.
 */
export const PHRASE_DISCOUNT = 10;

export function phraseEstimates(tsquery: string, e: Estimates): Estimates {
  if (!/<(?:-|\d+)>/.test(tsquery)) return e;
  return { ...e, matches: Math.max(1, e.matches / PHRASE_DISCOUNT), words: Math.max(1, e.words / PHRASE_DISCOUNT) };
}

async function estimate(em: EntityManager, p: Parts): Promise<Estimates> {
  const sql =
    // (The date range in its indexable form: the planner estimates it from the column's statistics.)
    `EXPLAIN (FORMAT JSON) SELECT (SELECT count(*) FROM ${from([MATCH, ...p.quote.map((c) => c.replace("q.said_at + interval '0'", 'q.said_at'))])}),
                                  (SELECT count(*) FROM quotes q WHERE ${MATCH}),
                                  (SELECT count(*) FROM ${from(walkedConditions(p))})${
                                  // the recheck is not estimated (the planner cannot); its parameter is only named
                                  p.allWords ? `, ${p.allWords} IS NULL` : ''}`;
  let kept = estimates.get(em.connection);
  if (!kept) estimates.set(em.connection, (kept = new Map()));
  const key = JSON.stringify([sql, p.params]);
  const hit = kept.get(key);
  if (hit && Date.now() - hit.at < ESTIMATE_TTL_MS) return hit.e;
  const [row] = await em.query(sql, p.params);
  type Node = { 'Plan Rows': number; Plans?: Node[] };
  const init = ((row['QUERY PLAN'] as Array<{ Plan: Node }>)[0].Plan.Plans ?? []).map((n) => n.Plans?.[0]?.['Plan Rows'] ?? 1);
  const e = phraseEstimates(p.params[0] as string, { matches: Math.max(1, init[0] ?? 1), words: Math.max(1, init[1] ?? 1), walked: Math.max(1, init[2] ?? 1) });
  kept.delete(key);
  if (kept.size >= ESTIMATES_KEPT) kept.delete(kept.keys().next().value as string);
  kept.set(key, { at: Date.now(), e });
  return e;
}

/**
 * The walking indexes carry the search vectors whose text form is at most 1,200 bytes (a B-tree
 * row holds at most 2,704; migration 1795572400700), so a walk over them never reads the table;
 * the rare longer quotes have indexes of their own, merged in by date. Word for word as the
 * indexes' predicates.
 */
const SHORT_VECTOR = 'octet_length(q.search::text) <= 1200';
const LONG_VECTOR = 'octet_length(q.search::text) > 1200';

/**
 * Matches newest first, read by walking a date-ordered index and checking each quote: one
 * speaker's quotes, one outlet's, the reviewed quotes, or all quotes (by said_at, id).
 * At most `budget` rows are read, so a walk promised many matches that meets few stops early
 * instead of reading the archive.
 */
function walk(p: Parts, seekParam: number | null, budget: number, limit: number): string {
  const seek = seekParam === null ? 'true' : `(q.said_at, q.id) < ($${seekParam}::timestamptz, $${seekParam + 1}::int)`;
  return `SELECT w.id, w.said_at AS at, w.search
            FROM ${walkedRows(p, seek, budget)} w
           WHERE w.keep AND ${walkedMatch(p)}
           ORDER BY w.said_at DESC, w.id DESC LIMIT ${limit}`;
}

/** The rows a walk reads, newest first from `seek`, at most `budget`: id, said_at, search and whether the other filters `keep` it. */
function walkedRows(p: Parts, seek: string, budget: number): string {
  // The indexes: a speaker's (speaker_id, said_at, id), an outlet's (outlet_key, said_at, id), the
  // reviewed quotes' or all by (said_at, id); each walk merges the covering index of short vectors
  // with the small one of long vectors. The filters the index does not order by are checked from
  // the columns it carries.
  const scope = walkedConditions(p);
  const lead = p.speaker ? 'q.speaker_id, ' : p.outlet ? 'q.outlet_key, ' : '';
  const branch = (size: string) =>
    `(SELECT q.id, q.said_at, q.search, ${and(p.quote)} AS keep FROM quotes q WHERE ${and([...scope, seek, size])}
       ORDER BY ${lead}q.said_at DESC, q.id DESC LIMIT ${budget})`;
  return `(${branch(SHORT_VECTOR)} UNION ALL ${branch(LONG_VECTOR)} ORDER BY said_at DESC, id DESC LIMIT ${budget})`;
}

/**
 * Full-text search that stays fast on millions of quotes whatever the query:
 *
 * - Counts stop at SEARCH_COUNT_CAP + 1; beyond, the planner's estimate is shown as "about".
 *   A date walk that met its page counts nothing, so it counts up to the cap when the estimate
 *   is under it (a count under 1,000 is always exact), along the cheaper path.
 * - Best match ranks a bounded candidate set: the matches the GIN index yields first (up to
 *   RANKED_CANDIDATES), or, for words frequent enough, the newest RANKED_CANDIDATES matches
 *   met walking by date. ts_rank over every match of a frequent word grows with the archive.
 * - Newest first sorts the matches found through the GIN index when they are few, and walks a
 *   date index when they are many (a frequent word is met within a few rows).
 * - Which way is chosen from the planner's estimates, compared here, not left to one plan:
 *   a LIMIT over a rare word sorted by date tempts the planner into walking the date index.
 *   Every walk is bounded and falls back to the GIN index when it was promised too much.
 * - Deep pages by date continue from a keyset cursor (date, id) at the cost of the first.
 */
export async function searchQuotes(em: EntityManager, s: QuoteSearch): Promise<QuoteSearchResult> {
  // A LIMIT over a frequent word also tempts the planner into a sequential scan, whose ring
  // buffer rereads the table from the OS on every search; GIN bitmaps and index walks keep pages hot.
  if (!em.queryRunner?.isTransactionActive) return em.transaction((tx) => searchQuotes(tx, s));
  const found = await findQuotes(em, s);
  return { ...found, hits: await withEarlierVersions(em, found.hits) };
}

/** The page of a search (see searchQuotes), in its transaction. */
async function findQuotes(em: EntityManager, s: QuoteSearch): Promise<QuoteSearchResult> {
  if (!hasWords(s.q)) return hasFilter(s) ? browse(em, s) : { hits: [], total: 0, totalExact: true, next: null };
  // Parallel workers do not pay for themselves on bounded reads (and would split the estimates).
  // The query's words (OR aside, an operator), asked in the same statement which ones the search ignores as too common.
  const words = [...new Set(wordsOf(s.q))].slice(0, 40);
  const [{ tsq, dropped, stems }] = await em.query(
    `SELECT set_config('enable_seqscan', 'off', true), set_config('max_parallel_workers_per_gather', '0', true),
            websearch_to_tsquery('${SEARCH_CONFIG}', ${SEARCH_TEXT_FUNCTION}($1))::text AS tsq,
            ARRAY(SELECT w FROM unnest($2::text[]) WITH ORDINALITY AS u(w, n) WHERE to_tsvector('${SEARCH_CONFIG}', w) = ''::tsvector ORDER BY n) AS dropped,
            ARRAY(SELECT coalesce((SELECT min(l.lexeme) FROM unnest(to_tsvector('${SEARCH_CONFIG}', w)) l), '')
                    FROM unnest($2::text[]) WITH ORDINALITY AS u(w, n) ORDER BY n) AS stems`,
    [s.q, words],
  );
  const { bare, phrased } = phraseWords(s.q);
  // a common word inside a phrase is searched for (see rechecked); on its own it is left out, and said so
  const ignored = (dropped as string[]).filter((w) => bare.has(w));
  const clashes = stemClashes(s.q, words, stems as string[]);
  const left = { ...(ignored.length ? { ignored } : {}), ...(clashes.length ? { excludesIncluded: clashes } : {}) };
  if (!tsq) return { hits: [], total: 0, totalExact: true, next: null, ...left };
  const inPhrases = (dropped as string[]).some((w) => phrased.has(w));
  const phrases = inPhrases ? await phraseQuery(em, s.q, new Set(dropped as string[])) : null;
  const p = parts(s, phrases?.index ?? tsq, phrases?.allWords ?? null);
  const e = await estimate(em, p);
  return { ...(await (s.sort === 'relevance' ? byRelevance(em, s, p, e) : byDate(em, s, p, e))), ...left };
}

/** A query's words, lower case, OR aside (an operator). */
function wordsOf(q: string): string[] {
  return (q.match(/[\p{L}\p{N}][\p{L}\p{N}'’]*/gu) ?? []).filter((w) => w !== 'OR').map((w) => w.toLowerCase());
}

/** Double quotation marks as a search reads them (the search text maps curly ones to straight ones). */
const PHRASE_MARK = /["“”„‟«»]/;

/** The query cut at its quotation marks: the even parts are outside phrases, the odd ones phrases (an unclosed one runs to the end). */
function phraseParts(q: string): string[] {
  return q.split(PHRASE_MARK);
}

/**
 * The excluded words that take an included one with them: the index holds each word by its stem, so
 * `number -numbers` excludes “number” too and can match nothing (“From tomorrow there will be one
 * number” is lost with every other). Each clash as the two words typed, `stems` aligned with `words`.
 */
export function stemClashes(q: string, words: readonly string[], stems: readonly string[]): Array<{ excluded: string; included: string }> {
  const stemOf = new Map(words.map((w, i) => [w, stems[i] ?? '']));
  const excluded = new Set<string>();
  const included = new Set<string>();
  phraseParts(q).forEach((part, i) => {
    if (i % 2) {
      // a phrase after a minus is excluded whole; its words alone are not what is asked for
      if (!/-\s*$/.test(phraseParts(q)[i - 1] ?? '')) wordsOf(part).forEach((w) => included.add(w));
      return;
    }
    for (const m of part.matchAll(/(^|[\s(])(-?)([\p{L}\p{N}][\p{L}\p{N}'’]*)/gu)) {
      const w = m[3].toLowerCase();
      if (w === 'or') continue;
      (m[2] ? excluded : included).add(w);
    }
  });
  const out: Array<{ excluded: string; included: string }> = [];
  for (const x of excluded) {
    const stem = stemOf.get(x);
    const twin = stem ? [...included].find((w) => w !== x && stemOf.get(w) === stem) : undefined;
    if (twin) out.push({ excluded: x, included: twin });
  }
  return out;
}

/** The words of a query outside its phrases, and those inside one. */
export function phraseWords(q: string): { bare: Set<string>; phrased: Set<string> } {
  const bare = new Set<string>();
  const phrased = new Set<string>();
  phraseParts(q).forEach((part, i) => wordsOf(part).forEach((w) => (i % 2 ? phrased : bare).add(w)));
  return { bare, phrased };
}

/**
 * The query read with every word of its phrases kept, and the common words outside phrases left out as the index
 * leaves them out (“the budget” alone finds what “budget” finds): `"is not a criminal" -appeal` as
 * 'is' <-> 'not' <-> 'a' <-> 'crimin' & !'appeal'.
 */
async function phraseQuery(em: EntityManager, q: string, dropped: ReadonlySet<string>): Promise<{ allWords: string | null; index: string | null }> {
  const split = phraseParts(q);
  const kept = split
    .map((part, i) => (i % 2 ? part : part.replace(/[\p{L}\p{N}][\p{L}\p{N}'’]*/gu, (w) => (w !== 'OR' && dropped.has(w.toLowerCase()) ? ' ' : w))))
    .join('"');
  // An excluded phrase with such a word is left to the recheck: read by the index without it, -"is a criminal" would be
  // -criminal and leave out “he is not a criminal” too.
  const excluded = (i: number) => i % 2 === 1 && i < split.length && /-\s*$/.test(split[i - 1]) && wordsOf(split[i]).some((w) => dropped.has(w));
  const index = split.map((part, i) => (excluded(i) ? ' ' : excluded(i + 1) ? part.replace(/-\s*$/, ' ') : part)).join('"');
  const [row] = await em.query(
    `SELECT websearch_to_tsquery('${SEARCH_CONFIG_ALL_WORDS}', ${SEARCH_TEXT_FUNCTION}($1))::text AS "allWords",
            websearch_to_tsquery('${SEARCH_CONFIG}', ${SEARCH_TEXT_FUNCTION}($2))::text AS index`,
    [kept, index],
  );
  return { allWords: row.allWords || null, index: row.index || null };
}

/**
 * Costs per row, relative to a row the GIN path fetches from the table (about 4.5 µs warm on the
 * bench machine, filters and all): a walk over the covering indexes (all quotes, a speaker's, an
 * outlet's, the reviewed ones) reads a row in about 0.33 µs, index pages only; an entry of a
 * bitmap the GIN path builds or ANDs costs about 0.17 µs. Measured on the 1M archive with 4 GB of
 * shared buffers (EXPLAIN ANALYZE, and each path forced over the bench's 99 searches).
 */
const WALK_ROW = 0.07;
const BITMAP_ENTRY = 0.04;

/**
 * Whether walking beats the GIN index. A walk reads `wanted × walked / matches` rows (never
 * more than its index holds). The GIN path builds the words' bitmap (and ANDs a speaker's or the
 * reviewed index), then fetches rows — more than it keeps when kind, dates or outlet are
 * checked on each row.
 */
function plan(wanted: number, e: Estimates, p: Parts, kept: number): { walk: boolean; budget: number; whole: boolean } {
  const rows = Math.min((wanted * e.walked) / e.matches, e.walked);
  // Reading its whole index, a walk finds every match: no fallback when it finds fewer than wanted.
  const whole = rows >= e.walked;
  const sparse = !!p.speaker || p.reviewed;
  const walkCost = rows * WALK_ROW;
  // Partial quotes have a GIN index of their own (migration 1795572400800): their kind is not checked on fetched rows.
  const checkedOnRows = p.quote.some((c) => (c.startsWith('q.kind =') && !p.partialOnly) || c.startsWith('q.said_at') || c.startsWith('q.outlet_key'));
  const fetched = checkedOnRows ? kept * Math.max(1, e.words / e.matches) : kept * 1.2;
  const indexCost = BITMAP_ENTRY * (e.words + (sparse ? e.walked : 0)) + fetched;
  return { walk: walkCost < indexCost, budget: Math.ceil(whole ? e.walked * 4 : Math.min(rows * 8, e.walked * 1.5)) + 200, whole };
}

/**
 * Runs a walk along a speaker's, the reviewed or an outlet's index with bitmap scans off for
 * its statement: such a walk reads its index in order and stops at the page, but when its
 * bound is a large share of the index the planner prefers a bitmap of all of it and a sort
 * (26 ms against 56 for a frequent word on the busiest speaker). Whatever runs after it in the
 * transaction gets bitmap scans back. The walk along all quotes by date is planned right as it is.
 */
async function walking<T>(em: EntityManager, p: Parts, run: () => Promise<T>): Promise<T> {
  if (!p.speaker && !p.reviewed && !p.outlet) return run();
  await em.query(`SELECT set_config('enable_bitmapscan', 'off', true)`);
  try {
    return await run();
  } finally {
    await em.query(`SELECT set_config('enable_bitmapscan', 'on', true)`);
  }
}

async function byRelevance(em: EntityManager, s: QuoteSearch, p: Parts, e: Estimates): Promise<QuoteSearchResult> {
  const limit = RANKED_CANDIDATES + 1;
  // Pages end with the ranked candidates (one more is read only to know there are more).
  const take = Math.max(0, Math.min(s.limit, RANKED_CANDIDATES - (s.offset ?? 0)));
  const viaIndex = `SELECT q.id, q.search FROM ${from([MATCH, ...p.quote, ...rechecked(p)])} LIMIT ${limit} OFFSET 0`;
  // The index path keeps the first `limit` matches.
  const { walk: walks, budget, whole } = plan(limit, e, p, Math.min(limit, e.matches));
  const run = (cand: string) =>
    em.query(
      `WITH cand AS MATERIALIZED (SELECT c.id, c.search FROM (${cand}) c),
            top AS (SELECT c.id, ts_rank(c.search, $1::tsquery) AS rank FROM cand c ORDER BY rank DESC, c.id DESC LIMIT ${take} OFFSET ${s.offset ?? 0})
       SELECT ${HIT_COLUMNS}, top.rank, (SELECT count(*)::int FROM cand) AS found
         FROM top JOIN quotes q ON q.id = top.id JOIN articles a ON a.id = q.article_id
        ORDER BY top.rank DESC, q.id DESC`,
      p.params,
    ) as Promise<Array<HitRow & { found: number }>>;
  let rows = walks ? await walking(em, p, () => run(walk(p, null, budget, limit))) : await run(viaIndex);
  // A walk that stopped at its budget short of the candidates: the words were rarer than estimated.
  if (walks && !whole && (rows[0]?.found ?? 0) < limit) rows = await run(viaIndex);
  const found = rows[0]?.found ?? (await countUpToCap(em, p));
  return { hits: rows.map(({ found: _f, ...h }) => hitOf(h)), ...total(found, e.matches), next: null };
}

async function byDate(em: EntityManager, s: QuoteSearch, p: Parts, e: Estimates): Promise<QuoteSearchResult> {
  const skip = s.after ? 0 : (s.offset ?? 0);
  const limit = s.limit + 1 + skip;
  const params = s.after ? [...p.params, s.after.at, s.after.id] : p.params;
  const seekParam = s.after ? p.params.length + 1 : null;
  // Sorting keeps every match.
  const { walk: walks, budget, whole } = plan(limit, e, p, e.matches);
  const seek = seekParam === null ? '' : `WHERE (m.at, m.id) < ($${seekParam}::timestamptz, $${seekParam + 1}::int)`;
  // Every match with its date, counted before the keyset cuts them.
  const viaIndex = `SELECT m.id, m.at, m.found
      FROM (SELECT q.id, q.said_at AS at, count(*) OVER ()::int AS found FROM ${from([MATCH, ...p.quote, ...rechecked(p)])}) m
     ${seek} ORDER BY m.at DESC, m.id DESC LIMIT ${limit}`;
  const run = (ids: string) =>
    em.query(
      `WITH page AS MATERIALIZED (${ids})
       SELECT ${HIT_COLUMNS}, 0::real AS rank, page.at::text AS at, page.found
         FROM page JOIN quotes q ON q.id = page.id JOIN articles a ON a.id = q.article_id
        ORDER BY page.at DESC, page.id DESC`,
      params,
    ) as Promise<Array<HitRow & { at: string; found: number | null }>>;
  const walked = `SELECT w.id, w.at, NULL::int AS found FROM (${walk(p, seekParam, budget, limit)}) w`;
  let rows = walks ? await walking(em, p, () => run(walked)) : await run(viaIndex);
  // The walk stopped at its budget short of a page: the words were rarer than estimated.
  const fellBack = walks && !whole && rows.length < limit;
  if (fellBack) rows = await run(viaIndex);
  const sorted = !walks || fellBack;
  // Sorted matches were all counted before the keyset and the offset cut them: exact, whatever their number.
  // A walk through its whole index that ended short of a page met every match from the top; no match sorted from the top is none.
  const counted = rows[0]?.found ?? (walks && whole && !s.after && rows.length < limit ? rows.length : sorted && !s.after ? 0 : null);
  rows = rows.slice(skip);
  const more = rows.length > s.limit;
  const hits = rows.slice(0, s.limit);
  const last = hits[hits.length - 1];
  return {
    hits: hits.map(({ at: _a, found: _f, ...h }) => hitOf(h)),
    ...(counted !== null ? { total: counted, totalExact: true } : await uncounted(em, p, e, sorted, skip + rows.length)),
    next: more && last ? { at: last.at, id: last.id } : null,
  };
}

/**
 * The count of a search by date whose page counted nothing: a walk met a page of matches, or a page
 * after the last held none. Counted up to the cap when the planner expects at most that many
 * matches (or the matches were read through the GIN index anyway), so a count under 1,000 is
 * exact; else the planner's estimate, as "about" — never below the `seen` matches.
 */
async function uncounted(em: EntityManager, p: Parts, e: Estimates, sorted: boolean, seen: number): Promise<{ total: number; totalExact: boolean }> {
  if (e.matches <= SEARCH_COUNT_CAP || sorted) return total(await countFew(em, p, e), e.matches);
  return { total: Math.max(Math.round(e.matches), seen), totalExact: false };
}

/**
 * Matches counted up to SEARCH_COUNT_CAP + 1 along the cheaper path for reading them all: the
 * walk through the whole scope when it costs less than the GIN index (a frequent word among one
 * speaker's or the reviewed quotes, whose bitmap would be the word's across the archive), else the
 * GIN index. A walk that read its whole budget may not have reached the end of its index (its size
 * was underestimated): the GIN index counts then.
 */
async function countFew(em: EntityManager, p: Parts, e: Estimates): Promise<number> {
  const { walk: walks, budget } = plan(e.matches, e, p, e.matches);
  if (walks) {
    const [{ n, read }] = (await walking(em, p, () =>
      em.query(`SELECT count(*) FILTER (WHERE w.keep AND ${walkedMatch(p)})::int AS n, count(*)::int AS read FROM ${walkedRows(p, 'true', budget)} w`, p.params),
    )) as Array<{ n: number; read: number }>;
    if (read < budget) return Math.min(n, SEARCH_COUNT_CAP + 1);
  }
  return countUpToCap(em, p);
}

/** The count to show: exact up to the cap, else the estimate (never below the cap). */
function total(found: number, estimated: number): { total: number; totalExact: boolean } {
  return found <= SEARCH_COUNT_CAP ? { total: found, totalExact: true } : { total: Math.max(SEARCH_COUNT_CAP + 1, Math.round(estimated)), totalExact: false };
}

/** Matching quotes, counted up to SEARCH_COUNT_CAP + 1 (the count stops there). */
async function countUpToCap(em: EntityManager, p: Parts): Promise<number> {
  const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${from([MATCH, ...p.quote, ...rechecked(p)])} LIMIT ${SEARCH_COUNT_CAP + 1}) x`, p.params);
  return n;
}

/** Whether a search has anything to look for in the text (a letter or a digit). */
export function hasWords(q: string): boolean {
  return /[\p{L}\p{N}]/u.test(q);
}

/** Whether a search narrows the quotes by anything but words. */
export function hasFilter(s: Omit<QuoteSearch, 'q' | 'sort' | 'limit'>): boolean {
  // (earlier versions alone narrow nothing: they widen the current versions)
  return !!(s.speakerId || s.outlet || s.from || s.to || s.topicId || s.kind || s.reviewedOnly);
}

/**
 * The quotes a search's filters allow, newest first, when it has no words: one speaker's quotes
 * from one outlet in a month, the reviewed partial quotes of a week. The filters' own walks by
 * date serve it (a speaker's, an outlet's, the reviewed quotes' or all quotes' index), each
 * stopping at the page; the quotes behind a topic's claims are read from the topic's index and
 * sorted. Deep pages continue from a keyset cursor, as by date with words.
 */
async function browse(em: EntityManager, s: QuoteSearch): Promise<QuoteSearchResult> {
  const p = parts(s, null);
  const skip = s.after ? 0 : (s.offset ?? 0);
  const limit = s.limit + 1 + skip;
  const params = s.after ? [...p.params, s.after.at, s.after.id] : p.params;
  const seekParam = s.after ? p.params.length + 1 : null;
  const seek = seekParam === null ? 'true' : `(q.said_at, q.id) < ($${seekParam}::timestamptz, $${seekParam + 1}::int)`;
  const ids = (n: number, withSeek: boolean) => listed(p, withSeek ? seek : 'true', n);
  const rows = (await walking(em, p, () =>
    em.query(
      `WITH page AS MATERIALIZED (${ids(limit, true)})
       SELECT ${LISTED_COLUMNS}, 0::real AS rank, page.at::text AS at
         FROM page JOIN quotes q ON q.id = page.id JOIN articles a ON a.id = q.article_id
        ORDER BY page.at DESC, page.id DESC`,
      params,
    ),
  )) as Array<HitRow & { at: string }>;
  const page = rows.slice(skip);
  const hits = page.slice(0, s.limit);
  const last = hits[hits.length - 1];
  // Counted up to the cap from the first quote; beyond it, the planner's estimate.
  const [{ n }] = (await walking(em, p, () => em.query(`SELECT count(*)::int AS n FROM (${ids(SEARCH_COUNT_CAP + 1, false)}) x`, p.params))) as Array<{ n: number }>;
  let counted = { total: n, totalExact: true };
  if (n > SEARCH_COUNT_CAP && onlySpeaker(s)) {
    // A speaker's quotes in current versions are what the speaker page counts, stored: the same number on both pages.
    const [{ stored }] = (await em.query('SELECT quote_count AS stored FROM speakers WHERE id = $1', [s.speakerId])) as Array<{ stored: number }>;
    counted = { total: Math.max(stored, n), totalExact: true };
  } else if (n > SEARCH_COUNT_CAP) {
    const rowsEstimated = await plannedRows(em, `SELECT q.id FROM quotes q WHERE ${and([...walkedConditions(p), ...p.quote.filter((c) => !c.startsWith('q.said_at'))])}`, p.params);
    counted = { total: Math.max(SEARCH_COUNT_CAP + 1, Math.round(rowsEstimated)), totalExact: false };
  }
  return {
    hits: hits.map(({ at: _a, ...h }) => hitOf(h)),
    ...counted,
    next: page.length > s.limit && last ? { at: last.at, id: last.id } : null,
  };
}

/** A listing of one speaker's quotes in current versions, nothing else asked: what their page counts. */
function onlySpeaker(s: QuoteSearch): boolean {
  return !!s.speakerId && !s.earlier && !hasFilter({ ...s, speakerId: undefined });
}

/** Ids and dates of the first `limit` quotes the filters allow, newest first (see browse). */
function listed(p: Parts, seek: string, limit: number): string {
  if (p.topic) {
    // A topic's quotes are few beside the archive: read them through the topic, then sort.
    return `SELECT q.id, q.said_at AS at
              FROM (SELECT DISTINCT c.quote_id AS id FROM claims c WHERE c.topic_id = ${p.topic} AND c.quote_id IS NOT NULL) t
              JOIN quotes q ON q.id = t.id
             WHERE ${and([...p.quote.filter((c) => !c.startsWith('q.id IN')), seek])}
             ORDER BY q.said_at DESC, q.id DESC LIMIT ${limit}`;
  }
  const scope = walkedConditions(p);
  const lead = p.speaker ? 'q.speaker_id, ' : p.outlet ? 'q.outlet_key, ' : '';
  const branch = (size: string) =>
    `(SELECT q.id, q.said_at FROM quotes q WHERE ${and([...scope, ...p.quote, seek, size])}
       ORDER BY ${lead}q.said_at DESC, q.id DESC LIMIT ${limit})`;
  return `SELECT w.id, w.said_at AS at FROM (${branch(SHORT_VECTOR)} UNION ALL ${branch(LONG_VECTOR)}) w ORDER BY w.said_at DESC, w.id DESC LIMIT ${limit}`;
}
