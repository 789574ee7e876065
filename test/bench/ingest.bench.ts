/**
 * Durable ingest throughput: articles analysed and stored (article, quotes, statements,
 * speakers, claims) one transaction per article, no network — sequentially and with
 * several concurrent writers — on a fresh database each run (BENCH_DATABASE_URL's server,
 * or a throw-away embedded PostgreSQL). Articles are the evaluation set's texts, read at run
 * time from ../shared/quote-eval/train.jsonl (not stored in the repo).
 *
 * `--bulk=B` also measures the bulk backfill (the import path): B articles per transaction,
 * set-based, with the same concurrency levels — batch after batch, and pipelined as an import
 * runs them (a batch analysed while the one before it is stored).
 *
 *   npm run bench -- ingest [--articles=N] [--concurrency=C,…] [--bulk=200]
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { openDatabase } from '../../src/db/data-source';
import { freePort, makeTempDataDir, startEmbeddedPostgres, type EmbeddedServer } from '../../src/db/embedded';
import { ingestArticle } from '../../src/services/ingest-article';
import { ingestArticleBatch, prepareArticleBatch, storeArticleBatch } from '../../src/services/ingest-batch';

export interface EvalArticle {
  id: string;
  title: string;
  text: string;
  date?: string;
  publisher?: string;
}

/** `n` articles from the evaluation set; past its size each pass gets a distinct marker. */
export function loadArticles(n: number): EvalArticle[] {
  const file = path.resolve(__dirname, '..', '..', '..', 'shared', 'quote-eval', 'train.jsonl');
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const base = lines.map((l) => JSON.parse(l) as EvalArticle);
  // Past the set's size, each pass gets a distinct marker so every article is new to the archive.
  return Array.from({ length: n }, (_, i) => {
    const a = base[i % base.length];
    const pass = Math.floor(i / base.length);
    return pass === 0 ? a : { ...a, text: `${a.text}\n(reprint ${pass})` };
  });
}

/**
 * CPU seconds used so far by an embedded server's processes (the postmaster and its children, read
 * from /proc), or null for a server of BENCH_DATABASE_URL.
 */
function serverCpuSeconds(dataDir: string | null): number | null {
  if (!dataDir) return null;
  try {
    const postmaster = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const tick = 100; // USER_HZ on Linux
    let ticks = 0;
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (Number(entry) === postmaster || Number(fields[1]) === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
      } catch {
        // (a process that ended meanwhile)
      }
    }
    return ticks / tick;
  } catch {
    return null;
  }
}

async function freshDatabase(): Promise<{ url: string; dataDir: string | null; close(): Promise<void> }> {
  let server: EmbeddedServer | null = null;
  let adminUrl = process.env.BENCH_DATABASE_URL;
  if (!adminUrl) {
    server = await startEmbeddedPostgres({ dataDir: makeTempDataDir('whosaid-ingest-bench-'), port: await freePort(), database: 'postgres' });
    adminUrl = server.url;
  }
  const name = `whosaid_ingest_bench_${process.pid}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    dataDir: server?.dataDir ?? null,
    async close() {
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await c.end();
      if (server) {
        await server.stop();
        fs.rmSync(path.dirname(server.dataDir), { recursive: true, force: true });
      }
    },
  };
}

async function measure(url: string, dataDir: string | null, articles: EvalArticle[], concurrency: number, bulk: number, pipelined = false) {
  const { dataSource } = await openDatabase({ url, poolSize: concurrency + 2 });
  const row = (a: EvalArticle) => ({ title: a.title || a.id, text: a.text, outlet: a.publisher, publishedAt: a.date });
  let next = 0;
  const cpu = process.cpuUsage();
  const serverCpu = serverCpuSeconds(dataDir);
  const started = performance.now();
  const worker = async () => {
    while (next < articles.length) {
      if (bulk > 1 && pipelined) {
        // as an import runs: each batch is analysed while the one before it is stored
        let storing: Promise<unknown> = Promise.resolve();
        while (next < articles.length) {
          const prepared = await prepareArticleBatch({ dataSource }, articles.slice(next, (next += bulk)).map(row), 'import');
          await storing;
          storing = storeArticleBatch({ dataSource }, prepared).then((outcomes) => {
            const failed = outcomes.find((o) => 'error' in o);
            if (failed) throw (failed as { error: unknown }).error;
          });
          storing.catch(() => undefined);
        }
        await storing;
      } else if (bulk > 1) {
        const batch = articles.slice(next, (next += bulk));
        const outcomes = await ingestArticleBatch({ dataSource }, batch.map(row), 'import');
        const failed = outcomes.find((o) => 'error' in o);
        if (failed) throw (failed as { error: unknown }).error;
      } else {
        await ingestArticle({ dataSource }, row(articles[next++]), 'import');
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const appCpu = (used.user + used.system) / 1e6;
  const serverUsed = serverCpu === null ? null : serverCpuSeconds(dataDir)! - serverCpu;
  const [{ q }] = await dataSource.query('SELECT count(*)::int AS q FROM quotes');
  await dataSource.destroy();
  return { mode: bulk > 1 ? `bulk ${bulk}${pipelined ? ' pipelined' : ''}` : 'one per transaction', articles: articles.length, concurrency, seconds: Number(seconds.toFixed(2)), perSecond: Math.round(articles.length / seconds), quotes: q, appCpuShare: `${Math.round((appCpu / seconds) * 100)}%`,
    // CPU per article, which other work on the machine disturbs less than wall time
    appCpuMsPerArticle: Number(((appCpu * 1000) / articles.length).toFixed(2)),
    serverCpuMsPerArticle: serverUsed === null ? null : Number(((serverUsed * 1000) / articles.length).toFixed(2)) };
}

/** Runs the benchmark and prints one row per concurrency level. */
export async function run(args: string[]): Promise<void> {
  const n = Number(args.find((a) => a.startsWith('--articles='))?.slice(11) ?? 2000);
  const levels = (args.find((a) => a.startsWith('--concurrency='))?.slice(14) ?? '1,4').split(',').map(Number);
  const bulk = Number(args.find((a) => a.startsWith('--bulk='))?.slice(7) ?? 0);
  const rows = [];
  // bulk: batch after batch (`ingestArticleBatch`), then pipelined as imports run them
  for (const [mode, pipelined] of bulk > 1 ? [[1, false], [bulk, false], [bulk, true]] as const : [[1, false]] as const) {
    for (const c of levels) {
      const db = await freshDatabase();
      try {
        rows.push(await measure(db.url, db.dataDir, loadArticles(n), c, mode, pipelined));
      } finally {
        await db.close();
      }
    }
  }
  console.table(rows);
  const out = { machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, loadavg: os.loadavg() }, rows };
  fs.mkdirSync(path.join(__dirname, 'out'), { recursive: true });
  fs.writeFileSync(path.join(__dirname, 'out', 'ingest.json'), JSON.stringify(out, null, 2));
}
