import request from 'supertest';
import type { DataSource } from 'typeorm';
import { buildTestApp } from '../support/app';
import { createTestUser, csrfFrom, signIn, signedInAgent, tokenFor } from '../support/auth';
import { openFreshDatabase, openTestDataSource } from '../support/db';

jest.setTimeout(60_000);

function sessionCookie(res: request.Response): string | undefined {
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  return cookies.find((c) => c.startsWith('whosaid.sid='))?.split(';')[0];
}

describe('accounts, sessions and tokens', () => {
  let ds: DataSource;
  let app: ReturnType<typeof buildTestApp>;
  beforeAll(async () => {
    ds = await openTestDataSource();
    app = buildTestApp(ds);
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('gives a new session id at sign-in (no session fixation) and ends it at sign-out', async () => {
    const user = await createTestUser(ds, 'viewer');
    const agent = request.agent(app);
    const csrf = await csrfFrom(agent);
    const login = await agent.post('/login').type('form').send({ email: user.email, password: user.password, _csrf: csrf }).expect(303);
    const sid = sessionCookie(login);
    expect(sid).toBeDefined();
    // A session id planted before sign-in is not the one used after it.
    const planted = request.agent(app);
    const plantedCsrf = await csrfFrom(planted);
    const res2 = await planted
      .post('/login')
      .set('Cookie', 'whosaid.sid=s%3Aattacker-chosen.sig')
      .type('form')
      .send({ email: user.email, password: user.password, _csrf: plantedCsrf });
    expect(sessionCookie(res2)).not.toContain('attacker-chosen');

    const tokensPage = await agent.get('/account/tokens').expect(200);
    const pageCsrf = /name="_csrf" value="([^"]+)"/.exec(tokensPage.text)![1];
    await agent.post('/logout').type('form').send({ _csrf: pageCsrf }).expect(303);
    // The old cookie no longer opens anything.
    const replay = await request(app).get('/account/tokens').set('Cookie', sid!);
    expect(replay.status).toBe(303);
    expect(replay.headers.location).toMatch(/^\/login/);
  });

  it('ends a session after the idle limit and after the absolute limit', async () => {
    const user = await createTestUser(ds, 'viewer');
    const idle = buildTestApp(ds, { sessionIdleMinutes: 0.005 }); // 300 ms
    const a = request.agent(idle);
    await signIn(a, user);
    await a.get('/account/tokens').expect(200);
    await new Promise((r) => setTimeout(r, 450));
    expect((await a.get('/account/tokens')).status).toBe(303);

    const absolute = buildTestApp(ds, { sessionAbsoluteHours: 0.0004 }); // 1.44 s
    const b = request.agent(absolute);
    await signIn(b, user);
    await b.get('/account/tokens').expect(200);
    await new Promise((r) => setTimeout(r, 1600));
    expect((await b.get('/account/tokens')).status).toBe(303);
  });

  it('sets HttpOnly, SameSite session cookies', async () => {
    const user = await createTestUser(ds, 'viewer');
    const agent = request.agent(app);
    const csrf = await csrfFrom(agent);
    const res = await agent.post('/login').type('form').send({ email: user.email, password: user.password, _csrf: csrf });
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('whosaid.sid='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('rejects sign-in and sign-out posts without a valid CSRF token', async () => {
    const user = await createTestUser(ds, 'viewer');
    await request(app).post('/login').type('form').send({ email: user.email, password: user.password }).expect(403);
    const { agent } = await signedInAgent(app, ds, 'viewer');
    await agent.post('/logout').type('form').send({ _csrf: 'forged' }).expect(403);
    await agent.get('/account/tokens').expect(200);
  });

  it('answers an unknown account and a wrong password identically, then rate-limits the account', async () => {
    const user = await createTestUser(ds, 'editor');
    const limited = buildTestApp(ds, { loginLimits: { perAccount: 3, keyPrefix: `t${Date.now()}` } });
    const attempt = async (email: string, password: string) => {
      const agent = request.agent(limited);
      const csrf = await csrfFrom(agent);
      return agent.post('/login').type('form').send({ email, password, _csrf: csrf });
    };
    const unknown = await attempt(`nobody-${Date.now()}@example.test`, 'whatever-password');
    const wrong = await attempt(user.email, 'wrong-password-123');
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    const message = (t: string) => /role="alert"[^>]*><p>([^<]+)</.exec(t)?.[1];
    expect(message(unknown.text)).toBe(message(wrong.text));
    await attempt(user.email, 'wrong-password-456');
    await attempt(user.email, 'wrong-password-789');
    const blocked = await attempt(user.email, user.password);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.text).toContain('Too many sign-in attempts');
    const audit = await ds.query(`SELECT action FROM audit_log WHERE after->>'email' = $1 ORDER BY id`, [user.email]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'user.create',
      'user.login_failed',
      'user.login_failed',
      'user.login_failed',
      'user.login_blocked',
    ]);
  });

  it('rate-limits sign-in attempts per address across accounts', async () => {
    const limited = buildTestApp(ds, { loginLimits: { perIp: 2, keyPrefix: `ip${Date.now()}` } });
    const attempt = async (email: string) => {
      const agent = request.agent(limited);
      const csrf = await csrfFrom(agent);
      return agent.post('/login').type('form').send({ email, password: 'nope-nope-nope', _csrf: csrf });
    };
    expect((await attempt('x0@example.test')).status).toBe(401);
    expect((await attempt('x1@example.test')).status).toBe(401);
    const res = await attempt('other@example.test');
    expect(res.status).toBe(429);
  });

  it('only follows same-site paths after sign-in', async () => {
    const user = await createTestUser(ds, 'viewer');
    for (const [next, expected] of [
      ['/articles', '/articles'],
      ['//evil.example/x', '/'],
      ['https://evil.example/', '/'],
      ['/\\evil.example', '/'],
    ]) {
      const agent = request.agent(app);
      const csrf = await csrfFrom(agent);
      const res = await agent.post('/login').type('form').send({ email: user.email, password: user.password, next, _csrf: csrf });
      expect(res.headers.location).toBe(expected);
    }
  });

  it('creates a personal API token shown once, accepts it as Bearer, and refuses it once revoked', async () => {
    const { agent } = await signedInAgent(app, ds, 'editor');
    const csrf = await csrfFrom(agent, '/account/tokens');
    const created = await agent.post('/account/tokens').type('form').send({ name: 'import script', _csrf: csrf }).expect(201);
    expect(created.headers['cache-control']).toBe('no-store');
    const token = /<code class="token" id="new-token">([^<]+)<\/code>/.exec(created.text)![1];
    const stored = await ds.query('SELECT token_hash FROM api_tokens WHERE prefix = $1', [token.slice(0, 10)]);
    expect(stored[0].token_hash).not.toContain(token);
    const list = await agent.get('/account/tokens').expect(200);
    expect(list.text).not.toContain(token);

    await request(app).get('/api/v1/articles/2000000000').set('Authorization', `Bearer ${token}`).expect(404);
    const id = /action="\/account\/tokens\/(\d+)\/revoke"/.exec(list.text)![1];
    await agent.post(`/account/tokens/${id}/revoke`).type('form').send({ _csrf: csrf }).expect(303);
    const refused = await request(app).get('/api/v1/articles/1').set('Authorization', `Bearer ${token}`).expect(401);
    expect(refused.body.error.code).toBe('invalid_token');
  });

  it('answers 401 to API calls without credentials and 403 to a viewer writing', async () => {
    const anon = await request(app).post('/api/v1/articles').send({ title: 'x', text: 'y' }).expect(401);
    expect(anon.body.error.code).toBe('unauthenticated');
    const viewerToken = await tokenFor(ds, 'viewer');
    await request(app).post('/api/v1/articles').set('Authorization', `Bearer ${viewerToken}`).send({ title: 'x', text: 'y' }).expect(403);
  });

  it('ends the sessions of a user an admin disables, and keeps at least one admin', async () => {
    const { agent: admin, user: adminUser } = await signedInAgent(app, ds, 'admin');
    const { agent: victim, user } = await signedInAgent(app, ds, 'editor');
    const csrf = await csrfFrom(admin, '/admin/users');
    await admin.post(`/admin/users/${user.id}`).type('form').send({ disabled: 'true', _csrf: csrf }).expect(303);
    const after = await victim.get('/account/tokens');
    expect(after.status).toBe(303);
    const audit = await ds.query(`SELECT before, after FROM audit_log WHERE action = 'user.update' AND target_id = $1`, [String(user.id)]);
    expect(audit[0]).toEqual({ before: { role: 'editor', disabled: false }, after: { role: 'editor', disabled: true } });
    void adminUser;
  });

  it('keeps the audit log append-only in the database itself', async () => {
    await createTestUser(ds, 'viewer');
    const [{ id }] = await ds.query(`SELECT id FROM audit_log ORDER BY id DESC LIMIT 1`);
    await expect(ds.query(`UPDATE audit_log SET action = 'forged' WHERE id = $1`, [id])).rejects.toThrow(/cannot be changed/);
    await expect(ds.query(`DELETE FROM audit_log WHERE id = $1`, [id])).rejects.toThrow(/cannot be changed/);
  });

  it('escapes script payloads in every user-editable account field', async () => {
    const payload = `<script>alert("x")</script><img src=x onerror=alert(1)>`;
    const { agent } = await signedInAgent(app, ds, 'admin');
    let csrf = await csrfFrom(agent, '/admin/users');
    const bad = await agent
      .post('/admin/users')
      .type('form')
      .send({ email: `${payload}@x`, displayName: payload, password: 'long-enough-password', role: 'viewer', _csrf: csrf })
      .expect(422);
    expect(bad.text).not.toContain('<script>alert');
    await agent
      .post('/admin/users')
      .type('form')
      .send({ email: `xss-${Date.now()}@example.test`, displayName: payload, password: 'long-enough-password', role: 'viewer', _csrf: csrf })
      .expect(303);
    csrf = await csrfFrom(agent, '/account/tokens');
    const tok = await agent.post('/account/tokens').type('form').send({ name: payload, _csrf: csrf }).expect(201);
    for (const page of [tok.text, (await agent.get('/admin/users')).text, (await agent.get('/admin/audit')).text]) {
      expect(page).not.toContain('<script>alert');
      expect(page).not.toContain('<img src=x');
    }
  });

  it('offers the setup page only on an empty installation, then signs the new admin in', async () => {
    const { db, drop } = await openFreshDatabase(ds);
    try {
      const fresh = buildTestApp(db);
      const agent = request.agent(fresh);
      const first = await agent.get('/articles').expect(303);
      expect(first.headers.location).toBe('/setup');
      const csrf = await csrfFrom(agent, '/setup');
      const short = await agent.post('/setup').type('form').send({ email: 'chief@example.test', password: 'short', _csrf: csrf }).expect(422);
      expect(short.text).toContain('must be at least 12 characters');
      expect(short.text).toContain('value="chief@example.test"');
      await agent.post('/setup').type('form').send({ email: 'chief@example.test', password: 'a-long-admin-password', _csrf: csrf }).expect(303);
      const home = await agent.get('/admin/users').expect(200);
      expect(home.text).toContain('chief@example.test');
      // Once set up, the page is gone and a second admin cannot be created through it.
      const other = request.agent(fresh);
      const again = await other.get('/setup').expect(303);
      expect(again.headers.location).toBe('/login');
      const csrf2 = await csrfFrom(other, '/login');
      await other.post('/setup').type('form').send({ email: 'intruder@example.test', password: 'a-long-admin-password', _csrf: csrf2 }).expect(303);
      const [{ n }] = await db.query('SELECT count(*)::int AS n FROM users');
      expect(n).toBe(1);
    } finally {
      await drop();
    }
  });

  it('lets anonymous visitors read only when an admin allows it', async () => {
    const { db, drop } = await openFreshDatabase(ds);
    try {
      const fresh = buildTestApp(db);
      const admin = await createTestUser(db, 'admin');
      expect((await request(fresh).get('/articles')).status).toBe(303);
      const agent = request.agent(fresh);
      await signIn(agent, admin);
      const csrf = await csrfFrom(agent, '/admin/settings');
      await agent.post('/admin/settings').type('form').send({ anonymousRead: 'on', _csrf: csrf }).expect(303);
      await request(fresh).get('/articles').expect(200);
      await request(fresh).get('/articles/new').expect(303);
      const [entry] = await db.query(`SELECT before, after FROM audit_log WHERE action = 'settings.update'`);
      expect(entry).toEqual({ before: { anonymousRead: false }, after: { anonymousRead: true } });
    } finally {
      await drop();
    }
  });
});
