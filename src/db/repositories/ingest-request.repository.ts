import type { EntityManager } from 'typeorm';
import { IngestRequestEntity, type IngestRequestStatus } from '../entities/ingest-request.entity';

/** Records a URL to fetch. */
export function insertIngestRequest(
  em: EntityManager,
  data: { url: string; requestedBy: number | null; overrides: Record<string, string> },
): Promise<IngestRequestEntity> {
  const repo = em.getRepository(IngestRequestEntity);
  return repo.save(repo.create({ ...data, status: 'queued', attempts: 0, errorCode: null, errorMessage: null, articleId: null }));
}

/** One request by id. */
export function findIngestRequest(em: EntityManager, id: number): Promise<IngestRequestEntity | null> {
  return em.getRepository(IngestRequestEntity).findOne({ where: { id } });
}

/**
 * Moves a request to a new state. A final state (done, duplicate, failed) also settles the
 * import rows that handed this URL to the fetcher, in the same transaction, so an import's
 * progress counts and failed rows include the pages it asked for. A failed row is offered a
 * retry unless `settle.retryable` is false (the page failed for a reason asking again will not
 * change: a 404, a refused address, not an article).
 */
export async function updateIngestRequest(
  em: EntityManager,
  id: number,
  changes: Partial<{ status: IngestRequestStatus; attempts: number; errorCode: string | null; errorMessage: string | null; articleId: number | null }>,
  settle: { retryable?: boolean } = {},
): Promise<void> {
  await em.getRepository(IngestRequestEntity).update({ id }, changes);
  const status = changes.status;
  if (status === 'done' || status === 'duplicate' || status === 'failed') {
    await em.query(
      `UPDATE import_rows SET status = $2, article_id = $3, error = $4, retryable = $5, claimed_until = NULL
        WHERE ingest_request_id = $1 AND status = 'fetching'`,
      [
        id,
        status,
        status === 'failed' ? null : (changes.articleId ?? null),
        status === 'failed' ? (changes.errorMessage ?? 'the page could not be fetched') : null,
        status !== 'failed' || settle.retryable !== false,
      ],
    );
  }
}

/** The newest requests, for the fetch list. */
export function listIngestRequests(em: EntityManager, limit: number): Promise<IngestRequestEntity[]> {
  return em.getRepository(IngestRequestEntity).find({ order: { id: 'DESC' }, take: limit });
}
