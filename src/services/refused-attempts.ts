import type { DataSource } from 'typeorm';
import { type Actor, recordAudit } from './audit';

/** One attempt refused for want of rights: who, which route (its pattern and the path asked), how. */
export interface RefusedAttempt {
  method: string;
  /** The route as declared (“/review/quotes/:id/confirm”): identical attempts are those on one route. */
  route: string;
  /** The path asked, without its query string (which may carry anything). */
  path: string;
  /** The signed-in person's role, or null. */
  role: string | null;
  /** Why: the error's code (forbidden, csrf_invalid). */
  code: string;
}

/** How long an attempt identical to one recorded (same person, method and route) is not recorded again. */
export const REFUSAL_QUIET_MS = 10 * 60_000;
/** Most attempts remembered for that, oldest forgotten first: memory stays bounded under a flood. */
const REMEMBERED = 5000;

/** When each (actor, method, route) was last recorded, per database; the first of a burst is recorded. */
const lastRecorded = new WeakMap<object, Map<string, number>>();

/**
 * Records in the audit log a write refused for want of rights (a viewer posting a review, a viewer's token writing through
 * the API) as `access.refused`: the person, the method, the route and the path, the role and the time — no request body
 * and no query string. The same person trying the same route again within REFUSAL_QUIET_MS is not recorded again, so a
 * script hammering a route leaves one entry per ten minutes, not thousands. Returns whether an entry was written.
 */
export async function recordRefusedAttempt(deps: { dataSource: DataSource }, actor: Actor, attempt: RefusedAttempt, now = Date.now()): Promise<boolean> {
  let seen = lastRecorded.get(deps.dataSource);
  if (!seen) lastRecorded.set(deps.dataSource, (seen = new Map()));
  const key = `${actor.id ?? actor.label}|${attempt.method}|${attempt.route}`;
  const last = seen.get(key);
  if (last !== undefined && now - last < REFUSAL_QUIET_MS) return false;
  seen.delete(key);
  if (seen.size >= REMEMBERED) seen.delete(seen.keys().next().value as string);
  seen.set(key, now);
  await recordAudit(deps.dataSource.manager, actor, {
    action: 'access.refused',
    targetType: 'route',
    targetId: `${attempt.method} ${attempt.route}`.slice(0, 300),
    after: { method: attempt.method, route: attempt.route.slice(0, 300), path: attempt.path.slice(0, 300), role: attempt.role, code: attempt.code },
  });
  return true;
}
