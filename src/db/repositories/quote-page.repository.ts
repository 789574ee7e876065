import type { EntityManager } from 'typeorm';
import type { StoredNestedQuote } from '../entities/quote.entity';

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
  /** Quotations inside the quote's words, as those words credit them (null: none). */
  nested: StoredNestedQuote[] | null;
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
            q.speaker_role AS "speakerRole", q.speaker_mention AS "speakerMention", q.cue, q.confidence, q.evidence, q.nested,
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

/** Most earlier versions of a page walked back for the words of its current one. */
const MAX_VERSIONS_BACK = 100;

/**
 * Every place quote `q` of article `a` ran: the page itself, and each other publication of its text (the same wire
 * story in another paper, `publication_id` set), each with its own title, outlet, address and date. The earlier
 * versions of the page that held the same words count too: the page is dated by the first of them (the words ran on
 * the 1st, though the page was edited on the 3rd), and their copies are places of their own (a paper that ran
 * version 1 ran these words), each address once, at its first date; `from_version` names the earlier version a date
 * or a copy comes from. A version whose words changed leaves its copies out: they ran the old words, not these.
 */
const COPIES_OF = (a: string, q: string) => `CROSS JOIN LATERAL (
         WITH RECURSIVE back(id, depth) AS (
           SELECT ${a}.previous_version_id, 1 WHERE ${a}.previous_version_id IS NOT NULL
           UNION ALL
           SELECT e.previous_version_id, b.depth + 1 FROM back b JOIN articles e ON e.id = b.id
            WHERE e.previous_version_id IS NOT NULL AND b.depth < ${MAX_VERSIONS_BACK}),
         held AS (
           SELECT e.id, e.version, coalesce(e.published_at, e.created_at) AS at FROM back b JOIN articles e ON e.id = b.id
            WHERE EXISTS (SELECT 1 FROM quotes n WHERE n.article_id = e.id AND n.text_key = ${q}.text_key)),
         first AS (SELECT held.version, held.at FROM held ORDER BY held.at, held.version LIMIT 1)
         SELECT ${a}.title, ${a}.outlet, ${a}.url, least(coalesce(${a}.published_at, ${a}.created_at), first.at) AS at, NULL::int AS publication_id,
                CASE WHEN first.at < coalesce(${a}.published_at, ${a}.created_at) THEN first.version END AS from_version
           FROM (SELECT 1) one LEFT JOIN first ON true
         UNION ALL
         (SELECT DISTINCT ON (p.copy_key) p.title, p.outlet, p.url, coalesce(p.published_at, p.first_seen_at), p.id, s.version
            FROM (SELECT ${a}.id, NULL::int AS version UNION ALL SELECT held.id, held.version FROM held) s
            JOIN article_publications p ON p.article_id = s.id
           ORDER BY p.copy_key, coalesce(p.published_at, p.first_seen_at), p.id)) c`;

/**
 * Where the same words were quoted (this quote included), earliest publication first, another outlet's copy of
 * an article's text (`publicationId`) as a place of its own; the first `limit` of them.
 */
export async function findSameWords(em: EntityManager, id: number, limit: number) {
  return em.query(
    `SELECT q.id, q.article_id AS "articleId", q.position, q.speaker_id AS "speakerId", q.speaker_name AS "speakerName",
            q.review_status AS "reviewStatus", c.title AS "articleTitle", c.outlet, c.url, c.at AS "at", c.publication_id AS "publicationId", c.from_version AS "fromVersion"
       FROM quotes q JOIN articles a ON a.id = q.article_id
       ${COPIES_OF('a', 'q')}
      WHERE q.text_key = (SELECT text_key FROM quotes WHERE id = $1) AND a.is_current
      ORDER BY c.at, q.id, c.publication_id NULLS FIRST
      LIMIT $2`,
    [id, limit],
  ) as Promise<Array<{ id: number; articleId: number; position: number; speakerId: number | null; speakerName: string | null; reviewStatus: string; articleTitle: string; outlet: string | null; url: string | null; at: Date; publicationId: number | null; fromVersion: number | null }>>;
}

/** Claims parsed from a quote. */
export async function findClaimsOfQuote(em: EntityManager, id: number) {
  return em.query(
    `SELECT c.id, c.text, c.topic_id AS "topicId", t.label AS "topicLabel", c.value_text AS "valueText"
       FROM claims c LEFT JOIN claim_topics t ON t.id = c.topic_id WHERE c.quote_id = $1 ORDER BY c.id`,
    [id],
  ) as Promise<Array<{ id: number; text: string; topicId: number; topicLabel: string | null; valueText: string | null }>>;
}

/** Where words ran, as `findSameWords` reads it; `quoteIds` holds every stored part of a quote split in parts. */
export type SameWordsRow = Awaited<ReturnType<typeof findSameWords>>[number] & { quoteIds?: number[] };

/** The words of a quote as text keys compare them: lower case, every run of other characters one space. */
const NORMALISED = (col: string) => `btrim(regexp_replace(lower(${col}), '[^[:alnum:]]+', ' ', 'g'))`;

/** Most words of a text whose beginnings are looked up as the first part of a split quote. */
const MAX_PREFIX_WORDS = 400;

/**
 * Where these words ran in current articles: as one quote, or split in parts — two to `maxParts`
 * quotes in a row of one article, credited to the same speaker, whose words read together are the
 * text's (“Stone and mud kills,” he said. “We have known this for ten years.” for the same words run
 * whole elsewhere). The first part is found by text key among the keys of the text's beginnings,
 * each one word longer, so the lookup walks the text key index; the parts after it are read by
 * position. Each occurrence is named by its first part, earliest publication first. The keys are cast to
 * char(32), the column's type: compared as text (what md5 returns), the column is cast instead and the
 * index cannot serve the lookup (on a million quotes, 6–11 s a lookup walking every article by date).
 */
export async function findOccurrencesOfWords(em: EntityManager, text: string, maxParts: number, limit: number): Promise<SameWordsRow[]> {
  const rows: Array<SameWordsRow & { whole: string; firstWords: string; next: Array<{ id: number; position: number; words: string }> | null }> = await em.query(
    `WITH w AS (SELECT ${NORMALISED('$1::text')} AS whole),
          k AS (SELECT md5(array_to_string((regexp_split_to_array(w.whole, ' '))[1:i], ' '))::char(32) AS key
                  FROM w, generate_series(1, least(array_length(regexp_split_to_array(w.whole, ' '), 1), ${MAX_PREFIX_WORDS})) i
                UNION SELECT md5(w.whole)::char(32) FROM w),
          -- the quotes holding the words first, by the text key index: the places of each are read after (COPIES_OF)
          m AS MATERIALIZED (
            SELECT q.id FROM quotes q JOIN articles a ON a.id = q.article_id
             WHERE q.text_key IN (SELECT key FROM k) AND a.is_current AND q.kind <> 'term')
     SELECT q.id, q.article_id AS "articleId", q.position, q.speaker_id AS "speakerId", q.speaker_name AS "speakerName",
            q.review_status AS "reviewStatus", c.title AS "articleTitle", c.outlet, c.url, c.at AS "at", c.publication_id AS "publicationId", c.from_version AS "fromVersion",
            w.whole, ${NORMALISED('q.text')} AS "firstWords",
            (SELECT json_agg(json_build_object('id', n.id, 'position', n.position, 'words', ${NORMALISED('n.text')}) ORDER BY n.position)
               FROM quotes n
              WHERE n.article_id = q.article_id AND n.position BETWEEN q.position + 1 AND q.position + $2::int - 1
                AND n.speaker_id IS NOT DISTINCT FROM q.speaker_id AND lower(n.speaker_name) IS NOT DISTINCT FROM lower(q.speaker_name)) AS next
       FROM w, m JOIN quotes q ON q.id = m.id JOIN articles a ON a.id = q.article_id
       ${COPIES_OF('a', 'q')}
      ORDER BY c.at, q.id, c.publication_id NULLS FIRST
      LIMIT 2000`,
    [text, maxParts],
  );
  const out: SameWordsRow[] = [];
  for (const { whole, firstWords, next, ...row } of rows) {
    if (out.length >= limit) break;
    let words = firstWords;
    const ids = [row.id];
    if (words === whole) {
      out.push({ ...row, quoteIds: ids });
      continue;
    }
    // the parts must follow one another: a gap in positions (another speaker's quote between) ends the run
    for (const [i, n] of (next ?? []).entries()) {
      if (n.position !== row.position + i + 1) break;
      words = `${words} ${n.words}`;
      ids.push(n.id);
      if (words === whole || !whole.startsWith(`${words} `)) break;
    }
    if (words === whole) out.push({ ...row, quoteIds: ids });
  }
  return out;
}

/** How many current articles (each other outlet's copy of one's text counted apart) ran some words, and who they credit them to: counted over all of them, not a page. */
export interface SameWordsCount {
  articles: number;
  credited: Array<{ speakerId: number | null; speakerName: string; articles: number; first: Date }>;
}

/**
 * Counts the current articles that ran any of these texts as one quote (by text key), or hold one of `firstIds` (the
 * first parts of quotes split around their attribution, found by `findOccurrencesOfWords`), and who each credits them
 * to, earliest first: one speaker per id, or per name when no speaker was found. Grouped in the database, so a quote
 * that ran in thousands of articles is counted whole while its page lists the first fifty.
 * The keys are an array, not `IN (subquery)`: ORed with the ids, a subquery is a hashed filter that no index
 * serves, and the quotes were read whole (4 s on a million quotes); two index lookups ORed read a few rows.
 */
export async function countSameWords(em: EntityManager, texts: string[], firstIds: number[]): Promise<SameWordsCount> {
  const [row]: Array<{ articles: number; credited: SameWordsCount['credited'] | null }> = await em.query(
    `WITH m AS MATERIALIZED (
       -- the quotes holding the words first, by the text key index (an OR of the two read the whole table): their places after
       SELECT q.id FROM quotes q WHERE q.text_key = ANY(ARRAY(SELECT md5(${NORMALISED('t')})::char(32) FROM unnest($1::text[]) t))
       UNION SELECT unnest($2::int[])),
     o AS (
       SELECT coalesce('p' || c.publication_id, 'a' || q.article_id) AS article_id, q.speaker_id, q.speaker_name, c.at
         FROM m JOIN quotes q ON q.id = m.id JOIN articles a ON a.id = q.article_id
         ${COPIES_OF('a', 'q')}
        WHERE a.is_current),
     s AS (
       SELECT min(o.speaker_id) AS "speakerId", (array_agg(o.speaker_name ORDER BY o.at, o.article_id))[1] AS "speakerName",
              count(DISTINCT o.article_id)::int AS articles, min(o.at) AS first
         FROM o WHERE o.speaker_name IS NOT NULL
        GROUP BY coalesce('#' || o.speaker_id, lower(o.speaker_name)))
     SELECT (SELECT count(DISTINCT article_id)::int FROM o) AS articles,
            (SELECT json_agg(s ORDER BY s.first, s."speakerName") FROM s) AS credited`,
    [texts, firstIds],
  );
  return { articles: row.articles, credited: (row.credited ?? []).map((c) => ({ ...c, first: new Date(c.first) })) };
}

/** One speaker some words are credited to, over every current article that ran them (see `findCreditsOfWords`). */
export interface WordsCredit {
  speakerId: number | null;
  speakerName: string;
  /** How many current articles credit the words to them. */
  articles: number;
  /** A person confirmed or corrected the attribution in one of those articles at least. */
  reviewed: boolean;
  /** The places (`a<article id>`, `p<publication id>`) that credit them, the first 500. */
  places: string[];
  /** Where they are credited: the reviewed attribution first, else the earliest. */
  quoteId: number;
  articleId: number;
  position: number;
  articleTitle: string;
  outlet: string | null;
  at: Date;
  reviewStatus: string;
}

/**
 * Who the current articles credit these words to (found as `countSameWords` finds them), each speaker with the places
 * crediting them, whether a person reviewed one of those attributions, and where: “This is a matter for the employers
 * and the unions”, credited to Ruud Hendriks by the wire story and the Courier's copy, and to Karin Bos by Northwire's
 * correction, which a person confirmed. A quote a person rejected (not a quote) credits no one, nor does one credited to
 * an unnamed source (“a senior official” may be the person another article names).
 */
export async function findCreditsOfWords(em: EntityManager, texts: string[], firstIds: number[]): Promise<WordsCredit[]> {
  const rows: Array<Omit<WordsCredit, 'quoteId' | 'articleId' | 'position' | 'articleTitle' | 'outlet' | 'at' | 'reviewStatus'> & { where: Omit<WordsCredit, 'at'> & { at: string } }> = await em.query(
    `WITH m AS MATERIALIZED (
       SELECT q.id FROM quotes q WHERE q.text_key = ANY(ARRAY(SELECT md5(${NORMALISED('t')})::char(32) FROM unnest($1::text[]) t))
       UNION SELECT unnest($2::int[])),
     o AS (
       SELECT coalesce('p' || c.publication_id, 'a' || q.article_id) AS place, q.id, q.article_id, q.position, q.speaker_id, q.speaker_name,
              q.review_status, q.review_status IN ('confirmed', 'corrected') AS reviewed, c.title, c.outlet, c.at
         FROM m JOIN quotes q ON q.id = m.id JOIN articles a ON a.id = q.article_id
         ${COPIES_OF('a', 'q')}
        WHERE a.is_current AND q.speaker_name IS NOT NULL AND q.speaker_kind <> 'anonymous' AND q.review_status <> 'rejected')
     SELECT min(o.speaker_id) AS "speakerId", (array_agg(o.speaker_name ORDER BY o.at, o.place))[1] AS "speakerName",
            count(DISTINCT o.place)::int AS articles, bool_or(o.reviewed) AS reviewed,
            (array_agg(DISTINCT o.place))[1:500] AS places,
            (array_agg(json_build_object('quoteId', o.id, 'articleId', o.article_id, 'position', o.position, 'articleTitle', o.title,
                                         'outlet', o.outlet, 'at', o.at, 'reviewStatus', o.review_status)
                       ORDER BY o.reviewed DESC, o.at, o.id))[1] AS "where"
       FROM o
      GROUP BY coalesce('#' || o.speaker_id, lower(o.speaker_name))
      ORDER BY min(o.at), 2`,
    [texts, firstIds],
  );
  return rows.map(({ where, ...r }) => ({ ...r, quoteId: where.quoteId, articleId: where.articleId, position: where.position, articleTitle: where.articleTitle, outlet: where.outlet, at: new Date(where.at), reviewStatus: where.reviewStatus }));
}
