import type { EntityManager } from 'typeorm';
import { insertAuditEntry, type NewAuditEntry } from '../db/repositories/audit.repository';

/** Who is acting, as services receive it from the web layer, the CLI or a job. */
export interface Actor {
  id: number | null;
  label: string;
  ip?: string | null;
}

/** The actor for changes made from the command line. */
export const CLI_ACTOR: Actor = { id: null, label: 'command line' };

/** Records one change made by a person, inside the caller's transaction. */
export function recordAudit(
  em: EntityManager,
  actor: Actor,
  entry: Omit<NewAuditEntry, 'actorId' | 'actorLabel' | 'ip'>,
): Promise<void> {
  return insertAuditEntry(em, { ...entry, actorId: actor.id, actorLabel: actor.label, ip: actor.ip ?? null });
}
