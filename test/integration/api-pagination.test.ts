import request from 'supertest';
import type { DataSource } from 'typeorm';
import { encodeCursor } from '../../src/web/api/cursor';
import { buildTestApp } from '../support/app';
import { tokenFor } from '../support/auth';
import { claimOfEach, claimsScenario, postArticles } from '../support/claims-scenario';
import { openTestDataSource } from '../support/db';
import { uniqueTag } from '../support/speakers';

type Page = { data: Array<{ id: number }>; next_cursor: string | null };

describe('cursor pagination of the API lists', () => {
  let ds: DataSource;
  let app: ReturnType<typeof buildTestApp>;
  let auth: { authorization: string };
  let tollTopic: number;
  let tollClaims: number[];
  const word = `zp${uniqueTag(8)}`;
  beforeAll(async () => {
    ds = await openTestDataSource();
    app = buildTestApp(ds);
    const token = await tokenFor(ds, 'editor');
    auth = { authorization: `Bearer ${token}` };
    const scenario = claimsScenario();
    const ids = await postArticles(app, token, scenario.articles);
    const claims = await claimOfEach(ds, ids);
    tollTopic = claims[0].topicId;
    tollClaims = claims.slice(0, 4).map((c) => c.id);
    for (const [i, day] of ['2023-05-01', '2023-05-02', '2023-05-03', '2023-05-04', '2023-05-05'].entries()) {
      await request(app).post('/api/v1/articles').set(auth).send({ title: `Pier ${i}`, text: `“The ${word} pier number ${i} reopens,” said Mara Quist.`, publishedAt: day, outlet: 'Pier Post' }).expect(201);
    }
  });
  afterAll(async () => {
    await ds.destroy();
  });

  /** Follows next_cursor (and checks it against the Link header) until the last page. */
  async function walk(first: string): Promise<Array<Array<{ id: number } & Record<string, unknown>>>> {
    const pages: Array<Array<{ id: number } & Record<string, unknown>>> = [];
    let url: string | null = first;
    while (url) {
      const res: request.Response = await request(app).get(url).set(auth).expect(200);
      const body = res.body as Page;
      pages.push(body.data);
      if (body.next_cursor) {
        expect(res.headers.link).toMatch(/^<\/api\/v1\/[^>]+>; rel="next"$/);
        const next = new URL(/^<([^>]+)>/.exec(res.headers.link)![1], 'http://x');
        expect(next.searchParams.get('cursor')).toBe(body.next_cursor);
        url = `${next.pathname}${next.search}`;
      } else {
        expect(res.headers.link).toBeUndefined();
        url = null;
      }
      expect(pages.length).toBeLessThan(50);
    }
    return pages;
  }

  it('pages a topic’s claims in time order, one by one, without gaps or repeats', async () => {
    const pages = await walk(`/api/v1/topics/${tollTopic}/claims?limit=1`);
    expect(pages.every((p) => p.length === 1)).toBe(true);
    const ids = pages.flat().map((c) => c.id);
    expect(ids.sort()).toEqual([...tollClaims].sort());
    const saidAt = pages.flat().map((c) => c.saidAt as string);
    expect(saidAt).toEqual([...saidAt].sort());
  });

  it('pages claims filtered by topic in both orders, with the page’s filters kept in the cursor link', async () => {
    const newest = (await walk(`/api/v1/claims?topic=${tollTopic}&limit=3`)).flat().map((c) => c.id);
    expect(newest).toEqual([tollClaims[3], tollClaims[2], tollClaims[1], tollClaims[0]]);
    const byWorth = (await walk(`/api/v1/claims?topic=${tollTopic}&sort=worthiness&limit=1`)).flat().map((c) => c.id);
    expect(byWorth.sort()).toEqual([...tollClaims].sort());
  });

  it('pages a search, with its total, and a speaker’s quotes', async () => {
    const pages = await walk(`/api/v1/search?q=${word}&sort=newest&limit=2`);
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    const titles = pages.flat().map((h) => (h.article as { title: string }).title);
    expect(titles).toEqual(['Pier 4', 'Pier 3', 'Pier 2', 'Pier 1', 'Pier 0']);
    const first = await request(app).get(`/api/v1/search?q=${word}&limit=2`).set(auth).expect(200);
    expect(first.body.total).toBe(5);
    const speakerId = (pages[0][0].speaker as { id: number }).id;
    const quotes = (await walk(`/api/v1/speakers/${speakerId}/quotes?limit=2`)).flat();
    expect(quotes.map((q) => q.text)).toEqual([4, 3, 2, 1, 0].map((i) => `The ${word} pier number ${i} reopens`));
  });

  it('walks a newest-first search by the last quote’s date, so quotes stored mid-walk neither repeat nor hide one, however deep', async () => {
    const ferry = `zf${uniqueTag(8)}`;
    for (const day of ['2023-06-01', '2023-06-02', '2023-06-03', '2023-06-04']) {
      await request(app).post('/api/v1/articles').set(auth).send({ title: `Ferry ${day}`, text: `“The ${ferry} ferry sails again at dawn on ${day},” said Ivo Brandt, the harbour master.`, publishedAt: day, outlet: 'Harbour News' }).expect(201);
    }
    const first = await request(app).get(`/api/v1/search?q=${ferry}&sort=newest&limit=2`).set(auth).expect(200);
    expect(first.body.data.map((h: { article: { title: string } }) => h.article.title)).toEqual(['Ferry 2023-06-04', 'Ferry 2023-06-03']);
    // a later report arrives while a client is paging
    await request(app).post('/api/v1/articles').set(auth).send({ title: 'Ferry 2023-06-05', text: `“The ${ferry} ferry sails again at dawn on Monday,” said Ivo Brandt.`, publishedAt: '2023-06-05', outlet: 'Harbour News' }).expect(201);
    const second = await request(app).get(`/api/v1/search?q=${ferry}&sort=newest&limit=2&cursor=${first.body.next_cursor}`).set(auth).expect(200);
    expect(second.body.data.map((h: { article: { title: string } }) => h.article.title)).toEqual(['Ferry 2023-06-02', 'Ferry 2023-06-01']);
    expect(second.body.next_cursor).toBeNull();
  });

  it('pages the speaker directory by name and by relevance', async () => {
    const byRelevance = (await walk(`/api/v1/speakers?q=${encodeURIComponent('Mara Quist')}&limit=1`)).flat();
    expect(byRelevance.map((s) => s.name)).toContain('Mara Quist');
    expect(new Set(byRelevance.map((s) => s.id)).size).toBe(byRelevance.length);
    const first = await request(app).get('/api/v1/speakers?sort=quotes&limit=2').set(auth).expect(200);
    const second = await request(app).get(`/api/v1/speakers?sort=quotes&limit=2&cursor=${first.body.next_cursor}`).set(auth).expect(200);
    const counts = [...first.body.data, ...second.body.data].map((s: { quoteCount: number }) => s.quoteCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(second.body.data.map((s: { id: number }) => s.id)).not.toContain(first.body.data[0].id);
  });

  it('pages articles newest first and topics, stable under new arrivals', async () => {
    const first = await request(app).get('/api/v1/articles?limit=2').set(auth).expect(200);
    expect(first.body.data).toHaveLength(2);
    await request(app).post('/api/v1/articles').set(auth).send({ title: 'Late arrival', text: `“Late ${word} news,” said Mara Quist.` }).expect(201);
    const second = await request(app).get(`/api/v1/articles?limit=2&cursor=${first.body.next_cursor}`).set(auth).expect(200);
    const ids = [...first.body.data, ...second.body.data].map((a: { id: number }) => a.id);
    expect(new Set(ids).size).toBe(4);
    const when = [...first.body.data, ...second.body.data].map((a: { publishedAt: string | null; createdAt: string }) => a.publishedAt ?? a.createdAt);
    expect(when).toEqual([...when].sort().reverse());
    const topics = await request(app).get('/api/v1/topics?limit=1').set(auth).expect(200);
    expect(topics.body.data).toHaveLength(1);
    expect(typeof topics.body.next_cursor).toBe('string');
  });

  it('refuses invalid cursors and limits with a 422 in the usual error shape', async () => {
    const bad = [
      '/api/v1/articles?cursor=nonsense!',
      `/api/v1/articles?cursor=${Buffer.from('{"a":1}').toString('base64url')}`,
      `/api/v1/articles?cursor=${encodeCursor('topics', ['2024-01-01 00:00:00+00', 5])}`,
      `/api/v1/articles?cursor=${encodeCursor('articles', ["'; DROP TABLE articles; --", 5])}`,
      `/api/v1/claims?sort=worthiness&cursor=${encodeCursor('claims:newest', ['2016-12-14', 5])}`,
      `/api/v1/topics/${tollTopic}/claims?cursor=${encodeCursor('topic-claims', ['2016-13-45', 5])}`,
      `/api/v1/speakers?sort=quotes&cursor=${encodeCursor('speakers:quotes', ['many', 5])}`,
      `/api/v1/search?q=${word}&cursor=${encodeCursor('search:relevance', [-3])}`,
      '/api/v1/speakers/1/quotes?cursor=nonsense',
      '/api/v1/articles?limit=101',
      '/api/v1/claims?limit=0',
    ];
    for (const url of bad) {
      const res = await request(app).get(url).set(auth);
      expect(`${url} → ${res.status}`).toBe(`${url} → 422`);
      expect(res.body.error).toMatchObject({ code: 'validation_failed', message: expect.any(String), requestId: expect.any(String) });
    }
    const res = await request(app).get('/api/v1/articles?cursor=nonsense!').set(auth);
    expect(res.body.error.details).toEqual({ cursor: ['is not a valid page cursor'] });
  });
});
