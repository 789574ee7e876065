/**
 * Search and "did they really say it?" at archive scale:
 * `npm run bench -- search [--quotes=1000000] [--requests=400] [--concurrency=50] [--seconds=20]
 * [--verify=200] [--shared-buffers=MB] [--regenerate] [--generate-only]`.
 *
 * Builds (once, then reuses) a generated archive (test/bench/search-generate.ts) in a dedicated
 * database — BENCH_DATABASE_URL, or an embedded PostgreSQL under BENCH_DATA_DIR (default
 * /tmp/whosaid-search-bench/<quotes>) — starts the web app in its own process, signs in 50
 * viewers, and measures /search over HTTP with a rotating set of queries (rare, mid and frequent
 * words, speaker names, phrases, exclusions, OR, every filter, best match and newest first,
 * deep pages by cursor and by page number): one client, then `concurrency` clients; then
 * /verify with pasted quotes (exact, shortened, reworded, misattributed). Prints a table and
 * writes test/bench/out/search-<quotes>.json.
 */
import 'reflect-metadata';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { openDatabase } from '../../src/db/data-source';
import { CLI_ACTOR } from '../../src/services/audit';
import { createUser } from '../../src/services/users';
import { arg, concurrentLoad, get, openBenchDatabase, signIn, startServer, stopServer, summary } from './bench-support';
import { benchWord, generateSearchArchive } from './search-generate';
import { rng } from './speakers-generate';

interface Query {
  kind: string;
  url: string;
}

/** The rotating query set: every shape twice, best match and newest first. */
export async function querySet(client: Client): Promise<Query[]> {
  const one = async <T>(sql: string): Promise<T> => (await client.query(sql)).rows[0] as T;
  const frequent = ['people', 'government', 'security', 'president', 'economy', 'war'];
  const mid = [300, 700, 1500, 2500, 4000].map(benchWord);
  const rare = [12_000, 20_000, 26_000, 33_000, 41_000, 47_000, 52_000, 58_000].map(benchWord);
  const busiest = await one<{ id: number; name: string }>(`SELECT id, name FROM speakers ORDER BY quote_count DESC LIMIT 1`);
  const ordinary = await one<{ id: number; name: string }>(`SELECT id, name FROM speakers WHERE quote_count BETWEEN 20 AND 200 ORDER BY id LIMIT 1`);
  const outlets = (await client.query(`SELECT outlet, count(*) AS n FROM articles GROUP BY outlet ORDER BY n DESC`)).rows.map((r) => r.outlet as string);
  const topics = (await client.query(`SELECT id FROM claim_topics ORDER BY claim_count DESC LIMIT 50`)).rows.map((r) => r.id as number);
  // Phrases a reader remembers: three consecutive words of stored quotes.
  const phrases = (await client.query(`SELECT text FROM quotes WHERE id IN (11, 40_007, 250_003, 600_011)`)).rows.map((r) => {
    const w = (r.text as string).split(' ').filter((x) => x.length > 3);
    return `"${w.slice(1, 4).join(' ')}"`;
  });
  const surname = (n: string) => n.split(' ').pop()!;
  const base: Array<[string, Record<string, string>]> = [
    ...frequent.map((w) => ['frequent word', { q: w }] as [string, Record<string, string>]),
    ...mid.map((w) => ['mid word', { q: w }] as [string, Record<string, string>]),
    ...rare.map((w) => ['rare word', { q: w }] as [string, Record<string, string>]),
    ['speaker name', { q: surname(busiest.name) }],
    ['speaker name', { q: `${surname(ordinary.name)} ${frequent[0]}` }],
    ...phrases.map((q) => ['phrase', { q }] as [string, Record<string, string>]),
    ['phrase', { q: `"security forces"` }],
    ['exclusion', { q: `${frequent[0]} -${frequent[1]}` }],
    ['exclusion', { q: `${mid[1]} -${frequent[2]}` }],
    ['exclusion', { q: `${frequent[3]} -${mid[0]}` }],
    ['OR', { q: `${rare[0]} OR ${rare[1]}` }],
    ['OR', { q: `${frequent[4]} OR ${mid[2]}` }],
    ['OR', { q: `${mid[3]} OR ${rare[2]} OR ${rare[3]}` }],
    ['two words', { q: `${frequent[0]} ${frequent[1]}` }],
    ['two words', { q: `${frequent[5]} ${mid[4]}` }],
    ['filter: speaker', { q: frequent[0], speaker: String(busiest.id) }],
    ['filter: speaker', { q: mid[0], speaker: String(busiest.id) }],
    ['filter: speaker', { q: frequent[1], speaker: String(ordinary.id) }],
    ['filter: outlet', { q: frequent[1], outlet: outlets[0] }],
    ['filter: outlet', { q: mid[1], outlet: outlets[outlets.length - 1] }],
    ['filter: dates', { q: frequent[2], from: '2016-01-01', to: '2016-01-31' }],
    ['filter: dates', { q: rare[4], from: '2010-01-01', to: '2019-12-31' }],
    ['filter: topic', { q: frequent[0], topic: String(topics[0]) }],
    ['filter: topic', { q: mid[2], topic: String(topics[10]) }],
    ['filter: kind', { q: frequent[3], kind: 'partial' }],
    ['filter: reviewed', { q: frequent[0], reviewed: '1' }],
    ['filter: reviewed', { q: mid[3], reviewed: '1' }],
    ['filters combined', { q: frequent[4], outlet: outlets[1], from: '2012-01-01', to: '2020-12-31', kind: 'direct' }],
  ];
  const queries: Query[] = [];
  for (const [kind, params] of base) {
    for (const sort of ['relevance', 'newest']) queries.push({ kind, url: `/search?${new URLSearchParams({ ...params, sort }).toString()}` });
  }
  // Filters without words: every quote they allow, newest first (once each: there is no best match).
  const listings: Array<Record<string, string>> = [
    { speaker: String(busiest.id) },
    { speaker: String(ordinary.id), from: '2014-01-01', to: '2016-12-31' },
    { outlet: outlets[0] },
    { outlet: outlets[outlets.length - 1], kind: 'partial' },
    { from: '2016-01-01', to: '2016-01-31' },
    { topic: String(topics[0]) },
    { reviewed: '1' },
    { from: '2011-03-01', to: '2011-03-31', kind: 'partial', outlet: outlets[1] },
  ];
  for (const params of listings) queries.push({ kind: 'filters, no words', url: `/search?${new URLSearchParams(params).toString()}` });
  // Deep pages: best match as far as it ranks, newest first by page number.
  queries.push({ kind: 'deep page', url: `/search?${new URLSearchParams({ q: frequent[0], page: '50' })}` });
  queries.push({ kind: 'deep page', url: `/search?${new URLSearchParams({ q: mid[0], page: '20' })}` });
  return queries;
}

/** Follows "Next" links of newest-first searches, to measure pages deep in the results. */
async function deepPages(agent: http.Agent, port: number, cookie: string, qs: string[], depth: number): Promise<Query[]> {
  const out: Query[] = [];
  for (const q of qs) {
    let url = `/search?${new URLSearchParams({ q, sort: 'newest' })}`;
    for (let page = 1; page < depth; page++) {
      const res = await get(agent, port, url, cookie);
      const next = /href="([^"]+)" rel="next"/.exec(res.body)?.[1]?.replace(/&amp;/g, '&');
      if (!next) break;
      url = next;
    }
    out.push({ kind: 'deep page', url });
  }
  return out;
}

/** Pasted quotes as they circulate: exact, shortened, reworded, credited to someone else. */
async function pastedQuotes(client: Client, n: number, total: number): Promise<Query[]> {
  const r = rng(11);
  const ids = Array.from({ length: n }, () => 1 + Math.floor(r() * total));
  const rows = (await client.query(`SELECT text, speaker_name FROM quotes WHERE id = ANY($1::int[]) AND kind <> 'term'`, [ids])).rows as Array<{ text: string; speaker_name: string | null }>;
  const fillers = ['indeed', 'really', 'clearly', 'frankly', 'certainly'];
  return rows.map((row, i) => {
    const w = row.text.split(' ');
    const kind = ['exact', 'shortened', 'reworded', 'misattributed'][i % 4];
    const quote =
      kind === 'shortened' ? w.slice(2, Math.max(4, w.length - 2)).join(' ') : kind === 'reworded' ? w.map((x, j) => (j % 5 === 2 ? fillers[j % fillers.length] : x)).join(' ') : row.text;
    const speaker = kind === 'misattributed' ? 'Boris Petrov' : kind === 'exact' && row.speaker_name ? row.speaker_name : '';
    return { kind: `verify: ${kind}`, url: `/verify?${new URLSearchParams({ quote: `“${quote}”`, ...(speaker ? { speaker } : {}) })}` };
  });
}

/** Runs the search benchmark. */
export async function run(args: string[]): Promise<void> {
  const nQuotes = arg(args, 'quotes', 1_000_000);
  const log = (m: string) => process.stderr.write(`[bench search] ${m}\n`);
  // --shared-buffers=MB sizes the embedded server's cache (PostgreSQL's default is 128 MB; a
  // production server is usually given a quarter of its memory).
  const sharedMb = arg(args, 'shared-buffers', 0);
  const settings = sharedMb > 0 ? { shared_buffers: `${sharedMb}MB` } : undefined;
  const { url, embedded } = await openBenchDatabase(path.join(os.tmpdir(), 'whosaid-search-bench', String(nQuotes)), 54432, 'whosaid_search_bench', settings);
  try {
    const client = new Client({ connectionString: url });
    client.on('error', () => undefined); // the server stops in `finally`
    await client.connect();
    // The archive is complete once the generator has written its marker on the quotes table.
    const marker = `whosaid search bench: ${nQuotes} quotes`;
    const [{ comment }] = (await client.query(`SELECT obj_description('quotes'::regclass) AS comment`).catch(() => ({ rows: [{ comment: null }] }))).rows;
    if (comment !== marker || args.includes('--regenerate')) {
      log(`generating ${nQuotes} quotes…`);
      await client.query('DROP SCHEMA IF EXISTS public CASCADE; DROP SCHEMA IF EXISTS pgboss CASCADE; CREATE SCHEMA public');
      const { dataSource } = await openDatabase({ url, poolSize: 2 });
      await dataSource.destroy();
      const t0 = Date.now();
      const made = await generateSearchArchive(url, { quotes: nQuotes, log }).catch(async (e: unknown) => {
        await client.end();
        throw e;
      });
      await client.query(`COMMENT ON TABLE quotes IS '${marker}'`);
      log(`generated ${JSON.stringify(made)} in ${Math.round((Date.now() - t0) / 1000)} s`);
    } else {
      const { dataSource } = await openDatabase({ url, poolSize: 2 });
      await dataSource.destroy();
    }
    await client.end();
    if (args.includes('--generate-only')) return;
    await measure(url, nQuotes, args, log);
  } finally {
    await embedded?.stop();
  }
}

async function measure(url: string, nQuotes: number, args: string[], log: (m: string) => void): Promise<void> {
  const requests = arg(args, 'requests', 400);
  const concurrency = arg(args, 'concurrency', 50);
  const seconds = arg(args, 'seconds', 20);
  const verifyRequests = arg(args, 'verify', 200);
  const client = new Client({ connectionString: url });
  await client.connect();
  let server: ChildProcess | null = null;
  try {
    const sizes = (
      await client.query(`SELECT (SELECT count(*) FROM quotes)::int AS quotes, (SELECT count(*) FROM articles)::int AS articles,
                                 (SELECT count(*) FROM speakers)::int AS speakers,
                                 pg_size_pretty(pg_database_size(current_database())) AS "databaseSize",
                                 current_setting('shared_buffers') AS "sharedBuffers", current_setting('server_version') AS "postgres"`)
    ).rows[0];
    log(`archive: ${JSON.stringify(sizes)}`);
    const queries = await querySet(client);
    const pasted = await pastedQuotes(client, verifyRequests, sizes.quotes);

    const { dataSource } = await openDatabase({ url, poolSize: 2 });
    const password = `bench-${Math.random().toString(36).slice(2)}-pw`;
    const emails: string[] = [];
    for (let i = 0; i < concurrency; i++) {
      emails.push(`bench-search-${Date.now()}-${i}@example.test`);
      await createUser({ dataSource }, { email: emails[i], password, role: 'viewer' }, CLI_ACTOR);
    }
    await dataSource.destroy();

    // A server that has been up a while holds the search indexes in memory (not the whole table).
    const prewarmed: string[] = [];
    try {
      await client.query('CREATE EXTENSION IF NOT EXISTS pg_prewarm');
      for (const rel of ['quotes_search_idx', 'quotes_walk_idx', 'quotes_speaker_walk_idx', 'quotes_reviewed_walk_idx', 'quotes_outlet_walk_idx', 'quotes_text_key_idx']) {
        await client.query('SELECT pg_prewarm($1::regclass)', [rel]);
        prewarmed.push(rel);
      }
    } catch (e) {
      log(`pg_prewarm unavailable (${(e as Error).message})`);
    }

    const started = await startServer(url);
    server = started.child;
    const port = started.port;
    const cookies: string[] = [];
    for (const email of emails) cookies.push(await signIn(port, email, password));
    const cookie = cookies[0];
    const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
    const fetch = async (q: Query, who = cookie) => {
      const res = await get(agent, port, q.url, who);
      const ok = q.kind === 'floor' || (q.kind.startsWith('verify') ? res.body.includes('class="verdict') : res.body.includes('role="status"'));
      if (res.status !== 200 || !ok) {
        throw new Error(`${q.url}: ${res.status}`);
      }
      return res.ms;
    };

    log('following pages deep into newest-first results…');
    queries.push(...(await deepPages(agent, port, cookie, ['people', benchWord(300), 'government security'], 25)));
    log(`${queries.length} queries; warming up (each once)…`);
    for (const q of queries) await fetch(q);
    for (const q of pasted.slice(0, 20)) await fetch(q);

    // The floor under the current load: the same signed-in page without a query (session, rate limit, render).
    const floor: number[] = [];
    for (let i = 0; i < 50; i++) floor.push(await fetch({ kind: 'floor', url: '/search' }).catch(() => NaN));

    log(`single client: ${requests} searches…`);
    const single: number[] = [];
    const byKind = new Map<string, number[]>();
    for (let i = 0; i < requests; i++) {
      const q = queries[i % queries.length];
      const ms = await fetch(q);
      single.push(ms);
      byKind.set(q.kind, [...(byKind.get(q.kind) ?? []), ms]);
    }
    const loadSingle = os.loadavg()[0];

    log(`${concurrency} clients for ${seconds} s: searches…`);
    const { latencies: loadTimes, errors, elapsed } = await concurrentLoad(queries, cookies.slice(0, concurrency), seconds, (q, cookie) => fetch(q, cookie));
    const loadConcurrent = os.loadavg()[0];

    log(`single client: ${pasted.length} verifications…`);
    const verifyTimes: number[] = [];
    const verifyByKind = new Map<string, number[]>();
    for (const q of pasted) {
      const ms = await fetch(q);
      verifyTimes.push(ms);
      verifyByKind.set(q.kind, [...(verifyByKind.get(q.kind) ?? []), ms]);
    }
    agent.destroy();

    const targets = nQuotes >= 10_000_000 ? { search: 100 } : { search: 30, concurrent: 150, verify: 100 };
    const result = {
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
      archive: sizes,
      prewarmed,
      queries: queries.length,
      loadAverage: { singleClient: Math.round(loadSingle * 100) / 100, concurrent: Math.round(loadConcurrent * 100) / 100, end: os.loadavg().map((x) => Math.round(x * 100) / 100) },
      floor: summary(floor),
      search: summary(single),
      searchByKind: Object.fromEntries([...byKind].map(([k, v]) => [k, summary(v)])),
      concurrent: { clients: concurrency, ...summary(loadTimes), errors, requestsPerSecond: Math.round(loadTimes.length / elapsed) },
      verify: summary(verifyTimes),
      verifyByKind: Object.fromEntries([...verifyByKind].map(([k, v]) => [k, summary(v)])),
      targets,
    };
    const rows: Array<[string, ReturnType<typeof summary>, number | undefined]> = [
      ['page without a query (floor)', result.floor, undefined],
      ['search, 1 client', result.search, targets.search],
      [`search, ${concurrency} clients`, result.concurrent, 'concurrent' in targets ? targets.concurrent : undefined],
      ['verify, 1 client', result.verify, 'verify' in targets ? targets.verify : undefined],
      ...[...byKind].map(([k, v]) => [`  ${k}`, summary(v), undefined] as [string, ReturnType<typeof summary>, undefined]),
      ...[...verifyByKind].map(([k, v]) => [`  ${k}`, summary(v), undefined] as [string, ReturnType<typeof summary>, undefined]),
    ];
    const out = process.stdout;
    out.write(`\narchive: ${sizes.quotes} quotes, ${sizes.articles} articles, ${sizes.speakers} speakers (${sizes.databaseSize}, PostgreSQL ${sizes.postgres}, shared_buffers ${sizes.sharedBuffers}); ${queries.length} queries\n`);
    out.write('case (ms)                              n      p50     p95     p99     max   target p95\n');
    for (const [name, s, target] of rows) {
      out.write(
        `${name.padEnd(34)} ${String(s.n).padStart(6)} ${String(s.p50).padStart(8)} ${String(s.p95).padStart(7)} ${String(s.p99).padStart(7)} ${String(s.max).padStart(7)}   ${target ? `≤ ${target} ${s.p95 <= target ? 'ok' : 'MISSED'}` : ''}\n`,
      );
    }
    out.write(`concurrent: ${result.concurrent.requestsPerSecond} requests/s, ${errors} errors\n`);
    out.write(`machine: ${result.machine.cpus} × ${result.machine.cpuModel}, ${result.machine.memoryGb} GB, Node ${process.version}; load average ${result.loadAverage.singleClient} (single client), ${result.loadAverage.concurrent} (concurrent), ${result.loadAverage.end.join(' ')} (end)\n`);
    fs.mkdirSync(path.join(__dirname, 'out'), { recursive: true });
    fs.writeFileSync(path.join(__dirname, 'out', `search-${nQuotes}.json`), `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await stopServer(server);
    await client.end();
  }
}
