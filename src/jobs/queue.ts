import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';

/** Queue names. */
export const QUEUES = { fetchArticle: 'fetch-article', pollFeeds: 'poll-feeds', pollFeed: 'poll-feed', importBatch: 'import-batch' } as const;

/** Retries for a fetch: three more tries, 30 s apart and growing. */
const FETCH_RETRY = { retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInMinutes: 5 } as const;

/** The background job queue (pg-boss, in PostgreSQL's `pgboss` schema). */
export interface JobQueue {
  boss: PgBoss;
  /** Enqueues a fetch in the caller's transaction: the request and its job are stored together or not at all. */
  enqueueFetch(em: EntityManager, requestId: number): Promise<void>;
  /** Queues the processing of an import batch in the caller's transaction. */
  enqueueImport(em: EntityManager, batchId: number): Promise<void>;
  /** Asks for a poll of one feed now (at most one waiting poll per feed). */
  enqueueFeedPoll(feedId: number): Promise<void>;
  stop(): Promise<void>;
}

/** Starts pg-boss on the database (creating or upgrading its schema) and the queues whosaid uses. */
export async function startQueue(url: string, options: { supervise?: boolean; schedule?: boolean } = {}): Promise<JobQueue> {
  const boss = new PgBoss({
    connectionString: url,
    application_name: 'whosaid-jobs',
    max: 4,
    supervise: options.supervise ?? true,
    schedule: options.schedule ?? false,
  });
  boss.on('error', () => undefined); // reported through job states; a lost connection is retried by pg-boss
  await boss.start();
  for (const name of Object.values(QUEUES)) {
    if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, policy: 'standard' });
  }
  return {
    boss,
    async enqueueFetch(em, requestId) {
      const db = { executeSql: async (text: string, values: unknown[]) => ({ rows: await em.query(text, values) }) };
      await boss.send(QUEUES.fetchArticle, { requestId }, { ...FETCH_RETRY, db });
    },
    async enqueueImport(em, batchId) {
      const db = { executeSql: async (text: string, values: unknown[]) => ({ rows: await em.query(text, values) }) };
      // A batch whose worker dies is picked up again after the expiry and continues with its pending rows.
      await boss.send(QUEUES.importBatch, { batchId }, { retryLimit: 5, retryDelay: 10, expireInMinutes: 60, singletonKey: `import-${batchId}`, db });
    },
    async enqueueFeedPoll(feedId) {
      await boss.send(QUEUES.pollFeed, { feedId }, { singletonKey: `feed-${feedId}`, retryLimit: 0, expireInMinutes: 5 });
    },
    async stop() {
      await boss.stop({ graceful: true, timeout: 10_000, wait: true });
    },
  };
}
