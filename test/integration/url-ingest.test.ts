import http from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { SupersededClaims1795572401700 } from '../../migrations/1795572401700-superseded-claims';
import { insertIngestRequest } from '../../src/db/repositories/ingest-request.repository';
import { workFetchArticles } from '../../src/jobs/fetch-article.job';
import { type JobQueue, startQueue } from '../../src/jobs/queue';
import { ingestArticle } from '../../src/services/ingest-article';
import { ingestArticleBatch } from '../../src/services/ingest-batch';
import { fetchRequestedUrl } from '../../src/services/ingest-url';
import { confirmQuote } from '../../src/services/review-quotes';
import { buildTestApp } from '../support/app';
import { createTestUser, csrfFrom, signedInAgent, tokenFor } from '../support/auth';
import { openTestDataSource } from '../support/db';

jest.setTimeout(90_000);

/** A news page as a small site would serve it: navigation, share buttons, JSON-LD and the story (`ref` in the text, `tag` in the canonical URL). */
function page(tag: string, figure: string, ref = tag): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Flood defences hold in Riverton | The Valley Courier</title>
<meta property="og:site_name" content="The Valley Courier">
<link rel="canonical" href="/news/flood-defences-${tag}">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Flood defences hold in Riverton","datePublished":"2024-02-11T08:00:00Z","author":{"@type":"Person","name":"Dana Whitfield"}}</script>
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Flood defences hold in Riverton</h1><p class="byline">By Dana Whitfield</p>
<p>Emergency crews in Riverton worked through the night as the river peaked on Saturday, officials said, and most of the town stayed dry (ref ${ref}).</p>
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
    const app = buildTestApp(ds, { queue, fetchOptions: { allowedHosts: ['127.0.0.1'] } });
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
    const app = buildTestApp(ds, { queue, fetchOptions: { allowedHosts: ['127.0.0.1'] } });
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
    expect(html.text).toMatch(/<del>340<\/del> <ins>1,200<\/ins> /);
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
    const app = buildTestApp(ds, { queue, fetchOptions: { allowedHosts: ['127.0.0.1'] } });
    const { agent } = await signedInAgent(app, ds, 'editor');
    const csrf = await csrfFrom(agent, '/articles/new');
    const port = (server.address() as AddressInfo).port;
    // (only the addresses tried here are counted: other suites queue requests of their own meanwhile)
    const tried = ['http://localhost/news/x', `http://localhost:${port}/news/x`, 'http://10.0.0.1/news/x'];
    const queued = async () => ds.query('SELECT count(*)::int AS n FROM ingest_requests WHERE url = ANY($1)', [tried]);
    const before = await queued();
    // refused on the form, with the address kept: nothing is queued
    const refused = await agent.post('/articles').type('form').send({ url: 'http://localhost/news/x', _csrf: csrf }).expect(422);
    expect(refused.text).toMatch(/is refused\. localhost resolves to [^<]*loopback[^<]*\. Pages are fetched from public addresses only\./);
    expect(refused.text).toContain('value="http://localhost/news/x"');
    const port80 = await agent.post('/articles').type('form').send({ url: `http://localhost:${port}/news/x`, _csrf: csrf }).expect(422);
    expect(port80.text).toContain(`is refused. Port ${port} is not allowed; only 80, 443 can be fetched.`);
    const api = await request(app).post('/api/v1/articles').set('Authorization', `Bearer ${await tokenFor(ds, 'editor')}`).send({ url: `http://10.0.0.1/news/x` }).expect(422);
    expect(api.body.error.details.url[0]).toContain('private IPv4 range');
    expect(await queued()).toEqual(before);
    // an address that passed when given and is refused when fetched (a redirect to a private address, a name that now
    // resolves elsewhere) fails its fetch with the reason
    const { id: late } = await insertIngestRequest(ds.manager, { url: `http://localhost:${port}/news/x`, requestedBy: null, overrides: {} });
    await fetchRequestedUrl({ dataSource: ds, fetchOptions: { allowedHosts: ['127.0.0.1'] } }, late, 1, true);
    const [failed] = await ds.query('SELECT status, error_code FROM ingest_requests WHERE id = $1', [late]);
    expect(failed).toEqual({ status: 'failed', error_code: expect.stringMatching(/^blocked_/) });
    const shown = await agent.get(`/fetches/${late}`).expect(200);
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
    const app = buildTestApp(ds, { queue, fetchOptions: { allowedHosts: ['127.0.0.1'] } });
    const { agent } = await signedInAgent(app, ds, 'editor');
    const csrf = await csrfFrom(agent, '/articles/new');
    const res = await agent.post('/articles').type('form').send({ url: 'file:///etc/passwd', _csrf: csrf }).expect(422);
    expect(res.text).toContain('must be an http:// or https:// address');
  });

  it('fetches a stored page again from its article page: unchanged is said so, an edit becomes the next version', async () => {
    const app = buildTestApp(ds, { queue, fetchOptions: { allowedHosts: ['127.0.0.1'] } });
    const { agent } = await signedInAgent(app, ds, 'editor');
    const url = `${base}/news/flood-defences-${tag}`;
    // the current version of the page, whatever the tests before stored
    const csrf = await csrfFrom(agent, '/articles/new');
    const stored = await agent.post('/articles').type('form').send({ url, _csrf: csrf }).expect(303);
    const opened = await waitFor(async () => {
      const r = await agent.get(stored.headers.location);
      return r.status === 303 ? (r.headers.location as string) : null;
    });
    const current = Number(/\/articles\/(\d+)/.exec(opened)![1]);
    const pageHtml = (await agent.get(`/articles/${current}`).expect(200)).text;
    expect(pageHtml).toContain(`action="/articles/${current}/refetch"`);
    const token = /name="_csrf" value="([^"]+)"/.exec(pageHtml.slice(pageHtml.indexOf('/refetch"')))![1];

    const follow = async (location: string) =>
      waitFor(async () => {
        const r = await agent.get(location);
        return r.status === 303 ? (r.headers.location as string) : null;
      });
    // unchanged: the same version, said to be unchanged
    const again = await agent.post(`/articles/${current}/refetch`).type('form').send({ _csrf: token }).expect(303);
    expect(again.headers.location).toMatch(/^\/fetches\/\d+\?check=1$/);
    expect(await follow(again.headers.location)).toBe(`/articles/${current}?notice=page-unchanged`);
    expect((await agent.get(`/articles/${current}?notice=page-unchanged`)).text).toContain('its text has not changed since this version was stored');

    // edited: the next version, said to have changed
    figure = '2,750';
    const edited = await agent.post(`/articles/${current}/refetch`).type('form').send({ _csrf: token }).expect(303);
    const next = await follow(edited.headers.location);
    expect(next).toMatch(/^\/articles\/\d+\?notice=page-changed$/);
    const nextId = Number(/\/articles\/(\d+)/.exec(next)![1]);
    const [row] = await ds.query('SELECT previous_version_id, is_current FROM articles WHERE id = $1', [nextId]);
    expect(row).toEqual({ previous_version_id: current, is_current: true });
    const shown = (await agent.get(next)).text;
    expect(shown).toContain('its text has changed: it is stored as this new version');
    expect(shown).toMatch(/<ins>2,750<\/ins> /);
    // the earlier version offers no button: it points to the current one
    expect((await agent.get(`/articles/${current}`)).text).not.toContain('/refetch"');

    // a viewer may not, and a pasted article has no page to fetch
    const { agent: viewer } = await signedInAgent(app, ds, 'viewer');
    const viewerCsrf = await csrfFrom(viewer, `/articles/${nextId}`);
    await viewer.post(`/articles/${nextId}/refetch`).type('form').send({ _csrf: viewerCsrf }).expect(403);
    expect((await viewer.get(`/articles/${nextId}`)).text).not.toContain('/refetch"');
    const pasted = await ingestArticle({ dataSource: ds }, { title: 'Pasted copy', text: `“We held the line,” said Mara Olsen, the harbour master. (${tag} pasted)` }, 'paste');
    const refused = await agent.post(`/articles/${pasted.articleId}/refetch`).type('form').send({ _csrf: token }).expect(422);
    expect(refused.text).toContain('there is no page to fetch again');
  });
});

describe('a page that goes back to the wording of an earlier version', () => {
  let ds: DataSource;
  let server: http.Server;
  let base: string;
  /** What each page says now, by the tag of its canonical URL: the figure quoted and the reference in its text. */
  const wording = new Map<string, { figure: string; ref: string }>();
  let n = 0;

  beforeAll(async () => {
    ds = await openTestDataSource();
    server = http.createServer((req, res) => {
      const w = wording.get(/^\/news\/flood-defences-([\w-]+)$/.exec(req.url ?? '')?.[1] ?? '');
      if (!w) {
        res.writeHead(404, { 'content-type': 'text/html' });
        return res.end('<p>missing</p>');
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page(/flood-defences-([\w-]+)/.exec(req.url!)![1], w.figure, w.ref));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await ds.destroy();
  });

  /** A page of its own, saying `figure` for now. */
  function newPage(figure: string, ref?: string): { tag: string; url: string; say(figure: string): void } {
    const tag = `back-${process.pid}-${Date.now()}-${++n}`;
    wording.set(tag, { figure, ref: ref ?? tag });
    return { tag, url: `${base}/news/flood-defences-${tag}`, say: (f) => wording.set(tag, { figure: f, ref: ref ?? tag }) };
  }

  /** One fetch of the page, as the worker runs it. */
  async function fetchPage(url: string) {
    const req = await insertIngestRequest(ds.manager, { url, requestedBy: null, overrides: {} });
    const r = await fetchRequestedUrl({ dataSource: ds, fetchOptions: { allowedHosts: ['127.0.0.1'] } }, req.id, 1, true);
    if (!r.final) throw new Error(`the fetch was not final: ${r.error}`);
    return r;
  }

  /** A page fetched saying 340, then 1,200, then 340 again: the ids of its three versions. */
  async function backAndForth() {
    const p = newPage('340');
    const v1 = await fetchPage(p.url);
    p.say('1,200');
    const v2 = await fetchPage(p.url);
    p.say('340');
    const v3 = await fetchPage(p.url);
    expect([v1.status, v2.status, v3.status]).toEqual(['done', 'done', 'done']);
    expect(new Set([v1.articleId, v2.articleId, v3.articleId]).size).toBe(3);
    return { page: p, v1: v1.articleId!, v2: v2.articleId!, v3: v3.articleId! };
  }

  const versionsOf = (url: string) =>
    ds.query('SELECT id, version, previous_version_id, is_current, same_text_as_id, body, content_hash FROM articles WHERE canonical_url = $1 ORDER BY version', [url]);

  it('stores the return as the next version, current, compared with the version before it and said to restore the first', async () => {
    const { page: p, v1, v2, v3 } = await backAndForth();
    const rows = await versionsOf(p.url);
    expect(rows.map((r: { id: number }) => r.id)).toEqual([v1, v2, v3]);
    expect(rows.map((r: { is_current: boolean }) => r.is_current)).toEqual([false, false, true]);
    expect(rows[2]).toMatchObject({ version: 3, previous_version_id: v2, same_text_as_id: v1 });
    expect(rows[2].body).toBe(rows[0].body);
    expect(rows[1].body).not.toBe(rows[0].body);

    const token = await tokenFor(ds, 'viewer');
    const app = buildTestApp(ds);
    const api = await request(app).get(`/api/v1/articles/${v3}`).set('Authorization', `Bearer ${token}`).expect(200);
    expect(api.body.article).toMatchObject({ version: 3, isCurrent: true, previousVersionId: v2, sameTextAsId: v1 });

    const { agent } = await signedInAgent(app, ds, 'viewer');
    const html = await agent.get(`/articles/${v3}`).expect(200);
    expect(html.text).toContain('What changed in the quotes since version 2');
    expect(html.text).toMatch(/<del>1,200<\/del> <ins>340<\/ins> /);
    expect(html.text).toContain('Same text as version 1: version 3 restores the wording of version 1.');
    expect(html.text).toContain('same text as v1');
    expect(html.text).not.toContain('This is an earlier version of the page.');
    const first = await agent.get(`/articles/${v1}`).expect(200);
    expect(first.text).toContain('This is an earlier version of the page. The page went back to this text: the current version, version 3, is the same.');
    expect(first.text).toContain(`href="/articles/${v3}">See the current version</a>`);
    const second = await agent.get(`/articles/${v2}`).expect(200);
    expect(second.text).toContain('This is an earlier version of the page. <a');

    // the lists show the current wording: version 3, neither of the earlier ones (read page by page, other tests' articles share them)
    let listed = false;
    for (let n = 1; n <= 50 && !listed; n++) {
      const list = await agent.get(`/articles?page=${n}`).expect(200);
      expect(list.text).not.toContain(`/articles/${v1}"`);
      expect(list.text).not.toContain(`/articles/${v2}"`);
      listed = list.text.includes(`/articles/${v3}"`);
      if (!list.text.includes('rel="next"')) break;
    }
    expect(listed).toBe(true);
  });

  it('finds the quotes of a page that went back to an earlier wording once, in its current version, naming the earlier one', async () => {
    const figure = String(40000 + (Date.now() % 9000) * 7 + process.pid % 7);
    const p = newPage(figure);
    const v1 = (await fetchPage(p.url)).articleId!;
    p.say(`${figure}1`);
    const v2 = (await fetchPage(p.url)).articleId!;
    p.say(figure);
    const v3 = (await fetchPage(p.url)).articleId!;
    const app = buildTestApp(ds);
    const token = await tokenFor(ds, 'viewer');
    const [{ id: inV1 }] = await ds.query(`SELECT id FROM quotes WHERE article_id = $1 AND text LIKE $2`, [v1, `%${figure}%`]);
    // version 3 has the words again: version 1's quote is found through it, with or without earlier versions
    for (const earlier of ['', '&earlier=1']) {
      const api = await request(app).get(`/api/v1/search?q=${figure}&sort=newest${earlier}`).set('Authorization', `Bearer ${token}`).expect(200);
      const mine = (api.body.data as Array<{ article: { id: number; version: number; current: boolean }; earlierVersions: unknown[] }>).filter((h) => [v1, v2, v3].includes(h.article.id));
      expect(mine).toEqual([expect.objectContaining({ article: expect.objectContaining({ id: v3, version: 3, current: true }), earlierVersions: [{ quoteId: inV1, version: 1, href: `/quotes/${inV1}` }] })]);
    }
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const html = (await agent.get(`/search?q=${figure}&sort=newest`).expect(200)).text;
    const hitOf = (id: number) => html.slice(html.indexOf(`href="/articles/${id}#`), html.indexOf('</li>', html.indexOf(`href="/articles/${id}#`)));
    expect(hitOf(v3)).toContain(`also in an earlier version: <a href="/quotes/${inV1}">v1</a>`);
    expect(hitOf(v3)).not.toContain('only in an earlier version');
    expect(html).not.toContain(`href="/articles/${v1}#`);
  });

  it('carries a reviewer’s confirmation over to the next version for a quote it left unchanged, not for one it changed', async () => {
    const p = newPage('410');
    const v1 = (await fetchPage(p.url)).articleId!;
    const reviewer = await createTestUser(ds, 'editor');
    const before: Array<{ id: number; text: string }> = await ds.query('SELECT id, text FROM quotes WHERE article_id = $1 ORDER BY position', [v1]);
    for (const q of before) await confirmQuote({ dataSource: ds }, { id: reviewer.id, label: reviewer.email }, q.id);
    p.say('425');
    const v2 = (await fetchPage(p.url)).articleId!;
    const after: Array<{ text: string; review_status: string; reviewed_by_id: number | null }> = await ds.query(
      'SELECT text, review_status, reviewed_by_id FROM quotes WHERE article_id = $1 ORDER BY position',
      [v2],
    );
    expect(after.map((q) => [q.text.slice(0, 20), q.review_status, q.reviewed_by_id])).toEqual([
      ['We moved 425 people ', 'unreviewed', null],
      ['It did exactly what ', 'confirmed', reviewer.id],
    ]);
  });

  it('counts a page’s quotes once on their speakers’ timelines and counters, in its current version', async () => {
    const speakerOf = async (articleId: number) =>
      (await ds.query(`SELECT DISTINCT speaker_id AS id FROM quotes WHERE article_id = $1 AND speaker_name = 'Harriet Okafor'`, [articleId]))[0].id as number;
    const counted = async (speakerId: number) => (await ds.query('SELECT quote_count AS n FROM speakers WHERE id = $1', [speakerId]))[0].n as number;
    const timeline = async (articleId: number) => (await ds.query('SELECT count(*)::int AS n FROM speaker_quotes WHERE article_id = $1', [articleId]))[0].n as number;
    const p = newPage('510');
    const v1 = (await fetchPage(p.url)).articleId!;
    const speaker = await speakerOf(v1);
    const before = await counted(speaker);
    expect(await timeline(v1)).toBe(2);
    p.say('515');
    const v2 = (await fetchPage(p.url)).articleId!;
    expect(await speakerOf(v2)).toBe(speaker);
    // the new version's two quotes replace the old version's two
    expect(await timeline(v1)).toBe(0);
    expect(await timeline(v2)).toBe(2);
    expect(await counted(speaker)).toBe(before);
    const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM speaker_quotes WHERE speaker_id = $1', [speaker]);
    expect(await counted(speaker)).toBe(n);
    // the roles a speaker is given are counted in the current version only
    const tag = `r${process.pid}${Date.now()}`;
    const story = (n: string) =>
      `Port officials in Tarnby met on Monday (${tag}).\n“We cleared ${n} containers before the storm,” Transport Minister Ilse Brenn${tag.slice(-5).replace(/\d/g, (d) => 'abcdefghij'[Number(d)])} said.\nThe port reopens on Friday.`;
    const canonicalUrl = `https://news.example.test/port-${tag}`;
    const r1 = await ingestArticle({ dataSource: ds }, { title: 'Port reopens', text: story('300') }, 'url', { canonicalUrl });
    const r2 = await ingestArticle({ dataSource: ds }, { title: 'Port reopens', text: story('320') }, 'url', { page: { canonicalUrl } });
    const [{ id: master }] = await ds.query('SELECT DISTINCT speaker_id AS id FROM quotes WHERE article_id = $1 AND speaker_id IS NOT NULL', [r2.articleId]);
    const observed = await ds.query('SELECT article_id FROM speaker_role_observations WHERE speaker_id = $1', [master]);
    expect(observed).toEqual([{ article_id: r2.articleId }]);
    const roles = await ds.query('SELECT title, article_count FROM speaker_roles WHERE speaker_id = $1', [master]);
    expect(roles).toEqual([expect.objectContaining({ article_count: 1 })]);
    // the speaker page lists the current version's quotes, not the earlier one's
    const app = buildTestApp(ds);
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const page = (await agent.get(`/speakers/${speaker}?text=${encodeURIComponent('moved 51')}`).expect(200)).text;
    expect(page).toContain('We moved 515 people');
    expect(page).not.toContain('We moved 510 people');
  });

  it('counts a page’s claims once in their topics, in its current version, and sends an earlier version’s claim to the current one', async () => {
    const tag = `c${process.pid}${Date.now()}`.replace(/\d/g, (d) => 'abcdefghij'[Number(d)]);
    const town = `Vel${tag}`;
    const story = (deaths: string, evacuated: string) =>
      `Floods in ${town} province have forced thousands from their homes this week.\n` +
      `“The floods have killed ${deaths} people in ${town} since Monday,” Governor Teresa Valdane said on Thursday.\n` +
      `“We have evacuated ${evacuated} people from ${town} so far,” Valdane added.\nMore rain is forecast.`;
    const canonicalUrl = `https://news.example.test/floods-${tag}`;
    const claimsOf = (articleId: number) =>
      ds.query('SELECT id, topic_id, value_stated, superseded, conflict_count FROM claims WHERE article_id = $1 ORDER BY position', [articleId]);
    const r1 = await ingestArticle({ dataSource: ds }, { title: 'Floods', text: story('120', '4,000'), publishedAt: new Date('2024-03-01') }, 'url', { canonicalUrl });
    const first = await claimsOf(r1.articleId);
    expect(first).toHaveLength(2);
    // the edit changes the death toll and leaves the evacuation figure as it was
    const r2 = await ingestArticle(
      { dataSource: ds },
      { title: 'Floods', text: story('140', '4,000'), publishedAt: new Date('2024-03-01') },
      'url',
      { page: { canonicalUrl } },
    );
    const second = await claimsOf(r2.articleId);
    expect(second).toHaveLength(2);
    expect((await claimsOf(r1.articleId)).map((c: { superseded: boolean }) => c.superseded)).toEqual([true, true]);
    const topics = [...new Set([...first, ...second].map((c: { topic_id: number }) => c.topic_id))];
    const stored = await ds.query('SELECT id, claim_count, conflict_count, latest_figure FROM claim_topics WHERE id = ANY($1) ORDER BY id', [topics]);
    // each topic holds the current version's claim only: the edit is not the governor revising her figure
    expect(stored.map((t: { claim_count: number }) => t.claim_count)).toEqual(topics.map(() => 1));
    expect(stored.map((t: { conflict_count: number }) => t.conflict_count)).toEqual(topics.map(() => 0));
    const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM claim_findings WHERE topic_id = ANY($1)', [topics]);
    expect(n).toBe(0);
    const deathTopic = second[0].topic_id;
    expect(stored.find((t: { id: number }) => t.id === deathTopic).latest_figure).toMatch(/140/);

    const app = buildTestApp(ds);
    const { agent } = await signedInAgent(app, ds, 'viewer');
    // the topic page and the claim list show the current claim, not the replaced one
    const topicPage = (await agent.get(`/topics/${deathTopic}`).expect(200)).text;
    expect(topicPage).toContain(`/claims/${second[0].id}`);
    expect(topicPage).not.toContain(`/claims/${first[0].id}"`);
    const list = (await agent.get(`/claims?about=${encodeURIComponent(town)}`).expect(200)).text;
    expect(list).toContain(`/claims/${second[1].id}"`);
    expect(list).not.toContain(`/claims/${first[1].id}"`);
    const api = await agent.get(`/api/v1/topics/${deathTopic}/claims`).expect(200);
    expect(api.body.data.map((c: { id: number }) => c.id)).toEqual([second[0].id]);
    // an earlier version's claim says what replaced it: the same claim in the current version, or the version that dropped it
    const unchanged = (await agent.get(`/claims/${first[1].id}`).expect(200)).text;
    expect(unchanged).toContain('From version 1 of its page');
    expect(unchanged).toContain(`href="/claims/${second[1].id}"`);
    const changed = (await agent.get(`/claims/${first[0].id}`).expect(200)).text;
    expect(changed).toContain('From version 1 of its page');
    expect(changed).toContain(`href="/articles/${r2.articleId}"`);
    const current = (await agent.get(`/claims/${second[0].id}`).expect(200)).text;
    expect(current).not.toContain('From version');
    // the new version's page says which figure the edit changed, and that the other stayed
    const articlePage = (await agent.get(`/articles/${r2.articleId}`).expect(200)).text;
    expect(articlePage).toContain('What changed in the figures since version 1');
    const figures = articlePage.slice(articlePage.indexOf('What changed in the figures'));
    expect(figures).toMatch(new RegExp(`<strong>Changed</strong> <a href="/topics/${deathTopic}">[^<]*according to Teresa Valdane</a>:`));
    expect(figures).toContain(`<a href="/claims/${first[0].id}"><del>120 (since Monday)</del></a> → <a href="/claims/${second[0].id}"><ins>140 (since Monday)</ins></a>`);
    expect(figures).toContain('1 figure unchanged.');
    expect(figures.slice(0, figures.indexOf('</section>'))).not.toContain(`/claims/${second[1].id}"`);
    // the first version has no earlier one to compare with
    expect((await agent.get(`/articles/${r1.articleId}`).expect(200)).text).not.toContain('What changed in the figures');
    const json = (await agent.get(`/api/v1/articles/${r2.articleId}`).expect(200)).body.article;
    expect(json.changes.figures).toMatchObject({
      changed: [{ before: { claimId: first[0].id, figure: '120 (since Monday)' }, after: { claimId: second[0].id, figure: '140 (since Monday)', speakerName: 'Teresa Valdane' } }],
      added: [],
      removed: [],
      unchanged: 1,
    });
    expect(json.changes.quotes.altered).toHaveLength(1);
    expect(json.changes.statements).toMatchObject({ added: [], removed: [], altered: [] });
    expect((await agent.get(`/api/v1/articles/${r1.articleId}`).expect(200)).body.article.changes).toBeNull();
  });

  it('takes the claims of versions stored before claims were marked out of their topics when migrated', async () => {
    const tag = `m${process.pid}${Date.now()}`.replace(/\d/g, (d) => 'abcdefghij'[Number(d)]);
    const story = (deaths: string) => `“The landslide killed ${deaths} people in Orm${tag},” Mayor Elin Sandvik${tag} said on Tuesday.\nRoads stay closed.`;
    const canonicalUrl = `https://news.example.test/landslide-${tag}`;
    const r1 = await ingestArticle({ dataSource: ds }, { title: 'Landslide', text: story('12'), publishedAt: new Date('2024-05-02') }, 'url', { canonicalUrl });
    const r2 = await ingestArticle({ dataSource: ds }, { title: 'Landslide', text: story('15'), publishedAt: new Date('2024-05-02') }, 'url', { page: { canonicalUrl } });
    const [{ topic_id: topic }] = await ds.query('SELECT topic_id FROM claims WHERE article_id = $1', [r2.articleId]);
    const qr = ds.createQueryRunner();
    await qr.connect();
    await qr.startTransaction();
    try {
      // the state before the migration: the first version's claim counted in its topic, and the edit reported as a revision
      await qr.query('ALTER TABLE claims DROP COLUMN superseded');
      const ids = (await qr.query('SELECT id FROM claims WHERE article_id = ANY($1) ORDER BY article_id', [[r1.articleId, r2.articleId]])).map((r: { id: number }) => r.id);
      await qr.query(`INSERT INTO claim_findings (topic_id, kind, claim_ids, reason, direction) VALUES ($1, 'revision', $2, 'changed its figure', 'raised')`, [topic, ids]);
      await qr.query('UPDATE claims SET conflict_count = 1 WHERE id = ANY($1)', [ids]);
      await qr.query('UPDATE claim_topics SET claim_count = 2, conflict_count = 1, checked_divergence_factor = 2 WHERE id = $1', [topic]);
      await new SupersededClaims1795572401700().up(qr);
      expect(await qr.query('SELECT article_id, superseded, conflict_count FROM claims WHERE id = ANY($1) ORDER BY article_id', [ids])).toEqual([
        { article_id: r1.articleId, superseded: true, conflict_count: 0 },
        { article_id: r2.articleId, superseded: false, conflict_count: 0 },
      ]);
      expect(await qr.query('SELECT claim_count, conflict_count, checked_divergence_factor FROM claim_topics WHERE id = $1', [topic])).toEqual([
        { claim_count: 1, conflict_count: 0, checked_divergence_factor: null },
      ]);
      expect(await qr.query('SELECT count(*)::int AS n FROM claim_findings WHERE topic_id = $1', [topic])).toEqual([{ n: 0 }]);
    } finally {
      await qr.rollbackTransaction();
      await qr.release();
    }
  });

  it('counts a page once in the number of articles beside a speaker’s other names, in its current version', async () => {
    const tag = `a${process.pid}${Date.now()}`.replace(/\d/g, (d) => 'abcdefghij'[Number(d)]);
    const surname = `Quill${tag}`;
    // the article names her in full once and by title and surname after: “Minister Quill…” is an alias of her
    const story = (n: string, ref: string) =>
      `Health Minister Dora ${surname} opened the new ward in Easthaven on Friday (${ref}).\n` +
      `“We have ${n} more beds than last winter,” Minister ${surname} said.\nThe ward takes its first patients next week.`;
    const aliasesOf = async (articleId: number) =>
      ds.query(
        `SELECT a.alias, a.seen_count FROM speaker_aliases a
          WHERE a.speaker_id = (SELECT speaker_id FROM quotes WHERE article_id = $1 AND speaker_id IS NOT NULL LIMIT 1) ORDER BY a.alias`,
        [articleId],
      );
    const webPage = `https://news.example.test/ward-${tag}`;
    const r1 = await ingestArticle({ dataSource: ds }, { title: 'Ward opens', text: story('40', 'first') }, 'url', { canonicalUrl: webPage });
    const before = await aliasesOf(r1.articleId);
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((a: { seen_count: number }) => a.seen_count === 1)).toBe(true);
    // the page edited twice: each version replaces the one before, and each name still counts one article
    const r2 = await ingestArticle({ dataSource: ds }, { title: 'Ward opens', text: story('45', 'second') }, 'url', { page: { canonicalUrl: webPage } });
    const r3 = await ingestArticle({ dataSource: ds }, { title: 'Ward opens', text: story('48', 'third') }, 'url', { page: { canonicalUrl: webPage } });
    expect(await aliasesOf(r3.articleId)).toEqual(before);
    const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM article_alias_sightings WHERE article_id = ANY($1)', [[r1.articleId, r2.articleId]]);
    expect(n).toBe(0);
    // another article, pasted, using the same name is a second article beside it (pasted text keeps no sightings: it has no versions)
    const other = await ingestArticle({ dataSource: ds }, { title: 'Beds', text: story('50', 'elsewhere').replace('Easthaven', 'Northmoor') }, 'paste');
    expect((await aliasesOf(other.articleId)).map((a: { seen_count: number }) => a.seen_count)).toEqual(before.map(() => 2));
    const [{ pasted }] = await ds.query('SELECT count(*)::int AS pasted FROM article_alias_sightings WHERE article_id = $1', [other.articleId]);
    expect(pasted).toBe(0);
  });

  it('reports the same text as the current version again as a duplicate of it', async () => {
    const { page: p, v3 } = await backAndForth();
    const again = await fetchPage(p.url);
    expect(again).toEqual({ final: true, status: 'duplicate', articleId: v3 });
    expect(await versionsOf(p.url)).toHaveLength(3);
  });

  it('keeps a pasted or imported copy of a stored version’s text a duplicate of the article first stored with it', async () => {
    const { page: p, v1, v2 } = await backAndForth();
    const [a, , b] = await versionsOf(p.url);
    const token = await tokenFor(ds, 'editor');
    const app = buildTestApp(ds);
    const pasteA = await request(app).post('/api/v1/articles').set('Authorization', `Bearer ${token}`).send({ title: 'Pasted', text: a.body }).expect(200);
    expect(pasteA.body).toMatchObject({ duplicate: true, article: { id: v1 } });
    const [, older] = await versionsOf(p.url);
    const pasteB = await request(app).post('/api/v1/articles').set('Authorization', `Bearer ${token}`).send({ title: 'Pasted', text: older.body }).expect(200);
    expect(pasteB.body).toMatchObject({ duplicate: true, article: { id: v2 } });
    const imported = await ingestArticleBatch({ dataSource: ds }, [{ title: 'Imported', text: b.body }, { title: 'Imported', text: older.body }], 'import');
    // (with neither outlet nor address, a copy says nothing of where else it ran: no other publication is recorded)
    expect(imported).toEqual([{ articleId: v1, duplicate: true, textFormat: 'plain', publication: null }, { articleId: v2, duplicate: true, textFormat: 'plain', publication: null }]);
    const [{ n: copies }] = await ds.query('SELECT count(*)::int AS n FROM articles WHERE content_hash = $1', [a.content_hash]);
    expect(copies).toBe(2);
  });

  it('stores one current version when two fetches of the page store the same return at once', async () => {
    const p = newPage('340');
    const v1 = await fetchPage(p.url);
    p.say('1,200');
    const v2 = await fetchPage(p.url);
    const [first] = await versionsOf(p.url);
    // both find version 2 current and the page back at the first wording
    const racing = () =>
      ingestArticle({ dataSource: ds }, { title: 'Flood defences hold in Riverton', text: first.body, outlet: 'The Valley Courier', url: p.url }, 'url', {
        canonicalUrl: p.url,
        page: { canonicalUrl: p.url },
      });
    const results = await Promise.all([racing(), racing()]);
    expect(results.map((r) => r.duplicate).sort()).toEqual([false, true]);
    expect(results[0].articleId).toBe(results[1].articleId);
    const rows = await versionsOf(p.url);
    expect(rows.map((r: { version: number; is_current: boolean }) => [r.version, r.is_current])).toEqual([[1, false], [2, false], [3, true]]);
    expect(rows[2]).toMatchObject({ id: results[0].articleId, previous_version_id: v2.articleId, same_text_as_id: v1.articleId });

    // and through the fetcher: three fetches of a new wording at once store it once
    p.say('99');
    const fetched = await Promise.all([fetchPage(p.url), fetchPage(p.url), fetchPage(p.url)]);
    expect(fetched.map((f) => f.status).sort()).toEqual(['done', 'duplicate', 'duplicate']);
    expect(new Set(fetched.map((f) => f.articleId)).size).toBe(1);
    const after = await versionsOf(p.url);
    expect(after.filter((r: { is_current: boolean }) => r.is_current).map((r: { version: number }) => r.version)).toEqual([4]);
  });

  it.each([
    ['in a <time> element', '<time datetime="2026-10-12">2026-10-12</time>'],
    ['in no <time> element', '<p class="date">Published 12 October 2026, 10:14 GMT</p><div>Updated: 13 October 2026</div>'],
  ])('stores a fetched page without the date shown above its text (%s), dated by it', async (_how, top) => {
    const tag = `dated-${process.pid}-${Date.now()}`;
    const lede = `The confirmed death toll from last week's earthquake in Malatya province has been revised down to 287, Governor Kemal Aydın said on Monday (ref ${tag}).`;
    const dated = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Malatya earthquake toll revised down to 287</title></head>
<body><nav><a href="/">Home</a></nav><article><h1>Malatya earthquake toll revised down to 287</h1>${top}
<p>${lede}</p>
<p>"Some victims were registered both at the field hospital and at the city morgue," Aydın said. "The correct figure is 287."</p>
</article></body></html>`);
    });
    await new Promise<void>((r) => dated.listen(0, '127.0.0.1', () => r()));
    try {
      const url = `http://127.0.0.1:${(dated.address() as AddressInfo).port}/malatya-${tag}`;
      const r = await fetchPage(url);
      expect(r.status).toBe('done');
      const [row] = await ds.query(`SELECT body, published_at::date::text AS day FROM articles WHERE id = $1`, [r.articleId]);
      expect(row.body.split('\n')[0]).toBe(lede);
      if (top.includes('<time')) expect(row.day).toBe('2026-10-12');
    } finally {
      await new Promise((r) => dated.close(r));
    }
  });

  it('stores fetches made at once of a page edited between them as successive versions, none failed', async () => {
    const p = newPage('100');
    let edits = 100;
    // each request finds the page edited again
    wording.set(p.tag, { get figure() { return String(++edits); }, ref: p.tag });
    const fetched = await Promise.all([1, 2, 3, 4].map(() => fetchPage(p.url)));
    expect(fetched.map((f) => f.status)).toEqual(['done', 'done', 'done', 'done']);
    const rows: Array<{ id: number; version: number; previous_version_id: number | null; is_current: boolean }> = await versionsOf(p.url);
    expect(rows.map((r) => r.version)).toEqual([1, 2, 3, 4]);
    expect(rows.map((r) => r.previous_version_id)).toEqual([null, ...rows.slice(0, -1).map((r) => r.id)]);
    expect(rows.map((r) => r.is_current)).toEqual([false, false, false, true]);
    expect(fetched.map((f) => f.articleId).sort((a, b) => a! - b!)).toEqual(rows.map((r) => r.id));
  });

  it('stores a page that changed to the text of another stored article as its next version, and says whose text it is', async () => {
    const ref = `shared-${process.pid}-${Date.now()}`;
    const wire = newPage('2,500', ref);
    const other = await fetchPage(wire.url);
    const p = newPage('340', ref);
    const v1 = await fetchPage(p.url);
    expect(v1.status).toBe('done');
    p.say('2,500');
    const v2 = await fetchPage(p.url);
    expect(v2.status).toBe('done');
    const rows = await versionsOf(p.url);
    expect(rows.map((r: { version: number; is_current: boolean }) => [r.version, r.is_current])).toEqual([[1, false], [2, true]]);
    expect(rows[1].same_text_as_id).toBe(other.articleId);
    // a new page with that text is still a duplicate of the article first stored with it
    const copy = newPage('2,500', ref);
    expect(await fetchPage(copy.url)).toEqual({ final: true, status: 'duplicate', articleId: other.articleId });

    const { agent } = await signedInAgent(buildTestApp(ds), ds, 'viewer');
    const html = await agent.get(`/articles/${v2.articleId}`).expect(200);
    expect(html.text).toContain(`Same text as another stored article: <a href="/articles/${other.articleId}">Flood defences hold in Riverton</a>.`);
    expect(html.text).toContain('What changed in the quotes since version 1');
  });
});
