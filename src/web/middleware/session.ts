import connectPgSimple from 'connect-pg-simple';
import type { RequestHandler } from 'express';
import session from 'express-session';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { findUserById } from '../../db/repositories/user.repository';
import { userForToken } from '../../services/api-tokens';

declare module 'express-session' {
  interface SessionData {
    userId: number;
    loginAt: number;
  }
}

/** Session lifetimes. */
export interface SessionOptions {
  secret: string;
  secureCookies: boolean;
  idleMinutes: number;
  absoluteHours: number;
  /** Minutes between deletions of expired sessions; 0 turns pruning off (tests). */
  pruneMinutes?: number;
}

/**
 * Sessions stored in PostgreSQL (connect-pg-simple). The cookie is HttpOnly, SameSite=Lax,
 * Secure behind HTTPS, and rolls with activity (idle timeout); `loginAt` caps the total age.
 */
/** The session cookie's name (the __Host- prefix needs HTTPS). */
export function sessionCookieName(secureCookies: boolean): string {
  return secureCookies ? '__Host-whosaid.sid' : 'whosaid.sid';
}

export function sessions(dataSource: DataSource, options: SessionOptions): { middleware: RequestHandler; close(): void } {
  const PgStore = connectPgSimple(session);
  const store = new PgStore({
    pool: (dataSource.driver as PostgresDriver).master,
    tableName: 'http_sessions',
    createTableIfMissing: false,
    pruneSessionInterval: options.pruneMinutes === 0 ? false : (options.pruneMinutes ?? 15) * 60,
  });
  const middleware = session({
    name: sessionCookieName(options.secureCookies),
    secret: options.secret,
    store,
    resave: false,
    saveUninitialized: false,
    rolling: true,
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      secure: options.secureCookies,
      path: '/',
      maxAge: options.idleMinutes * 60_000,
    },
  });
  return { middleware, close: () => store.close() };
}

/**
 * Sets `req.user` from a bearer token (API) or the session; a session older than the
 * absolute limit, or of a disabled or deleted user, is ended.
 */
export function loadUser(deps: { dataSource: DataSource; absoluteHours: number }): RequestHandler {
  return async (req, res, next) => {
    const auth = req.get('authorization');
    if (auth?.startsWith('Bearer ')) {
      const user = await userForToken(deps, auth.slice(7).trim());
      if (user) req.user = user;
      else res.locals.badToken = true;
      return next();
    }
    const s = req.session;
    if (s?.userId) {
      const expired = !s.loginAt || Date.now() - s.loginAt > deps.absoluteHours * 3_600_000;
      const user = expired ? null : await findUserById(deps.dataSource.manager, s.userId);
      if (!user || user.disabled) {
        await new Promise<void>((resolve) => s.destroy(() => resolve()));
      } else {
        req.user = { id: user.id, email: user.email, role: user.role };
      }
    }
    next();
  };
}
