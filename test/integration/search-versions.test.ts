import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { recountSpeakers } from '../../src/db/repositories/speaker.repository';
import { insertTimelineForArticle } from '../../src/db/repositories/speaker-quote.repository';
import { buildTestApp } from '../support/app';
import { signedInAgent, tokenFor } from '../support/auth';
import { openTestDataSource } from '../support/db';
import { bodyText } from '../support/body';

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
    const rows = async (query: string) => JSON.parse((await agent.get(`/search/export?${query}&format=json`).buffer(true).parse(bodyText).expect(200)).body) as Array<{ articleId: number; current: boolean }>;
    expect((await rows(`q=${tag}`)).map((r) => r.articleId).sort()).toEqual([copy, v3, v3].sort());
    // the levy promise, and each earlier toll in the words only that version had (“toll is now 12”, “… 14”)
    const all = await rows(`q=${tag}&earlier=1`);
    expect(all.map((r) => r.articleId).sort()).toEqual([copy, v1, v1, v2, v3, v3].sort());
    expect(all.filter((r) => r.articleId === v1 || r.articleId === v2).every((r) => !r.current)).toBe(true);
  });

  it('counts a speaker’s quotes in search as their page does, and says so on the page', async () => {
    const [{ id }] = await ds.query('SELECT DISTINCT speaker_id AS id FROM quotes WHERE article_id = $1 AND speaker_name = $2', [v3, speaker]);
    const [{ n }] = await ds.query('SELECT quote_count AS n FROM speakers WHERE id = $1', [id]);
    // the current version's two quotes and the copy's: the edited page counts once
    expect(n).toBe(3);
    const listed = await api(`speaker=${id}`);
    expect(listed.body.total).toBe(n);
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const search = (await agent.get(`/search?speaker=${id}`).expect(200)).text;
    expect(search).toContain(`${n} quotes match.`);
    const page = (await agent.get(`/speakers/${id}`).expect(200)).text;
    expect(page).toContain(`<strong class="quote-count">${n}</strong> quotes`);
    expect(page).toContain(`The count of ${n} quotes takes each article once, in its current version, as <a href="/search?speaker=${id}">a search of their quotes</a> does.`);
    // with earlier versions, the levy promise and the tolls of versions 1 and 2 are three more
    expect((await api(`speaker=${id}&earlier=1`)).body.total).toBe(n + 3);
  });

  it('gives a speaker with more than a thousand quotes the total of their page, not an estimate', async () => {
    const [{ id }] = await ds.query('SELECT DISTINCT speaker_id AS id FROM quotes WHERE article_id = $1 AND speaker_name = $2', [v3, speaker]);
    // a long transcript of hers, stored as ingest stores quotes, and her timeline and counters rebuilt as editors' actions do
    const lines = Array.from({ length: 1100 }, (_, i) => `“Crews reinforced section ${i + 1} of the ${tag} embankment overnight,” ${surname} said.`);
    const body = lines.join('\n');
    const [{ id: article }] = await ds.query(
      `INSERT INTO articles (title, outlet, body, content_hash, source, published_at) VALUES ($1, 'River Herald', $2, md5($2) || md5($1), 'api', '2025-03-04') RETURNING id`,
      [`Embankment log ${tag}`, body],
    );
    let at = 0;
    const rows = lines.map((line, i) => {
      const start = body.indexOf('“', at) + 1;
      const end = body.indexOf('”', start) - 1;
      at = end;
      return [i, body.slice(start, end), start, end, line];
    });
    await ds.query(
      `INSERT INTO quotes (article_id, position, speaker_id, speaker_name, speaker_kind, text, start_offset, end_offset, segments, kind, attribution_form, attribution_rule, evidence, confidence)
       SELECT $1, r.position, $2, $3, 'person', r.text, r.s, r.e, '[]', 'direct', 'quote-cue-speaker', 'quote-cue-speaker', r.line, 0.9
         FROM unnest($4::int[], $5::text[], $6::int[], $7::int[], $8::text[]) AS r(position, text, s, e, line)`,
      [article, id, speaker, ...[0, 1, 2, 3, 4].map((k) => rows.map((r) => r[k]))],
    );
    await insertTimelineForArticle(ds.manager, article, new Date('2025-03-04'));
    await recountSpeakers(ds.manager, [id]);
    const [{ n }] = await ds.query('SELECT quote_count AS n FROM speakers WHERE id = $1', [id]);
    expect(n).toBe(1103);
    const listed = await api(`speaker=${id}`);
    expect(listed.body).toMatchObject({ total: n, totalExact: true });
    const { agent } = await signedInAgent(app, ds, 'viewer');
    expect((await agent.get(`/search?speaker=${id}`).expect(200)).text).toContain('1,103 quotes match.');
    expect((await agent.get(`/speakers/${id}`).expect(200)).text).toContain('<strong class="quote-count">1,103</strong> quotes');
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

