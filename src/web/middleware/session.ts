import connectPgSimple from 'connect-pg-simple';
import type { Request, RequestHandler } from 'express';
import session, { type SessionData } from 'express-session';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { Pool } from 'pg';
import { statementName } from '../../db/prepared';
import type { UserEntity } from '../../db/entities/user.entity';
import { findUserById } from '../../db/repositories/user.repository';
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

/** The session cookie's name (the __Host- prefix needs HTTPS). */
export function sessionCookieName(secureCookies: boolean): string {
  return secureCookies ? '__Host-whosaid.sid' : 'whosaid.sid';
}

/** What a signed-in request needs of its user. */
type SessionUser = Pick<UserEntity, 'id' | 'email' | 'role' | 'disabled'>;

/** The user row read together with a request's session (null: none), until loadUser takes it. */
const usersReadWithSession = new WeakMap<object, SessionUser | null>();

/** The session of one id and its user, in one prepared statement. */
const SESSION_WITH_USER = `SELECT s.sess, u.id, u.email, u.role, u.disabled
                             FROM http_sessions s LEFT JOIN users u ON u.id = (s.sess->>'userId')::int
                            WHERE s.sid = $1 AND s.expire >= to_timestamp($2)`;

/**
 * Sessions stored in PostgreSQL (connect-pg-simple). The cookie is HttpOnly, SameSite=Lax,
 * Secure behind HTTPS, and lives as long as the absolute limit; the idle timeout is checked
 * against `seenAt`, refreshed at most once a minute, so reading pages does not write the
 * session row on every request. A session is read with its user in one statement, so a
 * signed-in page view costs one round trip before the page's own.
 */
export function sessions(dataSource: DataSource, options: SessionOptions): { middleware: RequestHandler; close(): void } {
  const PgStore = connectPgSimple(session);
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  const rowUsers = new WeakMap<object, SessionUser | null>();
  // get() reads the session with its user; the store's other statements (write, delete, prune)
  // go through preparingPool. The store starts its pruning timer on its first write (a sign-in,
  // or the once-a-minute seenAt refresh) rather than on its first read.
  class Store extends PgStore {
    override get(sid: string, done: (err: unknown, sess?: SessionData | null) => void): void {
      pool.query({ name: 'session-with-user', text: SESSION_WITH_USER, values: [sid, Math.ceil(Date.now() / 1000)] }).then(
        ({ rows: [row] }) => {
          if (!row) return done(null, null);
          let sess: SessionData;
          try {
            sess = (typeof row.sess === 'string' ? JSON.parse(row.sess) : row.sess) as SessionData;
          } catch {
            // An unreadable session is ended, as the store itself does.
            return this.destroy(sid, (err?: unknown) => done(err ?? null, null));
          }
          rowUsers.set(sess, row.id === null ? null : { id: row.id, email: row.email, role: row.role, disabled: row.disabled });
          done(null, sess);
        },
        (err: unknown) => done(err),
      );
    }

    override createSession(req: Request, sess: SessionData) {
      const user = rowUsers.get(sess);
      if (user !== undefined) usersReadWithSession.set(req, user);
      return super.createSession(req, sess);
    }
  }
  const store = new Store({
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
      // The user was read with the session (see sessions); looked up alone only for a session
      // that came some other way.
      const withSession = usersReadWithSession.get(req);
      const user = expired ? null : withSession !== undefined ? withSession : await findUserById(deps.dataSource.manager, s.userId);
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
