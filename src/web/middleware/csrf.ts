import { randomBytes } from 'node:crypto';
import { doubleCsrf } from 'csrf-csrf';
import type { Request, RequestHandler, Response } from 'express';
import { AppError } from '../../errors';

const BROWSER_COOKIE = 'whosaid_bid';

/** Options for CSRF protection. */
export interface CsrfOptions {
  secret: string;
  secureCookies: boolean;
  /**
   * Paths whose multipart POSTs (file uploads) are checked by their own route, once the upload
   * parser has read the form's fields: `verifyUploadCsrf` before the file is accepted. Any other
   * multipart request is checked here, finds no token in its unread body, and is refused.
   */
  uploadPaths?: readonly string[];
}

/** What the upload route calls: whether the form's `_csrf` field (read by the upload parser) is valid. Answers once per request. */
interface DeferredCheck {
  result: boolean | null;
  check: () => boolean;
}

/**
 * Whether a deferred upload's CSRF token is valid. True for a request whose token was already
 * checked by the global middleware (not a deferred upload). Call it when the upload parser has
 * read the fields before the file (its file filter), and again after parsing (a form with no file).
 */
export function verifyUploadCsrf(res: Response): boolean {
  const deferred = res.locals.csrfDeferred as DeferredCheck | undefined;
  if (!deferred) return true;
  deferred.result ??= deferred.check();
  return deferred.result;
}

/** The error a refused form gets. */
export function csrfError(): AppError {
  return new AppError(403, 'csrf_invalid', 'This form has expired or was not sent from whosaid. Reload the page and try again.');
}

/**
 * Double-submit CSRF protection for every state-changing form request. The token is
 * bound to a random per-browser cookie, and exposed to templates as `csrfToken`.
 * JSON API calls are exempt: they must be `application/json`, which a cross-site form
 * cannot send without a CORS preflight that whosaid never grants.
 */
export function csrfProtection(options: CsrfOptions): RequestHandler[] {
  const uploadPaths = new Set(options.uploadPaths ?? []);
  const { doubleCsrfProtection, generateCsrfToken, validateRequest } = doubleCsrf({
    getSecret: () => options.secret,
    getSessionIdentifier: (req: Request) => (req.cookies?.[BROWSER_COOKIE] as string | undefined) ?? '',
    cookieName: options.secureCookies ? '__Host-whosaid.csrf' : 'whosaid.csrf',
    cookieOptions: { sameSite: 'lax', secure: options.secureCookies, path: '/', httpOnly: true },
    getCsrfTokenFromRequest: (req: Request) => (req.body as Record<string, unknown> | undefined)?._csrf as string | undefined,
    skipCsrfProtection: (req: Request) => req.path.startsWith('/api/'),
    errorConfig: { statusCode: 403, message: 'invalid csrf token', code: 'csrf_invalid' },
  });

  const browserId: RequestHandler = (req, res, next) => {
    if (!req.cookies?.[BROWSER_COOKIE]) {
      const id = randomBytes(18).toString('base64url');
      req.cookies = { ...(req.cookies ?? {}), [BROWSER_COOKIE]: id };
      res.cookie(BROWSER_COOKIE, id, { httpOnly: true, sameSite: 'lax', secure: options.secureCookies, path: '/' });
    }
    next();
  };

  const protect: RequestHandler = (req, res, next) => {
    // An upload's fields are read by its route's parser: the token is checked there, before the file is taken.
    if (req.method === 'POST' && uploadPaths.has(req.path) && req.is('multipart/form-data')) {
      const deferred: DeferredCheck = { result: null, check: () => validateRequest(req) };
      res.locals.csrfDeferred = deferred;
      return next();
    }
    doubleCsrfProtection(req, res, (err?: unknown) => {
      if (err) return next(csrfError());
      res.locals.csrfToken = generateCsrfToken(req, res);
      next();
    });
  };
  return [browserId, protect];
}
