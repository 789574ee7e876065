import type PgBoss from 'pg-boss';
import { findDueFeedIds } from '../db/repositories/feed.repository';
import { type FeedDeps, pollFeed } from '../services/feeds';
import { QUEUES } from './queue';

/** Feeds handed out per scheduler tick. */
const DUE_PER_TICK = 100;

/**
 * Every minute, queues a poll for each feed that is due; each poll job then fetches one
 * feed (a feed is never polled twice at once: one waiting job per feed).
 */
export async function workFeeds(boss: PgBoss, deps: FeedDeps): Promise<void> {
  await boss.schedule(QUEUES.pollFeeds, '* * * * *', {}, { singletonKey: 'tick' });
  await boss.work(QUEUES.pollFeeds, { pollingIntervalSeconds: 5 }, async () => {
    for (const id of await findDueFeedIds(deps.dataSource.manager, DUE_PER_TICK)) await deps.queue.enqueueFeedPoll(id);
  });
  await boss.work<{ feedId: number }>(QUEUES.pollFeed, { pollingIntervalSeconds: 1 }, async ([job]) => pollFeed(deps, job.data.feedId));
}
