import { spawn } from 'node:child_process';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { buildTestApp } from '../support/app';
import { csrfFrom, signedInAgent } from '../support/auth';
import { openFreshDatabase, openTestDataSource } from '../support/db';
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

describe('the divergence factor is an installation setting', () => {
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
});
