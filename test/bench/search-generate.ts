/**
 * Generates a synthetic archive for the search and verify benchmarks, inside PostgreSQL:
 * quotes whose words follow a Zipf law (a few very frequent news words, a long tail of rare
 * ones), speakers on a power law (names from the speaker generator), outlets of uneven size,
 * dates spread over twenty years (a back-filled archive first, then daily news in date
 * order), a few reviewed quotes and claims grouped into topics. Quote texts come from a pool
 * of Zipf-drawn texts, each reused by a few quotes with two words of their own. Rows are made by
 * INSERT … SELECT generate_series in chunks on two connections; the quote indexes are
 * dropped during the load and rebuilt after it, as a bulk import would.
 *
 *   generateSearchArchive(url, { quotes: 1_000_000 })
 */
import { Client } from 'pg';
import { makeSpeakers, OUTLETS, rng, storeSpeakers, TOPICS } from './speakers-generate';

/** The most frequent words of news quotes, most frequent first (stop words included: the index drops them). */
export const COMMON_WORDS = `the to of and a in we is that for it not will be on this are have with our as they people
government said there all but by at what from has would country must was an no about us more their
can president minister should war do were one if security new international support against peace
economy years time been world state year law public police region families children water
military forces agreement talks crisis election health money prices workers oil border energy
attack nuclear trade budget court rights city council report plan deal policy million billion
united nations sanctions vote parliament ceasefire refugees inflation housing schools hospital
climate emissions protest strike reform tax jobs market bank debt growth food drought flood
hostages pipeline railway harbour coalition opposition campaign justice corruption investigation
evidence victims soldiers civilians siege aid convoy mission envoy embassy summit treaty`.split(/\s+/);

/** Syllables of the rare words (none ends like an English suffix, so the stemmer leaves them whole). */
const SYLLABLES = 'ka lo mir ten dra vo sun bel ri zar tu pen hol mak fi gor na sel dun ro tar vin ke bom li ras co nur pa dex ju wen so fal gi mor bu'.split(' ');

const VOCABULARY = 60_000;

/** The Zipf-ranked vocabulary as SQL: `bench_word(rank)` (1 = most frequent) and `bench_quote(n)`, n words drawn by rank. */
function vocabularySql(): string {
  const common = COMMON_WORDS.map((w) => `'${w}'`).join(',');
  const syl = SYLLABLES.map((w) => `'${w}'`).join(',');
  const n = SYLLABLES.length;
  return `
CREATE OR REPLACE FUNCTION bench_word(r int) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN r <= ${COMMON_WORDS.length} THEN (ARRAY[${common}])[r]
    ELSE (ARRAY[${syl}])[1 + r % ${n}] || (ARRAY[${syl}])[1 + (r / ${n}) % ${n}]
         || CASE WHEN r >= ${n * n} THEN (ARRAY[${syl}])[1 + (r / ${n * n}) % ${n}] ELSE 'x' END END
$$;
-- A quote of n words, each of rank ~ 1/k (log-uniform over the vocabulary: Zipf with s = 1).
CREATE OR REPLACE FUNCTION bench_quote(n int) RETURNS text LANGUAGE sql VOLATILE AS $$
  SELECT initcap(left(t, 1)) || substr(t, 2) FROM (
    SELECT string_agg(bench_word(greatest(1, floor(exp(random() * ln(${VOCABULARY})))::int)), ' ') AS t FROM generate_series(1, n)
  ) x
$$;`;
}

/** A word of the vocabulary by rank, as bench_word() spells it (for choosing benchmark queries). */
export function benchWord(rank: number): string {
  if (rank <= COMMON_WORDS.length) return COMMON_WORDS[rank - 1];
  const n = SYLLABLES.length;
  const s = (i: number) => SYLLABLES[i];
  return s(rank % n) + s(Math.floor(rank / n) % n) + (rank >= n * n ? s(Math.floor(rank / (n * n)) % n) : 'x');
}

/** Options of the generated archive. */
export interface SearchArchiveOptions {
  quotes: number;
  speakers?: number;
  topics?: number;
  log?: (m: string) => void;
}

const QUOTES_PER_ARTICLE = 6;
const CHUNK = 100_000;

/** Fills an empty, migrated database with the archive; returns what it made. */
export async function generateSearchArchive(url: string, opts: SearchArchiveOptions): Promise<{ quotes: number; articles: number; speakers: number }> {
  const log = opts.log ?? (() => undefined);
  const nSpeakers = opts.speakers ?? Math.max(1000, Math.round(opts.quotes / 20));
  const nTopics = opts.topics ?? 2000;
  const nArticles = Math.ceil(opts.quotes / QUOTES_PER_ARTICLE);
  const main = new Client({ connectionString: url });
  const second = new Client({ connectionString: url });
  for (const c of [main, second]) {
    c.on('error', () => undefined); // reported by the failing query
    await c.connect();
    await c.query('SET synchronous_commit = off');
  }
  try {
    await main.query(vocabularySql());
    const speakers = makeSpeakers(nSpeakers, opts.quotes, rng(42));
    await storeSpeakers(main, speakers);
    log(`speakers stored: ${nSpeakers}`);
    await main.query(`INSERT INTO claim_topics (id, key, label, measure)
      SELECT g, 'bench-' || g, (ARRAY[${TOPICS.map((t) => `'${t.replace(/'/g, "''")}'`).join(',')}])[1 + g % ${TOPICS.length}] || ' — ' || bench_word(200 + g), 'deaths'
        FROM generate_series(1, ${nTopics}) g`);

    // The quote table's indexes are rebuilt after the load (much faster than maintaining them row by row).
    const indexes: Array<{ name: string; def: string }> = (
      await main.query(`SELECT indexname AS name, indexdef AS def FROM pg_indexes i
                         WHERE tablename IN ('quotes', 'articles', 'claims', 'speaker_quotes') AND schemaname = 'public'
                           AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`)
    ).rows;
    for (const i of indexes) await main.query(`DROP INDEX "${i.name}"`);

    // Texts of 4–27 Zipf words, each used by a few quotes with two more words of its own (drawing
    // every word of every quote would make a 10M archive take hours to build).
    const pool = Math.min(opts.quotes, 400_000);
    await main.query(`CREATE UNLOGGED TABLE bench_texts (id int PRIMARY KEY, text text NOT NULL)`);
    const half = Math.ceil(pool / 2);
    await Promise.all([main, second].map((c, i) =>
      c.query(`INSERT INTO bench_texts SELECT g, bench_quote(4 + floor(random() * 24)::int) FROM generate_series(${i * half + 1}, ${Math.min(pool, (i + 1) * half)}) g`)));
    log(`quote texts made: ${pool}`);
    const outlets = `(ARRAY[${OUTLETS.map((o) => `'${o.replace(/'/g, "''")}'`).join(',')}])`;
    const chunks: Array<[number, number]> = [];
    const perChunk = Math.floor(CHUNK / QUOTES_PER_ARTICLE);
    for (let a = 1; a <= nArticles; a += perChunk) chunks.push([a, Math.min(nArticles, a + perChunk - 1)]);
    const backfill = Math.floor(nArticles * 0.3);
    const start = Date.UTC(2005, 0, 1) / 1000;
    const span = (Date.UTC(2025, 0, 1) - Date.UTC(2005, 0, 1)) / 1000;
    const loadChunk = async (c: Client, [from, to]: [number, number]) => {
      await c.query(`INSERT INTO articles (id, title, outlet, url, published_at, body, content_hash, source, quote_count, speaker_count)
        SELECT g, initcap(bench_word(100 + ((g::bigint * 7919) % 3000)::int)) || ' and ' || bench_word(150 + g % 500) || ': report ' || g,
               ${outlets}[least(${OUTLETS.length}, greatest(1, floor(exp(random() * ln(${OUTLETS.length + 1})))::int))],
               'https://news.example/' || g,
               CASE WHEN g <= ${backfill} THEN to_timestamp(${start} + random() * ${span})
                    ELSE to_timestamp(${start} + ${span} * (g - ${backfill})::float8 / ${nArticles - backfill} + (random() - 0.5) * 86400 * 20) END,
               'Generated article ' || g || '.', encode(sha256(('bench-article-' || g)::bytea), 'hex'), 'import', ${QUOTES_PER_ARTICLE}, 0
          FROM generate_series(${from}, ${to}) g`);
      await c.query(`INSERT INTO quotes (id, article_id, position, speaker_id, speaker_name, speaker_kind, text, start_offset, end_offset, segments,
                                         kind, attribution_form, attribution_rule, evidence, confidence, review_status, said_at)
        SELECT x.id, x.a, x.pos, s.id, s.name, coalesce(s.kind, 'unknown'), t.text || ' ' || x.own, 10, 11 + length(t.text) + length(x.own), '[]',
               CASE WHEN x.k < 0.85 THEN 'direct' WHEN x.k < 0.97 THEN 'partial' ELSE 'term' END,
               'quote-cue-speaker', 'quote-cue-speaker', 'generated', 0.9,
               CASE WHEN x.rv < 0.02 THEN 'confirmed' WHEN x.rv < 0.025 THEN 'corrected' WHEN x.rv < 0.028 THEN 'rejected' ELSE 'unreviewed' END,
               ar.published_at
          FROM (SELECT (a - 1) * ${QUOTES_PER_ARTICLE} + p + 1 AS id, a, p AS pos,
                       1 + floor(random() * ${pool})::int AS pick,
                       bench_word(greatest(1, floor(exp(random() * ln(${VOCABULARY})))::int)) || ' '
                         || bench_word(greatest(1, floor(exp(random() * ln(${VOCABULARY})))::int)) AS own,
                       CASE WHEN random() < 0.95 THEN greatest(1, floor(exp(random() * ln(${nSpeakers + 1})))::int) END AS sid,
                       random() AS k, random() AS rv
                  FROM generate_series(${from}, ${to}) a, generate_series(0, ${QUOTES_PER_ARTICLE - 1}) p) x
          JOIN articles ar ON ar.id = x.a
          JOIN bench_texts t ON t.id = x.pick
          LEFT JOIN speakers s ON s.id = x.sid
         WHERE x.id <= ${opts.quotes}`);
      await c.query(`INSERT INTO speaker_quotes (quote_id, speaker_id, article_id, quoted_at)
        SELECT q.id, q.speaker_id, q.article_id, a.published_at FROM quotes q JOIN articles a ON a.id = q.article_id
         WHERE q.article_id BETWEEN ${from} AND ${to} AND q.speaker_id IS NOT NULL`);
      await c.query(`INSERT INTO claims (article_id, position, topic_id, kind, measure, polarity, hedged, check_worthiness, speaker_id, speaker_name,
                                         source_type, quote_id, source_position, text, start_offset, end_offset, sentence_start, sentence_end, said_at)
        SELECT q.article_id, q.position, least(${nTopics}, greatest(1, floor(exp(random() * ln(${nTopics + 1})))::int)), 'count', 'deaths', 'affirmed', false, 0.5,
               q.speaker_id, q.speaker_name, 'quote', q.id, q.position, left(q.text, 40), 10, 20, 0, 30, a.published_at::date
          FROM quotes q JOIN articles a ON a.id = q.article_id
         WHERE q.article_id BETWEEN ${from} AND ${to} AND q.id % 50 = 7`);
    };
    const workers = [main, second];
    let next = 0;
    let done = 0;
    const t0 = Date.now();
    await Promise.all(
      workers.map(async (c) => {
        while (next < chunks.length) {
          const chunk = chunks[next++];
          await loadChunk(c, chunk);
          done++;
          if (done % 5 === 0 || done === chunks.length) log(`quotes loaded: ${Math.min(opts.quotes, done * perChunk * QUOTES_PER_ARTICLE)} (${Math.round((Date.now() - t0) / 1000)} s)`);
        }
      }),
    );

    await main.query('DROP TABLE bench_texts');
    log('rebuilding indexes…');
    await main.query(`SET maintenance_work_mem = '1GB'`);
    for (const i of indexes) await main.query(i.def);
    await main.query(`UPDATE speakers s SET quote_count = c.n, first_quoted_at = c.f, last_quoted_at = c.l
                        FROM (SELECT speaker_id, count(*)::int AS n, min(quoted_at) AS f, max(quoted_at) AS l FROM speaker_quotes GROUP BY speaker_id) c
                       WHERE c.speaker_id = s.id`);
    await main.query(`UPDATE claim_topics t SET claim_count = c.n FROM (SELECT topic_id, count(*)::int AS n FROM claims GROUP BY topic_id) c WHERE c.topic_id = t.id`);
    for (const [table, column] of [['articles', 'id'], ['quotes', 'id'], ['speakers', 'id'], ['claim_topics', 'id']]) {
      await main.query(`SELECT setval(pg_get_serial_sequence('${table}', '${column}'), (SELECT max(${column}) FROM ${table}))`);
    }
    log('vacuum analyze…');
    await main.query('VACUUM ANALYZE');
    return { quotes: opts.quotes, articles: nArticles, speakers: nSpeakers };
  } finally {
    await Promise.all([main.end(), second.end()]);
  }
}
