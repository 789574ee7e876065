import type { DataSource } from 'typeorm';
import { findSpeakerQuoteIds, moveClaims, moveQuotes, moveStatements } from '../db/repositories/speaker-quote.repository';
import { sourceKey } from '../core/claims';
import { requestTopicRechecks, type TopicRecheckQueue } from './topic-rechecks';
import { copyRoleObservations, moveRoleObservations, rebuildSpeakerRoles } from '../db/repositories/speaker-role.repository';
import { insertSpeaker, recountSpeakers } from '../db/repositories/speaker.repository';
import { withTransaction } from '../db/transaction';
import { ValidationError } from '../errors';
import { recordAudit, type Actor } from './audit';
import { lockLiveSpeaker, nameFields } from './edit-speaker';
import { normalizeName } from './speaker-names';

/** Which quotes leave a speaker, and where they go: a new speaker by name, or an existing one. */
export interface SplitRequest {
  speakerId: number;
  quoteIds: number[];
  newName?: string;
  intoId?: number;
}

/**
 * Splits a wrongly merged speaker: the chosen quotes (with the statements and role
 * observations of articles that move entirely) go to a new or existing speaker. The audit
 * entry lists what moved, for undo.
 */
export async function splitSpeaker(
  deps: { dataSource: DataSource; queue?: TopicRecheckQueue },
  actor: Actor,
  req: SplitRequest,
): Promise<{ targetId: number; moved: number }> {
  const quoteIds = [...new Set(req.quoteIds)];
  if (quoteIds.length === 0) throw new ValidationError('no quotes chosen', { quoteIds: ['Choose at least one quote to move.'] });
  const newName = req.newName?.trim().replace(/\s+/g, ' ');
  if (!req.intoId && !normalizeName(newName ?? '')) {
    throw new ValidationError('no target', { newName: ['Name the new speaker, or choose an existing one.'] });
  }
  if (req.intoId === req.speakerId) throw new ValidationError('same speaker', { intoId: ['Choose another speaker.'] });

  return withTransaction(deps.dataSource, async (em) => {
    const source = await lockLiveSpeaker(em, req.speakerId);
    const owned = await findSpeakerQuoteIds(em, source.id, quoteIds);
    if (owned.length !== quoteIds.length) {
      throw new ValidationError('quotes not on speaker', { quoteIds: ['Some chosen quotes are not (or no longer) this speaker’s.'] });
    }
    if (owned.length === source.quoteCount) {
      throw new ValidationError('all quotes', { quoteIds: ['Leave at least one quote; to rename the speaker, use Rename.'] });
    }
    const target = req.intoId
      ? await lockLiveSpeaker(em, req.intoId)
      : await insertSpeaker(em, { ...nameFields(newName!, source.kind), kind: source.kind, role: null, organisation: null, country: null });
    const created = !req.intoId;

    const moved = await moveQuotes(em, source.id, target, quoteIds);
    const articleIds = [...new Set(owned.map((o) => o.articleId))];
    const statementIds = await moveStatements(em, source.id, target, articleIds);
    const claims = await moveClaims(em, source.id, { id: target.id, name: target.name, key: sourceKey(target.name) }, { quoteIds: moved, statementIds });
    // Articles the source no longer appears in take their role observations along; the others share them.
    const stillQuoted = new Set((await findSpeakerQuoteIds(em, source.id, null)).map((q) => q.articleId));
    const leaving = articleIds.filter((a) => !stillQuoted.has(a));
    const shared = articleIds.filter((a) => stillQuoted.has(a));
    const observationIds = leaving.length ? await moveRoleObservations(em, source.id, target.id, leaving) : [];
    const copiedObservationIds = await copyRoleObservations(em, source.id, target.id, shared);
    await rebuildSpeakerRoles(em, [source.id, target.id]);
    await recountSpeakers(em, [source.id, target.id]);
    await requestTopicRechecks(em, deps.queue, claims.map((c) => c.topicId));

    await recordAudit(em, actor, {
      action: 'speaker.split',
      targetType: 'speaker',
      targetId: source.id,
      before: { speaker: { id: source.id, name: source.name } },
      after: { otherId: target.id, otherName: target.name, created, quoteIds: moved, statementIds, claims: claims.map(({ id, name, key }) => ({ id, name, key })), observationIds, copiedObservationIds },
    });
    return { targetId: target.id, moved: moved.length };
  });
}
