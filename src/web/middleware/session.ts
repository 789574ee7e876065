import connectPgSimple from 'connect-pg-simple';
import type { RequestHandler } from 'express';
import session from 'express-session';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { Pool } from 'pg';
import { statementName } from '../../db/prepared';
import { findSessionUser } from '../../db/repositories/user.repository';
import { userForToken } from '../../services/api-tokens';

declare module 'express-session' {
  interface SessionData {
    userId: number;
    loginAt: number;
    /** Last request time, written at most once a minute (the idle timeout reads it). */
    seenAt: number;
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
 * Secure behind HTTPS, and lives as long as the absolute limit; the idle timeout is checked
 * against `seenAt`, refreshed at most once a minute, so reading pages does not write the
 * session row on every request.
 */
/** The session cookie's name (the __Host- prefix needs HTTPS). */
export function sessionCookieName(secureCookies: boolean): string {
  return secureCookies ? '__Host-whosaid.sid' : 'whosaid.sid';
}

export function sessions(dataSource: DataSource, options: SessionOptions): { middleware: RequestHandler; close(): void } {
  const PgStore = connectPgSimple(session);
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  const store = new PgStore({
    pool: preparingPool(pool),
    tableName: 'http_sessions',
    createTableIfMissing: false,
    // Expiry is the cookie's absolute limit; idle sessions are ended by loadUser.
    disableTouch: true,
    pruneSessionInterval: options.pruneMinutes === 0 ? false : (options.pruneMinutes ?? 15) * 60,
  });
  const middleware = session({
    name: sessionCookieName(options.secureCookies),
    secret: options.secret,
    store,
    resave: false,
    saveUninitialized: false,
    rolling: false,
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      secure: options.secureCookies,
      path: '/',
      maxAge: options.absoluteHours * 3_600_000,
    },
  });
  return { middleware, close: () => store.close() };
}

/**
 * The pool as the session store sees it: its few statements (read, write, delete a session)
 * run as named prepared statements, parsed and planned once per connection instead of on
 * every page view.
 */
function preparingPool(pool: Pool): Pool {
  return { query: (text: string, values?: unknown[]) => pool.query({ name: statementName('session', text), text, values }) } as unknown as Pool;
}

/**
 * Sets `req.user` from a bearer token (API) or the session; a session older than the
 * absolute limit, or of a disabled or deleted user, is ended.
 */
export function loadUser(deps: { dataSource: DataSource; absoluteHours: number; idleMinutes: number }): RequestHandler {
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
      const now = Date.now();
      const expired =
        !s.loginAt || now - s.loginAt > deps.absoluteHours * 3_600_000 || now - (s.seenAt ?? s.loginAt) > deps.idleMinutes * 60_000;
      const user = expired ? null : await findSessionUser(deps.dataSource.manager, s.userId);
      if (!user || user.disabled) {
        await new Promise<void>((resolve) => s.destroy(() => resolve()));
      } else {
        req.user = { id: user.id, email: user.email, role: user.role };
        if (now - (s.seenAt ?? 0) > 60_000) s.seenAt = now;
      }
    }
    next();
  };
}
