import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { ArticlePublications1795572405010 } from '../../migrations/1795572405010-article-publications';
import { insertIngestRequest } from '../../src/db/repositories/ingest-request.repository';
import { CLI_ACTOR } from '../../src/services/audit';
import { createImport, processImport } from '../../src/services/imports';
import { fetchRequestedUrl } from '../../src/services/ingest-url';
import { buildTestApp } from '../support/app';
import { csrfFrom, signedInAgent, tokenFor } from '../support/auth';
import { openTestDataSource } from '../support/db';
import { cap, uniqueTag } from '../support/speakers';

jest.setTimeout(90_000);

/** A wire story as the agency sends it to its subscribers: every paper runs these very words. */
function wireStory(tag: string): { words: string; text: string } {
  const words = `The ${tag} bridge will stay closed to lorries until the engineers have finished their survey`;
  return {
    words,
    text: [
      `Lorries will be kept off the ${tag} river crossing for at least another fortnight, the regional roads authority said on Monday.`,
      `“${words},” said Marta Kowalczyk, the authority's chief engineer.`,
      'Cracks were found in two of the bridge piers after last month’s floods, and a weight limit of 7.5 tonnes has applied since.',
      'Hauliers say the detour adds 40 minutes to each journey.',
    ].join('\n'),
  };
}

describe('the same text published by several outlets', () => {
  let ds: DataSource;
  let app: ReturnType<typeof buildTestApp>;
  let token: string;
  beforeAll(async () => {
    ds = await openTestDataSource();
    app = buildTestApp(ds);
    token = await tokenFor(ds, 'editor');
  });
  afterAll(async () => {
    await ds.destroy();
  });
  const publications = (articleId: number) =>
    ds.query(`SELECT outlet, url, title, published_at::date::text AS "publishedAt", source FROM article_publications WHERE article_id = $1 ORDER BY id`, [articleId]);

  it('records a copy pasted or posted from another outlet as another publication, once, and shows it wherever the words ran', async () => {
    const tag = `t${randomUUID().slice(0, 8)}`;
    const { words, text } = wireStory(tag);
    const api = (body: object) => request(app).post('/api/v1/articles').set('Authorization', `Bearer ${token}`).send(body);
    const first = await api({ title: 'Bridge stays shut to lorries', outlet: 'Northern Wire', url: `https://northernwire.example/${tag}`, publishedAt: '2024-03-05', text }).expect(201);
    const articleId = first.body.article.id;

    // the agency's own address again: the stored article, nothing more
    const own = await api({ title: 'Bridge stays shut to lorries', outlet: 'Northern Wire', url: `https://northernwire.example/${tag}`, text }).expect(200);
    expect(own.body).toMatchObject({ duplicate: true, publication: null, notes: [] });

    // a paper that ran the story a day before the agency's dated copy, pasted through the form
    const { agent } = await signedInAgent(app, ds, 'editor');
    const csrf = await csrfFrom(agent, '/articles/new');
    const form = { _csrf: csrf, title: 'Lorry ban on bridge extended', outlet: 'Harbour Gazette', url: `https://harbourgazette.example/news/${tag}`, publishedAt: '2024-03-04', text };
    const pasted = await agent.post('/articles').type('form').send(form).expect(303);
    expect(pasted.headers.location).toBe(`/articles/${articleId}?notice=published-elsewhere#publications`);
    const page = await agent.get(`/articles/${articleId}?notice=published-elsewhere`).expect(200);
    expect(page.text).toContain('is recorded as another publication of it');
    expect(page.text).toMatch(/<h2 id="publications-title">Also published by<\/h2>[\s\S]*<strong>Harbour Gazette<\/strong>, <a href="https:\/\/harbourgazette.example\/news\/t\w+" rel="noopener noreferrer nofollow">Lorry ban on bridge extended<\/a>,\s+<time datetime="2024-03-04T00:00:00.000Z">2024-03-04<\/time>/);
    // sent twice (a double click, a retried request): still one record
    await agent.post('/articles').type('form').send(form).expect(303);

    // another paper through the API: told where its copy went
    const posted = await api({ title: 'Bridge closure', outlet: 'Coast Daily', url: `https://coastdaily.example/${tag}`, publishedAt: '2024-03-06', text }).expect(200);
    expect(posted.body).toMatchObject({ duplicate: true, article: { id: articleId }, publication: { outlet: 'Coast Daily', url: `https://coastdaily.example/${tag}`, publishedAt: '2024-03-06T00:00:00.000Z' } });
    expect(posted.body.notes).toEqual([expect.stringContaining('recorded as another publication')]);
    expect(posted.body.article.publications.map((p: { outlet: string }) => p.outlet)).toEqual(['Harbour Gazette', 'Coast Daily']);
    expect(await publications(articleId)).toEqual([
      { outlet: 'Harbour Gazette', url: `https://harbourgazette.example/news/${tag}`, title: 'Lorry ban on bridge extended', publishedAt: '2024-03-04', source: 'paste' },
      { outlet: 'Coast Daily', url: `https://coastdaily.example/${tag}`, title: 'Bridge closure', publishedAt: '2024-03-06', source: 'api' },
    ]);

    // the quote page: three places, the gazette's earlier copy the earliest source
    const quoteId = first.body.article.quotes[0].id;
    const quote = await agent.get(`/quotes/${quoteId}`).expect(200);
    expect(quote.text).toMatch(/2024-03-04 — <a href="\/articles\/\d+#q-0">Lorry ban on bridge extended<\/a> \(Harbour Gazette\),\s+attributed to Marta Kowalczyk <strong>earliest<\/strong> <span class="muted">\(another publication of the same text\)<\/span>/);
    expect(quote.text).toMatch(/2024-03-05 — <a href="\/articles\/\d+#q-0">Bridge stays shut to lorries<\/a> \(Northern Wire\),\s+attributed to Marta Kowalczyk <span class="muted">\(this one\)<\/span>/);
    expect(quote.text).toContain('2024-03-06 — ');
    const quoteJson = await request(app).get(`/api/v1/quotes/${quoteId}`).set('Authorization', `Bearer ${token}`).expect(200);
    expect(quoteJson.body.quote.occurrences.map((o: { outlet: string }) => o.outlet)).toEqual(['Harbour Gazette', 'Northern Wire', 'Coast Daily']);
    // each copy is a place that credits the words, dated by its own publication
    expect(quoteJson.body.quote.credited).toEqual([expect.objectContaining({ speakerName: 'Marta Kowalczyk', articles: 3, first: '2024-03-04T00:00:00.000Z' })]);

    // verification: the earliest copy, and the other outlets that ran the words
    const verify = await request(app).post('/api/v1/verify').set('Authorization', `Bearer ${token}`).send({ quote: words }).expect(200);
    expect(verify.body.verdict).toBe('exact');
    expect(verify.body.earliest).toMatchObject({ outlet: 'Harbour Gazette', articleId });
    expect(verify.body.otherArticles.map((o: { outlet: string }) => o.outlet)).toEqual(['Northern Wire', 'Coast Daily']);
    expect(verify.body.articlesInAll).toBe(3);
    const verifyPage = await agent.get(`/verify?quote=${encodeURIComponent(words)}`).expect(200);
    expect(verifyPage.text).toMatch(/Earliest article with these words: <a href="\/articles\/\d+#q-0">Lorry ban on bridge extended<\/a> \(Harbour Gazette\), 2024-03-04; also ran <a [^>]+>in Northern Wire, 2024-03-05<\/a>, <a [^>]+>in Coast Daily, 2024-03-06<\/a>/);
  });

  /** A council story on fees as the wire first ran it, and with a sentence added by a later edit. */
  function feesStory(tag: string, words: string, added = ''): string {
    return [
      `The ${cap(tag)} council will raise parking fees in the town centre from September, its finance committee decided on Friday.`,
      `“${words},” said Ilse Verhoeven, who chairs the committee.`,
      'Residents’ permits are not affected by the change.',
      ...(added ? [added] : []),
    ].join('\n');
  }

  it('keeps the copies of an earlier version, and its date, among the places its words ran when a new version at the address keeps them', async () => {
    const tag = uniqueTag(3);
    const words = `The fees in ${cap(tag)} have not changed in eleven years and no longer cover the upkeep of the car parks`;
    const api = (body: object) => request(app).post('/api/v1/articles').set('Authorization', `Bearer ${token}`).send(body);
    const wireUrl = `https://wirea.example/fees-${tag}`;
    const first = await api({ title: 'Parking fees to rise', outlet: 'Wire A', url: wireUrl, publishedAt: '2026-08-01', text: feesStory(tag, words) }).expect(201);
    const copy = await api({ title: 'Town centre parking dearer', outlet: 'Paper B', url: `https://paperb.example/fees-${tag}`, publishedAt: '2026-08-02', text: feesStory(tag, words) }).expect(200);
    expect(copy.body.publication).toMatchObject({ outlet: 'Paper B' });
    const verify = () => request(app).post('/api/v1/verify').set('Authorization', `Bearer ${token}`).send({ quote: words }).expect(200);
    expect((await verify()).body).toMatchObject({ articlesInAll: 2, earliest: { outlet: 'Wire A', at: '2026-08-01T00:00:00.000Z' } });

    // the wire edits its page: one sentence added, the quote as it was
    const edited = await api({ title: 'Parking fees to rise', outlet: 'Wire A', url: wireUrl, publishedAt: '2026-08-03', text: feesStory(tag, words, 'The new fees will be reviewed after a year.') }).expect(201);
    expect(edited.body.article).toMatchObject({ version: 2, previousVersionId: first.body.article.id });
    const quoteId = edited.body.article.quotes[0].id;

    // the words first ran on the 1st, in the wire's version 1, and Paper B's copy of it still ran them; the page counts once
    const after = (await verify()).body;
    expect(after.verdict).toBe('exact');
    expect(after.earliest).toMatchObject({ outlet: 'Wire A', articleId: edited.body.article.id, at: '2026-08-01T00:00:00.000Z' });
    expect(after.otherArticles).toEqual([expect.objectContaining({ outlet: 'Paper B', at: '2026-08-02T00:00:00.000Z' })]);
    expect(after.articlesInAll).toBe(2);
    const { agent } = await signedInAgent(app, ds, 'editor');
    const verifyPage = await agent.get(`/verify?quote=${encodeURIComponent(words)}`).expect(200);
    expect(verifyPage.text).toMatch(/Earliest article with these words: <a href="\/articles\/\d+#q-0">Parking fees to rise<\/a> \(Wire A\), 2026-08-01; also ran <a [^>]+>in Paper B, 2026-08-02<\/a>/);

    // the quote page and the API say the same
    const page = await agent.get(`/quotes/${quoteId}`).expect(200);
    expect(page.text).toMatch(/2026-08-01 — <a href="\/articles\/\d+#q-0">Parking fees to rise<\/a> \(Wire A\),\s+attributed to Ilse Verhoeven <strong>earliest<\/strong> <span class="muted">\(this one; first run in version 1\)<\/span>/);
    expect(page.text).toMatch(/2026-08-02 — <a href="\/articles\/\d+#q-0">Town centre parking dearer<\/a> \(Paper B\),\s+attributed to Ilse Verhoeven <span class="muted">\(another publication of version 1\)<\/span>/);
    const json = (await request(app).get(`/api/v1/quotes/${quoteId}`).set('Authorization', `Bearer ${token}`).expect(200)).body.quote;
    expect(json.occurrences.map((o: { outlet: string; at: string }) => [o.outlet, o.at.slice(0, 10)])).toEqual([['Wire A', '2026-08-01'], ['Paper B', '2026-08-02']]);
    expect(json.occurrenceArticles).toBe(2);
    expect(json.credited).toEqual([expect.objectContaining({ speakerName: 'Ilse Verhoeven', articles: 2, first: '2026-08-01T00:00:00.000Z' })]);
  });

  it('leaves the copies of an earlier version out of the places of the words a new version changed', async () => {
    const tag = uniqueTag(3);
    const words = `The fees in ${cap(tag)} have not changed in eleven years and no longer cover the upkeep of the car parks`;
    const changed = `The fees in ${cap(tag)} have not changed in twelve years and no longer cover the upkeep of the car parks`;
    const api = (body: object) => request(app).post('/api/v1/articles').set('Authorization', `Bearer ${token}`).send(body);
    const wireUrl = `https://wirea.example/fees-${tag}`;
    await api({ title: 'Parking fees to rise', outlet: 'Wire A', url: wireUrl, publishedAt: '2026-08-01', text: feesStory(tag, words) }).expect(201);
    await api({ title: 'Town centre parking dearer', outlet: 'Paper B', url: `https://paperb.example/fees-${tag}`, publishedAt: '2026-08-02', text: feesStory(tag, words) }).expect(200);
    const edited = await api({ title: 'Parking fees to rise', outlet: 'Wire A', url: wireUrl, publishedAt: '2026-08-03', text: feesStory(tag, changed) }).expect(201);
    expect(edited.body.article.version).toBe(2);

    // the new words first ran in version 2: Paper B ran version 1's words, not these
    const verify = (await request(app).post('/api/v1/verify').set('Authorization', `Bearer ${token}`).send({ quote: changed }).expect(200)).body;
    expect(verify.verdict).toBe('exact');
    expect(verify.earliest).toMatchObject({ outlet: 'Wire A', at: '2026-08-03T00:00:00.000Z' });
    expect(verify.otherArticles).toEqual([]);
    expect(verify.articlesInAll).toBe(1);
    const json = (await request(app).get(`/api/v1/quotes/${edited.body.article.quotes[0].id}`).set('Authorization', `Bearer ${token}`).expect(200)).body.quote;
    expect(json.occurrences.map((o: { outlet: string; at: string }) => [o.outlet, o.at.slice(0, 10)])).toEqual([['Wire A', '2026-08-03']]);
  });

  it('records the copies in a bulk import, and an import run again adds none', async () => {
    const tag = `t${randomUUID().slice(0, 8)}`;
    const { text } = wireStory(tag);
    const rows = [
      { title: 'Bridge stays shut', outlet: 'Northern Wire', url: `https://northernwire.example/${tag}`, publishedAt: '2024-03-05', text },
      { title: 'Lorries kept off bridge', outlet: 'Valley Courier', url: `https://valleycourier.example/${tag}`, publishedAt: '2024-03-05', text },
      { title: 'Bridge closure', outlet: 'Coast Daily', publishedAt: '2024-03-07', text },
    ];
    const content = Buffer.from(rows.map((r) => JSON.stringify(r)).join('\n'));
    const { batchId } = await createImport({ dataSource: ds }, { content, filename: 'wire.jsonl' }, CLI_ACTOR);
    await processImport({ dataSource: ds }, batchId);
    const outcomes: Array<{ status: string; articleId: number }> = await ds.query('SELECT status, article_id AS "articleId" FROM import_rows WHERE batch_id = $1 ORDER BY row_number', [batchId]);
    expect(outcomes.map((o) => o.status)).toEqual(['done', 'duplicate', 'duplicate']);
    const articleId = outcomes[0].articleId;
    expect(outcomes.every((o) => o.articleId === articleId)).toBe(true);
    const expected = [
      { outlet: 'Valley Courier', url: `https://valleycourier.example/${tag}`, title: 'Lorries kept off bridge', publishedAt: '2024-03-05', source: 'import' },
      { outlet: 'Coast Daily', url: null, title: 'Bridge closure', publishedAt: '2024-03-07', source: 'import' },
    ];
    expect(await publications(articleId)).toEqual(expected);

    // the same file imported again: every row a duplicate, no copy recorded twice
    const again = await createImport({ dataSource: ds }, { content, filename: 'wire.jsonl' }, CLI_ACTOR);
    await processImport({ dataSource: ds }, again.batchId);
    expect(await publications(articleId)).toEqual(expected);
  });

  it('records a fetched page whose text another page already has, once however often it is fetched', async () => {
    const tag = `t${randomUUID().slice(0, 8)}`;
    const { text } = wireStory(tag);
    const html = (site: string, path: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bridge closure | ${site}</title>
<meta property="og:site_name" content="${site}"><link rel="canonical" href="${path}">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge stays shut to lorries","datePublished":"2024-03-05T07:00:00Z"}</script></head>
<body><nav><a href="/">Home</a></nav><article><h1>Bridge stays shut to lorries</h1>${text.split('\n').map((p) => `<p>${p}</p>`).join('')}</article><footer>© ${site}</footer></body></html>`;
    const server = http.createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(req.url?.startsWith('/wire/') ? html('Northern Wire', req.url) : html('Hill Times', req.url ?? '/'));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const deps = { dataSource: ds, fetchOptions: { allowedHosts: ['127.0.0.1'] } };
      const fetch = async (url: string) => fetchRequestedUrl(deps, (await insertIngestRequest(ds.manager, { url, requestedBy: null, overrides: {} })).id, 1, true);
      const stored = await fetch(`${base}/wire/${tag}`);
      expect(stored).toMatchObject({ status: 'done' });
      const copy = await fetch(`${base}/hilltimes/${tag}`);
      expect(copy).toEqual({ final: true, status: 'duplicate', articleId: stored.final ? stored.articleId : -1 });
      await fetch(`${base}/hilltimes/${tag}`);
      const articleId = stored.final ? stored.articleId! : -1;
      expect(await publications(articleId)).toEqual([{ outlet: 'Hill Times', url: `${base}/hilltimes/${tag}`, title: 'Bridge stays shut to lorries', publishedAt: '2024-03-05', source: 'url' }]);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  it('migrates down and up again', async () => {
    const runner = ds.createQueryRunner();
    await runner.startTransaction();
    try {
      const migration = new ArticlePublications1795572405010();
      await migration.down(runner);
      expect(await runner.query(`SELECT to_regclass('article_publications') AS t`)).toEqual([{ t: null }]);
      await migration.up(runner);
      expect(await runner.query(`SELECT to_regclass('article_publications')::text AS t`)).toEqual([{ t: 'article_publications' }]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
