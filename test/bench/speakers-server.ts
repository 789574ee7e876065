// The web app as `npm start` runs it (production view cache, silent logs), on the bench
// database, listening on a free loopback port; prints "listening <port>" when ready.
import 'reflect-metadata';
import pino from 'pino';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createDataSource } from '../../src/db/data-source';

async function main(): Promise<void> {
  const url = process.argv[2];
  // The pool the app would have here (DB_POOL_SIZE, else the configuration's default).
  const ds = createDataSource({ url, poolSize: loadConfig().DB_POOL_SIZE });
  await ds.initialize();
  // Rate limits stay on (their counter is part of each request's cost) but far above what a bench sends.
  const app = createApp({
    dataSource: ds,
    logger: pino({ level: 'silent' }),
    secret: 'bench-secret-bench-secret-bench-secret-00',
    sessionPruneMinutes: 0,
    rateLimits: { search: 1_000_000, verify: 1_000_000, export: 1_000_000 },
  });
  const server = app.listen(0, '127.0.0.1', () => {
    const addr = server.address();
    process.stdout.write(`listening ${typeof addr === 'object' && addr ? addr.port : 0}\n`);
  });
  process.once('SIGTERM', () => {
    server.close();
    server.closeAllConnections();
    (app.locals.close as (() => void) | undefined)?.();
    void ds.destroy().then(() => process.exit(0));
  });
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
