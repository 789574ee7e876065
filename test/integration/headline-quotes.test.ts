import request from 'supertest';
import type { DataSource } from 'typeorm';
import { buildTestApp } from '../support/app';
import { signedInAgent, tokenFor } from '../support/auth';
import { openTestDataSource } from '../support/db';
import { cap, uniqueTag } from '../support/speakers';

jest.setTimeout(60_000);

describe('the quotes of an article’s headline', () => {
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

  it('are checked against the article’s quotes on its page and in the API, escaped', async () => {
    const minister = `Ayo ${cap(uniqueTag(3))}`;
    const surname = minister.split(' ')[1];
    const text =
      `Transport Minister ${minister} said on Tuesday that the government would not give in to the rail unions.\n\n` +
      `“We will not back down, and we will not be bullied by anyone,” ${surname} told reporters.\n\n` +
      'The minister added that the strike was costing the economy millions every day.';
    const title = `‘We will not back down’: ${surname} defiant as strike costs “millions every day” <b>“We have won”</b>`;
    const created = await request(app).post('/api/v1/articles').set('Authorization', `Bearer ${token}`)
      .send({ title, text, publishedAt: '2026-05-12' }).expect(201);
    const { article } = created.body;
    expect(article.headlineQuotes).toEqual([
      { text: 'We will not back down', verdict: 'exact', quote: { id: article.quotes[0].id, position: 0, speakerName: minister }, similarity: expect.any(Number), diff: null },
      { text: 'millions every day', verdict: 'unquoted', quote: null, similarity: null, diff: null },
      { text: 'We have won', verdict: 'not-found', quote: null, similarity: null, diff: null },
    ]);
    const again = await request(app).get(`/api/v1/articles/${article.id}`).set('Authorization', `Bearer ${token}`).expect(200);
    expect(again.body.article.headlineQuotes).toEqual(article.headlineQuotes);

    const { agent } = await signedInAgent(app, ds, 'viewer');
    const page = (await agent.get(`/articles/${article.id}`).expect(200)).text;
    const section = page.slice(page.indexOf('Quoted in the headline'), page.indexOf('</section>', page.indexOf('Quoted in the headline')));
    expect(section).toContain('“We will not back down” —');
    expect(section).toContain(`<a href="#q-0">the quote by ${minister}</a>`);
    expect(section).toContain('not among the article’s quotes');
    expect(section).toContain('not in the article:');
    expect(page).not.toContain('<b>“We have won”</b>');
    expect(page).toContain('&lt;b&gt;');
  });

  it('are left out of a page whose headline quotes no one', async () => {
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const created = await request(app).post('/api/v1/articles').set('Authorization', `Bearer ${token}`)
      .send({ title: `Rail strike enters its third week in ${cap(uniqueTag(3))}`, text: '“We are not moving,” said the union’s leader, Grace Eze.', publishedAt: '2026-05-12' }).expect(201);
    expect(created.body.article.headlineQuotes).toEqual([]);
    expect((await agent.get(`/articles/${created.body.article.id}`).expect(200)).text).not.toContain('Quoted in the headline');
  });
});
