import type PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import { runTopicRechecks } from '../services/topic-rechecks';
import { QUEUES } from './queue';

/**
 * Works the topic rechecks editors' changes queue (one job a change, naming its topics), and
 * every few minutes looks for topics still marked whose job was lost (it failed past its
 * retries): each is rechecked once, whichever job comes first.
 */
export async function workTopicRechecks(boss: PgBoss, deps: { dataSource: DataSource }): Promise<void> {
  await boss.schedule(QUEUES.recheckTopics, '*/5 * * * *', {}, { singletonKey: 'sweep' });
  await boss.work<{ topicIds?: number[] }>(QUEUES.recheckTopics, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
    const done = await runTopicRechecks(deps, job.data.topicIds);
    return { rechecked: done.length };
  });
}
