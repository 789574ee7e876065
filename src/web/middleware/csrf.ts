import { randomBytes } from 'node:crypto';
import { doubleCsrf } from 'csrf-csrf';
import type { Request, RequestHandler } from 'express';
import { AppError } from '../../errors';

const BROWSER_COOKIE = 'whosaid_bid';

/** Options for CSRF protection. */
export interface CsrfOptions {
  secret: string;
  secureCookies: boolean;
}

/**
 * Double-submit CSRF protection for every state-changing form request. The token is
 * bound to a random per-browser cookie, and exposed to templates as `csrfToken`.
 * JSON API calls are exempt: they must be `application/json`, which a cross-site form
 * cannot send without a CORS preflight that whosaid never grants.
 */
export function csrfProtection(options: CsrfOptions): RequestHandler[] {
  const { doubleCsrfProtection, generateCsrfToken } = doubleCsrf({
    getSecret: () => options.secret,
    getSessionIdentifier: (req: Request) => (req.cookies?.[BROWSER_COOKIE] as string | undefined) ?? '',
    cookieName: options.secureCookies ? '__Host-whosaid.csrf' : 'whosaid.csrf',
    cookieOptions: { sameSite: 'lax', secure: options.secureCookies, path: '/', httpOnly: true },
    // File uploads carry the token in the form's action URL: their body is read later, by the upload route.
    getCsrfTokenFromRequest: (req: Request) =>
      ((req.body as Record<string, unknown> | undefined)?._csrf as string | undefined) ??
      (req.is('multipart/form-data') && typeof req.query._csrf === 'string' ? req.query._csrf : undefined),
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
    doubleCsrfProtection(req, res, (err?: unknown) => {
      if (err) {
        return next(
          new AppError(403, 'csrf_invalid', 'This form has expired or was not sent from whosaid. Reload the page and try again.'),
        );
      }
      res.locals.csrfToken = generateCsrfToken(req, res);
      next();
    });
  };
  return [browserId, protect];
}
