import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { buildTestApp } from '../support/app';
import { csrfFrom, signedInAgent, tokenFor } from '../support/auth';
import { openTestDataSource } from '../support/db';

/** The browser tab's title of a page. */
const tabTitle = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];

/** About 2.25 MB of article text, as the tester pasted. */
const hugeText = () => `“We will rebuild,” said Jan Novak. ${'The council met again to discuss the floods. '.repeat(52_000)}`;

describe('error pages', () => {
  let ds: DataSource;
  let app: ReturnType<typeof buildTestApp>;
  beforeAll(async () => {
    ds = await openTestDataSource();
    app = buildTestApp(ds, { rateLimits: { search: 1, windowSeconds: 120, keyPrefix: `ep_${randomUUID().slice(0, 8)}` } });
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('says on the paste form how much it takes', async () => {
    const { agent } = await signedInAgent(app, ds, 'editor');
    const page = await agent.get('/articles/new').expect(200);
    expect(page.text).toMatch(/<textarea id="f-text" name="text"[^>]* maxlength="1000000" data-max-bytes="2097152"/);
    expect(page.text).toContain('Up to 1,000,000 characters, and 2 MB for the whole form as sent.');
    expect(page.text).toContain('<a href="/imports">Imports</a>');
  });

  it('answers a pasted text over the body limit with a page saying the limit, that nothing was stored, and what to do', async () => {
    const { agent } = await signedInAgent(app, ds, 'editor');
    const csrf = await csrfFrom(agent, '/articles/new');
    const title = `Too long ${randomUUID().slice(0, 8)}`;
    const text = hugeText();
    expect(text.length).toBeGreaterThan(2_250_000);
    const res = await agent.post('/articles').type('form').send({ title, outlet: 'Coast Daily', text, _csrf: csrf }).expect(413);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(tabTitle(res.text)).toBe('Too large to send · whosaid');
    expect(res.text).toContain('<h1>Too large to send</h1>');
    expect(res.text).toMatch(/What you sent \(\d(?:\.\d)? MB\) is more than the <strong>2 MB<\/strong> whosaid accepts in one request\. <strong>Nothing was stored\.<\/strong>/);
    expect(res.text).toContain('An article can have up to 1,000,000 characters');
    expect(res.text).toContain('<a href="/imports">Imports</a>');
    expect(res.text).toContain('Give only its address (URL)');
    expect(res.text).toContain('<a href="/articles/new">Back to the form</a>');
    expect(res.text).not.toContain('That did not work');
    expect(await ds.query('SELECT 1 FROM articles WHERE title = $1', [title])).toHaveLength(0);
  });

  it('says the configured limit (BODY_LIMIT), on the page and in the API', async () => {
    const small = buildTestApp(ds, { bodyLimit: '100kb' });
    const { agent } = await signedInAgent(small, ds, 'editor');
    const form = await agent.get('/articles/new').expect(200);
    expect(form.text).toContain('data-max-bytes="102400"');
    expect(form.text).toContain('and 100 KB for the whole form as sent');
    const csrf = await csrfFrom(agent, '/articles/new');
    const page = await agent.post('/articles').type('form').send({ title: 'Long', text: 'word '.repeat(30_000), _csrf: csrf }).expect(413);
    expect(page.text).toContain('is more than the <strong>100 KB</strong> whosaid accepts');

    const token = await tokenFor(ds, 'editor');
    const api = await request(small).post('/api/v1/articles').set('Authorization', `Bearer ${token}`).send({ title: 'Long', text: 'word '.repeat(30_000) }).expect(413);
    expect(api.body.error.code).toBe('payload_too_large');
    expect(api.body.error.message).toMatch(/^The request is 146\.\d KB, more than the 100 KB whosaid accepts in one request\. Nothing was stored\. /);
    expect(api.body.error.message).toContain('send the articles as an import file (POST /api/v1/imports, up to 50 MB)');
    expect(api.body.error.details).toEqual({ limitBytes: 102_400, sizeBytes: expect.any(Number) });
  });

  it('gives 403, 404 and 429 pages titles of their own', async () => {
    const { agent: viewer } = await signedInAgent(app, ds, 'viewer');
    const forbidden = await viewer.get('/articles/new').expect(403);
    expect(tabTitle(forbidden.text)).toBe('Not allowed · whosaid');
    expect(forbidden.text).toContain('<h1>Not allowed</h1>');
    const missing = await viewer.get('/no-such-page').expect(404);
    expect(tabTitle(missing.text)).toBe('Not found · whosaid');
    await viewer.get('/search?q=harbour').expect(200);
    const limited = await viewer.get('/search?q=harbour').expect(429);
    expect(tabTitle(limited.text)).toBe('Too many requests · whosaid');
    expect(limited.text).toContain('<h1>Too many requests</h1>');
  });
});
