import type PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import { processImport } from '../services/imports';
import { type JobQueue, QUEUES } from './queue';

/** Works import batches, one at a time per worker. */
export async function workImports(boss: PgBoss, deps: { dataSource: DataSource; queue: JobQueue }): Promise<void> {
  await boss.work<{ batchId: number }>(QUEUES.importBatch, { pollingIntervalSeconds: 1 }, async ([job]) => processImport(deps, job.data.batchId));
}
