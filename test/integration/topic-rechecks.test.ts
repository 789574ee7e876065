import type request from 'supertest';
import type { DataSource } from 'typeorm';
import { startQueue, type JobQueue } from '../../src/jobs/queue';
import { workTopicRechecks } from '../../src/jobs/recheck-topics.job';
import { refreshTopic } from '../../src/services/refresh-topic';
import { runTopicRechecks } from '../../src/services/topic-rechecks';
import { buildTestApp } from '../support/app';
import { csrfFrom, signedInAgent } from '../support/auth';
import { openFreshDatabase, openTestDataSource } from '../support/db';
import { cap, ingest, quoteSpeakers, uniqueTag } from '../support/speakers';

jest.setTimeout(120_000);

/** What a topic stores, as a full recheck would leave it. */
async function snapshot(db: DataSource) {
  const findings = (await db.query(`SELECT topic_id, kind, claim_ids, reason, direction FROM claim_findings`)) as Array<{ topic_id: number; kind: string; claim_ids: number[]; reason: string; direction: string | null }>;
  return {
    findings: findings.map((f) => `${f.topic_id} | ${f.kind} | ${f.claim_ids.join(',')} | ${f.reason} | ${f.direction}`).sort(),
    topics: await db.query(`SELECT id, claim_count, conflict_count, latest_figure, latest_said_at::text, min_value, max_value, unit FROM claim_topics WHERE merged_into_id IS NULL ORDER BY id`),
    claims: await db.query(`SELECT id, conflict_count FROM claims ORDER BY id`),
  };
}

async function refreshAll(db: DataSource): Promise<void> {
  const ids: number[] = (await db.query('SELECT id FROM claim_topics WHERE merged_into_id IS NULL ORDER BY id')).map((t: { id: number }) => t.id);
  await db.transaction(async (em) => {
    for (const id of ids) await refreshTopic(em, id);
  });
}

const pending = async (db: DataSource): Promise<number[]> =>
  (await db.query('SELECT id FROM claim_topics WHERE recheck_requested_at IS NOT NULL ORDER BY id')).map((r: { id: number }) => r.id);

async function until(check: () => Promise<boolean>, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('topics an editor’s change touches are rechecked by the job worker, after the change commits', () => {
  let admin: DataSource;
  beforeAll(async () => {
    admin = await openTestDataSource();
  });
  afterAll(async () => {
    await admin.destroy();
  });

  const poster = (agent: request.Agent) => async (path: string, form: Record<string, string>, csrfPage: string) =>
    agent.post(path).type('form').send({ ...form, _csrf: await csrfFrom(agent, csrfPage) });

  it('a merge of two speakers commits at once, the topic says its recheck is pending, and the worker gives what a full refresh gives', async () => {
    const { db, url, drop } = await openFreshDatabase(admin);
    let queue: JobQueue | null = null;
    try {
      const sur = cap(`ha${uniqueTag()}`);
      const place = cap(uniqueTag(3)) + 'ria';
      // (a toll lowered on a later day: a higher one would be the toll going on, no revision)
      const a = await ingest(db, `“We have confirmed 65 deaths in ${place},” said Olga ${sur}, the health minister.`, { publishedAt: '2024-06-03' });
      const b = await ingest(db, `“After a review of the registers, we have confirmed 40 deaths in ${place},” said Helga ${sur}, the health minister.`, { publishedAt: '2024-06-05', outlet: 'AFP' });
      await ingest(db, `“At least 300 people have died in ${place},” said Tomas Brenner, a doctor with a relief agency.`, { publishedAt: '2024-06-05', outlet: 'AP' });
      const [keep] = await quoteSpeakers(db, a);
      const [other] = await quoteSpeakers(db, b);
      expect(keep).not.toBe(other);
      const [{ topic_id: topicId }] = await db.query('SELECT topic_id FROM claims WHERE article_id = $1', [a]);
      const before = await snapshot(db);
      const kinds = async () => (await db.query('SELECT kind FROM claim_findings WHERE topic_id = $1 ORDER BY kind', [topicId])).map((r: { kind: string }) => r.kind);
      expect(await kinds()).not.toContain('revision');

      queue = await startQueue(url, { supervise: false });
      const app = buildTestApp(db, { queue });
      const { agent: editor } = await signedInAgent(app, db, 'editor');
      const post = poster(editor);
      expect((await post(`/speakers/${keep}/merge`, { otherId: String(other) }, `/speakers/${keep}/manage`)).status).toBe(303);
      // the merge moved the claim; its topic waits for the worker, its findings as before
      expect((await db.query('SELECT speaker_id FROM claims WHERE article_id = $1', [b]))[0].speaker_id).toBe(keep);
      expect(await pending(db)).toEqual([topicId]);
      expect((await snapshot(db)).findings).toEqual(before.findings);
      const page = await editor.get(`/topics/${topicId}`).expect(200);
      expect(page.text).toContain('its conflicts are being checked again');
      expect((await editor.get(`/api/v1/topics/${topicId}`).expect(200)).body.topic.recheckPending).toBe(true);

      // the worker's job runs it: the two figures are now one minister's revision
      await workTopicRechecks(queue.boss, { dataSource: db });
      await until(async () => (await pending(db)).length === 0);
      expect(await kinds()).toContain('revision');
      expect((await editor.get(`/topics/${topicId}`).expect(200)).text).not.toContain('being checked again');
      expect((await editor.get(`/api/v1/topics/${topicId}`).expect(200)).body.topic.recheckPending).toBe(false);
      const rechecked = await snapshot(db);
      await refreshAll(db);
      expect(await snapshot(db)).toEqual(rechecked);
      // run again (a retried job, the sweep), it does nothing
      expect(await runTopicRechecks({ dataSource: db }, [topicId])).toEqual([]);
      app.locals.close();
    } finally {
      await queue?.stop();
      await drop();
    }
  });

  it('so are a quote’s corrected speaker and a merge of topics; a sweep rechecks each topic left waiting once', async () => {
    const { db, url, drop } = await openFreshDatabase(admin);
    let queue: JobQueue | null = null;
    try {
      const place = cap(uniqueTag(3)) + 'ia';
      const [v1, v2] = [cap(uniqueTag(2)), cap(uniqueTag(2))];
      const a = await ingest(db, `“About 320 civilians were killed in ${place} last week,” said Rima Haddad, a rescue worker.`, { publishedAt: '2016-12-14' });
      await ingest(db, `“At least 3,000 civilians were killed in ${place} last week,” Colonel Omar Saleh said.`, { publishedAt: '2016-12-15', outlet: 'AFP' });
      await ingest(db, `“The villages of ${v1} and ${v2} have been under siege for two years,” said Lina Mansour, a member of the local council.`, { publishedAt: '2016-12-14' });
      await ingest(db, `“${v1} and ${v2} have been under siege for four years,” said Yusuf Azzam, a teacher.`, { publishedAt: '2016-12-20', outlet: 'AP' });
      const topics: number[] = (await db.query('SELECT DISTINCT topic_id FROM claims ORDER BY topic_id')).map((r: { topic_id: number }) => r.topic_id);
      expect(topics).toHaveLength(2);
      const before = await snapshot(db);

      queue = await startQueue(url, { supervise: false });
      const app = buildTestApp(db, { queue });
      const { agent: editor } = await signedInAgent(app, db, 'editor');
      const post = poster(editor);
      // the rescue worker's figure was the colonel's: the quote takes his name, its claim follows, its topic waits
      const [{ id: quoteId }] = await db.query('SELECT id FROM quotes WHERE article_id = $1', [a]);
      const [{ topic_id: deaths }] = await db.query('SELECT topic_id FROM claims WHERE article_id = $1', [a]);
      expect((await post(`/review/quotes/${quoteId}/speaker`, { speaker: 'Colonel Omar Saleh' }, `/quotes/${quoteId}`)).status).toBe(303);
      expect((await db.query('SELECT speaker_name FROM claims WHERE article_id = $1', [a]))[0].speaker_name).toBe('Omar Saleh');
      expect(await pending(db)).toEqual([deaths]);
      expect((await snapshot(db)).findings).toEqual(before.findings);

      // the siege's topic merged into the deaths' (an editor's mistake, as merges can be): both wait
      const siege = topics.find((t) => t !== deaths)!;
      expect((await post(`/topics/${siege}/merge`, { into: String(deaths) }, `/topics/${siege}`)).status).toBe(303);
      expect(await pending(db)).toEqual([...topics].sort((x, y) => x - y));
      expect((await editor.get(`/topics/${deaths}`).expect(200)).text).toContain('its conflicts are being checked again');

      // a sweep (no topics named) takes each waiting topic once
      expect(await runTopicRechecks({ dataSource: db })).toEqual([...topics].sort((x, y) => x - y));
      expect(await pending(db)).toEqual([]);
      const rechecked = await snapshot(db);
      await refreshAll(db);
      expect(await snapshot(db)).toEqual(rechecked);
      // the queued jobs of both changes find nothing left to do
      expect(await runTopicRechecks({ dataSource: db }, topics)).toEqual([]);
      app.locals.close();
    } finally {
      await queue?.stop();
      await drop();
    }
  });
});
