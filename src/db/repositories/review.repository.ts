import type { EntityManager } from 'typeorm';
import type { QuoteEntity } from '../entities/quote.entity';
import { returnedRows } from './speaker.repository';
import { escapeLike } from './like';

/**
 * Quotes a person should look at: low confidence, no named speaker, or a pronoun resolved
 * across sentences or paragraphs. Word for word the predicate of quotes_review_queue_idx
 * (migrations review-verdicts, pronoun-across-paragraphs and review-queue-by-date), so the planner reads the queue from that partial index.
 * The one test of an unsure attribution: verification reads it too (verify.repository.ts).
 */
export const QUOTE_QUEUE_PREDICATE = `q.review_status = 'unreviewed' AND q.kind <> 'term' AND (q.confidence < 0.7 OR q.speaker_kind IN ('anonymous', 'unknown') OR q.pronoun_across_paragraphs OR (lower(q.speaker_mention) IN ('he', 'she', 'they', 'we', 'it') AND (q.attribution_form IN ('previous-sentence', 'continuation') OR q.attribution_rule = 'colon-previous-paragraph')))`;

/** Claims worth checking that no editor has decided on; the predicate of claims_review_queue_idx. */
export const CLAIM_QUEUE_PREDICATE = `c.check_worthy IS NULL AND c.check_worthiness >= 0.5`;

/** Characters read on each side of a quote to find its paragraph. */
const CONTEXT = 700;

/** Characters read before a speaker mention to find where, if in its paragraph, the name it stands for was written. */
export const BEFORE_MENTION_CHARS = 2000;

/** The body before a quote's speaker mention, up to BEFORE_MENTION_CHARS (null without a mention); `q` is the quote, `a` its article. */
export const BEFORE_MENTION_SQL = `CASE WHEN q.speaker_mention_start IS NOT NULL THEN right(left(a.body, q.speaker_mention_start), ${BEFORE_MENTION_CHARS}) END`;

/** Filters and order of the review queue. */
export interface QueueFilter {
  outlet?: string;
  topicId?: number;
  speakerId?: number;
  /**
   * `oldest` / `newest`: by the article's date (publication, else arrival); `most-quoted`: the
   * words most other pages repeat first (claims: the busiest topics), then oldest.
   */
  sort: 'oldest' | 'newest' | 'most-quoted';
  limit: number;
  offset: number;
}

/** A quote waiting for review, with the stretch of its article around it. */
export interface QuoteQueueRow {
  id: number;
  articleId: number;
  position: number;
  text: string;
  startOffset: number;
  endOffset: number;
  segments: Array<{ start: number; end: number }>;
  kind: string;
  speakerId: number | null;
  speakerName: string | null;
  speakerKind: string;
  speakerMention: string | null;
  cue: string | null;
  attributionForm: string;
  attributionRule: string;
  evidence: string;
  confidence: number;
  reviewVersion: number;
  createdAt: Date;
  articleTitle: string;
  outlet: string | null;
  publishedAt: Date | null;
  /** Body text from `windowStart`, long enough to hold the quote's paragraph. */
  window: string;
  windowStart: number;
  /** Articles that ran the same words (this one included), the versions of a page counted once. */
  occurrences: number;
  /** The body before the speaker mention, up to BEFORE_MENTION_CHARS; null without a mention. */
  beforeMention: string | null;
}


/** Filters shared by a queue page and its count. */
type QueueFilters = Pick<QueueFilter, 'outlet' | 'topicId' | 'speakerId'>;

/** WHERE terms of the quote queue (quotes q joined to articles a); values go to `params`. */
function quoteWhere(f: QueueFilters, params: unknown[]): string[] {
  // an earlier version of a page waits on no one: its current version holds its quotes
  const where = [QUOTE_QUEUE_PREDICATE, 'a.is_current'];
  if (f.outlet) {
    params.push(`%${escapeLike(f.outlet)}%`);
    where.push(`a.outlet ILIKE $${params.length}`);
  }
  if (f.speakerId) {
    params.push(f.speakerId);
    where.push(`q.speaker_id = $${params.length}`);
  }
  if (f.topicId) {
    params.push(f.topicId);
    where.push(`EXISTS (SELECT 1 FROM claims c WHERE c.quote_id = q.id AND c.topic_id = $${params.length})`);
  }
  return where;
}

/** WHERE terms of the claim queue (claims c joined to articles a). */
function claimWhere(f: QueueFilters, params: unknown[]): string[] {
  const where = [CLAIM_QUEUE_PREDICATE, 'a.is_current'];
  if (f.outlet) {
    params.push(`%${escapeLike(f.outlet)}%`);
    where.push(`a.outlet ILIKE $${params.length}`);
  }
  if (f.speakerId) {
    params.push(f.speakerId);
    where.push(`c.speaker_id = $${params.length}`);
  }
  if (f.topicId) {
    params.push(f.topicId);
    where.push(`c.topic_id = $${params.length}`);
  }
  return where;
}

/** ORDER BY of a queue page; `t` holds the sort columns (said_at, id and, for most-quoted, repeats). */
function queueOrder(sort: QueueFilter['sort'], t: string, repeats: string): string {
  if (sort === 'newest') return `${t}.said_at DESC, ${t}.id DESC`;
  if (sort === 'most-quoted') return `${repeats} DESC, ${t}.said_at, ${t}.id`;
  return `${t}.said_at, ${t}.id`;
}

/**
 * The page of the quote queue, plus whether more follow. The page's ids are picked first, from
 * the queue's index (by date) or with the stored count of pages that ran the words
 * (quote_text_counts, for most-quoted); only then are the paragraph around each quote and its
 * live count of articles read, for the 20 rows shown rather than for every row skipped before
 * them (page 400 of an 8,000-quote queue read 8,000 article bodies).
 */
export async function listQuoteQueue(em: EntityManager, f: QueueFilter): Promise<{ rows: QuoteQueueRow[]; hasMore: boolean }> {
  const params: unknown[] = [];
  const where = quoteWhere(f, params);
  const counted = f.sort === 'most-quoted';
  // pages that ran the same words: a page fetched again is one page, whichever of its versions hold them
  const occurrences = `(SELECT count(DISTINCT coalesce(oa.canonical_url, oa.id::text))::int FROM quotes o JOIN articles oa ON oa.id = o.article_id WHERE o.text_key = q.text_key)`;
  params.push(f.limit + 1, f.offset);
  const rows: QuoteQueueRow[] = await em.query(
    `SELECT q.id, q.article_id AS "articleId", q.position, q.text, q.start_offset AS "startOffset", q.end_offset AS "endOffset",
            q.segments, q.kind, q.speaker_id AS "speakerId", q.speaker_name AS "speakerName", q.speaker_kind AS "speakerKind",
            q.speaker_mention AS "speakerMention", q.cue, q.attribution_form AS "attributionForm", q.attribution_rule AS "attributionRule",
            q.evidence, q.confidence, q.review_version AS "reviewVersion", q.created_at AS "createdAt",
            a.title AS "articleTitle", a.outlet, a.published_at AS "publishedAt",
            substr(a.body, greatest(1, q.start_offset + 1 - ${CONTEXT}), q.end_offset - q.start_offset + ${2 * CONTEXT}) AS "window",
            greatest(0, q.start_offset - ${CONTEXT}) AS "windowStart",
            ${occurrences} AS occurrences, ${BEFORE_MENTION_SQL} AS "beforeMention"
       FROM (SELECT q.id, q.said_at, ${counted ? 'coalesce(n.articles, 1)' : '0'} AS repeats
               FROM quotes q JOIN articles a ON a.id = q.article_id
                    ${counted ? 'LEFT JOIN quote_text_counts n ON n.text_key = q.text_key' : ''}
              WHERE ${where.join(' AND ')}
              ORDER BY ${queueOrder(f.sort, 'q', counted ? 'coalesce(n.articles, 1)' : '0')}
              LIMIT $${params.length - 1} OFFSET $${params.length}) page
       JOIN quotes q ON q.id = page.id JOIN articles a ON a.id = q.article_id
      ORDER BY ${queueOrder(f.sort, 'page', 'page.repeats')}`,
    params,
  );
  return { rows: rows.slice(0, f.limit), hasMore: rows.length > f.limit };
}

/** A claim waiting for a check-worthiness decision, with its sentence. */
export interface ClaimQueueRow {
  id: number;
  articleId: number;
  text: string;
  sentence: string;
  /** Where the claim's own words stand in the sentence (UTF-16 offsets into `sentence`). */
  claimStart: number;
  claimEnd: number;
  measure: string;
  valueText: string | null;
  speakerId: number | null;
  speakerName: string | null;
  checkWorthiness: number;
  conflictCount: number;
  topicId: number;
  topicLabel: string;
  topicClaims: number;
  sourceType: string;
  sourcePosition: number | null;
  saidAt: string;
  articleTitle: string;
  outlet: string | null;
}

/** The page of the claim queue, plus whether more follow. */
export async function listClaimQueue(em: EntityManager, f: QueueFilter): Promise<{ rows: ClaimQueueRow[]; hasMore: boolean }> {
  const params: unknown[] = [];
  const where = claimWhere(f, params);
  const order = f.sort === 'most-quoted' ? 't.claim_count DESC, c.said_at, c.id' : f.sort === 'newest' ? 'c.said_at DESC, c.id DESC' : 'c.said_at, c.id';
  params.push(f.limit + 1, f.offset);
  const rows: ClaimQueueRow[] = await em.query(
    `SELECT c.id, c.article_id AS "articleId", c.text, substr(a.body, c.sentence_start + 1, c.sentence_end - c.sentence_start) AS sentence,
            c.start_offset - c.sentence_start AS "claimStart", c.end_offset - c.sentence_start AS "claimEnd",
            c.measure, c.value_text AS "valueText", c.speaker_id AS "speakerId", c.speaker_name AS "speakerName",
            c.check_worthiness AS "checkWorthiness", c.conflict_count AS "conflictCount", c.topic_id AS "topicId",
            t.label AS "topicLabel", t.claim_count AS "topicClaims", c.source_type AS "sourceType", c.source_position AS "sourcePosition",
            to_char(c.said_at, 'YYYY-MM-DD') AS "saidAt", a.title AS "articleTitle", a.outlet
       FROM claims c JOIN articles a ON a.id = c.article_id JOIN claim_topics t ON t.id = c.topic_id
      WHERE ${where.join(' AND ')}
      ORDER BY ${order}
      LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params,
  );
  return { rows: rows.slice(0, f.limit), hasMore: rows.length > f.limit };
}

/** How many items matching the filters wait in each queue, counted up to `cap` (shown as “1,000+”). */
export async function countQueues(em: EntityManager, f: QueueFilters, cap: number): Promise<{ quotes: number; claims: number }> {
  const qp: unknown[] = [];
  const qw = quoteWhere(f, qp);
  const cp: unknown[] = [];
  const cw = claimWhere(f, cp);
  const [[quotes], [claims]] = await Promise.all([
    em.query(`SELECT count(*)::int AS n FROM (SELECT 1 FROM quotes q JOIN articles a ON a.id = q.article_id WHERE ${qw.join(' AND ')} LIMIT $${qp.length + 1}) x`, [...qp, cap]),
    em.query(`SELECT count(*)::int AS n FROM (SELECT 1 FROM claims c JOIN articles a ON a.id = c.article_id WHERE ${cw.join(' AND ')} LIMIT $${cp.length + 1}) x`, [...cp, cap]),
  ]);
  return { quotes: quotes.n, claims: claims.n };
}

/** A quote with its article's body and date, locked for a review action. */
export async function lockQuoteForReview(em: EntityManager, id: number): Promise<(QuoteEntity & { body: string; quotedAt: Date }) | null> {
  const rows = await em.query(
    `SELECT q.id, q.article_id AS "articleId", q.position, q.speaker_id AS "speakerId", q.speaker_name AS "speakerName",
            q.speaker_kind AS "speakerKind", q.speaker_mention AS "speakerMention", q.text, q.start_offset AS "startOffset",
            q.end_offset AS "endOffset", q.segments, q.kind, q.review_status AS "reviewStatus", q.review_version AS "reviewVersion",
            a.body, coalesce(a.published_at, a.created_at) AS "quotedAt"
       FROM quotes q JOIN articles a ON a.id = q.article_id
      WHERE q.id = $1
        FOR UPDATE OF q`,
    [id],
  );
  return rows[0] ?? null;
}

/**
 * The quotes right after a quote of an article that continue it: read as continuations (“…,” he said.
 * “…”), credited to `speakerName`, and either not reviewed or last changed by following this quote's
 * earlier correction (so setting it back brings them back too); up to the first that is not (ids in
 * article order). A continuation a person changed on its own since keeps what they chose.
 */
export async function findContinuations(em: EntityManager, quote: { id: number; articleId: number; position: number; speakerName: string | null }): Promise<number[]> {
  const rows: Array<{ id: number; form: string; name: string | null; status: string; followed: number | null }> = await em.query(
    `SELECT q.id, q.attribution_form AS form, q.speaker_name AS name, q.review_status AS status,
            CASE WHEN q.review_status = 'corrected' THEN
              (SELECT (l.after->>'followsQuote')::int FROM audit_log l
                WHERE l.target_type = 'quote' AND l.target_id = q.id::text ORDER BY l.id DESC LIMIT 1) END AS followed
       FROM quotes q WHERE q.article_id = $1 AND q.position > $2 ORDER BY q.position LIMIT 50`,
    [quote.articleId, quote.position],
  );
  const out: number[] = [];
  for (const r of rows) {
    if (r.form !== 'continuation' || r.name !== quote.speakerName) break;
    if (r.status !== 'unreviewed' && !(r.status === 'corrected' && r.followed === quote.id)) break;
    out.push(r.id);
  }
  return out;
}

/** Writes a review action's outcome onto a quote and bumps its version. */
export async function updateQuoteReview(
  em: EntityManager,
  id: number,
  change: {
    reviewStatus: string;
    reviewedById: number | null;
    /** When the review was made: now, unless it is an earlier review carried to a new version of the page. */
    reviewedAt?: Date;
    speaker?: { id: number | null; name: string; kind: string; role: string | null };
    span?: { text: string; start: number; end: number };
  },
): Promise<void> {
  const params: unknown[] = [id, change.reviewStatus, change.reviewedById, change.reviewedAt ?? null];
  const sets = ['review_status = $2', 'reviewed_by_id = $3', 'reviewed_at = coalesce($4::timestamptz, now())', 'review_version = review_version + 1'];
  if (change.speaker) {
    // the role the article gave the speaker it named does not follow the quote to another person: theirs does
    params.push(change.speaker.id, change.speaker.name, change.speaker.kind, change.speaker.role);
    sets.push(`speaker_id = $${params.length - 3}`, `speaker_name = $${params.length - 2}`, `speaker_kind = $${params.length - 1}`, `speaker_role = $${params.length}`);
  }
  if (change.span) {
    params.push(change.span.text, change.span.start, change.span.end, JSON.stringify([{ start: change.span.start, end: change.span.end }]));
    sets.push(`text = $${params.length - 3}`, `start_offset = $${params.length - 2}`, `end_offset = $${params.length - 1}`, `segments = $${params.length}::jsonb`);
  }
  await em.query(`UPDATE quotes SET ${sets.join(', ')} WHERE id = $1`, params);
}

/** Puts a quote on a speaker's timeline (or moves it there), dated `at`; never a quote of an earlier version of a page. */
export async function setTimelineSpeaker(em: EntityManager, quoteId: number, articleId: number, speakerId: number, at: Date): Promise<void> {
  await em.query(
    `INSERT INTO speaker_quotes (quote_id, speaker_id, article_id, quoted_at)
     SELECT $1, $2, $3, $4 WHERE EXISTS (SELECT 1 FROM articles WHERE id = $3 AND is_current)
     ON CONFLICT (quote_id) DO UPDATE SET speaker_id = EXCLUDED.speaker_id`,
    [quoteId, speakerId, articleId, at],
  );
}

/** Takes a quote off its speaker's timeline. */
export async function removeFromTimeline(em: EntityManager, quoteId: number): Promise<void> {
  await em.query('DELETE FROM speaker_quotes WHERE quote_id = $1', [quoteId]);
}

/** Claims drawn from a quote take its corrected speaker; returns their topics. */
export async function setClaimsSpeakerOfQuote(em: EntityManager, quoteId: number, speaker: { id: number | null; name: string; key: string }): Promise<number[]> {
  const rows = returnedRows<{ topic_id: number }>(
    await em.query(`UPDATE claims SET speaker_id = $2, speaker_name = $3, speaker_key = $4 WHERE quote_id = $1 RETURNING topic_id`, [
      quoteId,
      speaker.id,
      speaker.name,
      speaker.key,
    ]),
  );
  return [...new Set(rows.map((r) => r.topic_id))].sort((a, b) => a - b);
}

/** Records an editor's check-worthiness decision on a claim; false when there is no such claim. */
export async function setClaimCheckWorthy(em: EntityManager, id: number, worthy: boolean | null, userId: number | null): Promise<boolean> {
  const rows = returnedRows<{ id: number }>(
    await em.query(
      `UPDATE claims SET check_worthy = $2, check_worthy_by_id = $3, check_worthy_at = CASE WHEN $2::boolean IS NULL THEN NULL ELSE now() END
        WHERE id = $1 RETURNING id`,
      [id, worthy, worthy === null ? null : userId],
    ),
  );
  return rows.length > 0;
}

/** The texts of these articles that are short enough to be read again for the people they name (id → text). */
export async function findArticleBodies(em: EntityManager, articleIds: number[], maxChars: number): Promise<Map<number, string>> {
  if (articleIds.length === 0) return new Map();
  const rows: Array<{ id: number; body: string }> = await em.query(
    `SELECT id, body FROM articles WHERE id = ANY($1::int[]) AND length(body) <= $2`,
    [articleIds, maxChars],
  );
  return new Map(rows.map((r) => [r.id, r.body]));
}

/** The stored speakers quoted or reported in each of these articles, for the reviewer's speaker suggestions. */
export async function findSpeakersOfArticles(em: EntityManager, articleIds: number[]): Promise<Map<number, Array<{ id: number; name: string }>>> {
  const out = new Map<number, Array<{ id: number; name: string }>>();
  if (articleIds.length === 0) return out;
  const rows: Array<{ articleId: number; id: number; name: string }> = await em.query(
    `SELECT DISTINCT x.article_id AS "articleId", s.id, s.name
       FROM (SELECT article_id, speaker_id FROM quotes WHERE article_id = ANY($1::int[])
             UNION SELECT article_id, speaker_id FROM statements WHERE article_id = ANY($1::int[])) x
       JOIN speakers s ON s.id = x.speaker_id
      WHERE s.merged_into_id IS NULL
      ORDER BY s.name`,
    [articleIds],
  );
  for (const r of rows) {
    const list = out.get(r.articleId) ?? [];
    list.push({ id: r.id, name: r.name });
    out.set(r.articleId, list);
  }
  return out;
}

/**
 * An article's stored counters after a review: its quotes not marked “not a quote”, and how many speakers they name
 * (as ingest counts them: distinct speaker names).
 */
export async function recountArticle(em: EntityManager, articleId: number): Promise<void> {
  await em.query(
    `UPDATE articles a SET quote_count = c.quotes, speaker_count = c.speakers
       FROM (SELECT count(*)::int AS quotes, count(DISTINCT speaker_name)::int AS speakers
               FROM quotes WHERE article_id = $1 AND review_status <> 'rejected') c
      WHERE a.id = $1`,
    [articleId],
  );
}

/** A correction of an earlier version's quote and the quote of the new version in the same words, with the paragraphs around each. */
export interface CorrectionToCarry {
  beforeId: number;
  nowId: number;
  articleId: number;
  /** The new version's quote as the engine left it. */
  now: { speakerId: number | null; speakerName: string | null; speakerKind: string };
  /** The speaker the reviewer chose for the earlier version's quote. */
  speaker: { id: number | null; name: string; kind: string; role: string | null };
  reviewedById: number | null;
  reviewedAt: Date;
  quotedAt: Date;
  /** The earlier quote whose correction this one's followed (“…,” he said. “…”), if it was one of those carried too. */
  followsBefore: number | null;
  beforeParagraph: string;
  nowParagraph: string;
}

/**
 * Pairs the corrected quotes of an earlier version with the unreviewed quotes of the new one in the same
 * words and kind, the n-th occurrence of those words with the n-th (a page that says the same thing twice),
 * and reads the paragraphs holding each (from the line break before the quote to the one after it).
 */
export async function findCorrectionsToCarry(em: EntityManager, nowId: number, beforeId: number): Promise<CorrectionToCarry[]> {
  return em.query(
    `WITH o AS (SELECT q.*, row_number() OVER (PARTITION BY q.text_key ORDER BY q.position) AS nth FROM quotes q WHERE q.article_id = $2),
          n AS (SELECT q.*, row_number() OVER (PARTITION BY q.text_key ORDER BY q.position) AS nth FROM quotes q WHERE q.article_id = $1),
          p AS (
            SELECT o.id AS "beforeId", n.id AS "nowId", n.article_id AS "articleId",
                   json_build_object('speakerId', n.speaker_id, 'speakerName', n.speaker_name, 'speakerKind', n.speaker_kind) AS now,
                   json_build_object('id', o.speaker_id, 'name', o.speaker_name, 'kind', o.speaker_kind, 'role', o.speaker_role) AS speaker,
                   o.reviewed_by_id AS "reviewedById", o.reviewed_at AS "reviewedAt",
                   (SELECT (l.after->>'followsQuote')::int FROM audit_log l
                     WHERE l.target_type = 'quote' AND l.target_id = o.id::text ORDER BY l.id DESC LIMIT 1) AS "followsBefore",
                   o.start_offset AS os, o.end_offset AS oe, n.start_offset AS ns, n.end_offset AS ne
              FROM o JOIN n ON n.text_key = o.text_key AND n.nth = o.nth AND n.kind = o.kind
             WHERE o.review_status = 'corrected' AND n.review_status = 'unreviewed')
     SELECT p."beforeId", p."nowId", p."articleId", p.now, p.speaker, p."reviewedById", p."reviewedAt", p."followsBefore",
            coalesce(an.published_at, an.created_at) AS "quotedAt",
            ${PARAGRAPH_SQL('ao', 'p.os', 'p.oe')} AS "beforeParagraph",
            ${PARAGRAPH_SQL('an', 'p.ns', 'p.ne')} AS "nowParagraph"
       FROM p JOIN articles ao ON ao.id = $2 JOIN articles an ON an.id = $1
      ORDER BY p."nowId"`,
    [nowId, beforeId],
  );
}

/**
 * The paragraph of article `a` holding the span [s, e): from the last line break before it to the first after it
 * (at most CONTEXT characters each side, which is all a reviewer reads of it in the queue).
 */
function PARAGRAPH_SQL(a: string, s: string, e: string): string {
  const before = `substr(${a}.body, greatest(${s} - ${CONTEXT}, 0) + 1, ${s} - greatest(${s} - ${CONTEXT}, 0))`;
  const after = `substr(${a}.body, ${e} + 1, ${CONTEXT})`;
  return `regexp_replace(${before}, '^.*\\n', '') || substr(${a}.body, ${s} + 1, ${e} - ${s}) || regexp_replace(${after}, '\\n.*$', '')`;
}
