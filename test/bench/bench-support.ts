/**
 * Pieces shared by the HTTP benchmarks: arguments, percentiles, a keep-alive GET, signing in
 * through the real login form, the app in its own process, and the dedicated bench database
 * (BENCH_DATABASE_URL, or an embedded PostgreSQL under /tmp — never the dev `.data`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedServer } from '../../src/db/embedded';

const root = path.resolve(__dirname, '..', '..');

/** `--name=value` as a number, else `fallback`. */
export function arg(args: string[], name: string, fallback: number): number {
  const hit = args.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.split('=')[1]) : fallback;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Count, p50, p95, p99 and max of latencies in ms, rounded to 0.1. */
export function summary(latencies: number[]) {
  const s = [...latencies].sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 10) / 10;
  return { n: s.length, p50: r(percentile(s, 50)), p95: r(percentile(s, 95)), p99: r(percentile(s, 99)), max: r(s[s.length - 1]) };
}

/** One GET on a keep-alive agent: status, time in ms, body. */
export function get(agent: http.Agent, port: number, pathname: string, cookie: string): Promise<{ status: number; ms: number; body: string }> {
  const t0 = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: pathname, agent, headers: { cookie } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: Number(process.hrtime.bigint() - t0) / 1e6, body }));
    });
    req.on('error', reject);
  });
}

/** Signs in through the real login form and returns the cookie header to send. */
export async function signIn(port: number, email: string, password: string): Promise<string> {
  const agent = new http.Agent({ keepAlive: false });
  const jar = new Map<string, string>();
  const request = (method: string, pathname: string, body?: string) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const headers: Record<string, string> = { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') };
      if (body) headers['content-type'] = 'application/x-www-form-urlencoded';
      const req = http.request({ host: '127.0.0.1', port, path: pathname, method, agent, headers }, (res) => {
        for (const c of res.headers['set-cookie'] ?? []) {
          const [pair] = c.split(';');
          const i = pair.indexOf('=');
          jar.set(pair.slice(0, i), pair.slice(i + 1));
        }
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on('error', reject);
      req.end(body);
    });
  const form = await request('GET', '/login');
  const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)?.[1] ?? '';
  const res = await request('POST', '/login', new URLSearchParams({ email, password, _csrf: csrf }).toString());
  if (res.status !== 303) throw new Error(`bench sign-in failed: ${res.status}`);
  return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
}

/**
 * Starts the web app (speakers-server.ts) in its own process on the bench database; resolves with its port.
 * BENCH_SERVER_NODE_ARGS adds Node options to that process only (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`).
 */
export function startServer(url: string): Promise<{ port: number; child: ChildProcess }> {
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', path.join(__dirname, 'speakers-server.ts'), url], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += String(d);
      const m = /listening (\d+)/.exec(out);
      if (m) resolve({ port: Number(m[1]), child });
    });
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
}

/** Stops a server started by startServer and waits for it to exit. */
export async function stopServer(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null) return;
  child.kill('SIGTERM');
  await new Promise((res) => child.once('exit', res));
}

/**
 * The bench database: BENCH_DATABASE_URL, or an embedded PostgreSQL with its data in
 * BENCH_DATA_DIR (default `dir`) on BENCH_PG_PORT (default `port`).
 */
export async function openBenchDatabase(
  dir: string,
  port: number,
  database: string,
  settings?: Record<string, string>,
): Promise<{ url: string; embedded: EmbeddedServer | null }> {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL, embedded: null };
  const base = process.env.BENCH_DATA_DIR ?? dir;
  fs.mkdirSync(base, { recursive: true, mode: 0o755 });
  fs.chmodSync(base, 0o755);
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(base, 'data'), port: Number(process.env.BENCH_PG_PORT ?? port), database, settings });
  return { url: embedded.url, embedded };
}

/**
 * `clients` concurrent clients, each with its own session cookie, sending requests for
 * `seconds`: each takes the next item in turn. Returns every latency, the failures and the
 * elapsed time.
 */
export async function concurrentLoad<T>(
  items: readonly T[],
  cookies: readonly string[],
  seconds: number,
  request: (item: T, cookie: string) => Promise<number>,
): Promise<{ latencies: number[]; errors: number; elapsed: number }> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const until = Date.now() + seconds * 1000;
  const t0 = Date.now();
  await Promise.all(
    cookies.map(async (cookie) => {
      while (Date.now() < until) {
        const item = items[next++ % items.length];
        try {
          latencies.push(await request(item, cookie));
        } catch {
          errors++;
        }
      }
    }),
  );
  return { latencies, errors, elapsed: (Date.now() - t0) / 1000 };
}
