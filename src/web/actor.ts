import type { Request } from 'express';
import type { Actor } from '../services/audit';

/** The signed-in person behind a request, as services record it in the audit log. */
export function actorOf(req: Request): Actor {
  return { id: req.user?.id ?? null, label: req.user?.email ?? 'anonymous', ip: req.ip ?? null };
}
