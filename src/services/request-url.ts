import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { findArticleById } from '../db/repositories/article.repository';
import { insertIngestRequest } from '../db/repositories/ingest-request.repository';
import { withTransaction } from '../db/transaction';
import type { JobQueue } from '../jobs/queue';
import { type Actor, recordAudit } from './audit';
import { AppError, NotFoundError, validationError } from '../errors';
import { checkPublishedDate, httpUrlField } from './article-input';
import { checkFetchAddress } from './fetch-address';
import type { SafeFetchOptions } from '../net';

// the same checks, and words, as an article sent with its text: every field's problem is named at once
const urlRequestSchema = z.object({
  url: httpUrlField,
  title: z.string().trim().max(500, 'must be at most 500 characters').optional(),
  outlet: z.string().trim().max(200, 'must be at most 200 characters').optional(),
  publishedAt: z
    .string()
    .trim()
    .optional()
    .superRefine((v, ctx) => {
      const read = v ? checkPublishedDate(v) : null;
      if (read && 'problem' in read) ctx.addIssue({ code: 'custom', message: read.problem });
    }),
});

/**
 * Records a URL to fetch and enqueues its job in one transaction; the worker fetches it
 * through the SSRF-safe fetcher, whose checks the address passes first (`fetchOptions` holds
 * FETCH_ALLOWED_HOSTS). Title, outlet and date typed by the person override the page's.
 */
export async function requestUrl(
  deps: { dataSource: DataSource; queue?: JobQueue; fetchOptions?: SafeFetchOptions },
  raw: unknown,
  actor: Actor,
): Promise<{ requestId: number }> {
  const parsed = urlRequestSchema.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const queue = deps.queue;
  if (!queue) {
    throw new AppError(503, 'queue_unavailable', 'Fetching from an address needs the background job queue, which is not running here. Paste the text instead.');
  }
  const { url, ...rest } = parsed.data;
  // an address the fetcher would refuse is refused now, on the form, rather than as a failed fetch
  await checkFetchAddress(url, 'Pages', deps.fetchOptions);
  const overrides = Object.fromEntries(Object.entries(rest).filter(([, v]) => v)) as Record<string, string>;
  return withTransaction(deps.dataSource, async (em) => {
    const request = await insertIngestRequest(em, { url, requestedBy: actor.id, overrides });
    await queue.enqueueFetch(em, request.id);
    await recordAudit(em, actor, { action: 'article.fetch_requested', targetType: 'ingest_request', targetId: request.id, after: { url } });
    return { requestId: request.id };
  });
}

/**
 * Fetches the page of a stored article again, to see whether it was edited since: the fetch
 * stores a changed text as the next version of the page (with what changed in its quotes) and
 * reports an unchanged one as a duplicate of the current version. Only for articles that came
 * from a web address; the page's own title, outlet and date are read again.
 */
export async function refetchArticle(deps: { dataSource: DataSource; queue?: JobQueue; fetchOptions?: SafeFetchOptions }, articleId: number, actor: Actor): Promise<{ requestId: number }> {
  const article = await findArticleById(deps.dataSource.manager, articleId);
  if (!article) throw new NotFoundError(`There is no article ${articleId}`);
  // versions of a page are kept by its canonical address, which only a fetched page has
  const url = article.canonicalUrl ? (article.url ?? article.canonicalUrl) : null;
  if (!url || !/^https?:\/\//i.test(url)) {
    throw new AppError(422, 'not_fetched', 'This article was not fetched from the web (it was pasted or imported as text), so there is no page to fetch again.');
  }
  return requestUrl(deps, { url }, actor);
}
