import { gzipSync } from 'node:zlib';
import type { DataSource } from 'typeorm';
import { findArticleByHash, findCurrentArticleOfPage } from '../db/repositories/article.repository';
import { findIngestRequest, updateIngestRequest } from '../db/repositories/ingest-request.repository';
import { insertSnapshot } from '../db/repositories/snapshot.repository';
import { AppError, NotFoundError } from '../errors';
import { ExtractError, extractArticle } from '../extract';
import { FetchError, safeFetch, type SafeFetchOptions } from '../net';
import { checkPublishedDate, contentHash, normalizeArticleText } from './article-input';
import { recordPublications } from './article-publications';
import { ingestArticle } from './ingest-article';
import { withTransaction } from '../db/transaction';

/** What fetching needs: the database and the fetcher's settings (FETCH_ALLOWED_HOSTS …). */
export interface UrlIngestDeps {
  dataSource: DataSource;
  fetchOptions?: SafeFetchOptions;
}

/**
 * The key of a request's overrides holding the date a feed gave its item (ISO 8601): unlike the
 * other overrides it gives way to the page's own published date, and is used only when the page has none.
 */
export const FEED_DATE_FALLBACK = 'feedPublishedAt';

/** Fetch errors worth another try later; everything else is final for that URL. */
const TRANSIENT = new Set(['timeout', 'dns_failed', 'connect_failed', 'http_error']);

/**
 * Why a fetch failed for good, whatever the time: the page is not there or not allowed (HTTP 4xx,
 * except 408 Request Timeout and 429 Too Many Requests, which ask to come back later), the address
 * is refused (SSRF guard: scheme, credentials, port, a private address), the content is of a type,
 * size or encoding not accepted, or no article was found on it. Time-outs, names that do not
 * resolve, refused connections, 5xx answers and redirect loops may pass on another try.
 */
const PERMANENT = new Set([
  'invalid_url',
  'blocked_scheme',
  'blocked_credentials',
  'blocked_port',
  'blocked_address',
  'unsupported_content_type',
  'unsupported_encoding',
  'too_large',
  'decompression_bomb',
  'not_an_article',
  'too_complex',
  'bad_encoding',
]);

/** True when fetching the same address again would fail the same way (see PERMANENT). */
export function isPermanentFailure(code: string, message: string): boolean {
  if (code === 'http_error') {
    const status = / status (\d{3})\b/.exec(message)?.[1];
    return !!status && status.startsWith('4') && status !== '408' && status !== '429';
  }
  return PERMANENT.has(code);
}

/** Outcome of one attempt: final (done, duplicate, failed) or to be retried. */
export type UrlAttempt = { final: true; status: 'done' | 'duplicate' | 'failed'; articleId: number | null } | { final: false; error: string };

/**
 * Fetches a requested URL through the SSRF-safe fetcher, extracts the article, and stores
 * it with a compressed snapshot of the page, all in the ingest transaction. A page whose
 * canonical URL is stored with the same text as its current version is a duplicate; the same
 * URL with changed text becomes the next version of that article, also when the text is one
 * stored before (the page went back to the wording of an earlier version). A new page whose
 * text is already stored is a duplicate of that article, recorded as another publication of it. Idempotent: a retry after a crash
 * finds the stored article instead of adding another.
 */
export async function fetchRequestedUrl(deps: UrlIngestDeps, requestId: number, attempt: number, lastAttempt: boolean): Promise<UrlAttempt> {
  const em = deps.dataSource.manager;
  const request = await findIngestRequest(em, requestId);
  if (!request) throw new NotFoundError(`There is no fetch request ${requestId}`);
  if (request.status === 'done' || request.status === 'duplicate' || request.status === 'failed') {
    return { final: true, status: request.status, articleId: request.articleId };
  }
  await updateIngestRequest(em, requestId, { status: 'fetching', attempts: attempt });
  try {
    const page = await safeFetch(request.url, deps.fetchOptions);
    const extracted = extractArticle(page.body, { url: page.finalUrl, contentType: page.headers['content-type'] ?? page.contentType, charset: page.charset });
    const text = normalizeArticleText(extracted.text);
    const canonicalUrl = extracted.canonicalUrl ?? page.finalUrl;
    const hash = contentHash(text);
    // an imported copy of the page, kept under the address it was requested by, is its version too
    const known = await findCurrentArticleOfPage(em, canonicalUrl, [canonicalUrl, request.url]);
    const sameText = known ? (known.contentHash === hash ? known : null) : await findArticleByHash(em, hash);
    const o = request.overrides;
    const input = {
      title: o.title || extracted.title || canonicalUrl,
      text,
      outlet: o.outlet || extracted.siteName || hostOf(canonicalUrl),
      url: request.url,
      publishedAt: o.publishedAt || extracted.publishedAt || usableFallbackDate(o[FEED_DATE_FALLBACK]) || undefined,
    };
    if (sameText) {
      await withTransaction(deps.dataSource, async (tx) => {
        // another page with a stored text (a wire story run by another paper): recorded as another publication of it
        if (!known) {
          const publishedAt = input.publishedAt ? new Date(input.publishedAt) : null;
          const copy = { title: input.title, outlet: input.outlet, url: request.url, canonicalUrl, publishedAt: publishedAt && !Number.isNaN(publishedAt.getTime()) ? publishedAt : null, source: 'url' };
          await recordPublications(tx, [{ articleId: sameText.id, copy }]);
        }
        await updateIngestRequest(tx, requestId, { status: 'duplicate', articleId: sameText.id, errorCode: null, errorMessage: null });
      });
      return { final: true, status: 'duplicate', articleId: sameText.id };
    }
    const result = await ingestArticle(
      deps,
      input,
      'url',
      {
        canonicalUrl,
        byline: extracted.byline,
        language: extracted.language,
        // (read again under the page's lock as the page is stored: another fetch may store a version first)
        page: { canonicalUrl, addresses: [request.url] },
        async afterInsert(tx, articleId) {
          await insertSnapshot(tx, {
            articleId,
            url: request.url,
            finalUrl: page.finalUrl,
            httpStatus: page.status,
            contentType: page.contentType,
            byteLength: page.body.length,
            bodyGzip: gzipSync(page.body),
          });
          await updateIngestRequest(tx, requestId, { status: 'done', articleId, errorCode: null, errorMessage: null });
        },
      },
    );
    if (result.duplicate) await updateIngestRequest(em, requestId, { status: 'duplicate', articleId: result.articleId });
    return { final: true, status: result.duplicate ? 'duplicate' : 'done', articleId: result.articleId };
  } catch (err) {
    const known = err instanceof FetchError || err instanceof ExtractError || err instanceof AppError;
    if (!known) {
      // an unexpected error is retried like a transient one; after the last try the request is closed, so that
      // nothing waits on it for ever (the error itself is logged by the job runner)
      if (lastAttempt) await updateIngestRequest(em, requestId, { status: 'failed', errorCode: 'internal', errorMessage: 'internal error while storing this page' });
      throw err;
    }
    const code = (err as { code: string }).code;
    const message = (err as Error).message;
    const permanent = isPermanentFailure(code, message);
    if (TRANSIENT.has(code) && !permanent && !lastAttempt) {
      await updateIngestRequest(em, requestId, { status: 'queued', errorCode: code, errorMessage: message });
      return { final: false, error: message };
    }
    // an import row that asked for this page is offered a retry only when asking again may succeed
    await updateIngestRequest(em, requestId, { status: 'failed', errorCode: code, errorMessage: message }, { retryable: !permanent });
    return { final: true, status: 'failed', articleId: null };
  }
}

/** A feed item's date, when the article could be stored with it (a day from 1800 to today): else none, and the article stays undated. */
function usableFallbackDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  return 'date' in checkPublishedDate(iso) ? iso : undefined;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
