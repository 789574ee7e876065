import request from 'supertest';
import type { DataSource } from 'typeorm';
import { buildArticleInput } from '../factories/article.factory';
import { buildTestApp } from '../support/app';
import { createTestUser, csrfFrom, signedInAgent } from '../support/auth';
import { openTestDataSource } from '../support/db';

describe('refused write attempts in the audit log', () => {
  let ds: DataSource;
  let app: ReturnType<typeof buildTestApp>;
  beforeAll(async () => {
    ds = await openTestDataSource();
    app = buildTestApp(ds);
  });
  afterAll(async () => {
    await ds.destroy();
  });

  const refusals = (label: string) =>
    ds.query(`SELECT actor_label AS "actor", target_id AS "target", after, ip, created_at AS "at" FROM audit_log WHERE action = 'access.refused' AND actor_label = $1 ORDER BY id`, [label]) as Promise<
      Array<{ actor: string; target: string; after: Record<string, unknown>; ip: string | null; at: Date }>
    >;

  it('records a viewer posting to an editor’s form once per route, with who, what and when but nothing they sent', async () => {
    const { agent, user } = await signedInAgent(app, ds, 'viewer');
    const csrf = await csrfFrom(agent, '/verify');
    const secret = 'the reviewer note nobody should log';
    await agent.post('/review/quotes/2000000000/confirm?token=abc').type('form').send({ _csrf: csrf, note: secret }).expect(403);
    // the same attempt again, on another quote: one entry for the route, not one per try
    await agent.post('/review/quotes/2000000001/confirm').type('form').send({ _csrf: csrf }).expect(403);
    await agent.post('/admin/settings').type('form').send({ _csrf: csrf }).expect(403);
    const rows = await refusals(user.email);
    expect(rows.map((r) => r.target)).toEqual(['POST /review/quotes/:id/confirm', 'POST /admin/settings']);
    expect(rows[0].after).toEqual({ method: 'POST', route: '/review/quotes/:id/confirm', path: '/review/quotes/2000000000/confirm', role: 'viewer', code: 'forbidden' });
    expect(JSON.stringify(rows)).not.toContain(secret);
    expect(JSON.stringify(rows)).not.toContain('token=abc');
    expect(rows[0].at).toBeInstanceOf(Date);
    // a refused read is no attempt to change anything
    await agent.get('/review').expect(403);
    expect(await refusals(user.email)).toHaveLength(2);
  });

  it('records a viewer’s token writing through the API, and shows it on the audit page', async () => {
    const { createApiToken } = await import('../../src/services/api-tokens');
    const { CLI_ACTOR } = await import('../../src/services/audit');
    const { id, email } = await createTestUser(ds, 'viewer');
    const { token } = await createApiToken({ dataSource: ds }, id, { name: 'tests' }, CLI_ACTOR);
    await request(app).post('/api/v1/articles').set('Authorization', `Bearer ${token}`).send(buildArticleInput()).expect(403);
    const rows = await refusals(email);
    expect(rows.map((r) => r.target)).toEqual(['POST /api/v1/articles']);
    expect(JSON.stringify(rows)).not.toContain(token);
    const { agent } = await signedInAgent(app, ds, 'admin');
    const page = await agent.get('/admin/audit?action=access.refused').expect(200);
    expect(page.text).toContain('access.refused');
    expect(page.text).toContain(email);
  });

  it('records again after the quiet period, and never more than one entry per route in it', async () => {
    const { recordRefusedAttempt, REFUSAL_QUIET_MS } = await import('../../src/services/refused-attempts');
    const actor = { id: null, label: `script-${Date.now()}@example.test`, ip: '203.0.113.9' };
    const attempt = { method: 'POST', route: '/topics/:id/merge', path: '/topics/5/merge', role: 'viewer', code: 'forbidden' };
    const t0 = Date.now();
    const written = [];
    for (let i = 0; i < 50; i++) written.push(await recordRefusedAttempt({ dataSource: ds }, actor, attempt, t0 + i * 1000));
    written.push(await recordRefusedAttempt({ dataSource: ds }, actor, attempt, t0 + REFUSAL_QUIET_MS + 1));
    expect(written.filter(Boolean)).toHaveLength(2);
    expect((await refusals(actor.label)).map((r) => r.ip)).toEqual(['203.0.113.9', '203.0.113.9']);
  });
});
