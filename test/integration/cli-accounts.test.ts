import { spawn } from 'node:child_process';
import path from 'node:path';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { buildTestApp } from '../support/app';
import { openTestDataSource } from '../support/db';

jest.setTimeout(60_000);

const CLI = path.join(__dirname, '..', '..', 'src', 'cli.ts');

function runCli(args: string[], stdin: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
      env: { ...process.env, DATABASE_URL: process.env.WHOSAID_TEST_DATABASE_URL, LOG_LEVEL: 'silent' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('command line: accounts and tokens', () => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = await openTestDataSource();
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('creates an admin with the password from stdin, then prints a working API token', async () => {
    const email = `cli-admin-${Date.now()}@example.test`;
    const created = await runCli(['user', 'create', '--email', email, '--role', 'admin'], 'a-long-cli-password\n');
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(new RegExp(`^created admin ${email} \\(id \\d+\\)`));
    const [row] = await ds.query('SELECT role, password_hash FROM users WHERE email = $1', [email]);
    expect(row.role).toBe('admin');
    expect(row.password_hash).toMatch(/^\$argon2id\$/);

    const token = await runCli(['token', 'create', '--email', email], '');
    expect(token.code).toBe(0);
    const value = token.stdout.trim();
    expect(value).toMatch(/^wsd_[A-Za-z0-9_-]{40,}$/);
    await request(buildTestApp(ds)).get('/admin/users').set('Authorization', `Bearer ${value}`).expect(200);
  });

  it('explains bad input and stores nothing', async () => {
    const email = `cli-bad-${Date.now()}@example.test`;
    const res = await runCli(['user', 'create', '--email', email, '--role', 'owner'], 'short\n');
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('password: must be at least 12 characters');
    expect(res.stderr).toContain('role: must be viewer, editor or admin');
    const rows = await ds.query('SELECT 1 FROM users WHERE email = $1', [email]);
    expect(rows).toHaveLength(0);
    const usage = await runCli(['user'], '');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('usage: user create');
  });
});
