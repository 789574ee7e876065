import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { buildTestApp } from '../support/app';
import { signedInAgent, tokenFor } from '../support/auth';
import { openTestDataSource } from '../support/db';
import { ingestArticleBatch } from '../../src/services/ingest-batch';

describe('quote page', () => {
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

  it('shows the quote in its paragraph, every article that ran the same words with the earliest first, and citations', async () => {
    const tag = randomUUID().slice(0, 8);
    const words = `We will reopen the ${tag} crossing before the harvest begins`;
    const post = (outlet: string, publishedAt: string, lead: string, punct: string) =>
      request(app)
        .post('/api/v1/articles')
        .set('Authorization', `Bearer ${token}`)
        .send({ title: `${outlet} on the crossing`, outlet, publishedAt, url: `https://${outlet.toLowerCase().replace(/\W/g, '')}.example/${tag}`, text: `${lead}\n“${words}${punct}” said Leila Nasser, the border agency's director.\nTraffic has been diverted for a month.` })
        .expect(201);
    const later = await post('Daily Ledger', '2024-05-03', 'Officials spoke on Friday.', ',');
    const first = await post('Border Wire', '2024-05-01', 'A statement came on Wednesday.', ',');
    const id = later.body.article.quotes[0].id;

    const { agent } = await signedInAgent(app, ds, 'viewer');
    const page = await agent.get(`/quotes/${id}`).expect(200);
    expect(page.text).toMatch(/<p class="context">“<mark class="q sp-0">We will reopen the \w+ crossing before the harvest begins<\/mark>,” said Leila Nasser, the border agency&#39;s director.<\/p>/);
    expect(page.text).toMatch(/2024-05-01 — <a href="\/articles\/\d+#q-0">Border Wire on the crossing<\/a> \(Border Wire\),\s+attributed to Leila Nasser <strong>earliest<\/strong>/);
    expect(page.text).toContain('(this one)');
    // shown alone, the words end without the comma of the sentence that carried them
    expect(page.text).toContain(`<blockquote class="big">“${words}”</blockquote>`);
    expect(page.text).toContain('data-copy="cite-markdown"');

    const api = await request(app).get(`/api/v1/quotes/${id}`).set('Authorization', `Bearer ${token}`).expect(200);
    expect(api.body.quote.occurrences.map((o: { articleId: number }) => o.articleId)).toEqual([first.body.article.id, later.body.article.id]);
    expect(api.body.quote.citations.plain).toBe(`“${words}” — Leila Nasser, quoted in Daily Ledger, Daily Ledger on the crossing (2024-05-03). https://dailyledger.example/${tag}`);
    expect(api.body.quote.citations.markdown).toContain(`[Daily Ledger on the crossing](https://dailyledger.example/${tag})`);
    await request(app).get('/api/v1/quotes/2000000000').set('Authorization', `Bearer ${token}`).expect(404);
  });

  it('says when the words name no one it could identify, as the article page does, before the citations', async () => {
    const res = await request(app)
      .post('/api/v1/articles')
      .set('Authorization', `Bearer ${token}`)
      .send({ title: 'Water tests', outlet: 'Valley Courier', publishedAt: '2026-03-03', text: `The inspector said in a statement that she had found “no evidence of ${randomUUID().slice(0, 8)} contamination” in routine tests.` })
      .expect(201);
    const q = res.body.article.quotes[0];
    expect(q.speaker.kind).toBe('unknown');
    const { agent: viewer } = await signedInAgent(app, ds, 'viewer');
    const page = await viewer.get(`/quotes/${q.id}`).expect(200);
    expect(page.text).toContain('— “The inspector” (not identified)');
    expect(page.text).not.toContain(`<a href="/speakers/${q.speaker.id}">`);
    expect(page.text).toContain('whosaid could not tell who said these words');
  });
  it('names the body an unnamed spokesperson speaks for beside them, on the page and in the API', async () => {
    const firm = `Veltr${randomUUID().slice(0, 6).replace(/\d/g, 'a')} Corp`;
    const res = await request(app)
      .post('/api/v1/articles')
      .set('Authorization', `Bearer ${token}`)
      .send({ title: 'Takeover talk', outlet: 'Market Wire', publishedAt: '2026-03-03', text: `${firm} declined to comment on the figures.\n“We do not comment on rumours,” a spokeswoman said.` })
      .expect(201);
    const q = res.body.article.quotes[0];
    expect(q.speaker).toMatchObject({ name: 'a spokeswoman', kind: 'anonymous', role: firm });
    const { agent: viewer } = await signedInAgent(app, ds, 'viewer');
    const page = await viewer.get(`/quotes/${q.id}`).expect(200);
    expect(page.text).toContain(`— a spokeswoman (anonymous), ${firm}`);
  });

  it('says the article named someone else when an editor corrected the speaker, and not when only the span was fixed', async () => {
    const tag = randomUUID().slice(0, 8);
    const res = await request(app)
      .post('/api/v1/articles')
      .set('Authorization', `Bearer ${token}`)
      .send({
        title: 'Emergency departments',
        outlet: 'Prairie Ledger',
        publishedAt: '2025-04-10',
        text: `Health Minister Paul Dufresne told a conference in Toronto: "We cannot afford to keep every emergency department open 24 hours a day (${tag})."\nThe association's president, Gordon Achterberg, spoke later that day.\n"Rural hospitals will not close," Dufresne said.`,
      })
      .expect(201);
    const [first, second] = res.body.article.quotes as Array<{ id: number; speaker: { name: string } }>;
    expect(first.speaker.name).toBe('Paul Dufresne');
    const { agent: editor } = await signedInAgent(app, ds, 'editor');
    const csrfOf = async (id: number) => /name="_csrf" value="([^"]+)"/.exec((await editor.get(`/quotes/${id}`).expect(200)).text)![1];
    await editor.post(`/review/quotes/${first.id}/speaker`).type('form').send({ _csrf: await csrfOf(first.id), speaker: 'Gordon Achterberg' }).expect(303);
    const page = (await editor.get(`/quotes/${first.id}`).expect(200)).text;
    expect(page).toContain('whosaid read the speaker from “Health Minister Paul Dufresne”; an editor corrected it to Gordon Achterberg.');
    expect(page).not.toContain(`<dt>Named as</dt><dd>“Health Minister Paul Dufresne”</dd>`);
    // a span fixed alone leaves the speaker the article named
    await editor.post(`/review/quotes/${second.id}/span`).type('form').send({ _csrf: await csrfOf(second.id), text: 'Rural hospitals will not close' }).expect(303);
    const fixed = (await editor.get(`/quotes/${second.id}`).expect(200)).text;
    expect(fixed).toContain('<dt>Named as</dt><dd>“Dufresne”</dd>');
    expect(fixed).not.toContain('corrected by an editor to');
  });

  it('counts every article that ran the words and who they credit them to, past the fifty it lists, and pages through the rest', async () => {
    const tag = randomUUID().slice(0, 8);
    const words = `The ${tag} dam will be repaired before the rainy season, whatever it costs`;
    // 44 papers credit the minister, 12 wire rewrites credit her spokesman: 56 articles, a month apart at most
    const rows = Array.from({ length: 56 }, (_, i) => ({
      title: `Dam repairs promised (${i + 1})`, outlet: i < 44 ? `Regional Paper ${i + 1}` : `Wire Rewrite ${i - 43}`,
      publishedAt: `2024-04-${String(1 + Math.floor(i / 2)).padStart(2, '0')}`,
      text: `Engineers inspected the cracked wall on Monday, reporter ${i + 1} writes.\n“${words},” said ${i < 44 ? 'Amara Osei, the water minister' : 'Kofi Mensah, a ministry spokesman'}.`,
    }));
    expect((await ingestArticleBatch({ dataSource: ds }, rows, 'import')).filter((o) => 'error' in o)).toEqual([]);
    const [{ id }] = await ds.query(`SELECT q.id FROM quotes q JOIN articles a ON a.id = q.article_id WHERE a.title = 'Dam repairs promised (1)'`);
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const page = await agent.get(`/quotes/${id}`).expect(200);
    expect(page.text).toContain('56 current articles ran these words; the earliest first, 6 more after these.');
    expect(page.text).toMatch(/credited to 2 different speakers: <a href="\/speakers\/\d+">Amara Osei<\/a> \(44 articles, first 2024-04-01\) and <a href="\/speakers\/\d+">Kofi Mensah<\/a> \(12 articles, first 2024-04-23\)/);
    expect(page.text.match(/<li>2024-04-/g)).toHaveLength(50);
    expect(page.text).toContain(`<a href="/quotes/${id}?ran=2#ran" rel="next">Next 50 articles</a>`);
    const second = await agent.get(`/quotes/${id}?ran=2`).expect(200);
    expect(second.text.match(/<li>2024-04-/g)).toHaveLength(6);
    expect(second.text).toContain('Dam repairs promised (56)');
    expect(second.text).not.toContain('rel="next"');
    const api = await request(app).get(`/api/v1/quotes/${id}`).set('Authorization', `Bearer ${token}`).expect(200);
    expect(api.body.quote).toMatchObject({ occurrenceArticles: 56, occurrencesNext: `/api/v1/quotes/${id}?ran=2` });
    expect(api.body.quote.occurrences).toHaveLength(50);
    // /verify counts them all too, and links the rest to the quote page's list
    const verified = await request(app).post('/api/v1/verify').set('Authorization', `Bearer ${token}`).send({ quote: words }).expect(200);
    expect(verified.body.articlesInAll).toBe(56);
    expect(verified.body.credited.map((c: { speakerName: string; articles: number }) => [c.speakerName, c.articles])).toEqual([['Amara Osei', 44], ['Kofi Mensah', 12]]);
    const verifyPage = await agent.get(`/verify?quote=${encodeURIComponent(words)}`).expect(200);
    expect(verifyPage.text).toMatch(/ and in <a href="\/quotes\/\d+#ran">47 more articles<\/a>\./);
  });
});

describe('speaker page claims', () => {
  it('lists the latest claims in a speaker’s words, with their topic', async () => {
    const ds = await openTestDataSource();
    try {
      const app = buildTestApp(ds);
      const token = await tokenFor(ds, 'editor');
      const place = `Vel${randomUUID().replace(/[^a-z]/g, '').slice(0, 5)}ka`;
      const res = await request(app)
        .post('/api/v1/articles')
        .set('Authorization', `Bearer ${token}`)
        .send({ title: 'Flood toll', publishedAt: '2024-04-04', text: `“At least 120 people were killed in ${place} last week,” said Milan Novak, the regional governor.` })
        .expect(201);
      const speakerId = res.body.article.quotes[0].speaker.id;
      const { agent } = await signedInAgent(app, ds, 'viewer');
      const page = await agent.get(`/speakers/${speakerId}`).expect(200);
      expect(page.text).toMatch(/<a href="\/claims\/\d+">/);
      expect(page.text).toContain(`/claims?speaker=${speakerId}`);
      expect(page.text).not.toContain('once claim tracking is on');
    } finally {
      await ds.destroy();
    }
  });
});
