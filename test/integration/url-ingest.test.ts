import http from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { workFetchArticles } from '../../src/jobs/fetch-article.job';
import { type JobQueue, startQueue } from '../../src/jobs/queue';
import { buildTestApp } from '../support/app';
import { csrfFrom, signedInAgent, tokenFor } from '../support/auth';
import { openTestDataSource } from '../support/db';

jest.setTimeout(90_000);

/** A news page as a small site would serve it: navigation, share buttons, JSON-LD and the story. */
function page(tag: string, figure: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Flood defences hold in Riverton | The Valley Courier</title>
<meta property="og:site_name" content="The Valley Courier">
<link rel="canonical" href="/news/flood-defences-${tag}">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Flood defences hold in Riverton","datePublished":"2024-02-11T08:00:00Z","author":{"@type":"Person","name":"Dana Whitfield"}}</script>
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Flood defences hold in Riverton</h1><p class="byline">By Dana Whitfield</p>
<p>Emergency crews in Riverton worked through the night as the river peaked on Saturday, officials said, and most of the town stayed dry (ref ${tag}).</p>
<p>“We moved ${figure} people out of the lowest streets before midnight, and every one of them is safe,” said Harriet Okafor, the county's emergency coordinator.</p>
<p>Okafor said the new embankment had been tested for the first time. “It did exactly what it was built to do,” she added.</p>
<p>The weather service expects the water to fall through the week, although more rain is forecast for Thursday.</p>
</article><div class="share">Share on Facebook Share on X</div><footer>© The Valley Courier</footer></body></html>`;
}

async function waitFor<T>(probe: () => Promise<T | null>, ms = 30_000): Promise<T> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const v = await probe();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error('timed out waiting');
}

describe('articles from URLs, through the job queue', () => {
  let ds: DataSource;
  let queue: JobQueue;
  let server: http.Server;
  let base: string;
  let figure = '340';
  const tag = `t${Date.now()}`;

  beforeAll(async () => {
    ds = await openTestDataSource();
    queue = await startQueue(process.env.WHOSAID_TEST_DATABASE_URL!);
    await workFetchArticles(queue.boss, { dataSource: ds, fetchOptions: { allowedHosts: ['127.0.0.1'] } }, 1);
    server = http.createServer((req, res) => {
      if (req.url?.startsWith('/news/')) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end(page(tag, figure));
      }
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<p>missing</p>');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await queue.stop();
    await new Promise((r) => server.close(r));
    await ds.destroy();
  });

  it('fetches a page given only its address, stores the article with its snapshot, and recognises it again', async () => {
    const app = buildTestApp(ds, { queue });
    const { agent } = await signedInAgent(app, ds, 'editor');
    const csrf = await csrfFrom(agent, '/articles/new');
    const url = `${base}/news/flood-defences-${tag}?utm_source=feed`;
    const posted = await agent.post('/articles').type('form').send({ url, _csrf: csrf }).expect(303);
    expect(posted.headers.location).toMatch(/^\/fetches\/\d+$/);
    const waiting = await agent.get(posted.headers.location);
    expect([200, 303]).toContain(waiting.status);

    const articleUrl = await waitFor(async () => {
      const r = await agent.get(posted.headers.location);
      return r.status === 303 ? (r.headers.location as string) : null;
    });
    expect(articleUrl).toMatch(/^\/articles\/\d+\?notice=created$/);
    const id = Number(/\/articles\/(\d+)/.exec(articleUrl)![1]);
    const article = await agent.get(`/articles/${id}`).expect(200);
    expect(article.text).toContain('Flood defences hold in Riverton');
    expect(article.text).toContain('data-speaker="Harriet Okafor"');
    expect(article.text).not.toContain('Share on Facebook');
    const [row] = await ds.query('SELECT outlet, canonical_url, byline, published_at, source FROM articles WHERE id = $1', [id]);
    expect(row).toMatchObject({ outlet: 'The Valley Courier', canonical_url: `${base}/news/flood-defences-${tag}`, source: 'url' });
    expect(row.published_at.toISOString()).toBe('2024-02-11T08:00:00.000Z');

    const snapshotId = /\/articles\/\d+\/snapshots\/(\d+)/.exec(article.text)![1];
    const snap = await agent.get(`/articles/${id}/snapshots/${snapshotId}`).buffer(true).parse((res, cb) => {
      let data = '';
      res.on('data', (c: Buffer) => (data += c.toString()));
      res.on('end', () => cb(null, data));
    });
    expect(snap.headers['content-disposition']).toMatch(/^attachment/);
    expect(snap.headers['content-security-policy']).toContain('sandbox');
    expect(snap.body).toContain('Share on Facebook');

    // The same page again: no second article.
    const again = await agent.post('/articles').type('form').send({ url, _csrf: csrf }).expect(303);
    const dup = await waitFor(async () => {
      const r = await agent.get(again.headers.location);
      return r.status === 303 ? (r.headers.location as string) : null;
    });
    expect(dup).toBe(`/articles/${id}?notice=duplicate`);
  });

  it('stores an edited page as a new version and shows how its quotes changed', async () => {
    const token = await tokenFor(ds, 'editor');
    const app = buildTestApp(ds, { queue });
    const url = `${base}/news/flood-defences-${tag}`;
    const first = await request(app).get(`/api/v1/articles/0`).set('Authorization', `Bearer ${token}`);
    expect(first.status).toBe(422);
    figure = '1,200';
    const accepted = await request(app).post('/api/v1/articles').set('Authorization', `Bearer ${token}`).send({ url }).expect(202);
    expect(accepted.headers.location).toBe(`/api/v1/fetches/${accepted.body.fetch.id}`);
    const done = await waitFor(async () => {
      const r = await request(app).get(accepted.headers.location).set('Authorization', `Bearer ${token}`);
      return r.body.fetch.status === 'done' ? r.body.fetch : null;
    });
    const v2 = await request(app).get(done.article.href).set('Authorization', `Bearer ${token}`).expect(200);
    expect(v2.body.article.version).toBe(2);
    expect(v2.body.article.isCurrent).toBe(true);
    const v1id = v2.body.article.previousVersionId;
    const old = await request(app).get(`/api/v1/articles/${v1id}`).set('Authorization', `Bearer ${token}`);
    expect(old.body.article.isCurrent).toBe(false);

    const { agent } = await signedInAgent(app, ds, 'viewer');
    const html = await agent.get(`/articles/${v2.body.article.id}`).expect(200);
    expect(html.text).toContain('What changed in the quotes since version 1');
    expect(html.text).toMatch(/<del>340 <\/del><ins>1,200 <\/ins>/);
    // the list holds the current version only (other tests' articles share the list: it is read page by page)
    let listed = false;
    for (let page = 1; page <= 50 && !listed; page++) {
      const list = await agent.get(`/articles?page=${page}`).expect(200);
      expect(list.text).not.toContain(`/articles/${v1id}"`);
      listed = list.text.includes(`/articles/${v2.body.article.id}"`);
      if (!list.text.includes('rel="next"')) break;
    }
    expect(listed).toBe(true);
  });

  it('refuses addresses the fetcher must not reach, and says why', async () => {
    const app = buildTestApp(ds, { queue });
    const { agent } = await signedInAgent(app, ds, 'editor');
    const csrf = await csrfFrom(agent, '/articles/new');
    const port = (server.address() as AddressInfo).port;
    const posted = await agent.post('/articles').type('form').send({ url: `http://localhost:${port}/news/x`, _csrf: csrf }).expect(303);
    const failed = await waitFor(async () => {
      const [r] = await ds.query('SELECT status, error_code FROM ingest_requests WHERE id = $1', [posted.headers.location.split('/').pop()]);
      return r.status === 'failed' ? r : null;
    });
    expect(failed.error_code).toMatch(/^blocked_/);
    const shown = await agent.get(posted.headers.location).expect(200);
    expect(shown.text).toContain('whosaid could not add this page.');
    expect(shown.text).toContain('<h1>The page could not be added</h1>');
    // the way back to the form keeps the address, to paste the text by hand
    const back = /href="(\/articles\/new\?url=[^"]+)"/.exec(shown.text)?.[1];
    expect(back).toBeDefined();
    const form = await agent.get(back!.replace(/&amp;/g, '&')).expect(200);
    expect(form.text).toContain(`value="http://localhost:${port}/news/x"`);

    const notFound = await agent.post('/articles').type('form').send({ url: `${base}/missing-page`, _csrf: csrf }).expect(303);
    const nf = await waitFor(async () => {
      const [r] = await ds.query('SELECT status, error_code, error_message FROM ingest_requests WHERE id = $1', [notFound.headers.location.split('/').pop()]);
      return r.status === 'failed' ? r : null;
    });
    // A missing page is final at once (no retries): only network failures and 5xx are tried again.
    expect(nf.error_code).toBe('http_error');
    expect(nf.error_message).toContain('404');
  });

  it('rejects a malformed address before queueing anything', async () => {
    const app = buildTestApp(ds, { queue });
    const { agent } = await signedInAgent(app, ds, 'editor');
    const csrf = await csrfFrom(agent, '/articles/new');
    const res = await agent.post('/articles').type('form').send({ url: 'file:///etc/passwd', _csrf: csrf }).expect(422);
    expect(res.text).toContain('must be an http:// or https:// address');
  });
});
