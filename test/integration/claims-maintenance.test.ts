import { spawn } from 'node:child_process';
import path from 'node:path';
import request from 'supertest';
import { TopicLabelsTidied1795572402400 } from '../../migrations/1795572402400-topic-labels-tidied';
import type { DataSource } from 'typeorm';
import { CLI_ACTOR } from '../../src/services/audit';
import { mergeTopics, moveClaim } from '../../src/services/edit-claim-topics';
import type { TopicRecheckQueue } from '../../src/services/topic-rechecks';
import { buildTestApp } from '../support/app';
import { csrfFrom, signedInAgent, tokenFor } from '../support/auth';
import { openFreshDatabase, openTestDataSource } from '../support/db';
import { claimsScenario } from '../support/claims-scenario';
import { ingest } from '../support/speakers';

jest.setTimeout(90_000);

const CLI = path.join(__dirname, '..', '..', 'src', 'cli.ts');

function runCli(args: string[], databaseUrl: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('claims maintenance: the divergence factor and backfilling claims', () => {
  let admin: DataSource;
  beforeAll(async () => {
    admin = await openTestDataSource();
  });
  afterAll(async () => {
    await admin.destroy();
  });

  it('new claims are checked with the stored factor; `topics refresh` re-checks the older ones', async () => {
    // A database of its own: the setting is installation-wide.
    const { db, url, drop } = await openFreshDatabase(admin);
    try {
      const app = buildTestApp(db);
      const findings = async () => (await db.query(`SELECT kind FROM claim_findings ORDER BY id`)).map((r: { kind: string }) => r.kind);
      await ingest(db, '“About 300 civilians were killed in eastern Lorvana last week,” UN spokesman Jens Laerke said.', { outlet: 'Reuters', publishedAt: '2016-12-14' });
      await ingest(db, '“Some 500 civilians were killed in eastern Lorvana last week,” the monitoring group said.', { outlet: 'AFP', publishedAt: '2016-12-15' });
      // 500 against 300 is 1.7-fold: within the default factor of 2.
      expect(await findings()).toEqual([]);

      const agent = (await signedInAgent(app, db, 'admin')).agent;
      const csrf = await csrfFrom(agent, '/admin/settings');
      const bad = await agent.post('/admin/settings').type('form').send({ _csrf: csrf, divergenceFactor: '0.5' }).expect(422);
      expect(bad.text).toContain('Use a factor of at least 1.1.');
      const notNumber = await agent.post('/admin/settings').type('form').send({ _csrf: csrf, divergenceFactor: 'twice' }).expect(422);
      expect(notNumber.text).toContain('Divergence factor');
      await agent.post('/admin/settings').type('form').send({ _csrf: csrf, divergenceFactor: '1.5' }).expect(303);
      expect((await agent.get('/admin/settings')).text).toContain('name="divergenceFactor" type="number" step="0.1" min="1.1" max="100" value="1.5"');

      // The stored topic is re-checked when its claims change, or by the command.
      expect(await findings()).toEqual([]);
      const run = await runCli(['topics', 'refresh'], url);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^\d+ topics re-checked; 1 conflicts now\n$/);
      const [finding] = await db.query(`SELECT kind, reason FROM claim_findings`);
      expect(finding.kind).toBe('divergence');
      expect(finding.reason).toContain('(more than 1.5×)');

      // A new claim in the topic is checked with the new factor at ingest.
      await ingest(db, '“About 1,000 civilians were killed in eastern Lorvana last week,” a rescue worker said.', { outlet: 'BBC', publishedAt: '2016-12-16' });
      expect(await findings()).toEqual(['divergence', 'divergence', 'divergence']);
    } finally {
      await drop();
    }
  });

  it('`claims backfill` finds the claims of articles stored without them, with the stored speakers, and the same findings', async () => {
    const { db, url, drop } = await openFreshDatabase(admin);
    try {
      const scenario = claimsScenario();
      const ids: number[] = [];
      for (const a of scenario.articles) ids.push(await ingest(db, a.text, { outlet: a.outlet, publishedAt: a.publishedAt, title: a.title }));
      const snapshot = async () => ({
        claims: await db.query(
          `SELECT c.article_id, c.position, t.key, c.measure, c.value_low, c.value_high, c.qualifier, c.quote_id, c.speaker_id, c.speaker_name, c.text
             FROM claims c JOIN claim_topics t ON t.id = c.topic_id ORDER BY c.article_id, c.position`,
        ),
        findings: (await db.query(`SELECT f.kind, t.key FROM claim_findings f JOIN claim_topics t ON t.id = f.topic_id ORDER BY t.key, f.kind`)) as unknown[],
      });
      const before = await snapshot();
      expect(before.claims.length).toBeGreaterThanOrEqual(6);
      expect(before.findings.length).toBe(5);

      // As if the articles had been stored before claims were kept.
      await db.query('DELETE FROM claim_findings');
      await db.query('DELETE FROM claims');
      await db.query('UPDATE claim_topics SET claim_count = 0, conflict_count = 0');
      const first = await runCli(['claims', 'backfill'], url);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(new RegExp(`^${ids.length} articles without claims analysed; ${before.claims.length} claims stored`));
      expect(await snapshot()).toEqual(before);

      // Run again: nothing left to do twice.
      const second = await runCli(['claims', 'backfill'], url);
      expect(second.stdout).toMatch(/^0 articles without claims analysed; 0 claims stored/);
      expect((await snapshot()).claims.length).toBe(before.claims.length);
    } finally {
      await drop();
    }
  });

  it('a figure without a subject is grouped with its own article’s figures only', async () => {
    const a = await ingest(admin, '“More than 200 people were arrested,” a police spokesman said.\nLater he added: “Another 50 people were arrested overnight.”', { outlet: 'Wire' });
    const b = await ingest(admin, '“More than 900 people were arrested,” an interior ministry official said.', { outlet: 'Wire' });
    const rows = await admin.query(
      `SELECT c.article_id, t.key, t.label, t.claim_count FROM claims c JOIN claim_topics t ON t.id = c.topic_id WHERE c.article_id = ANY($1::int[]) ORDER BY c.article_id, c.position`,
      [[a, b]],
    );
    expect(rows.map((r: { article_id: number }) => r.article_id)).toEqual([a, a, b]);
    expect(rows[0].key).toBe(`|detention:civilian@article:${a}`);
    expect(rows[1].key).toBe(rows[0].key);
    expect(rows[0].claim_count).toBe(2);
    expect(rows[2].key).toBe(`|detention:civilian@article:${b}`);
    expect(rows[2].label).toBe(`Unspecified subject — detentions (article ${b})`);
  });

  it('a topic of one article’s figures that takes another article’s claims no longer names that article, in the API and the feed too', async () => {
    const a = await ingest(admin, '“More than 300 people were arrested,” a police spokesman said.', { outlet: 'Wire' });
    const b = await ingest(admin, '“More than 700 people were arrested,” a ministry official said.', { outlet: 'Wire' });
    const topicOf = async (article: number) => (await admin.query('SELECT topic_id FROM claims WHERE article_id = $1', [article]))[0].topic_id as number;
    const [from, into] = [await topicOf(b), await topicOf(a)];
    await mergeTopics({ dataSource: admin }, CLI_ACTOR, from, into);
    const [{ label }] = await admin.query('SELECT label FROM claim_topics WHERE id = $1', [into]);
    expect(label).toBe('Unspecified subject — detentions');
    const app = buildTestApp(admin);
    const auth = { Authorization: `Bearer ${await tokenFor(admin, 'viewer')}` };
    expect((await request(app).get(`/api/v1/topics/${into}`).set(auth).expect(200)).text).not.toContain(`(article ${a})`);
    const feed = await request(app).get(`/topics/${into}/feed.atom`).set(auth).expect(200);
    expect(feed.text).toContain('Unspecified subject — detentions');
    expect(feed.text).not.toContain(`(article ${a})`);
    // labels stored before: the migration tidies them the same way
    const [{ id: spaced }] = await admin.query(`INSERT INTO claim_topics (key, label, measure) VALUES ($1, 'Unspecified subject — city  (share) (article 4)', 'share') RETURNING id`, [`test:${from}:spaced`]);
    await admin.query('UPDATE claim_topics SET label = $2 WHERE id = $1', [into, `Unspecified subject — detentions (article ${a})`]);
    const runner = admin.createQueryRunner();
    try {
      await new TopicLabelsTidied1795572402400().up(runner);
    } finally {
      await runner.release();
    }
    const labels = await admin.query('SELECT id, label FROM claim_topics WHERE id = ANY($1::int[]) ORDER BY id', [[into, spaced]]);
    expect(labels).toEqual([
      { id: into, label: 'Unspecified subject — detentions' },
      { id: spaced, label: 'Unspecified subject — city (share) (article 4)' },
    ]);
    // a topic whose claims are all its own article's keeps its name
    const c = await ingest(admin, '“More than 60 people were arrested,” a police spokesman said.', { outlet: 'Wire' });
    expect((await admin.query('SELECT label FROM claim_topics WHERE id = $1', [await topicOf(c)]))[0].label).toBe(`Unspecified subject — detentions (article ${c})`);
  });

  it('the label drops “(article N)” with the merge or the move itself, while the worker’s recheck is still pending', async () => {
    // with a job queue the rechecks wait for the worker; the label must not
    const queued: number[][] = [];
    const queue: TopicRecheckQueue = { enqueueTopicRechecks: async (_em, ids) => void queued.push(ids) };
    const deps = { dataSource: admin, queue };
    const wire = await ingest(admin, 'Dock workers walked off the job on Tuesday. About 4,000 workers joined the strike, the union said.', { outlet: 'Northwire', publishedAt: '2026-03-03' });
    const courier = await ingest(admin, 'Dock workers at the port stayed away on Tuesday morning. About 5,500 workers joined the strike, the union told reporters.', { outlet: 'Daily Courier', publishedAt: '2026-03-04' });
    const topicOf = async (article: number) => (await admin.query('SELECT topic_id FROM claims WHERE article_id = $1', [article]))[0].topic_id as number;
    const labelOf = async (topic: number) => (await admin.query('SELECT label, recheck_requested_at FROM claim_topics WHERE id = $1', [topic]))[0] as { label: string; recheck_requested_at: Date | null };
    const [into, from] = [await topicOf(wire), await topicOf(courier)];
    expect((await labelOf(into)).label).toBe(`Unspecified subject — people on strike (article ${wire})`);
    await mergeTopics(deps, CLI_ACTOR, from, into);
    expect(queued).toEqual([[Math.min(from, into), Math.max(from, into)]]);
    const merged = await labelOf(into);
    expect(merged.recheck_requested_at).not.toBeNull();
    expect(merged.label).toBe('Unspecified subject — people on strike');
    // one claim moved into another article's topic does the same
    const harbour = await ingest(admin, 'The port authority said on Wednesday that about 3,000 workers had stayed at home.', { outlet: 'Harbour Times', publishedAt: '2026-03-04' });
    const later = await ingest(admin, 'Cranes stood still for a second day. About 6,000 workers were on strike by Wednesday, the union said.', { outlet: 'Northwire', publishedAt: '2026-03-05' });
    const [{ id: claimId }] = await admin.query('SELECT id FROM claims WHERE article_id = $1', [later]);
    const home = await topicOf(harbour);
    expect((await labelOf(home)).label).toMatch(new RegExp(`\\(article ${harbour}\\)$`));
    await moveClaim(deps, CLI_ACTOR, claimId, { topicId: home });
    expect((await labelOf(home)).label).not.toContain('(article');
    expect((await labelOf(home)).recheck_requested_at).not.toBeNull();
  });
  it('a split gives each topic back the label it would have had if built that way: “(article N)” returns to the topic left with its own article’s figures', async () => {
    const deps = { dataSource: admin };
    const wire = await ingest(admin, 'Dock workers walked off the job on Monday. About 2,400 workers joined the walkout, the union said.', { outlet: 'Northwire', publishedAt: '2026-04-06' });
    const courier = await ingest(admin, 'Dock workers stayed away on Monday. About 3,100 workers joined the walkout, the union told reporters.', { outlet: 'Daily Courier', publishedAt: '2026-04-07' });
    const topicOf = async (article: number) => (await admin.query('SELECT topic_id FROM claims WHERE article_id = $1', [article]))[0].topic_id as number;
    const labelOf = async (topic: number) => (await admin.query('SELECT label FROM claim_topics WHERE id = $1', [topic]))[0].label as string;
    const [into, from] = [await topicOf(wire), await topicOf(courier)];
    const built = await labelOf(into);
    expect(built).toBe(`Unspecified subject — people counted (article ${wire})`);
    await mergeTopics(deps, CLI_ACTOR, from, into);
    expect(await labelOf(into)).toBe('Unspecified subject — people counted');
    // the editor splits the Courier's figure out again, to a topic named for it
    const [{ id: claimId }] = await admin.query('SELECT id FROM claims WHERE article_id = $1', [courier]);
    const split = await moveClaim(deps, CLI_ACTOR, claimId, { newLabel: 'Courier walkout count' });
    expect(await labelOf(into)).toBe(built);
    expect(await labelOf(split)).toBe('Courier walkout count');
    // a label an editor gave the merged topic is theirs: a split leaves it
    await mergeTopics(deps, CLI_ACTOR, split, into);
    await admin.query('UPDATE claim_topics SET label = $2 WHERE id = $1', [into, 'Harbour strike turnout']);
    await moveClaim(deps, CLI_ACTOR, claimId, { newLabel: 'Courier walkout count' });
    expect(await labelOf(into)).toBe('Harbour strike turnout');
  });
});
