/**
 * Speaker pages at archive scale: `npm run bench -- speakers [--speakers=100000]
 * [--quotes=1000000] [--requests=400] [--concurrency=50] [--seconds=20] [--shared-buffers=MB] [--regenerate]`.
 *
 * Builds (once, then reuses) a generated archive in a dedicated database — BENCH_DATABASE_URL,
 * or an embedded PostgreSQL in BENCH_DATA_DIR (default /tmp/whosaid-bench) — starts the web
 * app in its own process, signs in as a viewer, and measures over HTTP on 127.0.0.1:
 * the speaker page (HTML, first page of quotes) and the fuzzy directory search with one
 * client, then speaker pages with 50 concurrent clients. Prints a table and writes
 * test/bench/out/speakers.json.
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
import { ensureArchive, rng } from './speakers-generate';

/** Typos a reader makes: a dropped letter, a doubled one, a transliteration swap. */
function typo(word: string, r: () => number): string {
  const w = word.toLowerCase();
  const kind = Math.floor(r() * 3);
  const i = 1 + Math.floor(r() * Math.max(1, w.length - 2));
  if (kind === 0) return w.slice(0, i) + w.slice(i + 1);
  if (kind === 1) return w.slice(0, i) + w[i] + w.slice(i);
  return w.replace(/kh/, 'k').replace(/i$/, 'y').replace(/ov$/, 'off');
}

/** Runs the speaker benchmark. */
export async function run(args: string[]): Promise<void> {
  const nSpeakers = arg(args, 'speakers', 100_000);
  const nQuotes = arg(args, 'quotes', 1_000_000);
  const requests = arg(args, 'requests', 400);
  const concurrency = arg(args, 'concurrency', 50);
  const seconds = arg(args, 'seconds', 20);
  const log = (m: string) => process.stderr.write(`[bench speakers] ${m}\n`);

  // --shared-buffers=MB sizes the embedded server's cache (PostgreSQL's default is 128 MB).
  const sharedMb = arg(args, 'shared-buffers', 0);
  const settings = sharedMb > 0 ? { shared_buffers: `${sharedMb}MB` } : undefined;
  const { url, embedded } = await openBenchDatabase(path.join(os.tmpdir(), 'whosaid-bench'), 54431, 'whosaid_bench', settings);
  let server: ChildProcess | null = null;
  try {
    const { dataSource } = await openDatabase({ url, poolSize: 2 });
    const client = new Client({ connectionString: url });
    await client.connect();
    await ensureArchive(client, { speakers: nSpeakers, quotes: nQuotes, regenerate: args.includes('--regenerate'), log });
    const sizes = (
      await client.query(`SELECT (SELECT count(*) FROM speakers)::int AS speakers, (SELECT count(*) FROM articles)::int AS articles,
                                 (SELECT count(*) FROM quotes)::int AS quotes, (SELECT count(*) FROM speaker_aliases)::int AS aliases,
                                 (SELECT max(quote_count) FROM speakers)::int AS "busiestSpeakerQuotes",
                                 pg_size_pretty(pg_database_size(current_database())) AS "databaseSize",
                                 current_setting('shared_buffers') AS "sharedBuffers", current_setting('server_version') AS "postgres"`)
    ).rows[0];
    log(`archive: ${JSON.stringify(sizes)}`);

    // One viewer per concurrent client, each with its own session, as 50 readers would be.
    const password = `bench-${Math.random().toString(36).slice(2)}-pw`;
    const emails: string[] = [];
    for (let i = 0; i < concurrency; i++) {
      emails.push(`bench-${Date.now()}-${i}@example.test`);
      await createUser({ dataSource }, { email: emails[i], password, role: 'viewer' }, CLI_ACTOR);
    }
    await dataSource.destroy();

    const r = rng(7);
    const total = sizes.quotes as number;
    // Half the page views follow popularity (a random quote's speaker), half pick any speaker.
    const quoteSample = Array.from({ length: 2000 }, () => 1 + Math.floor(r() * total));
    const popular: number[] = (await client.query('SELECT speaker_id FROM speaker_quotes WHERE quote_id = ANY($1::int[])', [quoteSample])).rows.map(
      (x) => x.speaker_id,
    );
    const any: number[] = Array.from({ length: 2000 }, () => 1 + Math.floor(r() * (sizes.speakers as number)));
    const speakerIds = popular.flatMap((p, i) => [p, any[i]]);
    const names: string[] = (
      await client.query(`SELECT name FROM speakers WHERE kind = 'person' AND id = ANY($1::int[])`, [any.slice(0, 1000)])
    ).rows.map((x) => x.name);
    const searches = names.map((name, i) => {
      const words = name.split(' ');
      const surname = words[words.length - 1];
      return i % 3 === 0 ? typo(surname, r) : i % 3 === 1 ? `${words[0]} ${typo(surname, r)}` : surname.toLowerCase();
    });
    // A server that has been up a while holds the directory and the timeline index in memory:
    // load them into shared buffers (the bench database only) rather than measure a cold start.
    const prewarmed: string[] = [];
    try {
      await client.query('CREATE EXTENSION IF NOT EXISTS pg_prewarm');
      for (const rel of ['speakers', 'speaker_aliases', 'speaker_roles', 'speakers_normalized_name_trgm_idx', 'speakers_match_key_trgm_idx',
        'speaker_aliases_normalized_trgm_idx', 'speaker_quotes_timeline_idx', 'speaker_roles_speaker_key', 'speaker_aliases_speaker_normalized_key']) {
        await client.query('SELECT pg_prewarm($1::regclass)', [rel]);
        prewarmed.push(rel);
      }
    } catch (e) {
      log(`pg_prewarm unavailable (${(e as Error).message}); measuring with a cold cache`);
    }
    await client.end();

    const started = await startServer(url);
    server = started.child;
    const port = started.port;
    const cookies: string[] = [];
    for (const email of emails) cookies.push(await signIn(port, email, password));
    const cookie = cookies[0];
    const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });

    const page = async (id: number, who = cookie) => {
      const res = await get(agent, port, `/speakers/${id}`, who);
      if (res.status !== 200 || !res.body.includes('class="timeline-list"')) throw new Error(`speaker ${id}: ${res.status}`);
      return res.ms;
    };
    const search = async (q: string) => {
      const res = await get(agent, port, `/speakers?q=${encodeURIComponent(q)}`, cookie);
      if (res.status !== 200) throw new Error(`search ${q}: ${res.status}`);
      return { ms: res.ms, found: res.body.includes('href="/speakers/') };
    };

    log('warming up…');
    for (let i = 0; i < 300; i++) await page(speakerIds[(i * 7) % speakerIds.length]);
    for (let i = 0; i < 100; i++) await search(searches[i % searches.length]);

    log('single client: speaker pages…');
    const pageTimes: number[] = [];
    for (let i = 0; i < requests; i++) pageTimes.push(await page(speakerIds[(i + 300) % speakerIds.length]));
    log('single client: directory search…');
    const searchTimes: number[] = [];
    let found = 0;
    for (let i = 0; i < requests; i++) {
      const res = await search(searches[(i + 100) % searches.length]);
      searchTimes.push(res.ms);
      if (res.found) found++;
    }

    // The single-client warm-up used one database connection; a server that has been up a
    // while has every pooled connection warm (catalog caches, prepared statements): the
    // concurrent run starts after a few seconds of the same load, not measured.
    log(`${concurrency} clients: warming up for 5 s…`);
    await concurrentLoad(speakerIds.slice().reverse(), cookies.slice(0, concurrency), 5, (id, cookie) => page(id, cookie));
    log(`${concurrency} clients for ${seconds} s: speaker pages…`);
    const { latencies: loadTimes, errors, elapsed } = await concurrentLoad(speakerIds, cookies.slice(0, concurrency), seconds, (id, cookie) => page(id, cookie));
    agent.destroy();

    const result = {
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
      archive: sizes,
      prewarmed,
      loadAverageAtEnd: os.loadavg().map((x) => Math.round(x * 100) / 100),
      speakerPage: summary(pageTimes),
      directorySearch: { ...summary(searchTimes), foundShare: Math.round((found / requests) * 100) / 100 },
      concurrent: { clients: concurrency, ...summary(loadTimes), errors, requestsPerSecond: Math.round(loadTimes.length / elapsed) },
      targets: { speakerPageP95: 50, directorySearchP95: 30, concurrentP95: 100 },
    };
    const rows = [
      ['speaker page, 1 client', result.speakerPage, 50],
      ['directory fuzzy search, 1 client', result.directorySearch, 30],
      [`speaker page, ${concurrency} clients`, result.concurrent, 100],
    ] as const;
    process.stdout.write(`\narchive: ${sizes.speakers} speakers, ${sizes.articles} articles, ${sizes.quotes} quotes, ${sizes.aliases} aliases (${sizes.databaseSize}, PostgreSQL ${sizes.postgres}, shared_buffers ${sizes.sharedBuffers})\n`);
    process.stdout.write('case                                   n      p50     p95     p99     max   target p95\n');
    for (const [name, s, target] of rows) {
      process.stdout.write(
        `${name.padEnd(36)} ${String(s.n).padStart(6)} ${String(s.p50).padStart(7)} ${String(s.p95).padStart(7)} ${String(s.p99).padStart(7)} ${String(s.max).padStart(7)}   ≤ ${target} ms ${s.p95 <= target ? 'ok' : 'MISSED'}\n`,
      );
    }
    process.stdout.write(`concurrent: ${result.concurrent.requestsPerSecond} requests/s, ${errors} errors; search found a speaker for ${Math.round(result.directorySearch.foundShare * 100)}% of typo queries\n`);
    process.stdout.write(`machine: ${result.machine.cpus} × ${result.machine.cpuModel}, ${result.machine.memoryGb} GB, Node ${process.version}; load average at the end ${result.loadAverageAtEnd.join(' ')}\n`);
    fs.mkdirSync(path.join(__dirname, 'out'), { recursive: true });
    fs.writeFileSync(path.join(__dirname, 'out', 'speakers.json'), `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await stopServer(server);
    await embedded?.stop();
  }
}
