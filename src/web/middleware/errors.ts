import type { ErrorRequestHandler, RequestHandler } from 'express';
import type pino from 'pino';
import { AppError, NotFoundError } from '../../errors';

/** Whether a request wants a JSON answer (the API, or a client that asks for JSON). */
export function wantsJson(req: { path: string; get(name: string): string | undefined }): boolean {
  return req.path.startsWith('/api/') || (req.get('accept') ?? '').startsWith('application/json');
}

/** Any route not matched becomes a 404. */
export function notFound(): RequestHandler {
  return (req, _res, next) => next(new NotFoundError(`Nothing here at ${req.path}`));
}

/**
 * The one error handler: JSON `{error: {code, message, details}}` for the API, the
 * errors/404 or errors/500 page otherwise; stack traces only in development.
 */
export function errorHandler(options: { logger: pino.Logger; showStack: boolean }): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    const known = toAppError(err);
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
    const view = known.status === 404 ? 'errors/404' : known.status >= 500 ? 'errors/500' : 'errors/4xx';
    const title = known.status === 404 ? 'Not found' : 'Something went wrong';
    res.render(view, { title, error: known, stack: options.showStack && err instanceof Error ? err.stack : null }, (renderErr, html) => {
      if (!renderErr) return res.send(html);
      options.logger.error({ err: renderErr, requestId: res.locals.requestId }, 'error page failed to render');
      res.type('text/plain').send(`${title}: ${known.message}`);
    });
  };
}

function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const e = err as { status?: number; statusCode?: number; type?: string; expose?: boolean; message?: string };
  const status = e?.status ?? e?.statusCode;
  if (e?.type === 'entity.too.large') {
    return new AppError(413, 'payload_too_large', 'The submission is too large. Articles can be at most about 1,000,000 characters.');
  }
  if (e?.type === 'entity.parse.failed') return new AppError(400, 'invalid_json', 'The request body is not valid JSON.');
  if (e?.type === 'charset.unsupported' || e?.type === 'encoding.unsupported') {
    return new AppError(415, 'unsupported_encoding', 'The request body must be UTF-8.');
  }
  if (typeof status === 'number' && status >= 400 && status < 500 && e.expose !== false) {
    return new AppError(status, 'bad_request', e.message ?? 'Bad request');
  }
  return new AppError(500, 'internal_error', 'Something went wrong on our side. The error has been logged.');
}
