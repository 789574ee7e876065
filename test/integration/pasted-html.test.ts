import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { normalizeArticleText } from '../../src/services/article-input';
import { ingestArticleBatch } from '../../src/services/ingest-batch';
import { buildTestApp } from '../support/app';
import { csrfFrom, signedInAgent, tokenFor } from '../support/auth';
import { openTestDataSource } from '../support/db';

type ApiQuote = { text: string; start: number; end: number; speaker: { name: string } | null };

/** The text a tester pasted: a quote with a tag inside it, and a script. */
function pastedHtml(tag: string): string {
  return [
    `<p>TARNBY (ref ${tag}) - The council met on Monday after the floods.</p>`,
    '<p>"We <u>will</u> rebuild the town," said Mayor Jan Novak.</p>',
    '<script>alert("x")</script>',
    '<p>Residents &amp; traders&nbsp;welcomed the plan.<br>Work starts in May.</p>',
  ].join('\n');
}

describe('HTML pasted as an article text', () => {
  let ds: DataSource;
  let app: ReturnType<typeof buildTestApp>;
  let token: string;
  const api = (path: string) => request(app).post(path).set('Authorization', `Bearer ${token}`);
  beforeAll(async () => {
    ds = await openTestDataSource();
    app = buildTestApp(ds);
    token = await tokenFor(ds, 'editor');
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('is converted to plain text before analysis in the API, which says so', async () => {
    const tag = randomUUID().slice(0, 8);
    const res = await api('/api/v1/articles').send({ title: `Rebuilding ${tag}`, text: pastedHtml(tag) }).expect(201);
    const { article } = res.body;
    expect(res.body.textFormat).toBe('html');
    expect(res.body.notes).toEqual([expect.stringMatching(/^The text was HTML: it was converted to plain text/)]);
    expect(article.text).toBe(
      [
        `TARNBY (ref ${tag}) - The council met on Monday after the floods.`,
        '"We will rebuild the town," said Mayor Jan Novak.',
        'Residents & traders welcomed the plan.',
        'Work starts in May.',
      ].join('\n'),
    );
    const quotes = article.quotes as ApiQuote[];
    expect(quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([['We will rebuild the town', 'Jan Novak']]);
    for (const q of quotes) expect(article.text.slice(q.start, q.end)).toBe(q.text);
    expect(JSON.stringify(res.body)).not.toContain('alert');
  });

  it('keeps a quote whose opening mark had an image after it, and does not run a quote left open into a table cell', async () => {
    const tag = randomUUID().slice(0, 8);
    const html = [
      `<p>HOLMSTAD (ref ${tag}) - Councillors met behind closed doors on Monday.</p>`,
      '<p>"<img src="crest.png" alt=""> we will act now," said Mayor Jan Novak.</p>',
      '<p>Officials gave no details. "The levee budget is spent and nobody will say where it went.</p>',
      '<table><tr><td>"Sector 7"</td></tr></table>',
    ].join('\n');
    const res = await api('/api/v1/articles').send({ title: `Levee ${tag}`, text: html }).expect(201);
    const { article } = res.body;
    const quotes = article.quotes as ApiQuote[];
    expect(quotes.map((q) => q.text).slice(0, 2)).toEqual(['we will act now', 'The levee budget is spent and nobody will say where it went.']);
    expect(quotes[0].speaker?.name).toBe('Jan Novak');
    expect(quotes.filter((q) => q.text.includes('Sector'))).not.toContainEqual(expect.objectContaining({ text: expect.stringContaining('levee') }));
    for (const q of quotes) expect(article.text.slice(q.start, q.end)).toBe(q.text);
  });

  it('stores plain text exactly as before, a stray "<" in prose included', async () => {
    const tag = randomUUID().slice(0, 8);
    const raw = `\uFEFF  Vote ${tag}: x < 5 abstained & y > 3 were absent; I <3 this town; &amp; stays.\r\n\r\n“We <will> appeal,” said Ana Ruiz.\u0007  `;
    const res = await api('/api/v1/articles').send({ title: `Plain ${tag}`, text: raw }).expect(201);
    expect(res.body.textFormat).toBe('plain');
    expect(res.body.notes).toEqual([]);
    expect(res.body.article.text).toBe(normalizeArticleText(raw));
    expect(res.body.article.text).toContain('x < 5 abstained & y > 3');
    const [row] = await ds.query('SELECT body FROM articles WHERE id = $1', [res.body.article.id]);
    expect(row.body).toBe(normalizeArticleText(raw));
  });

  it('refuses HTML that has no words once its scripts are dropped, or markup beyond an article, storing nothing', async () => {
    const scriptOnly = await api('/api/v1/articles').send({ title: 'Only a script', text: '<script>alert("x")</script>' }).expect(422);
    expect(scriptOnly.body.error.details.text).toEqual(['is HTML with no words left once its markup and scripts are removed']);
    const deep = await api('/api/v1/articles').send({ title: 'Deep', text: `${'<div>'.repeat(400)}Words${'</div>'.repeat(400)}` }).expect(422);
    expect(deep.body.error.details.text[0]).toMatch(/^is HTML that could not be converted to plain text: The HTML nests elements more than 250 levels deep/);
    const stored = await ds.query(`SELECT 1 FROM articles WHERE title IN ('Only a script', 'Deep')`);
    expect(stored).toHaveLength(0);
  });

  it('is converted on the paste form, and the article page says so', async () => {
    const { agent } = await signedInAgent(app, ds, 'editor');
    const csrf = await csrfFrom(agent, '/articles/new');
    const tag = randomUUID().slice(0, 8);
    const post = await agent.post('/articles').type('form').send({ title: `Pasted ${tag}`, text: pastedHtml(tag), _csrf: csrf }).expect(303);
    expect(post.headers.location).toMatch(/^\/articles\/\d+\?notice=created-from-html$/);
    const page = await agent.get(post.headers.location).expect(200);
    expect(page.text).toContain('The text you pasted was HTML: it was converted to plain text first');
    expect(page.text).toMatch(/<mark class="q[^"]*"[^>]*data-speaker="Jan Novak"/);
    expect(page.text).not.toContain('alert(');
    expect(page.text).not.toContain('&lt;u&gt;');

    // the same HTML again is the stored copy, and still said to be HTML
    const again = await agent.post('/articles').type('form').send({ title: `Pasted ${tag}`, text: pastedHtml(tag), _csrf: csrf }).expect(303);
    expect(again.headers.location).toBe(post.headers.location.replace('created-from-html', 'duplicate-from-html'));
  });

  it('is converted in a bulk import row', async () => {
    const tag = randomUUID().slice(0, 8);
    const [outcome] = await ingestArticleBatch({ dataSource: ds }, [{ title: `Imported ${tag}`, text: pastedHtml(tag) }], 'import');
    expect(outcome).toMatchObject({ duplicate: false, textFormat: 'html' });
    const [row] = await ds.query('SELECT body FROM articles WHERE id = $1', [(outcome as { articleId: number }).articleId]);
    expect(row.body).toContain('"We will rebuild the town," said Mayor Jan Novak.');
    expect(row.body).not.toMatch(/alert|<|&amp;/);
  });
});
