import request from 'supertest';
import type { DataSource } from 'typeorm';
import { loadConfig, showsErrorDetails } from '../../src/config';
import { createDataSource } from '../../src/db/data-source';
import { buildArticleInput, buildArticleText } from '../factories/article.factory';
import { buildTestApp } from '../support/app';
import { csrfFrom, signedInAgent, tokenFor } from '../support/auth';
import { openFreshDatabase, openTestDataSource } from '../support/db';

/** Reads the CSRF token and cookies a browser would hold after opening the form. */
async function openForm(agent: request.Agent): Promise<string> {
  const page = await agent.get('/articles/new').expect(200);
  const token = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1];
  if (!token) throw new Error('no CSRF token in the form');
  return token;
}

describe('HTML pages', () => {
  let ds: DataSource;
  let app: ReturnType<typeof buildTestApp>;
  let token: string;
  let editor: request.Agent;
  beforeAll(async () => {
    ds = await openTestDataSource();
    app = buildTestApp(ds);
    token = await tokenFor(ds, 'editor');
    editor = (await signedInAgent(app, ds, 'editor')).agent;
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('pastes an article through the form and shows its quotes highlighted and attributed', async () => {
    const agent = editor;
    const csrf = await openForm(agent);
    const input = buildArticleInput({ text: buildArticleText({ speaker: 'Tomasz Wierzbicki' }) });
    const post = await agent
      .post('/articles')
      .type('form')
      .send({ ...input, _csrf: csrf })
      .expect(303);
    expect(post.headers.location).toMatch(/^\/articles\/\d+\?notice=created$/);
    const page = await agent.get(post.headers.location).expect(200);
    expect(page.text).toContain('Article stored and analysed.');
    expect(page.text).toMatch(/<mark class="q sp-0[^"]*"[^>]*data-speaker="Tomasz Wierzbicki"/);
    expect(page.text).toContain('We have moved more than 4,000 families');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");

    const again = await agent
      .post('/articles')
      .type('form')
      .send({ ...input, _csrf: csrf })
      .expect(303);
    expect(again.headers.location).toBe(post.headers.location.replace('created', 'duplicate'));
  });

  it('links each speaker of an article to their page: legend, quote list and reported statements', async () => {
    const posted = await request(app)
      .post('/api/v1/articles')
      .set('Authorization', `Bearer ${token}`)
      .send(buildArticleInput({ text: buildArticleText({ speaker: 'Radomir Kowalczyk' }) }))
      .expect(201);
    const quote = posted.body.article.quotes.find((q: { speaker: { name: string } | null }) => q.speaker?.name === 'Radomir Kowalczyk');
    const href = `/speakers/${quote.speaker.id}`;
    const page = await editor.get(`/articles/${posted.body.article.id}`).expect(200);
    const legend = page.text.slice(page.text.indexOf('class="legend"'), page.text.indexOf('</div>', page.text.indexOf('class="legend"')));
    expect(legend).toContain(`<a href="${href}">Radomir Kowalczyk</a>`);
    const list = page.text.slice(page.text.indexOf('class="quote-list"'));
    expect(list).toContain(`<dd class="speaker"><span class="swatch sp-0" aria-hidden="true"></span><a href="${href}">Radomir Kowalczyk</a></dd>`);
    const statements = page.text.slice(page.text.indexOf('class="statements"'));
    expect(statements).toMatch(new RegExp(`<li id="statement-\\d+"><strong><a href="${href}">Radomir Kowalczyk</a></strong> <em>`));
  });

  it('shows an unnamed source written once with a capital and once without as one legend entry, in one colour', async () => {
    const posted = await request(app)
      .post('/api/v1/articles')
      .set('Authorization', `Bearer ${token}`)
      .send({
        title: `Toll revised ${Date.now()}`,
        publishedAt: '2025-09-08',
        text: [
          'The ministry did not comment on the figures on Monday.',
          'A senior official at the Health Ministry said the count would be revised. "We counted some deaths twice," the official said.',
          'Hospitals in the valley reported more patients overnight. "The numbers will come down by the weekend," a senior official at the Health Ministry said.',
        ].join('\n\n'),
      })
      .expect(201);
    const names = posted.body.article.quotes.map((q: { speaker: { name: string } | null }) => q.speaker?.name);
    expect(names).toEqual(['A senior official at the Health Ministry', 'a senior official at the Health Ministry']);
    const page = await editor.get(`/articles/${posted.body.article.id}`).expect(200);
    const legend = page.text.slice(page.text.indexOf('class="legend"'), page.text.indexOf('</div>', page.text.indexOf('class="legend"')));
    expect(legend.match(/senior official at the Health Ministry/gi)).toHaveLength(1);
    expect(legend).toContain('(2)');
    const colours = [...page.text.matchAll(/<mark class="q (sp-[\w-]+)/g)].map((m) => m[1]);
    expect(new Set(colours).size).toBe(1);
  });

  it('links the dashboard’s new quotes to their pages and speakers, and leaves out what a reviewer marked as not a quote', async () => {
    const posted = await request(app)
      .post('/api/v1/articles')
      .set('Authorization', `Bearer ${token}`)
      .send(buildArticleInput({ text: buildArticleText({ speaker: 'Zofia Brzezinska' }) }))
      .expect(201);
    const [first, second] = posted.body.article.quotes as Array<{ id: number; start: number; speaker: { id: number } }>;
    const articleId = posted.body.article.id;
    const home = await editor.get('/').expect(200);
    expect(home.text).toContain(`<a href="/quotes/${first.id}">“We have moved more than 4,000 families`);
    expect(home.text).toContain(`<a href="/speakers/${first.speaker.id}">Zofia Brzezinska</a>, in`);
    expect(home.text).toMatch(new RegExp(`<a href="/articles/${articleId}#q-\\d+">`));
    const csrf = await csrfFrom(editor, `/quotes/${second.id}`);
    await editor.post(`/review/quotes/${second.id}/reject`).type('form').send({ _csrf: csrf, back: `/quotes/${second.id}` }).expect(303);
    const after = await editor.get('/').expect(200);
    expect(after.text).not.toContain(`href="/quotes/${second.id}"`);
    // (the dashboard shows the ten newest: other suites storing articles meanwhile may have pushed this one out)
    const [{ newer }] = await ds.query(`SELECT count(*)::int AS newer FROM quotes WHERE id > $1 AND review_status <> 'rejected'`, [first.id]);
    if (newer < 9) expect(after.text).toContain(`href="/quotes/${first.id}"`);
  });

  it('shows a long article’s whole text but its quotes and statements 200 at a time, with links between the pages', async () => {
    const tag = `q${Date.now().toString(36)}`;
    const paras = Array.from({ length: 230 }, (_, i) => `“The ${tag} harbour stays open for crossing ${i},” said Ana Ruiz, the harbour director. She said the ferry ${i} would sail at dawn.`);
    const posted = await request(app).post('/api/v1/articles').set('Authorization', `Bearer ${token}`).send({ title: 'Harbour log', text: paras.join('\n\n') }).expect(201);
    const id = posted.body.article.id as number;
    const first = await editor.get(`/articles/${id}`).expect(200);
    expect(first.text).toContain('230 quotes');
    expect(first.text).toContain('Quotes 1–200 of 230');
    expect(first.text).toContain(`href="/articles/${id}?quotes=2#quotes"`);
    // the text is whole: the last quote is highlighted on the first page
    expect(first.text).toContain('id="q-229"');
    expect((first.text.match(/class="quote-item/g) ?? []).length).toBe(200);
    const second = await editor.get(`/articles/${id}?quotes=2`).expect(200);
    expect(second.text).toContain('Quotes 201–230 of 230');
    expect((second.text.match(/class="quote-item/g) ?? []).length).toBe(30);
    expect(second.text).toContain(`href="/articles/${id}#quotes"`);
    // the statements' own pages, and the speaker page links a late statement to the page that shows it
    expect(first.text).toContain('Statements 1–200 of 230');
    const late = await editor.get(`/articles/${id}?statements=2`).expect(200);
    expect(late.text).toContain('id="statement-229"');
    const { statementHref } = await import('../../src/web/articles/article-lists');
    expect(statementHref(id, 229)).toBe(`/articles/${id}?statements=2#statement-229`);
    expect(statementHref(id, 3)).toBe(`/articles/${id}#statement-3`);
    await editor.get(`/articles/${id}?quotes=0`).expect(422);
  });

  it('records who added an article, from the form or the API, in the audit log', async () => {
    const { agent, user } = await signedInAgent(app, ds, 'editor');
    const csrf = await openForm(agent);
    const pasted = await agent.post('/articles').type('form').send({ ...buildArticleInput({ title: 'Pasted for the audit log' }), _csrf: csrf }).expect(303);
    const pastedId = Number(/\/articles\/(\d+)/.exec(pasted.headers.location)![1]);
    const entries = async (id: number) => ds.query(`SELECT actor_id, actor_label, after FROM audit_log WHERE action = 'article.create' AND target_type = 'article' AND target_id = $1`, [String(id)]);
    expect(await entries(pastedId)).toEqual([
      { actor_id: user.id, actor_label: user.email, after: expect.objectContaining({ title: 'Pasted for the audit log', outlet: 'The Coastal Herald', publishedAt: '2024-03-05', source: 'paste' }) },
    ]);
    // the same text again stores nothing, and records nothing
    await agent.post('/articles').type('form').send({ ...buildArticleInput({ title: 'Pasted for the audit log' }), text: (await ds.query('SELECT body FROM articles WHERE id = $1', [pastedId]))[0].body, _csrf: csrf }).expect(303);
    expect(await entries(pastedId)).toHaveLength(1);
    const posted = await request(app).post('/api/v1/articles').set('Authorization', `Bearer ${token}`).send(buildArticleInput({ title: 'Posted for the audit log' })).expect(201);
    const [api] = await entries(posted.body.article.id);
    expect(api.after).toMatchObject({ title: 'Posted for the audit log', source: 'api' });
  });

  it('rejects a form post without a valid CSRF token and stores nothing', async () => {
    const title = `Forged submission ${Date.now()}`;
    const { agent } = await signedInAgent(app, ds, 'editor');
    await openForm(agent);
    const res = await agent.post('/articles').type('form').send(buildArticleInput({ title })).expect(403);
    expect(res.text).toContain('This form has expired');
    await agent.post('/articles').type('form').send({ ...buildArticleInput({ title }), _csrf: 'forged' }).expect(403);
    const stored = await ds.query('SELECT count(*)::int AS n FROM articles WHERE title = $1', [title]);
    expect(stored[0].n).toBe(0);
  });

  it('re-renders the form with messages and the input kept when fields are invalid', async () => {
    const agent = editor;
    const csrf = await openForm(agent);
    const res = await agent
      .post('/articles')
      .type('form')
      .send({ title: '', text: 'Kept text <b>here</b>', url: 'ftp://example.org/x', _csrf: csrf })
      .expect(422);
    expect(res.text).toContain('is required');
    expect(res.text).toContain('must be an http:// or https:// address');
    // a date that could be two days, or a day the month does not have, is refused, and the summary quotes it (a date
    // field cannot show it)
    const dated = (publishedAt: string) =>
      agent
        .post('/articles')
        .type('form')
        .send({ title: 'Dated', text: '“We will reopen the line in spring,” said Ana Ruiz, the regional rail director.', publishedAt, _csrf: csrf })
        .expect(422);
    expect((await dated('12/03/2025')).text).toMatch(/Published date<\/a> \(“12\/03\/2025”\) must be a date such as 2016-12-18/);
    expect((await dated('2025-02-30')).text).toContain('Published date</a> (“2025-02-30”) must be a day that exists: February 2025 has 28 days, not 30');
    expect(res.text).toContain('Kept text &lt;b&gt;here&lt;/b&gt;');
    expect(res.text).toContain('value="ftp://example.org/x"');
  });

  it('escapes article-supplied text everywhere it is shown', async () => {
    const payload = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const text = `${payload} “We will rebuild ${payload},” said Amara Diallo.`;
    const res = await request(app)
      .post('/api/v1/articles')
      .set('Authorization', `Bearer ${token}`)
      .send({ title: `Title ${payload}`, text, outlet: `Outlet ${payload}` })
      .expect(201);
    const id = res.body.article.id;
    for (const path of [`/articles/${id}`, '/articles', '/']) {
      const page = await editor.get(path).expect(200);
      expect(page.text).not.toContain('<script>alert(1)');
      expect(page.text).not.toContain('<img src=x');
    }
  });

  it('lists articles newest first with counts, and paginates', async () => {
    const older = await request(app).post('/api/v1/articles').set('Authorization', `Bearer ${token}`).send(buildArticleInput({ publishedAt: '1999-01-02', title: 'An old report' }));
    expect(older.status).toBe(201);
    const page = await editor.get('/articles').expect(200);
    expect(page.text).toContain('<th scope="col" class="num">Quotes</th>');
    const beyond = await editor.get('/articles?page=9999').expect(200);
    expect(beyond.text).toContain('There are no articles on page 9999');
    await editor.get('/articles?page=-1').expect(422);
  });

  it('shows 404 pages for unknown articles and paths', async () => {
    const res = await editor.get('/articles/2000000000').expect(404);
    expect(res.text).toContain('There is no article 2000000000');
    await editor.get('/no/such/page').expect(404);
    // an address that holds no valid id is no page either, with a plain message
    for (const path of ['/articles/abc', '/quotes/0', '/speakers/12x', '/topics/-3']) {
      const bad = await editor.get(path).expect(404);
      expect(bad.text).toContain(`There is no page at ${path}.`);
      expect(bad.text).not.toContain('Invalid input');
    }
  });

  it('says in plain words what is wrong with an address’s filters, page or sort', async () => {
    const cases: Array<[string, RegExp]> = [
      ['/articles?page=abc', /page must be a number/],
      ['/articles?page=-1', /page must be (a positive number|at least 1)/],
      ['/speakers?sort=bogus', /sort must be one of: /],
    ];
    for (const [path, message] of cases) {
      const res = await editor.get(path).expect(422);
      expect(res.text).toMatch(message);
      expect(res.text).not.toMatch(/Invalid input|NaN|Too small|Invalid option/);
    }
  });

  it('reports database health', async () => {
    const res = await request(app).get('/healthz').expect(200);
    expect(res.body).toEqual({ status: 'ok', database: 'ok' });
  });

  it('shows the empty dashboard on a new installation', async () => {
    const { db: fresh, drop } = await openFreshDatabase(ds);
    try {
      const freshApp = buildTestApp(fresh);
      // A new installation first asks for its admin, then shows the empty dashboard.
      const first = await request(freshApp).get('/').expect(303);
      expect(first.headers.location).toBe('/setup');
      const { agent } = await signedInAgent(freshApp, fresh, 'editor');
      const res = await agent.get('/').expect(200);
      expect(res.text).toContain('No articles yet');
      expect(res.text).toContain('Add your first article');
    } finally {
      await drop();
    }
  });

  it('shows no stack trace on a 500 outside development, nor when NODE_ENV is unset', async () => {
    const broken = createDataSource({ url: 'postgres://nobody:nothing@127.0.0.1:1/none', poolSize: 1 });
    const res = await request(buildTestApp(broken)).get('/articles').expect(500);
    expect(res.text).toContain('Something went wrong');
    expect(res.text).not.toMatch(/at .*\.ts:\d+/);
    // the settings a deployment gets when it sets no NODE_ENV, as main.ts passes them
    const unset = buildTestApp(broken, { showErrorDetails: showsErrorDetails(loadConfig({})) });
    const page = await request(unset).get('/articles').expect(500);
    expect(page.text).toContain('Something went wrong');
    expect(page.text).not.toContain('<pre class="stack">');
    const dev = buildTestApp(broken, { showErrorDetails: showsErrorDetails(loadConfig({ NODE_ENV: 'development' })) });
    expect((await request(dev).get('/articles').expect(500)).text).toContain('<pre class="stack">');
    const health = await request(buildTestApp(broken)).get('/healthz').expect(503);
    expect(health.body.database).toBe('unreachable');
  });
});
