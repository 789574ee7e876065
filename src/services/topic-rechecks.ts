import type { DataSource, EntityManager } from 'typeorm';
import { findTopicsAwaitingRecheck, lockTopic, markTopicsForRecheck } from '../db/repositories/claim.repository';
import { withTransaction } from '../db/transaction';
import { recheckTopics, refreshTopic } from './refresh-topic';

/** Where an editor's change queues the rechecks of the topics it touched (the job queue; see jobs/queue.ts). */
export interface TopicRecheckQueue {
  enqueueTopicRechecks(em: EntityManager, topicIds: number[]): Promise<void>;
}

/**
 * Asks for the topics whose claims an editor's change moved to be checked again. With a job
 * queue the topics are marked and the recheck queued in the change's own transaction, so the
 * change commits in the time its rows take (merging two names of a busy speaker moves claims of
 * some 200 topics, whose whole rechecks take a minute) and ingest and other editors are not held
 * up meanwhile; the topics' pages say a recheck is pending until the worker has run it. Without
 * a queue (the command line, tests) the topics are rechecked here, in the transaction.
 */
export async function requestTopicRechecks(em: EntityManager, queue: TopicRecheckQueue | undefined, topicIds: readonly number[]): Promise<void> {
  const ids = [...new Set(topicIds)].sort((a, b) => a - b);
  if (ids.length === 0) return;
  if (!queue) return recheckTopics(em, ids);
  await markTopicsForRecheck(em, ids);
  await queue.enqueueTopicRechecks(em, ids);
}

/**
 * The job: rechecks each topic still marked (`topicIds`, or every one waiting), one topic a
 * transaction so ingest waits on one topic at a time. A topic no longer marked was rechecked
 * meanwhile (an earlier job, a refresh): the job may run twice, or after another, and does the
 * work once. Returns the topics rechecked.
 */
export async function runTopicRechecks(deps: { dataSource: DataSource }, topicIds?: readonly number[]): Promise<number[]> {
  const ids = topicIds ? [...new Set(topicIds)].sort((a, b) => a - b) : await findTopicsAwaitingRecheck(deps.dataSource.manager);
  const done: number[] = [];
  for (const id of ids) {
    const ran = await withTransaction(deps.dataSource, async (em) => {
      // the topic's row is held from here to the commit: a change that marks it again waits, and queues its own recheck
      const topic = await lockTopic(em, id);
      if (!topic || topic.recheckRequestedAt === null) return false;
      await refreshTopic(em, id);
      return true;
    });
    if (ran) done.push(id);
  }
  return done;
}
