import type { ErrorRequestHandler } from 'express';
import type pino from 'pino';
import type { DataSource } from 'typeorm';
import { AppError } from '../../errors';
import { recordRefusedAttempt } from '../../services/refused-attempts';
import { actorOf } from '../actor';

/** Methods that change something: a refused one is an attempt worth recording; a refused read is not. */
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Puts every write refused with 403 (a role without the right, a form whose CSRF token fails) in the audit log before the
 * error is answered as usual. Recording never changes the answer: a failure to record is logged.
 */
export function auditRefusedWrites(deps: { dataSource: DataSource; logger: pino.Logger }): ErrorRequestHandler {
  return async (err: unknown, req, res, next) => {
    if (err instanceof AppError && err.status === 403 && WRITES.has(req.method)) {
      const path = req.originalUrl.split('?')[0];
      // the route's pattern, as the guard that refused it named it; else (a CSRF failure, before any route) the path
      const route = typeof res.locals.refusedRoute === 'string' ? res.locals.refusedRoute : path;
      try {
        await recordRefusedAttempt(deps, actorOf(req), { method: req.method, route, path, role: req.user?.role ?? null, code: err.code });
      } catch (recordErr) {
        deps.logger.error({ err: recordErr, requestId: res.locals.requestId }, 'refused attempt not recorded');
      }
    }
    next(err);
  };
}
