import { Router, type Request } from 'express';
import type { DataSource } from 'typeorm';
import { AppError, ConflictError, ValidationError } from '../../errors';
import { type Authenticator } from '../../services/authenticate';
import { createFirstAdmin } from '../../services/users';
import { requireRole } from '../middleware/auth';

/** Only same-site relative paths are followed after sign-in. */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?![/\\])/.test(next) && next.length < 2000 ? next : '/';
}

function clientIp(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

/** Starts a fresh session for a user: the old session id is discarded (no fixation). */
function signIn(req: Request, userId: number): Promise<void> {
  return new Promise((resolve, reject) =>
    req.session.regenerate((err) => {
      if (err) return reject(err);
      req.session.userId = userId;
      req.session.loginAt = Date.now();
      req.session.seenAt = Date.now();
      req.session.save((e) => (e ? reject(e) : resolve()));
    }),
  );
}

/** Sign-in, sign-out and the one-time setup page of an empty installation. */
export function authRouter(deps: {
  dataSource: DataSource;
  authenticator: Authenticator;
  sessionCookieName: string;
  onSetup(): void;
}): Router {
  const router = Router();

  router.get('/login', requireRole('public'), (req, res) => {
    if (req.user) return res.redirect(303, safeNext(req.query.next));
    if (res.locals.hasUsers === false) return res.redirect(303, '/setup');
    res.render('auth/login', { title: 'Sign in', email: '', next: safeNext(req.query.next), error: null });
  });

  router.post('/login', requireRole('public'), async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const email = typeof body.email === 'string' ? body.email : '';
    const password = typeof body.password === 'string' ? body.password : '';
    const next = safeNext(body.next);
    try {
      const user = await deps.authenticator.login(email, password, clientIp(req));
      await signIn(req, user.id);
      res.redirect(303, next);
    } catch (err) {
      if (!(err instanceof AppError) || (err.status !== 401 && err.status !== 429)) throw err;
      if (err.status === 429) res.setHeader('Retry-After', String((err as AppError & { retryAfter?: number }).retryAfter ?? 60));
      res.status(err.status).render('auth/login', { title: 'Sign in', email, next, error: err.message });
    }
  });

  router.post('/logout', requireRole('public'), (req, res, next) => {
    req.session.destroy((err) => {
      if (err) return next(err);
      res.clearCookie(deps.sessionCookieName, { path: '/' });
      res.redirect(303, '/login?notice=signed-out');
    });
  });

  router.get('/setup', requireRole('public'), (_req, res) => {
    if (res.locals.hasUsers !== false) return res.redirect(303, '/login');
    res.render('auth/setup', { title: 'Set up whosaid', form: { email: '', displayName: '' }, errors: {} });
  });

  router.post('/setup', requireRole('public'), async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    try {
      const admin = await createFirstAdmin(deps, body, clientIp(req));
      deps.onSetup();
      await signIn(req, admin.id);
      res.redirect(303, '/?notice=setup-done');
    } catch (err) {
      if (err instanceof ConflictError) return res.redirect(303, '/login');
      if (!(err instanceof ValidationError)) throw err;
      const form = { email: String(body.email ?? ''), displayName: String(body.displayName ?? '') };
      res.status(422).render('auth/setup', { title: 'Set up whosaid', form, errors: err.details ?? {} });
    }
  });

  return router;
}
