import type { EntityManager } from 'typeorm';

/** An audit entry about a speaker, as read back for the history list and for undo. */
export interface SpeakerAuditRow {
  id: string;
  actorId: number | null;
  actorLabel: string;
  action: string;
  targetId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  createdAt: Date;
  /** Id of the entry that undid this one, if any. */
  undoneBy: string | null;
}

const SELECT = `SELECT e.id::text, e.actor_id AS "actorId", e.actor_label AS "actorLabel", e.action, e.target_id AS "targetId",
                       e.before, e.after, e.created_at AS "createdAt",
                       (SELECT u.id::text FROM audit_log u WHERE u.action = 'speaker.undo' AND u.target_type = 'speaker'
                           AND u.after->>'undoes' = e.id::text LIMIT 1) AS "undoneBy"
                  FROM audit_log e`;

/**
 * Speaker changes that concern a speaker: entries targeting it, and merges or splits that
 * name it on the other side; newest first.
 */
export async function findSpeakerAuditEntries(em: EntityManager, speakerId: number, limit = 50): Promise<SpeakerAuditRow[]> {
  return em.query(
    `${SELECT}
      WHERE e.target_type = 'speaker' AND e.action LIKE 'speaker.%'
        AND (e.target_id = $1::text OR e.after->>'otherId' = $1::text)
      ORDER BY e.id DESC LIMIT $2`,
    [speakerId, limit],
  );
}

/** One speaker audit entry by id. */
export async function findSpeakerAuditEntry(em: EntityManager, id: string): Promise<SpeakerAuditRow | null> {
  const rows = await em.query(`${SELECT} WHERE e.id = $1::bigint AND e.target_type = 'speaker'`, [id]);
  return rows[0] ?? null;
}

/** Serialises undo of one entry so it cannot be applied twice at once. */
export async function lockAuditEntry(em: EntityManager, id: string): Promise<void> {
  await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`audit-undo:${id}`]);
}
