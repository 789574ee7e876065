import type { EntityManager } from 'typeorm';
import { AuditEntryEntity } from '../entities/audit-entry.entity';
import { escapeLike } from './like';

/** A change to record. */
export interface NewAuditEntry {
  actorId: number | null;
  actorLabel: string;
  action: string;
  targetType?: string | null;
  targetId?: string | number | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
}

/** Appends an entry to the audit log. */
export async function insertAuditEntry(em: EntityManager, e: NewAuditEntry): Promise<void> {
  await em.query(
    `INSERT INTO audit_log (actor_id, actor_label, action, target_type, target_id, before, after, ip)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      e.actorId,
      e.actorLabel,
      e.action,
      e.targetType ?? null,
      e.targetId === undefined || e.targetId === null ? null : String(e.targetId),
      e.before === undefined ? null : JSON.stringify(e.before),
      e.after === undefined ? null : JSON.stringify(e.after),
      e.ip ?? null,
    ],
  );
}

/** Filters for the audit list. */
export interface AuditFilter {
  action?: string;
  actor?: string;
  targetType?: string;
  targetId?: string;
  /** Keyset: entries with an id below this one. */
  beforeId?: string;
  limit: number;
}

/** Newest entries first, filtered; one extra row tells whether more follow. */
export async function listAuditEntries(em: EntityManager, f: AuditFilter): Promise<{ rows: AuditEntryEntity[]; hasMore: boolean }> {
  const qb = em.getRepository(AuditEntryEntity).createQueryBuilder('a');
  if (f.action) qb.andWhere('a.action LIKE :action', { action: `${escapeLike(f.action)}%` });
  if (f.actor) qb.andWhere('a.actor_label ILIKE :actor', { actor: `%${escapeLike(f.actor)}%` });
  if (f.targetType) qb.andWhere('a.target_type = :tt', { tt: f.targetType });
  if (f.targetId) qb.andWhere('a.target_id = :tid', { tid: f.targetId });
  if (f.beforeId) qb.andWhere('a.id < :before', { before: f.beforeId });
  const rows = await qb.orderBy('a.id', 'DESC').limit(f.limit + 1).getMany();
  return { rows: rows.slice(0, f.limit), hasMore: rows.length > f.limit };
}
