import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { buildTestApp } from '../support/app';
import { signedInAgent, tokenFor } from '../support/auth';
import { openTestDataSource } from '../support/db';

/**
 * A page edited twice (three versions) and a wire copy of one of its quotes in another outlet:
 * search lists each quote once per page, in its current version, with the earlier versions and
 * the other articles that ran the same words named beside it.
 */
describe('search over the versions of a page', () => {
  let ds: DataSource;
  let app: ReturnType<typeof buildTestApp>;
  let token: string;
  // words of this test alone (other tests share the database)
  const tag = `zv${randomUUID().replace(/[^a-z]/g, '').slice(0, 8)}`;
  const surname = tag[0].toUpperCase() + tag.slice(1, 7);
  const speaker = `Irena ${surname}`;
  const url = `https://news.example.org/flood-${tag}`;
  const kept = `The ${tag} levee held through the night and the river is falling`;
  const dropped = `We will not raise the ${tag} flood levy this year`;
  const text = (deaths: number, withLevy: boolean) =>
    [
      `Officials in the Sava basin said on Sunday that ${deaths} people had died in the floods.`,
      `“${kept},” said ${speaker}, the county emergency chief.`,
      `“The ${tag} toll is now ${deaths} and we expect it to rise,” ${surname} told reporters.`,
      ...(withLevy ? [`“${dropped},” ${surname} added.`] : []),
    ].join('\n');
  let v1: number;
  let v2: number;
  let v3: number;
  let copy: number;

  beforeAll(async () => {
    ds = await openTestDataSource();
    app = buildTestApp(ds);
    token = await tokenFor(ds, 'editor');
    const post = (body: Record<string, string>) => request(app).post('/api/v1/articles').set('Authorization', `Bearer ${token}`).send(body).expect(201);
    const page = { title: 'Flood toll rises in the Sava basin', outlet: 'River Herald', url, publishedAt: '2025-03-02' };
    v1 = (await post({ ...page, text: text(12, true) })).body.article.id;
    // the levy promise is gone from the second version, and the toll changes in each
    v2 = (await post({ ...page, text: text(14, false) })).body.article.id;
    v3 = (await post({ ...page, text: text(15, false) })).body.article.id;
    // the same words carried by another outlet, under its own address
    copy = (await post({ title: 'Levee holds as waters recede', outlet: 'Wire Daily', url: `https://wire.example.net/${tag}`, publishedAt: '2025-03-03',
      text: `“${kept},” said ${speaker}, the county emergency chief, on Monday.\nRescue teams were stood down in two villages.` })).body.article.id;
    expect((await ds.query('SELECT version FROM articles WHERE id = $1', [v3]))[0].version).toBe(3);
  });
  afterAll(async () => {
    await ds.destroy();
  });

  const api = (query: string) => request(app).get(`/api/v1/search?${query}`).set('Authorization', `Bearer ${token}`).expect(200);
  type Hit = { id: number; text: string; article: { id: number; version: number; current: boolean }; earlierVersions: Array<{ quoteId: number; version: number; href: string }>; otherArticles: number };

  it('lists a quote once per page, in its current version, naming its earlier versions and the other articles with the same words', async () => {
    const res = await api(`q=${encodeURIComponent(`${tag} levee`)}&sort=newest`);
    const hits = res.body.data as Hit[];
    expect(hits.map((h) => h.article.id)).toEqual([copy, v3]);
    expect(res.body.total).toBe(2);
    const [inCopy, inPage] = hits;
    const earlier = await ds.query(`SELECT q.id, a.version FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.article_id = ANY($1) AND q.text LIKE $2 ORDER BY a.version DESC`, [[v1, v2], `%${tag} levee%`]);
    expect(inPage.earlierVersions).toEqual(earlier.map((e: { id: number; version: number }) => ({ quoteId: e.id, version: e.version, href: `/quotes/${e.id}` })));
    expect(inPage.earlierVersions.map((v) => v.version)).toEqual([2, 1]);
    expect(inPage.otherArticles).toBe(1);
    expect(inCopy).toMatchObject({ earlierVersions: [], otherArticles: 1, article: { current: true } });

    const { agent } = await signedInAgent(app, ds, 'viewer');
    const html = (await agent.get(`/search?q=${encodeURIComponent(`${tag} levee`)}`).expect(200)).text;
    expect(html).toContain('2 quotes match.');
    const hitOf = (id: number) => html.slice(html.indexOf(`href="/articles/${id}#`), html.indexOf('</li>', html.indexOf(`href="/articles/${id}#`)));
    expect(hitOf(v3)).toContain(`also in 2 earlier versions: <a href="/quotes/${earlier[0].id}">v2</a>, <a href="/quotes/${earlier[1].id}">v1</a>`);
    expect(hitOf(v3)).toContain('also in 1 other article</a>');
    expect(hitOf(copy)).toContain('also in 1 other article</a>');
    expect(html).not.toContain(`href="/articles/${v1}#`);
    expect(html).not.toContain(`href="/articles/${v2}#`);
  });

  it('finds the words a later edit removed only with earlier versions, once, marked as such', async () => {
    const current = await api(`q=${encodeURIComponent(`${tag} levy`)}`);
    expect(current.body.data).toEqual([]);
    const withEarlier = await api(`q=${encodeURIComponent(`${tag} levy`)}&earlier=1`);
    const hits = withEarlier.body.data as Hit[];
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ article: { id: v1, version: 1, current: false }, earlierVersions: [] });
    // the quote the page kept is still listed once, in its current version
    const kept = (await api(`q=${encodeURIComponent(`${tag} levee`)}&earlier=1`)).body.data as Hit[];
    expect(kept.map((h) => h.article.id).sort()).toEqual([v3, copy].sort());

    const { agent } = await signedInAgent(app, ds, 'viewer');
    const none = (await agent.get(`/search?q=${encodeURIComponent(`${tag} levy`)}`).expect(200)).text;
    expect(none).toContain('No quotes match.');
    expect(none).toContain(`<a href="/search?q=${tag}+levy&amp;sort=relevance&amp;earlier=1">Include the words that later edits removed</a>`);
    const html = (await agent.get(`/search?q=${encodeURIComponent(`${tag} levy`)}&earlier=1`).expect(200)).text;
    expect(html).toContain('1 quote matches.');
    expect(html).toContain('only in an earlier version (v1): a later edit removed it');
    expect(html).toMatch(/id="f-earlier" name="earlier" type="checkbox" value="1" checked/);
  });

  it('exports what search finds: current versions, or with earlier versions the removed words too', async () => {
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const rows = async (query: string) => JSON.parse((await agent.get(`/search/export?${query}&format=json`).buffer(true).parse(textOf).expect(200)).body) as Array<{ articleId: number; current: boolean }>;
    expect((await rows(`q=${tag}`)).map((r) => r.articleId).sort()).toEqual([copy, v3, v3].sort());
    // the levy promise, and each earlier toll in the words only that version had (“toll is now 12”, “… 14”)
    const all = await rows(`q=${tag}&earlier=1`);
    expect(all.map((r) => r.articleId).sort()).toEqual([copy, v1, v1, v2, v3, v3].sort());
    expect(all.filter((r) => r.articleId === v1 || r.articleId === v2).every((r) => !r.current)).toBe(true);
  });

  it('follows a reviewer’s fix of a quote’s words: the earlier versions with the old words are listed again', async () => {
    const [c3] = await ds.query(`SELECT id FROM quotes WHERE article_id = $1 AND text LIKE $2`, [v3, `%${tag} levee%`]);
    const [c2] = await ds.query(`SELECT id, superseded FROM quotes WHERE article_id = $1 AND text LIKE $2`, [v2, `%${tag} levee%`]);
    expect(c2.superseded).toBe(true);
    await ds.transaction(async (em) => {
      await em.query(`UPDATE quotes SET text = text || ' again' WHERE id = $1`, [c3.id]);
      const [after] = await em.query('SELECT superseded FROM quotes WHERE id = $1', [c2.id]);
      // v2 is now the last version with the words as they were
      expect(after.superseded).toBe(false);
      throw new Error('undo');
    }).catch((e: Error) => expect(e.message).toBe('undo'));
  });
});

function textOf(res: request.Response, cb: (err: Error | null, body: string) => void): void {
  let body = '';
  res.setEncoding('utf8');
  res.on('data', (c: string) => (body += c));
  res.on('end', () => cb(null, body));
}
