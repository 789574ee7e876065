import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../../src/config';
import { buildTestApp } from '../support/app';
import { signedInAgent, tokenFor } from '../support/auth';
import { openTestDataSource } from '../support/db';

describe('rate limits on search, verify and export', () => {
  let ds: DataSource;
  let app: ReturnType<typeof buildTestApp>;
  beforeAll(async () => {
    ds = await openTestDataSource();
    // Low limits under a key prefix of this test's own, so no other test shares the counters.
    app = buildTestApp(ds, { rateLimits: { search: 2, verify: 1, export: 1, windowSeconds: 120, keyPrefix: `rl_${randomUUID().slice(0, 8)}` } });
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('answers 429 with Retry-After and RateLimit headers once a token has used its searches', async () => {
    const auth = { authorization: `Bearer ${await tokenFor(ds, 'viewer')}` };
    const one = await request(app).get('/api/v1/search?q=harbour').set(auth).expect(200);
    expect(one.headers['ratelimit-limit']).toBe('2');
    expect(one.headers['ratelimit-remaining']).toBe('1');
    expect(Number(one.headers['ratelimit-reset'])).toBeGreaterThan(0);
    await request(app).get('/search/feed.atom?q=harbour').set(auth).expect(200);
    const over = await request(app).get('/api/v1/search?q=harbour').set(auth).expect(429);
    expect(over.body.error).toMatchObject({ code: 'rate_limited', message: expect.stringMatching(/Too many search requests/) });
    const wait = Number(over.headers['retry-after']);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(120);
    expect(over.headers['ratelimit-remaining']).toBe('0');

    // Another user has a count of their own.
    const other = { authorization: `Bearer ${await tokenFor(ds, 'viewer')}` };
    await request(app).get('/api/v1/search?q=harbour').set(other).expect(200);
  });

  it('limits the search page, verification (page and API) and exports, in HTML too', async () => {
    const { agent } = await signedInAgent(app, ds, 'viewer');
    await agent.get('/search?q=wall').expect(200);
    await agent.get('/search?q=wall').expect(200);
    const page = await agent.get('/search?q=wall').expect(429);
    expect(page.headers['content-type']).toMatch(/html/);
    expect(page.headers['retry-after']).toBeDefined();
    expect(page.text).toContain('Too many search requests');

    await agent.get('/verify').expect(200); // the empty form costs nothing
    await agent.get('/verify').expect(200);
    await agent.get('/verify?quote=the+harbour+wall+will+hold').expect(200);
    await agent.get('/verify?quote=the+harbour+wall+will+hold').expect(429).expect('retry-after', /^\d+$/);
    const api = await agent.post('/api/v1/verify').set('content-type', 'application/json').send({ quote: 'the harbour wall will hold' }).expect(429);
    expect(api.body.error.code).toBe('rate_limited');

    await agent.get('/search/export?q=wall&format=csv').expect(200);
    const refused = await agent.get('/search/export?q=wall&format=json').expect(429).expect('retry-after', /^\d+$/);
    // a download that is refused says why in plain text, not in a page saved as the file
    expect(refused.headers['content-type']).toMatch(/^text\/plain/);
    expect(refused.text).toMatch(/^Too many export requests\. Try again in \d+ second/);
    await agent.get('/topics/1/export?format=csv').expect(429).expect('content-type', /^text\/plain/);
  });

  it('keeps its counters out of the write-ahead log (a request does not wait for a WAL flush)', async () => {
    const [{ relpersistence }] = await ds.query(`SELECT relpersistence FROM pg_class WHERE oid = 'rate_limits'::regclass`);
    expect(relpersistence).toBe('u');
  });

  it('reads its limits from the environment, with generous defaults', () => {
    const defaults = loadConfig({});
    expect(defaults).toMatchObject({ RATE_LIMIT_SEARCH: 120, RATE_LIMIT_VERIFY: 60, RATE_LIMIT_EXPORT: 20, RATE_LIMIT_WINDOW_SECONDS: 60 });
    expect(loadConfig({ RATE_LIMIT_SEARCH: '5', RATE_LIMIT_WINDOW_SECONDS: '10' })).toMatchObject({ RATE_LIMIT_SEARCH: 5, RATE_LIMIT_WINDOW_SECONDS: 10 });
    expect(() => loadConfig({ RATE_LIMIT_VERIFY: '0' })).toThrow(/RATE_LIMIT_VERIFY/);
  });
});
