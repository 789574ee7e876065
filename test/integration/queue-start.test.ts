import { Client } from 'pg';
import { QUEUES, startQueue, type JobQueue } from '../../src/jobs/queue';

const url = (): string => process.env.WHOSAID_TEST_DATABASE_URL!;

describe('job queue start-up', () => {
  const schema = `pgboss_start_${process.pid}`;
  const started: JobQueue[] = [];

  afterAll(async () => {
    await Promise.all(started.map((q) => q.stop()));
    const c = new Client({ connectionString: url() });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await c.end();
  });

  it('creates its queues once when several processes start on an empty database at the same moment', async () => {
    // the web app and the worker start together: each creates the queues that are missing
    const results = await Promise.allSettled(Array.from({ length: 4 }, () => startQueue(url(), { supervise: false, schema })));
    for (const r of results) if (r.status === 'fulfilled') started.push(r.value);
    expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'started'))).toEqual(['started', 'started', 'started', 'started']);
    for (const name of Object.values(QUEUES)) expect((await started[0].boss.getQueue(name))?.name).toBe(name);
  });
});
