import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { ConfigError, loadConfig, type Config } from './config';
import { connectDatabase } from './db/database';
import { EmbeddedPostgresError } from './db/embedded';
import { workFetchArticles } from './jobs/fetch-article.job';
import { workImports } from './jobs/import-batch.job';
import { workFeeds } from './jobs/poll-feeds.job';
import { workTopicRechecks } from './jobs/recheck-topics.job';
import { type JobQueue, startQueue } from './jobs/queue';
import { createLogger } from './logger';

/** Starts the queue and registers every job handler (used by the worker process and, by default, the web process). */
export async function startWorkers(config: Config, dataSource: DataSource, url: string): Promise<JobQueue> {
  const queue = await startQueue(url, { schedule: true });
  const fetchOptions = { allowedHosts: config.FETCH_ALLOWED_HOSTS };
  await workFetchArticles(queue.boss, { dataSource, fetchOptions });
  await workFeeds(queue.boss, { dataSource, queue, fetchOptions });
  await workImports(queue.boss, { dataSource, queue });
  await workTopicRechecks(queue.boss, { dataSource });
  return queue;
}

/** Process entry for background jobs: the same config and database as the web server, no HTTP. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  if (!config.DATABASE_URL) {
    throw new ConfigError([
      'DATABASE_URL: a separate worker needs a shared PostgreSQL server (the embedded one belongs to `npm start`, which runs its own worker)',
    ]);
  }
  const db = await connectDatabase(config, (m) => logger.debug({ postgres: m }));
  const queue = await startWorkers(config, db.dataSource, config.DATABASE_URL);
  logger.info('worker started');
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'worker shutting down');
    await queue.stop();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

if (require.main === module) {
  main().catch((err: unknown) => {
    const known = err instanceof ConfigError || err instanceof EmbeddedPostgresError;
    process.stderr.write(`whosaid worker: ${known ? (err as Error).message : err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}
