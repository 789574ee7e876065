import type { EntityManager } from 'typeorm';
import type { StoredNestedQuote } from '../entities/quote.entity';
import { SEARCH_CONFIG } from '../search-config';
import { SEARCH_TEXT_FUNCTION } from '../search-text';
import { BEFORE_MENTION_SQL, QUOTE_QUEUE_PREDICATE } from './review.repository';

/** A stored quote that shares words with a circulating one. */
export interface VerifyCandidate {
  id: number;
  text: string;
  speakerId: number | null;
  speakerName: string | null;
  /** person, organisation, anonymous or unknown. */
  speakerKind: string;
  /** How sure the engine was of the attribution (0–1). */
  confidence: number;
  reviewStatus: string;
  /** The words that named the speaker ("she"), and how the attribution was made: why it may be unsure. */
  speakerMention: string | null;
  attributionForm: string;
  attributionRule: string;
  /** An attribution no person has reviewed that the review queue holds as unsure (its own predicate, read here). */
  attributionUnsure: boolean;
  /** The body before the speaker mention when the attribution is unsure (see BEFORE_MENTION_SQL), else null. */
  beforeMention: string | null;
  articleId: number;
  position: number;
  articleTitle: string;
  outlet: string | null;
  at: Date;
}

/**
 * One column of the earliest other publication of article `a`'s text that ran before the article itself (the same
 * wire story in a paper that ran it a day earlier), if any: the candidate is dated, titled and placed by it, so the
 * earliest source of a quote is its earliest copy.
 */
const EARLIER_COPY = (column: string) => `(SELECT ${column} FROM article_publications p
    WHERE p.article_id = a.id AND coalesce(p.published_at, p.first_seen_at) < coalesce(a.published_at, a.created_at)
    ORDER BY coalesce(p.published_at, p.first_seen_at), p.id LIMIT 1)`;

/** A candidate's columns, read from `quotes q` joined with its article `a`. */
const CANDIDATE_COLUMNS = `q.id, q.text, q.speaker_id AS "speakerId", q.speaker_name AS "speakerName", q.speaker_kind AS "speakerKind", q.confidence, q.review_status AS "reviewStatus",
              q.speaker_mention AS "speakerMention", q.attribution_form AS "attributionForm", q.attribution_rule AS "attributionRule",
              (${QUOTE_QUEUE_PREDICATE}) AS "attributionUnsure", CASE WHEN ${QUOTE_QUEUE_PREDICATE} THEN ${BEFORE_MENTION_SQL} END AS "beforeMention",
              q.article_id AS "articleId", q.position,
              coalesce(${EARLIER_COPY('p.title')}, a.title) AS "articleTitle",
              CASE WHEN ${EARLIER_COPY('p.id')} IS NULL THEN a.outlet ELSE ${EARLIER_COPY('p.outlet')} END AS outlet,
              coalesce(${EARLIER_COPY('coalesce(p.published_at, p.first_seen_at)')}, a.published_at, a.created_at) AS "at"`;

/** Words of the circulating quote the candidates are looked up by: the rarest ones. */
const KEY_WORDS = 6;
/** Matches read through the GIN index before ranking (a bound whatever the words). */
const READ = 500;
/** Share of quotes above which a word is too common to look candidates up by, when rarer ones exist. */
const COMMON = 0.002;

/** How often each frequent lexeme occurs in quotes (PostgreSQL's statistics), cached for a few minutes. */
let frequencies: { at: number; map: Map<string, number> } | null = null;

async function lexemeFrequencies(em: EntityManager): Promise<Map<string, number>> {
  if (frequencies && Date.now() - frequencies.at < 5 * 60_000) return frequencies.map;
  const rows: Array<{ lexeme: string; freq: number }> = await em.query(
    `SELECT e.lexeme, e.freq FROM pg_stats s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS e(lexeme, freq)
      WHERE s.schemaname = 'public' AND s.tablename = 'quotes' AND s.attname = 'search'`,
  );
  frequencies = { at: Date.now(), map: new Map(rows.map((r) => [r.lexeme, Number(r.freq)])) };
  return frequencies.map;
}

/** Fewest words candidates are looked up by: with fewer rare ones, the next rarest make up the number. */
const MIN_KEY_WORDS = 4;

/**
 * The words candidates are looked up by: the rarest (lexemes missing from the statistics are rarer than every one in
 * them), up to KEY_WORDS; when fewer than MIN_KEY_WORDS are rare, the next rarest join them. The words a circulating
 * version changed are often the only ones the archive has never seen (“50 deaths” for 40, “I fear” for “I am
 * afraid”): looked up by them alone, the real quote was never met.
 */
export function keyWords(lexemes: readonly string[], freq: ReadonlyMap<string, number>): string[] {
  const byRarity = [...lexemes].sort((a, b) => (freq.get(a) ?? 0) - (freq.get(b) ?? 0) || b.length - a.length || (a < b ? -1 : 1));
  const rare = byRarity.filter((l) => (freq.get(l) ?? 0) < COMMON);
  if (rare.length >= MIN_KEY_WORDS) return rare.slice(0, KEY_WORDS);
  return byRarity.slice(0, rare.length >= 2 ? MIN_KEY_WORDS : KEY_WORDS);
}

/** A lexeme as a tsquery operand. */
function operand(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * Quotes a circulating, possibly shortened, reworded or misattributed quote may come from, best
 * covered first. Looked up by the same words (case and punctuation aside, through the text key)
 * and by its rarest words: quotes sharing two of them, or one when none shares two. Frequent
 * words would match a large part of the archive and tell nothing; rare ones keep the candidate
 * set small, and at most READ matches are ranked whatever the text.
 */
export async function findVerifyCandidates(em: EntityManager, text: string, limit: number): Promise<VerifyCandidate[]> {
  const [{ lexemes }] = await em.query(`SELECT coalesce(array_agg(lexeme), '{}') AS lexemes FROM unnest(to_tsvector('${SEARCH_CONFIG}', ${SEARCH_TEXT_FUNCTION}($1)))`, [text]);
  const all = lexemes as string[];
  if (all.length === 0) return [];
  const keys = keyWords(all, await lexemeFrequencies(em));
  const pairs = keys.flatMap((a, i) => keys.slice(i + 1).map((b) => `(${operand(a)} & ${operand(b)})`));
  const any = keys.map(operand).join(' | ');
  const ranking = all.map(operand).join(' | ');
  // The pairs with the rarest word are read on their own too: the bounded read of all pairs may fill up with quotes
  // sharing two commoner words before it meets the one sharing the rarest.
  // (written as the rarest word AND any other, so the index reads the rarest word's short list and checks the others)
  const rarest = keys.length >= 2 ? `${operand(keys[0])} & (${keys.slice(1).map(operand).join(' | ')})` : operand(keys[0]);
  const find = (tsquery: string) =>
    em.query(
      `WITH found AS (
         SELECT q.id FROM quotes q WHERE q.text_key = md5(btrim(regexp_replace(lower($1), '[^[:alnum:]]+', ' ', 'g')))::char(32)
         UNION
         (SELECT q.id FROM quotes q WHERE q.search @@ $5::tsquery LIMIT ${READ})
         UNION
         (SELECT q.id FROM quotes q WHERE q.search @@ $2::tsquery LIMIT ${READ})
       )
       SELECT ${CANDIDATE_COLUMNS}
         FROM found f JOIN quotes q ON q.id = f.id JOIN articles a ON a.id = q.article_id
        WHERE q.kind <> 'term' AND q.review_status <> 'rejected' AND a.is_current
        ORDER BY ts_rank_cd(q.search, $3::tsquery) DESC, q.id
        LIMIT $4`,
      [text, tsquery, ranking, limit, rarest],
    ) as Promise<VerifyCandidate[]>;
  const close = pairs.length ? await find(pairs.join(' | ')) : [];
  if (close.length === 0) return find(any);
  // “There are 14 hostages” for “There are 12 hostages”: a figure is the word a misquote most often changes, so when
  // the pasted words hold one other key word only, the quotes with that word are read too
  const words = keys.filter((k) => !/^\d/.test(k));
  if (words.length === 1 && words.length < keys.length) {
    const seen = new Set(close.map((c) => c.id));
    const more = (await find(operand(words[0]))).filter((c) => !seen.has(c.id));
    return [...close, ...more].slice(0, limit);
  }
  return close;
}

/** The names (canonical and aliases, descriptions aside) each of these speakers goes by. */
export async function findSpeakerNames(em: EntityManager, speakerIds: number[]): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  if (speakerIds.length === 0) return out;
  const rows: Array<{ id: number; name: string }> = await em.query(
    `SELECT s.id, s.name FROM speakers s WHERE s.id = ANY($1::int[])
     UNION SELECT a.speaker_id, a.alias FROM speaker_aliases a WHERE a.speaker_id = ANY($1::int[]) AND a.kind <> 'description'`,
    [speakerIds],
  );
  for (const r of rows) out.set(r.id, [...(out.get(r.id) ?? []), r.name]);
  return out;
}

/**
 * The keys of the quotes around each of these in its article (up to `reach` positions either side), article by article
 * in order: where a quote split around its attribution (“…,” she said. “…”) is stored as two, the neighbours are its
 * other part. Keys only (no text, no article): most neighbours belong to no run.
 */
export async function findNeighbourKeys(em: EntityManager, ids: number[], reach: number): Promise<RunKeyRow[]> {
  if (ids.length === 0) return [];
  return em.query(
    `SELECT q.id, q.article_id AS "articleId", q.position, q.attribution_form AS "attributionForm", q.speaker_id AS "speakerId", q.speaker_name AS "speakerName"
       FROM quotes q JOIN articles a ON a.id = q.article_id
      WHERE (q.article_id, q.position) IN (
              SELECT c.article_id, c.position + d FROM quotes c, generate_series(-$2::int, $2::int) d WHERE c.id = ANY($1::int[]))
        AND q.kind <> 'term' AND q.review_status <> 'rejected' AND a.is_current
      ORDER BY q.article_id, q.position`,
    [ids, reach],
  );
}

/** What `findNeighbourKeys` reads of a quote. */
export type RunKeyRow = Pick<VerifyCandidate, 'id' | 'articleId' | 'position' | 'attributionForm' | 'speakerId' | 'speakerName'>;

/** The quotations stored inside a quote, with whom its words credit them (empty: none). */
export async function findNestedQuotes(em: EntityManager, quoteId: number): Promise<StoredNestedQuote[]> {
  const [row]: Array<{ nested: StoredNestedQuote[] | null }> = await em.query('SELECT nested FROM quotes WHERE id = $1', [quoteId]);
  return row?.nested ?? [];
}

/** These quotes as verification candidates, article by article in order of position. */
export async function findCandidatesById(em: EntityManager, ids: number[]): Promise<VerifyCandidate[]> {
  if (ids.length === 0) return [];
  return em.query(
    `SELECT ${CANDIDATE_COLUMNS}
       FROM quotes q JOIN articles a ON a.id = q.article_id
      WHERE q.id = ANY($1::int[])
      ORDER BY q.article_id, q.position`,
    [ids],
  );
}
