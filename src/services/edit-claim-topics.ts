import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { findClaimById, lockTopic, moveTopicClaims, setClaimTopic, setTopicLabel, upsertTopic } from '../db/repositories/claim.repository';
import type { ClaimTopicEntity } from '../db/entities/claim-topic.entity';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { withTransaction } from '../db/transaction';
import { recordAudit, type Actor } from './audit';
import { relabelTopic } from './refresh-topic';
import { requestTopicRechecks, type TopicRecheckQueue } from './topic-rechecks';
import { tidyLabel } from './store-claims';

type Deps = { dataSource: DataSource; queue?: TopicRecheckQueue };

/** Gives a topic a new label; recorded in the audit log. */
export async function renameTopic(deps: Deps, actor: Actor, id: number, label: string): Promise<void> {
  await withTransaction(deps.dataSource, async (em) => {
    const topic = await lockTopic(em, id);
    if (!topic || topic.mergedIntoId !== null) throw new NotFoundError(`There is no topic ${id}`);
    const tidy = tidyLabel(label);
    await setTopicLabel(em, id, tidy);
    await recordAudit(em, actor, { action: 'topic.rename', targetType: 'claim_topic', targetId: id, before: { label: topic.label }, after: { label: tidy } });
  });
}

/** Moves every claim of topic `fromId` into `intoId`, re-checks the merged topic; the old address redirects. */
export async function mergeTopics(deps: Deps, actor: Actor, fromId: number, intoId: number): Promise<void> {
  if (fromId === intoId) throw new ValidationError('A topic cannot be merged into itself.', { into: ['is this topic: give the number of another topic'] });
  await withTransaction(deps.dataSource, async (em) => {
    const [first, second] = fromId < intoId ? [fromId, intoId] : [intoId, fromId];
    const a = await lockTopic(em, first);
    const b = await lockTopic(em, second);
    const from = first === fromId ? a : b;
    const into = first === fromId ? b : a;
    if (!from || from.mergedIntoId !== null) throw new NotFoundError(`There is no topic ${fromId}`);
    if (!into || into.mergedIntoId !== null) throw new ValidationError(`There is no topic ${intoId} to merge into.`, { into: [`is not a topic: there is no topic #${intoId}`] });
    await moveTopicClaims(em, fromId, intoId);
    await relabelTopic(em, into);
    // two topics of 500 claims each are 500,000 pairs to compare: the worker does it after the merge commits
    await requestTopicRechecks(em, deps.queue, [fromId, intoId]);
    await recordAudit(em, actor, { action: 'topic.merge', targetType: 'claim_topic', targetId: intoId, before: { from: fromId, label: from.label, claims: from.claimCount }, after: { into: intoId } });
  });
}

/**
 * Moves one claim to another topic, or to a new topic with the given label (a split);
 * both topics are re-checked. Returns the topic the claim is now in.
 */
export async function moveClaim(deps: Deps, actor: Actor, claimId: number, target: { topicId?: number; newLabel?: string }): Promise<number> {
  return withTransaction(deps.dataSource, async (em) => {
    // Topics are locked before the claim row, in the order ingest takes them.
    const claim = await findClaimById(em, claimId);
    if (!claim) throw new NotFoundError(`There is no claim ${claimId}`);
    let toId = target.topicId;
    if (toId === undefined) {
      if (!target.newLabel) throw new ValidationError('Choose a topic or name a new one.', { topic: ['is required'] });
      toId = await upsertTopic(em, { key: `manual:${randomUUID()}`, label: tidyLabel(target.newLabel), measure: claim.measure });
    }
    if (toId === claim.topicId) return toId;
    const fromId = claim.topicId;
    let to: ClaimTopicEntity | null = null;
    let from: ClaimTopicEntity | null = null;
    for (const id of [fromId, toId].sort((x, y) => x - y)) {
      const t = await lockTopic(em, id);
      if (!t || (id === toId && t.mergedIntoId !== null)) throw new ValidationError(`There is no topic ${id}.`, { topic: ['is not a topic'] });
      if (id === toId) to = t;
      else from = t;
    }
    if ((await findClaimById(em, claimId, true))?.topicId !== fromId) throw new ConflictError('The claim was moved meanwhile; reload and try again.');
    await setClaimTopic(em, claimId, toId);
    // both labels follow the claim: the topic it left may hold its own article's figures alone again
    for (const t of [from, to]) if (t) await relabelTopic(em, t);
    await requestTopicRechecks(em, deps.queue, [fromId, toId]);
    await recordAudit(em, actor, { action: 'claim.move', targetType: 'claim', targetId: claimId, before: { topicId: fromId }, after: { topicId: toId } });
    return toId;
  });
}
