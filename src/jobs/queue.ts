import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';

/** Queue names. */
export const QUEUES = { fetchArticle: 'fetch-article', pollFeeds: 'poll-feeds', pollFeed: 'poll-feed', importBatch: 'import-batch', recheckTopics: 'recheck-topics' } as const;

/** Retries for a fetch: three more tries, 30 s apart and growing. */
const FETCH_RETRY = { retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInMinutes: 5 } as const;

/** The background job queue (pg-boss, in PostgreSQL's `pgboss` schema). */
export interface JobQueue {
  boss: PgBoss;
  /** Enqueues a fetch in the caller's transaction: the request and its job are stored together or not at all. */
  enqueueFetch(em: EntityManager, requestId: number): Promise<void>;
  /** Queues the processing of an import batch in the caller's transaction. */
  enqueueImport(em: EntityManager, batchId: number): Promise<void>;
  /** Queues the recheck of topics an editor's change touched, in the caller's transaction (see topic-rechecks). */
  enqueueTopicRechecks(em: EntityManager, topicIds: number[]): Promise<void>;
  /** Asks for a poll of one feed now (at most one waiting poll per feed). */
  enqueueFeedPoll(feedId: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Errors of two processes creating the same queue at once (the web app and the worker start
 * together): pg-boss's queue creation runs DDL, which can deadlock with the other's, or find
 * the queue's table or row already made.
 */
const RACE_CODES = new Set(['40P01', '23505', '42P07']);

/** Creates the queue unless it exists; when another process is creating it at the same moment, looks again. */
async function ensureQueue(boss: PgBoss, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, policy: 'standard' });
      return;
    } catch (err) {
      if (attempt >= 5 || !RACE_CODES.has((err as { code?: string }).code ?? '')) throw err;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.floor(Math.random() * 50)));
    }
  }
}

/** Starts pg-boss on the database (creating or upgrading its schema) and the queues whosaid uses. */
export async function startQueue(url: string, options: { supervise?: boolean; schedule?: boolean; schema?: string } = {}): Promise<JobQueue> {
  const boss = new PgBoss({
    connectionString: url,
    schema: options.schema ?? 'pgboss',
    application_name: 'whosaid-jobs',
    max: 4,
    supervise: options.supervise ?? true,
    schedule: options.schedule ?? false,
  });
  boss.on('error', () => undefined); // reported through job states; a lost connection is retried by pg-boss
  await boss.start();
  for (const name of Object.values(QUEUES)) await ensureQueue(boss, name);
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
    async enqueueTopicRechecks(em, topicIds) {
      const db = { executeSql: async (text: string, values: unknown[]) => ({ rows: await em.query(text, values) }) };
      // A recheck a worker died in is taken up again: the topics still marked are rechecked, the others skipped.
      await boss.send(QUEUES.recheckTopics, { topicIds }, { retryLimit: 5, retryDelay: 10, expireInMinutes: 30, db });
    },
    async enqueueFeedPoll(feedId) {
      await boss.send(QUEUES.pollFeed, { feedId }, { singletonKey: `feed-${feedId}`, retryLimit: 0, expireInMinutes: 5 });
    },
    async stop() {
      await boss.stop({ graceful: true, timeout: 10_000, wait: true });
    },
  };
}
