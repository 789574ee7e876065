import type PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import { findUnfinishedBatchIds } from '../db/repositories/import.repository';
import { withTransaction } from '../db/transaction';
import { processImport } from '../services/imports';
import { type JobQueue, QUEUES } from './queue';

/**
 * Works import batches, one at a time per worker. At start, batches left unfinished (their
 * worker was killed) are queued again; rows the dead worker had claimed come free within two
 * minutes, and nothing already stored is stored twice.
 */
export async function workImports(boss: PgBoss, deps: { dataSource: DataSource; queue: JobQueue }): Promise<void> {
  for (const batchId of await findUnfinishedBatchIds(deps.dataSource.manager)) {
    await withTransaction(deps.dataSource, (em) => deps.queue.enqueueImport(em, batchId));
  }
  await boss.work<{ batchId: number }>(QUEUES.importBatch, { pollingIntervalSeconds: 1 }, async ([job]) => processImport(deps, job.data.batchId));
}
