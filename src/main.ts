import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { createApp } from './app';
import { ConfigError, loadConfig, showsErrorDetails } from './config';
import { connectDatabase } from './db/database';
import { EmbeddedPostgresError } from './db/embedded';
import { startQueue } from './jobs/queue';
import { createLogger } from './logger';
import { startWorkers } from './worker';

/** Starts whosaid: config → database (embedded unless DATABASE_URL) → migrations → HTTP. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  if (!config.DATABASE_URL) logger.info({ dataDir: config.DATA_DIR }, 'starting embedded PostgreSQL');
  const db = await connectDatabase(config, (m) => logger.debug({ postgres: m }));
  if (db.applied.length) logger.info({ migrations: db.applied }, 'applied migrations');
  const url = config.DATABASE_URL ?? db.embedded!.url;
  const queue = config.RUN_WORKER ? await startWorkers(config, db.dataSource, url) : await startQueue(url, { supervise: false });
  if (!config.SESSION_SECRET) logger.warn('SESSION_SECRET is not set: using a random secret, open forms break on restart');

  const app = createApp({
    dataSource: db.dataSource,
    queue,
    fetchOptions: { allowedHosts: config.FETCH_ALLOWED_HOSTS },
    logger,
    secret: config.SESSION_SECRET ?? randomBytes(32).toString('hex'),
    secureCookies: config.COOKIE_SECURE,
    bodyLimit: config.BODY_LIMIT,
    showErrorDetails: showsErrorDetails(config),
    sessionIdleMinutes: config.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: config.SESSION_ABSOLUTE_HOURS,
    rateLimits: {
      search: config.RATE_LIMIT_SEARCH,
      verify: config.RATE_LIMIT_VERIFY,
      export: config.RATE_LIMIT_EXPORT,
      windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS,
    },
  });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.PORT, config.HOST, () => resolve(s));
    s.once('error', reject);
  }).catch(async (err: NodeJS.ErrnoException) => {
    await db.close();
    if (err.code === 'EADDRINUSE') throw new ConfigError([`PORT: ${config.PORT} is already in use; set PORT to a free port`]);
    throw err;
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const shown = config.HOST === '0.0.0.0' ? 'localhost' : config.HOST;
  logger.info({ port }, 'whosaid is listening');
  process.stdout.write(`whosaid is running at http://${shown}:${port}/\n`);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => process.exit(1), 20_000).unref();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
    await queue.stop();
    (app.locals.close as () => void)();
    await db.close();
    clearTimeout(timer);
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof EmbeddedPostgresError) {
    process.stderr.write(`whosaid: ${err.message}\n`);
  } else {
    process.stderr.write(`whosaid: could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  }
  process.exit(1);
});
