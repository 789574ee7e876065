import type { DataSource, EntityManager } from 'typeorm';
import type { SpeakerAliasEntity } from '../db/entities/speaker-alias.entity';
import type { SpeakerMatchStatus } from '../db/entities/speaker-match-candidate.entity';
import { findSpeakerAuditEntry, lockAuditEntry, type SpeakerAuditRow } from '../db/repositories/speaker-audit.repository';
import { restoreMatchStatuses } from '../db/repositories/speaker-match.repository';
import { moveQuotes, reassignStatements, renameCredits, restoreClaims } from '../db/repositories/speaker-quote.repository';
import { lockTopicsOfSpeaker } from '../db/repositories/claim.repository';
import { requestTopicRechecks, type TopicRecheckQueue } from './topic-rechecks';
import { deleteRoleObservations, reassignRoleObservations, rebuildSpeakerRoles } from '../db/repositories/speaker-role.repository';
import {
  deleteAliases,
  findSpeakerById,
  reassignAliases,
  recountSpeakers,
  restoreAliases,
  updateSpeaker,
} from '../db/repositories/speaker.repository';
import { withTransaction } from '../db/transaction';
import { ConflictError, NotFoundError } from '../errors';
import { recordAudit, type Actor } from './audit';
import { lockLiveSpeaker } from './edit-speaker';

/** Speaker changes that can be undone. */
export const UNDOABLE = new Set([
  'speaker.merge',
  'speaker.split',
  'speaker.rename',
  'speaker.alias_add',
  'speaker.alias_remove',
  'speaker.external_id',
  'speaker.match_dismiss',
]);

type Json = Record<string, unknown>;
const ids = (v: unknown): number[] => (Array.isArray(v) ? v.map(Number) : []);
/** The claims a change recorded as moved (none in entries from before claims followed their speaker). */
const movedClaims = (v: unknown): Array<{ id: number; name: string | null; key: string | null }> =>
  Array.isArray(v) ? v.map((c: { id: unknown; name?: unknown; key?: unknown }) => ({ id: Number(c.id), name: typeof c.name === 'string' ? c.name : null, key: typeof c.key === 'string' ? c.key : null })) : [];

/**
 * Reverses one recorded speaker change using its audit entry, and records the undo as a
 * change of its own. A change is undone at most once; a merge or split whose speakers
 * changed shape since (merged again, say) is refused with a conflict.
 */
export async function undoSpeakerChange(deps: { dataSource: DataSource; queue?: TopicRecheckQueue }, actor: Actor, auditId: string): Promise<{ speakerId: number }> {
  return withTransaction(deps.dataSource, async (em) => {
    await lockAuditEntry(em, auditId);
    const entry = await findSpeakerAuditEntry(em, auditId);
    if (!entry || !UNDOABLE.has(entry.action)) throw new NotFoundError(`There is no speaker change ${auditId} to undo`);
    if (entry.undoneBy) throw new ConflictError('This change has already been undone.');
    const speakerId = Number(entry.targetId);
    const before = (entry.before ?? {}) as Json;
    const after = (entry.after ?? {}) as Json;
    // the topics of the claims the undo moved back are rechecked as the change's were
    const topics = await UNDO[entry.action](em, speakerId, before, after, entry);
    if (topics) await requestTopicRechecks(em, deps.queue, topics);
    await recordAudit(em, actor, {
      action: 'speaker.undo',
      targetType: 'speaker',
      targetId: speakerId,
      before: { action: entry.action },
      after: { undoes: entry.id, otherId: after.otherId ?? null },
    });
    return { speakerId };
  });
}

/** Each change's undo; a merge's or a split's gives the topics of the claims it moved back. */
const UNDO: Record<string, (em: EntityManager, id: number, before: Json, after: Json, e: SpeakerAuditRow) => Promise<number[] | void>> = {
  async 'speaker.merge'(em, keepId, _before, after) {
    const mergedId = Number(after.otherId);
    await lockLiveSpeaker(em, keepId);
    const merged = await findSpeakerById(em, mergedId, true);
    if (!merged || merged.mergedIntoId !== keepId) throw new ConflictError('The merged speaker has changed since; undo the later change first.');
    await moveQuotes(em, keepId, merged, ids(after.quoteIds));
    await reassignStatements(em, ids(after.statementIds), merged);
    const topics = await restoreClaims(em, merged, movedClaims(after.claims));
    await reassignAliases(em, ids(after.movedAliasIds), mergedId);
    await restoreAliases(em, (after.droppedAliases ?? []) as SpeakerAliasEntity[]);
    if (after.addedAliasId) await deleteAliases(em, [Number(after.addedAliasId)]);
    await reassignRoleObservations(em, ids(after.observationIds), mergedId);
    await updateSpeaker(em, mergedId, { mergedIntoId: null });
    if (after.externalIdCopied) await updateSpeaker(em, keepId, { externalId: null });
    await rebuildSpeakerRoles(em, [keepId, mergedId]);
    await recountSpeakers(em, [keepId, mergedId]);
    await restoreMatchStatuses(em, (after.matchStatuses ?? []) as Array<{ id: number; status: SpeakerMatchStatus }>);
    return topics;
  },

  async 'speaker.split'(em, sourceId, _before, after) {
    const targetId = Number(after.otherId);
    const source = await lockLiveSpeaker(em, sourceId);
    await lockLiveSpeaker(em, targetId);
    await moveQuotes(em, targetId, source, ids(after.quoteIds));
    await reassignStatements(em, ids(after.statementIds), source);
    const topics = await restoreClaims(em, source, movedClaims(after.claims));
    await reassignRoleObservations(em, ids(after.observationIds), sourceId);
    await deleteRoleObservations(em, ids(after.copiedObservationIds));
    await rebuildSpeakerRoles(em, [sourceId, targetId]);
    await recountSpeakers(em, [sourceId, targetId]);
    // A speaker the split created, left without quotes, now points back to where they came from.
    const target = await findSpeakerById(em, targetId);
    if (after.created && target && target.quoteCount === 0) await updateSpeaker(em, targetId, { mergedIntoId: sourceId });
    return topics;
  },

  async 'speaker.rename'(em, id, before, after) {
    const speaker = await lockLiveSpeaker(em, id);
    if (speaker.name !== after.name) throw new ConflictError('The speaker was renamed again since; undo that first.');
    await updateSpeaker(em, id, {
      name: String(before.name),
      normalizedName: String(before.normalizedName),
      matchKey: String(before.matchKey),
      surnameKey: (before.surnameKey as string | null) ?? null,
    });
    if (after.addedAliasId) await deleteAliases(em, [Number(after.addedAliasId)]);
    await lockTopicsOfSpeaker(em, id);
    return renameCredits(em, id, String(before.name));
  },

  async 'speaker.alias_add'(em, id, _before, after) {
    await lockLiveSpeaker(em, id);
    await deleteAliases(em, [Number(after.aliasId)]);
  },

  async 'speaker.alias_remove'(em, id, before) {
    await lockLiveSpeaker(em, id);
    await restoreAliases(em, [before.alias as SpeakerAliasEntity]);
  },

  async 'speaker.external_id'(em, id, before) {
    await lockLiveSpeaker(em, id);
    await updateSpeaker(em, id, { externalId: (before.externalId as string | null) ?? null });
  },

  async 'speaker.match_dismiss'(em, _id, _before, after) {
    await restoreMatchStatuses(em, (after.matchStatuses ?? []) as Array<{ id: number; status: SpeakerMatchStatus }>);
  },
};
