import { returnedRows } from './speaker.repository';
import type { EntityManager } from 'typeorm';
import { escapeLike } from './like';

/** Adds an article's attributed quotes to their speakers' timelines, dated `at` (none for an earlier version of a page). */
export async function insertTimelineForArticle(em: EntityManager, articleId: number, at: Date): Promise<void> {
  await em.query(
    `INSERT INTO speaker_quotes (quote_id, speaker_id, article_id, quoted_at)
     SELECT q.id, q.speaker_id, q.article_id, $2 FROM quotes q JOIN articles a ON a.id = q.article_id AND a.is_current
      WHERE q.article_id = $1 AND q.speaker_id IS NOT NULL
     ON CONFLICT (quote_id) DO NOTHING`,
    [articleId, at],
  );
}

/** Where a timeline page starts: after the quote dated `at` with id `id` (newest first). */
export interface TimelineCursor {
  at: Date;
  id: number;
}

/** Filters of a speaker's timeline. */
export interface TimelineFilter {
  from?: Date;
  to?: Date;
  outlet?: string;
  text?: string;
  after?: TimelineCursor;
  limit: number;
}

/** A quote on a speaker's timeline, with its article. */
export interface TimelineRow {
  quoteId: number;
  quotedAt: Date;
  position: number;
  text: string;
  kind: string;
  speakerMention: string | null;
  speakerRole: string | null;
  confidence: number;
  reviewStatus: string;
  articleId: number;
  articleTitle: string;
  outlet: string | null;
  url: string | null;
}


/**
 * SQL of one timeline page, newest first, read along the (speaker_id, quoted_at, quote_id)
 * index with a keyset cursor so deep pages cost the same as the first; one extra row tells
 * whether more follow. `speaker` is the SQL expression of the speaker id; values go to `params`.
 */
export function timelineSql(speaker: string, f: TimelineFilter, params: unknown[]): string {
  const where: string[] = [`sq.speaker_id = ${speaker}`];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (f.from) add((p) => `sq.quoted_at >= ${p}`, f.from);
  if (f.to) add((p) => `sq.quoted_at < ${p}`, f.to);
  if (f.after) {
    params.push(f.after.at, f.after.id);
    where.push(`(sq.quoted_at, sq.quote_id) < ($${params.length - 1}, $${params.length})`);
  }
  if (f.outlet) add((p) => `a.outlet ILIKE ${p}`, `%${escapeLike(f.outlet)}%`);
  if (f.text) add((p) => `q.text ILIKE ${p}`, `%${escapeLike(f.text)}%`);
  params.push(f.limit + 1);
  return `SELECT sq.quote_id AS "quoteId", sq.quoted_at AS "quotedAt", q.position, q.text, q.kind,
                 q.speaker_mention AS "speakerMention", q.speaker_role AS "speakerRole", q.confidence, q.review_status AS "reviewStatus",
                 a.id AS "articleId", a.title AS "articleTitle", a.outlet, a.url
            FROM speaker_quotes sq
            JOIN quotes q ON q.id = sq.quote_id
            JOIN articles a ON a.id = sq.article_id
           WHERE ${where.join(' AND ')}
           ORDER BY sq.quoted_at DESC, sq.quote_id DESC
           LIMIT $${params.length}`;
}

/** One page of a speaker's quotes, newest first (see timelineSql). */
export async function findTimelinePage(
  em: EntityManager,
  speakerId: number,
  f: TimelineFilter,
): Promise<{ rows: TimelineRow[]; hasMore: boolean }> {
  const params: unknown[] = [speakerId];
  const rows: TimelineRow[] = await em.query(timelineSql('$1', f, params), params);
  return { rows: rows.slice(0, f.limit), hasMore: rows.length > f.limit };
}

/** Quote ids of a speaker, with their article, among the given ids (all when null). */
export async function findSpeakerQuoteIds(
  em: EntityManager,
  speakerId: number,
  quoteIds: number[] | null,
): Promise<Array<{ quoteId: number; articleId: number }>> {
  return em.query(
    `SELECT quote_id AS "quoteId", article_id AS "articleId" FROM speaker_quotes
      WHERE speaker_id = $1 AND ($2::int[] IS NULL OR quote_id = ANY($2::int[]))`,
    [speakerId, quoteIds],
  );
}

/** The speaker a change gives quotes, statements or claims to, under whose current name they are credited. */
export interface CreditTo {
  id: number;
  name: string;
}

/**
 * Moves quotes (all of a speaker's when `quoteIds` is null) to another speaker: the quote
 * rows, credited under that speaker's name, and the timeline together. Returns the ids that
 * moved, for the audit entry. The name is set in the same UPDATE as the speaker, so the rows
 * (and the search vector built from the name) are written once.
 */
export async function moveQuotes(em: EntityManager, fromId: number, to: CreditTo, quoteIds: number[] | null): Promise<number[]> {
  const moved = returnedRows<{ quote_id: number }>(await em.query(
    `UPDATE speaker_quotes SET speaker_id = $2 WHERE speaker_id = $1 AND ($3::int[] IS NULL OR quote_id = ANY($3::int[]))
     RETURNING quote_id`,
    [fromId, to.id, quoteIds],
  ));
  const ids = moved.map((m) => m.quote_id);
  if (ids.length) await em.query('UPDATE quotes SET speaker_id = $2, speaker_name = $3 WHERE id = ANY($1::int[])', [ids, to.id, to.name]);
  return ids;
}

/**
 * Credits a renamed speaker's quotes, statements and claims under the new name, one set-based
 * UPDATE per table, skipping rows that already carry it. The quote's search vector is built
 * from this name, so a search for the new name finds the quotes and the old one no longer does
 * (the old name stays an alias, for matching later articles). "Named as" (speaker_mention) and
 * a claim's key are the article's words and stay. Returns the topics of the claims renamed.
 */
export async function renameCredits(em: EntityManager, speakerId: number, name: string): Promise<number[]> {
  await em.query('UPDATE quotes SET speaker_name = $2 WHERE speaker_id = $1 AND speaker_name IS DISTINCT FROM $2', [speakerId, name]);
  await em.query('UPDATE statements SET speaker_name = $2 WHERE speaker_id = $1 AND speaker_name IS DISTINCT FROM $2', [speakerId, name]);
  const rows = returnedRows<{ topic_id: number }>(await em.query(
    'UPDATE claims SET speaker_name = $2 WHERE speaker_id = $1 AND speaker_name IS DISTINCT FROM $2 RETURNING topic_id',
    [speakerId, name],
  ));
  return [...new Set(rows.map((r) => r.topic_id))].sort((a, b) => a - b);
}

/** A claim as it was before a change of speaker moved it: its topic, and the name and key it had. */
export interface MovedClaim {
  id: number;
  topicId: number;
  name: string | null;
  key: string | null;
}

/**
 * Gives a speaker's claims to another speaker, under that speaker's name: all of them (`from`
 * null), or those drawn from the given quotes and statements. Returns what each was before.
 */
export async function moveClaims(
  em: EntityManager, fromId: number, to: { id: number; name: string; key: string }, from: { quoteIds: number[]; statementIds: number[] } | null,
): Promise<MovedClaim[]> {
  const rows = returnedRows<{ id: number; topic_id: number; name: string | null; key: string | null }>(await em.query(
    `UPDATE claims c SET speaker_id = $2, speaker_name = $3, speaker_key = $4
       FROM (SELECT id, speaker_name, speaker_key FROM claims
              WHERE speaker_id = $1 AND ($5::int[] IS NULL OR quote_id = ANY($5::int[]) OR statement_id = ANY($6::int[]))
              ORDER BY id FOR UPDATE) old
      WHERE c.id = old.id
      RETURNING c.id, c.topic_id, old.speaker_name AS name, old.speaker_key AS key`,
    [fromId, to.id, to.name, to.key, from ? from.quoteIds : null, from ? from.statementIds : []],
  ));
  return rows.map((r) => ({ id: r.id, topicId: r.topic_id, name: r.name, key: r.key })).sort((a, b) => a.id - b.id);
}

/**
 * Puts claims a change of speaker moved back with a speaker, under the keys they had and the
 * speaker's current name (a claim moved before a later rename takes the new one); returns their topics.
 */
export async function restoreClaims(em: EntityManager, to: CreditTo, claims: ReadonlyArray<Pick<MovedClaim, 'id' | 'name' | 'key'>>): Promise<number[]> {
  if (claims.length === 0) return [];
  const rows = returnedRows<{ topic_id: number }>(await em.query(
    `UPDATE claims c SET speaker_id = $1, speaker_name = $5, speaker_key = v.key
       FROM unnest($2::int[], $3::text[], $4::text[]) AS v(id, name, key)
      WHERE c.id = v.id
      RETURNING c.topic_id`,
    [to.id, claims.map((c) => c.id), claims.map((c) => c.name), claims.map((c) => c.key), to.name],
  ));
  return [...new Set(rows.map((r) => r.topic_id))].sort((a, b) => a - b);
}

/**
 * Moves a speaker's reported statements to another speaker, credited under its name: all of
 * them (articleIds null), or those in the given articles where the source speaker no longer has any quote.
 */
export async function moveStatements(em: EntityManager, fromId: number, to: CreditTo, articleIds: number[] | null): Promise<number[]> {
  const rows = returnedRows<{ id: number }>(await em.query(
    `UPDATE statements st SET speaker_id = $2, speaker_name = $4
      WHERE st.speaker_id = $1
        AND ($3::int[] IS NULL OR (st.article_id = ANY($3::int[])
             AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = st.article_id AND q.speaker_id = $1)))
      RETURNING st.id`,
    [fromId, to.id, articleIds, to.name],
  ));
  return rows.map((r) => r.id);
}

/** Sets the speaker of statements by id, credited under its name. */
export async function reassignStatements(em: EntityManager, ids: number[], to: CreditTo): Promise<void> {
  if (ids.length === 0) return;
  await em.query('UPDATE statements SET speaker_id = $2, speaker_name = $3 WHERE id = ANY($1::int[])', [ids, to.id, to.name]);
}

/** Quotes of a speaker to choose from when splitting: newest first, at most `limit`. */
export async function findQuotesForSplit(em: EntityManager, speakerId: number, limit: number): Promise<TimelineRow[]> {
  return (await findTimelinePage(em, speakerId, { limit })).rows;
}
