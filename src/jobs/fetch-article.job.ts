import type PgBoss from 'pg-boss';
import { fetchRequestedUrl, type UrlIngestDeps } from '../services/ingest-url';
import { QUEUES } from './queue';

/**
 * Works the fetch queue with `concurrency` pollers: each job fetches one requested URL; a
 * transient failure is thrown so pg-boss retries it later.
 */
export async function workFetchArticles(boss: PgBoss, deps: UrlIngestDeps, concurrency = 2): Promise<void> {
  for (let i = 0; i < concurrency; i++) {
    await boss.work<{ requestId: number }>(
      QUEUES.fetchArticle,
      { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: 1 },
      async ([job]) => {
        const result = await fetchRequestedUrl(deps, job.data.requestId, job.retryCount + 1, job.retryCount >= job.retryLimit);
        if (!result.final) throw new Error(result.error);
        return result;
      },
    );
  }
}
