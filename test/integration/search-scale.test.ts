import type { DataSource } from 'typeorm';
import { SEARCH_COUNT_CAP, type QuoteSearch, type SearchCursor, searchQuotes } from '../../src/db/repositories/search.repository';
import { openFreshDatabase, openTestDataSource } from '../support/db';

// A database of its own, filled in SQL and analysed, so the planner's estimates (which choose
// between the GIN index and a date walk) see a frequent word, a mid one and a rare one.
describe('search over many quotes', () => {
  let admin: DataSource;
  let db: DataSource;
  let drop: () => Promise<void>;
  const QUOTES = 6000;
  beforeAll(async () => {
    admin = await openTestDataSource();
    ({ db, drop } = await openFreshDatabase(admin));
    const [{ id: speaker }] = await db.query(`INSERT INTO speakers (name, normalized_name, kind) VALUES ('Lena Vorn', 'lena vorn', 'person') RETURNING id`);
    await db.query(
      `INSERT INTO articles (id, title, outlet, published_at, body, content_hash, source)
       SELECT g, 'Report ' || g, CASE WHEN g % 3 = 0 THEN 'Harbour Herald' ELSE 'Inland Post' END,
              CASE WHEN g % 17 = 0 THEN NULL ELSE timestamptz '2015-01-01' + (g * interval '7 hours') + (g % 5) * interval '1 microsecond' END,
              'body ' || g, md5('a' || g) || md5('b' || g), 'import'
         FROM generate_series(1, ${QUOTES / 6}) g`,
    );
    // Every quote says "harbour" (frequent); one in 20 "ferry" (mid); five "zeppelin" (rare). One
    // in 250 is long (its search vector too large for the walks' covering indexes, see migration
    // 1795572400700), one of them 5,000 words of hex digests (a vector of over 200 KB).
    await db.query(
      `INSERT INTO quotes (article_id, position, speaker_id, speaker_name, speaker_kind, text, start_offset, end_offset, segments, kind,
                           attribution_form, attribution_rule, evidence, confidence, review_status)
       SELECT 1 + (g - 1) / 6, (g - 1) % 6, CASE WHEN g % 4 = 0 THEN $1::int END, CASE WHEN g % 4 = 0 THEN 'Lena Vorn' END,
              CASE WHEN g % 4 = 0 THEN 'person' ELSE 'unknown' END,
              'The harbour ' || CASE WHEN g % 20 = 0 THEN 'ferry ' ELSE '' END || CASE WHEN g % 1200 = 7 THEN 'zeppelin ' ELSE '' END || 'report number ' || g
              || CASE WHEN g % 250 = 4 THEN ' ' || (SELECT string_agg('tail' || chr(97 + x % 26) || x, ' ') FROM generate_series(1, 150) x) ELSE '' END
              || CASE WHEN g = ${QUOTES - 2} THEN ' ' || (SELECT string_agg(md5(x::text), ' ') FROM generate_series(1, 5000) x) ELSE '' END,
              0, 10, '[]', CASE WHEN g % 10 = 0 THEN 'partial' ELSE 'direct' END, 'x', 'x', 'x', 0.9,
              CASE WHEN g % 9 = 0 THEN 'confirmed' ELSE 'unreviewed' END
         FROM generate_series(1, ${QUOTES}) g`,
      [speaker],
    );
    // Vacuumed as autovacuum would: index-only scans skip the table for pages marked all-visible.
    await db.query('VACUUM ANALYZE');
  });
  afterAll(async () => {
    await drop();
    await admin.destroy();
  });

  /** Every match of a search, newest first, as a reference. */
  async function reference(where: string): Promise<number[]> {
    const rows: Array<{ id: number }> = await db.query(
      `SELECT q.id FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.kind <> 'term' AND ${where} ORDER BY coalesce(a.published_at, a.created_at) DESC, q.id DESC`,
    );
    return rows.map((r) => r.id);
  }

  /** Follows the keyset cursor to the end. */
  async function allPages(s: Omit<QuoteSearch, 'sort' | 'limit'>): Promise<number[]> {
    const ids: number[] = [];
    let after: SearchCursor | undefined;
    for (let page = 0; page < 200; page++) {
      const r = await searchQuotes(db.manager, { ...s, sort: 'newest', limit: 50, after });
      ids.push(...r.hits.map((h) => h.id));
      if (!r.next) break;
      after = r.next;
    }
    return ids;
  }

  it('the filing date of a quote is its article’s, kept by the database', async () => {
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.said_at IS DISTINCT FROM coalesce(a.published_at, a.created_at)`);
    expect(n).toBe(0);
    await db.query(`UPDATE articles SET published_at = '2030-01-01' WHERE id = 2`);
    const moved: Array<{ said_at: Date }> = await db.query(`SELECT said_at FROM quotes WHERE article_id = 2`);
    expect(moved.every((q) => q.said_at.toISOString() === '2030-01-01T00:00:00.000Z')).toBe(true);
  });

  it('a quote carries its article’s outlet in lower case, kept by the database', async () => {
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.outlet_key IS DISTINCT FROM lower(a.outlet)`);
    expect(n).toBe(0);
    await db.query(`UPDATE articles SET outlet = 'Coast Daily' WHERE id = 3`);
    const renamed: Array<{ outlet_key: string }> = await db.query(`SELECT outlet_key FROM quotes WHERE article_id = 3`);
    expect(renamed.map((q) => q.outlet_key)).toEqual(Array(6).fill('coast daily'));
    expect((await searchQuotes(db.manager, { q: 'harbour', outlet: 'Coast daily', sort: 'newest', limit: 20 })).hits).toHaveLength(6);
    await db.query(`UPDATE articles SET outlet = 'Harbour Herald' WHERE id = 3`);
    await db.query(`UPDATE quotes SET article_id = 4, position = position + 10 WHERE id = (SELECT min(id) FROM quotes WHERE article_id = 3)`);
    const [{ key }] = await db.query(`SELECT outlet_key AS key FROM quotes WHERE article_id = 4 AND position >= 10`);
    expect(key).toBe('inland post');
    await db.query(`UPDATE quotes SET article_id = 3, position = position - 10 WHERE article_id = 4 AND position >= 10`);
  });

  it('pages newest first through every match with a keyset cursor, for frequent, mid and rare words and with filters', async () => {
    expect(await allPages({ q: 'harbour' })).toEqual(await reference(`q.search @@ 'harbour'::tsquery`));
    expect(await allPages({ q: 'ferry' })).toEqual(await reference(`q.search @@ 'ferri'::tsquery`));
    expect(await allPages({ q: 'zeppelin' })).toEqual(await reference(`q.search @@ 'zeppelin'::tsquery`));
    expect(await allPages({ q: 'harbour', speakerId: (await db.query(`SELECT id FROM speakers`))[0].id })).toEqual(
      await reference(`q.search @@ 'harbour'::tsquery AND q.speaker_id IS NOT NULL`),
    );
    expect(await allPages({ q: 'harbour -ferry', outlet: 'harbour herald' })).toEqual(
      await reference(`q.search @@ 'harbour & !ferri'::tsquery AND a.outlet = 'Harbour Herald'`),
    );
    expect(await allPages({ q: 'harbour', reviewedOnly: true, kind: 'direct' })).toEqual(
      await reference(`q.search @@ 'harbour'::tsquery AND q.review_status = 'confirmed' AND q.kind = 'direct'`),
    );
    expect(await allPages({ q: 'ferry', from: new Date('2015-03-01T00:00:00Z'), to: new Date('2015-06-01T00:00:00Z') })).toEqual(
      await reference(`q.search @@ 'ferri'::tsquery AND coalesce(a.published_at, a.created_at) >= '2015-03-01' AND coalesce(a.published_at, a.created_at) < '2015-06-01'`),
    );
  });

  /** The indexes of quotes one search scanned (counted by this backend within a transaction), and its hits. */
  async function indexesUsed(s: QuoteSearch): Promise<{ used: string[]; hits: number[] }> {
    return db.transaction(async (tx) => {
      // Index scans this backend has counted and not yet reported: the difference is the search's.
      const scans = async () =>
        new Map(
          (
            (await tx.query(
              `SELECT c.relname AS name, pg_stat_get_xact_numscans(c.oid)::int AS n FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                WHERE i.indrelid = 'quotes'::regclass`,
            )) as Array<{ name: string; n: number }>
          ).map((x) => [x.name, x.n]),
        );
      const before = await scans();
      const r = await searchQuotes(tx, s);
      const after = await scans();
      return { used: [...after].filter(([name, n]) => n > (before.get(name) ?? 0)).map(([name]) => name).sort(), hits: r.hits.map((h) => h.id) };
    });
  }

  it('walks read the covering indexes alone and merge in the quotes whose vectors they cannot carry', async () => {
    const [{ long }] = await db.query(`SELECT count(*)::int AS long FROM quotes WHERE octet_length(search::text) > 1200`);
    expect(long).toBe(QUOTES / 250 + 1);
    const speakerId = (await db.query(`SELECT id FROM speakers`))[0].id as number;
    for (const s of [{ q: 'harbour' }, { q: 'harbour', speakerId }, { q: 'harbour', outlet: 'HARBOUR herald' }, { q: 'harbour', reviewedOnly: true }]) {
      const { used, hits } = await indexesUsed({ ...s, sort: 'newest', limit: 20 });
      expect(hits).toHaveLength(20);
      const scope = s.speakerId ? 'speaker_' : s.outlet ? 'outlet_' : s.reviewedOnly ? 'reviewed_' : '';
      expect(used).toEqual(expect.arrayContaining([`quotes_${scope}walk_idx`, `quotes_${scope}walk_long_idx`]));
      // The frequent word is met within a page of quotes: the GIN index is not read at all.
      expect(used).not.toContain('quotes_search_idx');
    }
  });

  it('finds partial quotes by best match through their own index', async () => {
    // "ferry" is in one quote of 20, each of them partial: fetched from the GIN index, not walked to.
    const { used, hits } = await indexesUsed({ q: 'ferry', kind: 'partial', sort: 'relevance', limit: 1000 });
    expect(used).toContain('quotes_search_partial_idx');
    expect(used).not.toContain('quotes_search_idx');
    expect([...hits].sort((a, b) => a - b)).toEqual((await reference(`q.kind = 'partial' AND q.text LIKE '%ferry%'`)).sort((a, b) => a - b));
    // Direct quotes, most of the archive, are read through the index of all quotes (or a walk), never the partial ones'.
    const direct = await indexesUsed({ q: 'zeppelin', kind: 'direct', sort: 'relevance', limit: 20 });
    expect(direct.used).toContain('quotes_search_idx');
    expect(direct.used).not.toContain('quotes_search_partial_idx');
    expect(direct.hits).toHaveLength(5);
  });

  it('plans the estimates of a search once and reuses them when it is asked again', async () => {
    const explained = async (s: QuoteSearch) =>
      db.transaction(async (tx) => {
        const seen: string[] = [];
        const query = tx.query.bind(tx);
        tx.query = ((sql: string, params?: unknown[]) => {
          seen.push(sql);
          return query(sql, params);
        }) as typeof tx.query;
        const r = await searchQuotes(tx, s);
        return { n: seen.filter((sql) => sql.startsWith('EXPLAIN')).length, ids: r.hits.map((h) => h.id) };
      });
    const s: QuoteSearch = { q: 'ferry harbour', speakerId: (await db.query(`SELECT id FROM speakers`))[0].id, sort: 'newest', limit: 10 };
    const first = await explained(s);
    expect(first.n).toBe(1);
    const again = await explained(s);
    expect(again).toEqual({ n: 0, ids: first.ids });
    // Other words are planned on their own.
    expect((await explained({ ...s, q: 'ferry report' })).n).toBe(1);
  });

  it('counts exactly up to the cap, and beyond it gives an estimate instead of counting every match', async () => {
    const rare = await searchQuotes(db.manager, { q: 'zeppelin', sort: 'relevance', limit: 20 });
    expect(rare).toMatchObject({ total: 5, totalExact: true });
    const mid = await searchQuotes(db.manager, { q: 'ferry', sort: 'relevance', limit: 20 });
    expect(mid).toMatchObject({ total: QUOTES / 20, totalExact: true });
    const frequent = await searchQuotes(db.manager, { q: 'harbour', sort: 'relevance', limit: 20 });
    expect(frequent.totalExact).toBe(false);
    expect(frequent.total).toBeGreaterThan(SEARCH_COUNT_CAP);
    expect(frequent.hits).toHaveLength(20);
    // Best match ranks a bounded set: pages stop at the cap.
    const last = await searchQuotes(db.manager, { q: 'harbour', sort: 'relevance', limit: 20, offset: SEARCH_COUNT_CAP });
    expect(last.hits).toHaveLength(0);
  });

  it('counts exactly, newest first, when a walk meets a page of matches the planner estimates under the cap', async () => {
    // "harbour" in the reviewed quotes: one in nine, under the cap, met within a page along their index
    const reviewed = (await reference(`q.search @@ 'harbour'::tsquery AND q.review_status = 'confirmed'`)).length;
    expect(reviewed).toBeLessThan(SEARCH_COUNT_CAP);
    const s: QuoteSearch = { q: 'harbour', reviewedOnly: true, sort: 'newest', limit: 20 };
    const { used } = await indexesUsed(s);
    expect(used).toEqual(expect.arrayContaining(['quotes_reviewed_walk_idx']));
    // counted along the same walk: the GIN index of a frequent word is not read for the count either
    expect(used).not.toContain('quotes_search_idx');
    const first = await searchQuotes(db.manager, s);
    expect(first).toMatchObject({ total: reviewed, totalExact: true });
    expect(first.hits).toHaveLength(20);
    // the next page, from its cursor or its offset, says the same
    expect(await searchQuotes(db.manager, { ...s, after: first.next! })).toMatchObject({ total: reviewed, totalExact: true });
    expect(await searchQuotes(db.manager, { ...s, offset: 20 })).toMatchObject({ total: reviewed, totalExact: true });
    // an OR of words met everywhere, in one outlet's partial quotes
    const partial = (await reference(`q.search @@ 'harbour | report'::tsquery AND q.kind = 'partial' AND a.outlet = 'Harbour Herald'`)).length;
    expect(partial).toBeLessThan(SEARCH_COUNT_CAP);
    expect(await searchQuotes(db.manager, { q: 'harbour OR report', outlet: 'Harbour Herald', kind: 'partial', sort: 'newest', limit: 20 })).toMatchObject({ total: partial, totalExact: true });
    // best match counts its candidates: exact as well
    expect(await searchQuotes(db.manager, { ...s, sort: 'relevance' })).toMatchObject({ total: reviewed, totalExact: true });
    // a page after the last match, sorted from the GIN index, counts them still
    const rare = await searchQuotes(db.manager, { q: 'zeppelin', sort: 'newest', limit: 5 });
    const last = rare.hits[rare.hits.length - 1];
    const past = await searchQuotes(db.manager, { q: 'zeppelin', sort: 'newest', limit: 5, after: { at: (await db.query(`SELECT said_at::text AS at FROM quotes WHERE id = $1`, [last.id]))[0].at, id: last.id } });
    expect(past).toMatchObject({ hits: [], total: 5, totalExact: true });
    // past the cap the estimate stays
    const all = await searchQuotes(db.manager, { q: 'harbour', sort: 'newest', limit: 20 });
    expect(all.totalExact).toBe(false);
    expect(all.total).toBeGreaterThan(SEARCH_COUNT_CAP);
  });

  it('ranks phrases and exclusions, and finds nothing for stop words alone', async () => {
    const phrase = await searchQuotes(db.manager, { q: '"harbour ferry"', sort: 'relevance', limit: 500 });
    expect(phrase.total).toBe(QUOTES / 20);
    expect(phrase.hits.every((h) => /ferry/.test(h.headline))).toBe(true);
    const none = await searchQuotes(db.manager, { q: 'the of and', sort: 'newest', limit: 20 });
    expect(none).toMatchObject({ hits: [], total: 0 });
  });
});
