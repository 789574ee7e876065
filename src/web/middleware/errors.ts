import type { ErrorRequestHandler, RequestHandler } from 'express';
import type pino from 'pino';
import { AppError, NotFoundError } from '../../errors';
import { MAX_ARTICLE_CHARS } from '../../services/article-input';
import { MAX_IMPORT_BYTES } from '../../services/imports';
import { formatBytes } from '../body-limit';

/** Whether a request wants a JSON answer (the API, or a client that asks for JSON). */
export function wantsJson(req: { path: string; get(name: string): string | undefined }): boolean {
  return req.path.startsWith('/api/') || (req.get('accept') ?? '').startsWith('application/json');
}

/** Any route not matched becomes a 404. */
export function notFound(): RequestHandler {
  return (req, _res, next) => next(new NotFoundError(`Nothing here at ${req.path}`));
}

/** The browser tab's title (and the heading) of an error page, by status. */
const TITLES: Record<number, string> = {
  403: 'Not allowed',
  404: 'Not found',
  413: 'Too large to send',
  429: 'Too many requests',
};

/** Title of the error page for a status. */
export function errorTitle(status: number): string {
  return TITLES[status] ?? (status >= 500 ? 'Something went wrong' : 'That did not work');
}

/**
 * The one error handler: JSON `{error: {code, message, details}}` for the API, the
 * errors/404, errors/413, errors/4xx or errors/500 page otherwise; stack traces only in development.
 */
export function errorHandler(options: { logger: pino.Logger; showStack: boolean }): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    const known = toAppError(err, req.path);
    if (known.status >= 500) options.logger.error({ err, requestId: res.locals.requestId }, 'request failed');
    if (res.headersSent) return res.end();
    res.status(known.status);
    if (known.status === 429 && (err as { retryAfter?: number }).retryAfter) {
      res.setHeader('Retry-After', String((err as { retryAfter: number }).retryAfter));
    }
    if (wantsJson(req)) {
      return res.json({
        error: { code: known.code, message: known.message, details: known.details ?? null, requestId: res.locals.requestId },
      });
    }
    // a feed reader or a download gets the message as plain text, not a page it would show as a feed or save as a file
    if (/(\.atom|\.csv|\/export)$/.test(req.path)) return res.type('text/plain').send(`${known.message}\n`);
    res.locals.path ??= req.path;
    res.locals.notice ??= null;
    res.locals.csrfToken ??= '';
    res.locals.user ??= req.user ?? null;
    res.locals.anonymousRead ??= false;
    const tooLarge = bodyTooLarge(known);
    const view = known.status === 404 ? 'errors/404' : tooLarge ? 'errors/413' : known.status >= 500 ? 'errors/500' : 'errors/4xx';
    const title = errorTitle(known.status);
    const locals = {
      title,
      error: known,
      stack: options.showStack && err instanceof Error ? err.stack : null,
      tooLarge: tooLarge && {
        limit: formatBytes(tooLarge.limitBytes),
        size: tooLarge.sizeBytes ? formatBytes(tooLarge.sizeBytes) : null,
        // the paste form posts to /articles: the advice is about an article's text
        article: req.path === '/articles',
        back: req.path === '/articles' ? '/articles/new' : sameSiteReferrer(req),
        maxArticleChars: MAX_ARTICLE_CHARS.toLocaleString('en'),
        maxImport: formatBytes(MAX_IMPORT_BYTES),
      },
    };
    res.render(view, locals, (renderErr, html) => {
      if (!renderErr) return res.send(html);
      options.logger.error({ err: renderErr, requestId: res.locals.requestId }, 'error page failed to render');
      res.type('text/plain').send(`${title}: ${known.message}`);
    });
  };
}

/** The limit and size of a request body refused for its size, when that is what the error is. */
function bodyTooLarge(error: AppError): { limitBytes: number; sizeBytes: number | null } | null {
  const d = error.details as { limitBytes?: unknown; sizeBytes?: unknown } | undefined;
  if (error.status !== 413 || typeof d?.limitBytes !== 'number') return null;
  return { limitBytes: d.limitBytes, sizeBytes: typeof d.sizeBytes === 'number' ? d.sizeBytes : null };
}

/** The page the request came from, when it is one of ours; else the dashboard. */
function sameSiteReferrer(req: { get(name: string): string | undefined }): string {
  const referrer = req.get('referer');
  if (!referrer || !URL.canParse(referrer)) return '/';
  const u = new URL(referrer);
  return u.host === req.get('host') ? `${u.pathname}${u.search}` : '/';
}

function toAppError(err: unknown, path: string): AppError {
  if (err instanceof AppError) return err;
  const e = err as { status?: number; statusCode?: number; type?: string; expose?: boolean; message?: string; limit?: unknown; length?: unknown };
  const status = e?.status ?? e?.statusCode;
  if (e?.type === 'entity.too.large') return bodyTooLargeError(path, e.limit, e.length);
  if (e?.type === 'entity.parse.failed') return new AppError(400, 'invalid_json', 'The request body is not valid JSON.');
  if (e?.type === 'charset.unsupported' || e?.type === 'encoding.unsupported') {
    return new AppError(415, 'unsupported_encoding', 'The request body must be UTF-8.');
  }
  if (typeof status === 'number' && status >= 400 && status < 500 && e.expose !== false) {
    return new AppError(status, 'bad_request', e.message ?? 'Bad request');
  }
  return new AppError(500, 'internal_error', 'Something went wrong on our side. The error has been logged.');
}

/**
 * A body over the limit (BODY_LIMIT, or an import's own): what the limit is, that nothing was
 * stored, and, for an article, what to do instead. The body parser gives the limit and the size.
 */
function bodyTooLargeError(path: string, limit: unknown, length: unknown): AppError {
  const limitBytes = typeof limit === 'number' ? limit : null;
  const sizeBytes = typeof length === 'number' && length > 0 ? length : null;
  const what = sizeBytes ? `The request is ${formatBytes(sizeBytes)}, more than` : 'The request is larger than';
  const limitText = limitBytes ? `the ${formatBytes(limitBytes)} whosaid accepts in one request` : 'whosaid accepts in one request';
  let message = `${what} ${limitText}. Nothing was stored.`;
  if (path === '/api/v1/articles' || path === '/articles') {
    message +=
      ` An article's text can have at most ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters: shorten it, send the articles as an import file ` +
      `(${path === '/articles' ? '/imports' : 'POST /api/v1/imports'}, up to ${formatBytes(MAX_IMPORT_BYTES)}), or send only the article's address (url) for whosaid to fetch.`;
  }
  return new AppError(413, 'payload_too_large', message, limitBytes ? { limitBytes, sizeBytes } : undefined);
}
