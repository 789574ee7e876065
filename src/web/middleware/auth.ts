import type { RequestHandler } from 'express';
import { AppError, ForbiddenError } from '../../errors';

/** Roles, from least to most rights. */
export type Role = 'viewer' | 'editor' | 'admin';

/** Who may use a route: anyone, any reader (anonymous too when the installation allows it), or a role and above. */
export type Access = 'public' | 'read' | Role;

const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };

/** The signed-in user, set by the session or API-token middleware. */
export interface CurrentUser {
  id: number;
  email: string;
  role: Role;
}

declare module 'express-serve-static-core' {
  interface Request {
    user?: CurrentUser;
  }
}

/** Whether a user (or anonymous visitor) has the given access. */
export function allows(user: CurrentUser | undefined, access: Access, anonymousRead: boolean): boolean {
  if (access === 'public') return true;
  if (access === 'read') return user !== undefined || anonymousRead;
  return user !== undefined && RANK[user.role] >= RANK[access];
}

/** A route guard, tagged with its access so the route table can be checked in tests. */
export type Guard = RequestHandler & { access: Access };

/**
 * Guards a route on the server. Anonymous visitors are sent to the login page (HTML) or
 * get 401 (API); signed-in users without the role get 403. Needs `res.locals.anonymousRead`
 * and `res.locals.hasUsers` (set by the locals middleware).
 */
export function requireRole(access: Access): Guard {
  const guard: RequestHandler = (req, res, next) => {
    // The API and Atom feeds answer 401 instead of sending a program to the sign-in page.
    const api = req.originalUrl.startsWith('/api/') || req.path.endsWith('.atom');
    if (res.locals.badToken) return next(new AppError(401, 'invalid_token', 'The API token is unknown or revoked.'));
    if (allows(req.user, access, res.locals.anonymousRead === true)) return next();
    if (!req.user) {
      if (api) return next(new AppError(401, 'unauthenticated', 'Sign in or send an API token (Authorization: Bearer …).'));
      if (res.locals.hasUsers === false) return res.redirect(303, '/setup');
      return res.redirect(303, `/login?next=${encodeURIComponent(req.originalUrl)}`);
    }
    // the route as declared, for the audit log's record of the refusal (“/review/quotes/:id/confirm”)
    if (req.route?.path) res.locals.refusedRoute = `${req.baseUrl}${String(req.route.path)}`;
    next(new ForbiddenError(`Your role (${req.user.role}) may not do this.`));
  };
  return Object.assign(guard, { access });
}
