import type { DataSource } from 'typeorm';
import { setPairStatus } from '../db/repositories/speaker-match.repository';
import { moveClaims, moveQuotes, moveStatements } from '../db/repositories/speaker-quote.repository';
import { sourceKey } from '../core/claims';
import { lockTopicsOfSpeaker } from '../db/repositories/claim.repository';
import { requestTopicRechecks, type TopicRecheckQueue } from './topic-rechecks';
import { moveRoleObservations, rebuildSpeakerRoles } from '../db/repositories/speaker-role.repository';
import { findAliasByNormalized, findSpeakerById, insertEditorAlias, moveAliases, recountSpeakers, updateSpeaker } from '../db/repositories/speaker.repository';
import { withTransaction } from '../db/transaction';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { recordAudit, type Actor } from './audit';
import { lockLiveSpeaker } from './edit-speaker';

/** Which speaker stays and which one is folded into it. */
export interface MergeRequest {
  keepId: number;
  mergeId: number;
}

/**
 * Merges one speaker into another: quotes, statements, aliases and role observations move,
 * the merged speaker's name becomes an alias, counters and roles are rebuilt, and the
 * merged speaker's address redirects. The audit entry lists everything moved, for undo.
 */
export async function mergeSpeakers(deps: { dataSource: DataSource; queue?: TopicRecheckQueue }, actor: Actor, req: MergeRequest): Promise<{ auditNote: string }> {
  if (req.keepId === req.mergeId) throw new ValidationError('same speaker', { otherId: ['Choose another speaker to merge.'] });
  return withTransaction(deps.dataSource, async (em) => {
    // Lock in id order so two merges of the same pair cannot deadlock.
    const [first, second] = [req.keepId, req.mergeId].sort((a, b) => a - b);
    // the speaker typed in the form that is missing or already merged is a mistake in the form, said beside it
    const lock = async (id: number) => {
      try {
        return await lockLiveSpeaker(em, id);
      } catch (err) {
        if (id !== req.mergeId || !(err instanceof NotFoundError || err instanceof ConflictError)) throw err;
        throw new ValidationError(err.message, { otherId: [err instanceof NotFoundError ? `is not a stored speaker: there is no speaker #${id}` : `was already merged: ${err.message}`] });
      }
    };
    const locked = new Map([
      [first, await lock(first)],
      [second, await lock(second)],
    ]);
    const keep = locked.get(req.keepId)!;
    const merged = locked.get(req.mergeId)!;
    if (keep.kind !== merged.kind) {
      throw new ValidationError('different kinds', { otherId: ['A person and an organisation cannot be merged.'] });
    }

    // the topics of the claims that move are held first, as ingest takes them (topic, then claims), so neither waits on the other's rows
    await lockTopicsOfSpeaker(em, merged.id);
    // credited under the kept name from now on; "named as" keeps each article's words
    const quoteIds = await moveQuotes(em, merged.id, keep, null);
    const statementIds = await moveStatements(em, merged.id, keep, null);
    // their claims follow, under the kept name: a topic then reads them as one speaker's (a revision, not a conflict)
    const claims = await moveClaims(em, merged.id, { id: keep.id, name: keep.name, key: sourceKey(keep.name) }, null);
    const aliases = await moveAliases(em, merged.id, keep.id);
    let addedAliasId: number | null = null;
    if (merged.normalizedName !== keep.normalizedName && !(await findAliasByNormalized(em, keep.id, merged.normalizedName))) {
      addedAliasId = await insertEditorAlias(em, {
        speakerId: keep.id,
        alias: merged.name,
        normalizedAlias: merged.normalizedName,
        matchKey: merged.matchKey,
        // A bare surname stays a surname: it must not pull in every later “Smith”.
        kind: merged.kind === 'person' && !merged.normalizedName.includes(' ') ? 'surname' : 'editor',
      });
    }
    const observationIds = await moveRoleObservations(em, merged.id, keep.id, null);
    await updateSpeaker(em, merged.id, { mergedIntoId: keep.id });
    if (!keep.externalId && merged.externalId) await updateSpeaker(em, keep.id, { externalId: merged.externalId });
    await rebuildSpeakerRoles(em, [keep.id, merged.id]);
    await recountSpeakers(em, [keep.id, merged.id]);
    await requestTopicRechecks(em, deps.queue, claims.map((c) => c.topicId));
    const matchStatuses = await setPairStatus(em, keep.id, merged.id, 'merged');

    await recordAudit(em, actor, {
      action: 'speaker.merge',
      targetType: 'speaker',
      targetId: keep.id,
      before: { kept: { id: keep.id, name: keep.name, externalId: keep.externalId }, merged: { id: merged.id, name: merged.name } },
      after: {
        otherId: merged.id,
        quoteIds,
        statementIds,
        claims: claims.map(({ id, name, key }) => ({ id, name, key })),
        movedAliasIds: aliases.moved,
        droppedAliases: aliases.dropped,
        addedAliasId,
        observationIds,
        externalIdCopied: !keep.externalId && !!merged.externalId,
        matchStatuses,
      },
    });
    return { auditNote: `Merged “${merged.name}” (${quoteIds.length} quote${quoteIds.length === 1 ? '' : 's'}) into “${keep.name}”.` };
  });
}

/** One side of a merge as the confirmation shows it. */
export interface MergeSide {
  id: number;
  name: string;
  kind: string;
  role: string | null;
  quoteCount: number;
}

/**
 * What a merge would do, checked as the merge checks it but moving nothing: who the typed
 * speaker is (name, role, quotes), so the editor confirms the right person before anything moves.
 */
export async function previewMerge(deps: { dataSource: DataSource }, req: MergeRequest): Promise<{ keep: MergeSide; merged: MergeSide }> {
  if (req.keepId === req.mergeId) throw new ValidationError('same speaker', { otherId: ['Choose another speaker to merge.'] });
  const em = deps.dataSource.manager;
  const keep = await findSpeakerById(em, req.keepId);
  if (!keep) throw new NotFoundError(`There is no speaker ${req.keepId}`);
  if (keep.mergedIntoId) throw new ConflictError(`Speaker ${keep.id} was merged into speaker ${keep.mergedIntoId}; edit that one.`);
  const merged = await findSpeakerById(em, req.mergeId);
  if (!merged) throw new ValidationError('no such speaker', { otherId: [`is not a stored speaker: there is no speaker #${req.mergeId}`] });
  if (merged.mergedIntoId) {
    throw new ValidationError('already merged', { otherId: [`was already merged: Speaker ${merged.id} was merged into speaker ${merged.mergedIntoId}; edit that one.`] });
  }
  if (keep.kind !== merged.kind) throw new ValidationError('different kinds', { otherId: ['A person and an organisation cannot be merged.'] });
  const side = (s: typeof keep): MergeSide => ({ id: s.id, name: s.name, kind: s.kind, role: s.role, quoteCount: s.quoteCount });
  return { keep: side(keep), merged: side(merged) };
}
