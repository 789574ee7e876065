import { type EntityManager, MoreThan } from 'typeorm';
import { ImportBatchEntity } from '../entities/import-batch.entity';
import { ImportRowEntity, type ImportRowStatus } from '../entities/import-row.entity';

/** Creates a batch. */
export function insertImportBatch(
  em: EntityManager,
  data: Pick<ImportBatchEntity, 'filename' | 'format' | 'encoding' | 'totalRows' | 'createdBy'>,
): Promise<ImportBatchEntity> {
  const repo = em.getRepository(ImportBatchEntity);
  return repo.save(repo.create({ ...data, status: 'queued' }));
}

/** Inserts a batch's rows, a thousand per statement. */
export async function insertImportRows(
  em: EntityManager,
  rows: Array<Pick<ImportRowEntity, 'batchId' | 'rowNumber' | 'payload' | 'status' | 'error'>>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    // a row that could not be read fails as it is again: it is not retried
    await em.query(
      `INSERT INTO import_rows (batch_id, row_number, payload, status, error, retryable)
       SELECT b, n, p, s, e, p IS NOT NULL FROM unnest($1::int[], $2::int[], $3::jsonb[], $4::text[], $5::text[]) AS x(b, n, p, s, e)`,
      [
        chunk.map((r) => r.batchId),
        chunk.map((r) => r.rowNumber),
        chunk.map((r) => (r.payload === null ? null : JSON.stringify(r.payload))),
        chunk.map((r) => r.status),
        chunk.map((r) => r.error),
      ],
    );
  }
}

/** One batch by id. */
export function findImportBatch(em: EntityManager, id: number): Promise<ImportBatchEntity | null> {
  return em.getRepository(ImportBatchEntity).findOne({ where: { id } });
}

/** The newest batches. */
export function listImportBatches(em: EntityManager, limit: number): Promise<ImportBatchEntity[]> {
  return em.getRepository(ImportBatchEntity).find({ order: { id: 'DESC' }, take: limit });
}

/** Changes a batch's state. */
export async function updateImportBatch(em: EntityManager, id: number, changes: Partial<ImportBatchEntity>): Promise<void> {
  await em.getRepository(ImportBatchEntity).update({ id }, changes);
}

/** The next rows waiting in a batch, in file order. */
export function nextPendingRows(em: EntityManager, batchId: number, limit: number): Promise<ImportRowEntity[]> {
  return em
    .getRepository(ImportRowEntity)
    .createQueryBuilder('r')
    .where(`r.batch_id = :batchId AND r.status = 'pending' AND (r.claimed_until IS NULL OR r.claimed_until < now())`, { batchId })
    .orderBy('r.row_number', 'ASC')
    .take(limit)
    .getMany();
}

/** Records a row's outcome (TypeORM sets updated_at with it, which importProgressCounts reads). */
export async function updateImportRow(
  em: EntityManager,
  id: number,
  changes: Partial<Pick<ImportRowEntity, 'status' | 'error' | 'retryable' | 'articleId' | 'ingestRequestId' | 'attempts'>>,
): Promise<void> {
  await em.getRepository(ImportRowEntity).update({ id }, changes);
}

/** Rows per state in a batch. */
export async function countImportRows(em: EntityManager, batchId: number): Promise<Record<ImportRowStatus, number>> {
  const rows: Array<{ status: ImportRowStatus; n: number }> = await em.query(
    'SELECT status, count(*)::int AS n FROM import_rows WHERE batch_id = $1 GROUP BY status',
    [batchId],
  );
  const counts: Record<ImportRowStatus, number> = { pending: 0, done: 0, duplicate: 0, fetching: 0, failed: 0 };
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}

/** A batch's failed rows in file order, from the row after `afterRow` (keyset, for reading them all a page at a time). */
export function listFailedRows(em: EntityManager, batchId: number, limit: number, afterRow = 0): Promise<ImportRowEntity[]> {
  return em
    .getRepository(ImportRowEntity)
    .find({ where: { batchId, status: 'failed', rowNumber: MoreThan(afterRow) }, order: { rowNumber: 'ASC' }, take: limit });
}

/**
 * Marks the start of a run over a batch's pending rows. A run that carries on after another
 * worker's (or after a wait for claimed rows) keeps its start; a retry clears it (see
 * retryFailedRows), so rate and time left measure the current run. Database time, like the
 * rows' updated_at it is compared with.
 */
export async function startImportRun(em: EntityManager, id: number): Promise<void> {
  await em.query(`UPDATE import_batches SET status = 'running', started_at = coalesce(started_at, now()), finished_at = NULL WHERE id = $1`, [id]);
}

/** Marks a batch's run finished. */
export async function finishImportRun(em: EntityManager, id: number): Promise<void> {
  await em.query(`UPDATE import_batches SET status = 'done', finished_at = now() WHERE id = $1`, [id]);
}

/**
 * What the progress page shows of a batch, in one statement over its rows: how many are in each
 * state, and how many got their outcome in the current run (since the batch was last started),
 * with the run's length, for the rate and the time left.
 */
export async function importProgressCounts(
  em: EntityManager,
  batchId: number,
): Promise<{ counts: Record<ImportRowStatus, number>; handled: number; seconds: number | null; convertedFromHtml: number; retryable: number }> {
  const [row]: Array<Record<ImportRowStatus, number> & { handled: number; seconds: number | null; converted: number; retryable: number }> = await em.query(
    `SELECT count(*) FILTER (WHERE r.status = 'pending')::int AS pending, count(*) FILTER (WHERE r.status = 'done')::int AS done,
            count(*) FILTER (WHERE r.converted_from_html AND r.status IN ('done', 'duplicate'))::int AS converted,
            count(*) FILTER (WHERE r.status = 'duplicate')::int AS duplicate, count(*) FILTER (WHERE r.status = 'fetching')::int AS fetching,
            count(*) FILTER (WHERE r.status = 'failed')::int AS failed,
            count(*) FILTER (WHERE r.status = 'failed' AND r.retryable AND r.payload IS NOT NULL)::int AS retryable,
            count(*) FILTER (WHERE r.status <> 'pending' AND r.updated_at >= b.started_at)::int AS handled,
            extract(epoch FROM coalesce(b.finished_at, now()) - b.started_at)::float8 AS seconds
       FROM import_batches b LEFT JOIN import_rows r ON r.batch_id = b.id
      WHERE b.id = $1 GROUP BY b.id`,
    [batchId],
  );
  if (!row) return { counts: { pending: 0, done: 0, duplicate: 0, fetching: 0, failed: 0 }, handled: 0, seconds: null, convertedFromHtml: 0, retryable: 0 };
  const { handled, seconds, converted, retryable, ...counts } = row;
  return { counts, handled, seconds, convertedFromHtml: converted, retryable };
}

/** Puts a batch's failed rows a retry may store back in the queue; returns how many. */
export async function resetFailedRows(em: EntityManager, batchId: number): Promise<number> {
  const rows: unknown[] = await em.query(
    `UPDATE import_rows SET status = 'pending', error = NULL, claimed_until = NULL, updated_at = now()
      WHERE batch_id = $1 AND status = 'failed' AND payload IS NOT NULL AND retryable RETURNING id`,
    [batchId],
  );
  const list = Array.isArray(rows[0]) ? (rows[0] as unknown[]) : rows;
  return list.length;
}

/**
 * Claims a pending row for two minutes (a row takes well under a second), so two workers on
 * the same batch never store the same row twice; a claim left by a crashed worker lapses and
 * the row is claimed again.
 */
export async function claimImportRow(em: EntityManager, id: number): Promise<boolean> {
  const res: unknown[] = await em.query(
    `UPDATE import_rows SET attempts = attempts + 1, claimed_until = now() + interval '2 minutes'
      WHERE id = $1 AND status = 'pending' AND (claimed_until IS NULL OR claimed_until < now()) RETURNING id`,
    [id],
  );
  const rows = Array.isArray(res[0]) ? (res[0] as unknown[]) : res;
  return rows.length > 0;
}

/** Batches that still have rows to do (resumed when a worker starts, e.g. after a crash). */
export async function findUnfinishedBatchIds(em: EntityManager): Promise<number[]> {
  const rows: Array<{ id: number }> = await em.query(
    `SELECT b.id FROM import_batches b WHERE b.status <> 'done'
        AND EXISTS (SELECT 1 FROM import_rows r WHERE r.batch_id = b.id AND r.status = 'pending') ORDER BY b.id`,
  );
  return rows.map((r) => r.id);
}

/**
 * Claims pending rows for two minutes (see claimImportRow) in one statement; returns the ids
 * this worker got.
 */
export async function claimImportRows(em: EntityManager, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const res: unknown[] = await em.query(
    `UPDATE import_rows SET attempts = attempts + 1, claimed_until = now() + interval '2 minutes'
      WHERE id = ANY($1::int[]) AND status = 'pending' AND (claimed_until IS NULL OR claimed_until < now()) RETURNING id`,
    [ids],
  );
  const rows = (Array.isArray(res[0]) ? res[0] : res) as Array<{ id: number }>;
  return new Set(rows.map((r) => r.id));
}

/** Records the outcome of several rows in one statement. */
export async function setImportRowOutcomes(
  em: EntityManager,
  rows: Array<{ id: number; status: ImportRowStatus; articleId: number | null; error: string | null; retryable?: boolean; convertedFromHtml?: boolean }>,
): Promise<void> {
  if (rows.length === 0) return;
  await em.query(
    `UPDATE import_rows r SET status = x.status, article_id = x.article_id, error = x.error, retryable = x.retryable, converted_from_html = x.converted, updated_at = now()
       FROM unnest($1::int[], $2::text[], $3::int[], $4::text[], $5::boolean[], $6::boolean[]) AS x(id, status, article_id, error, converted, retryable)
      WHERE r.id = x.id`,
    [rows.map((r) => r.id), rows.map((r) => r.status), rows.map((r) => r.articleId), rows.map((r) => r.error), rows.map((r) => r.convertedFromHtml === true), rows.map((r) => r.retryable !== false)],
  );
}
