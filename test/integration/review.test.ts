import request from 'supertest';
import type { DataSource } from 'typeorm';
import { buildTestApp } from '../support/app';
import { csrfFrom, signedInAgent } from '../support/auth';
import { openTestDataSource } from '../support/db';
import { cap, ingest, uniqueTag } from '../support/speakers';
import { ingestArticle } from '../../src/services/ingest-article';
import { ingestArticleBatch } from '../../src/services/ingest-batch';

jest.setTimeout(60_000);

/** A report with one confident quote, an anonymous one, and an unattributed continuation. */
function talksArticle(tag: string) {
  const envoy = `Maria Ol${tag}`;
  const rebel = `Peter Va${tag}`;
  const text = [
    'GENEVA — Talks on a ceasefire in the north resumed on Tuesday after a week-long pause, with both delegations in the same room for the first time.',
    `${envoy}, the UN special envoy, opened the session with a warning about the humanitarian situation. “We are not giving up on a ceasefire. The alternative is unthinkable,” she said.`,
    'The envoy later met the opposition delegation separately.',
    '“The shelling must stop before anything else is discussed,” a Western diplomat said on condition of anonymity.',
    '“Nobody has told us anything about the corridors.”',
    `${rebel}, the head of the opposition delegation, said the talks were “serious but slow”.`,
  ].join('\n');
  return { envoy, rebel, text };
}

describe('review queue', () => {
  let ds: DataSource;
  let app: ReturnType<typeof buildTestApp>;
  let editor: request.Agent;
  let editorId: number;
  let tag: string;
  let outlet: string;
  let articleId: number;
  let quotes: Array<{ id: number; position: number; text: string; speaker_id: number | null; speaker_kind: string; review_version: number }>;
  let envoy: string;

  const quote = (start: string) => quotes.find((q) => q.text.startsWith(start))!;
  const row = async (id: number) => (await ds.query('SELECT * FROM quotes WHERE id = $1', [id]))[0];
  const queuePage = (query = '') => editor.get(`/review?outlet=${encodeURIComponent(outlet)}${query}`);

  beforeAll(async () => {
    ds = await openTestDataSource();
    app = buildTestApp(ds);
    const signed = await signedInAgent(app, ds, 'editor');
    editor = signed.agent;
    editorId = signed.user.id;
    tag = uniqueTag(3);
    outlet = `Review Wire ${cap(tag)}`;
    const a = talksArticle(tag);
    envoy = a.envoy;
    articleId = await ingest(ds, a.text, { outlet });
    quotes = await ds.query('SELECT id, position, text, speaker_id, speaker_kind, review_version FROM quotes WHERE article_id = $1 ORDER BY position', [articleId]);
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('says a pronoun was resolved across paragraphs only when its name was written in an earlier paragraph', async () => {
    const sur = cap(`odu${uniqueTag(3)}`);
    const wire = `Count Wire ${cap(uniqueTag(3))}`;
    const said = '“We will not stop until it is done,” she said. “Every vote counts and every vote will be counted.”';
    const reasonsOf = async (text: string) => {
      const id = await ingest(ds, text, { outlet: wire });
      const [q] = await ds.query(`SELECT id FROM quotes WHERE article_id = $1 AND text LIKE 'Every vote%'`, [id]);
      const page = (await editor.get(`/review?outlet=${encodeURIComponent(wire)}`).expect(200)).text;
      const item = page.slice(page.indexOf(`id="quote-${q.id}"`));
      return /<p class="reasons">([\s\S]*?)<\/p>/.exec(item)![1].replace(/<[^>]+>/g, '|');
    };
    // the name in the pronoun's own paragraph: the speaker comes from the quote beside it, no paragraph is crossed
    const same = await reasonsOf(`Sara ${sur} runs the count in the district. ${said}`);
    expect(same).not.toContain('across paragraphs');
    expect(same).toContain('speaker “she” taken from another quote in its paragraph');
    // the name only in the paragraph before the pronoun's
    const earlier = await reasonsOf(`Sara ${sur} runs the count in the northern district.\nThe count began on Monday. ${said}`);
    expect(earlier).toContain('“she” resolved across paragraphs');
  });

  it('holds every quote whose pronoun stands for a name in an earlier paragraph as unsure, in the queue, on the quote page and in verification alike', async () => {
    const sur = cap(`brez${uniqueTag(3)}`);
    const wire = `Front Wire ${cap(uniqueTag(3))}`;
    const id = await ingest(ds, [
      `Colonel Anton ${sur}, a spokesman for the defence ministry, spoke to reporters in the capital on Monday.`,
      'The army had repelled three assaults on the town overnight. “It is a matter of days before they give up,” he said. “Perhaps a week. Not more.”',
      'Residents said they had been without power since Friday.',
    ].join('\n'), { outlet: wire });
    const [first, second]: Array<{ id: number; speaker_name: string; confidence: number }> = await ds.query(
      'SELECT id, speaker_name, confidence FROM quotes WHERE article_id = $1 ORDER BY position', [id],
    );
    expect(first.speaker_name).toBe(`Anton ${sur}`);
    // “…,” he said. — a confident attribution by its form, but “he” stands for a name a paragraph up
    expect(first.confidence).toBeGreaterThanOrEqual(0.7);
    const queue = (await editor.get(`/review?outlet=${encodeURIComponent(wire)}`).expect(200)).text;
    for (const q of [first, second]) {
      const item = queue.slice(queue.indexOf(`id="quote-${q.id}"`));
      expect(queue).toContain(`id="quote-${q.id}"`);
      expect(/<p class="reasons">([\s\S]*?)<\/p>/.exec(item)![1]).toContain('“he” resolved across paragraphs');
    }
    const page = (await editor.get(`/quotes/${first.id}`).expect(200)).text;
    expect(page).toContain('whosaid is unsure of this attribution and no person has reviewed it: “he” resolved across paragraphs. Check the article before relying on it.');
    expect(page).toContain(`No person has confirmed that Anton ${sur} said these words`);
    const api = (await editor.get(`/api/v1/quotes/${first.id}`).expect(200)).body.quote;
    const verified = (await editor.get(`/verify?quote=${encodeURIComponent('It is a matter of days before they give up. Perhaps a week.')}&speaker=${encodeURIComponent(`Anton ${sur}`)}`).expect(200)).text;
    expect(verified).toContain('But whosaid is unsure of this attribution and no person has reviewed it: “he” resolved across paragraphs.');
    expect(api).toMatchObject({ attributionUnsure: true, unsureReasons: ['“he” resolved across paragraphs'] });
    // a person's confirmation settles it everywhere: out of the queue, no caveat on the page
    await ds.query(`UPDATE quotes SET review_status = 'confirmed' WHERE id = ANY($1::int[])`, [[first.id, second.id]]);
    expect((await editor.get(`/review?outlet=${encodeURIComponent(wire)}`).expect(200)).text).not.toContain(`id="quote-${first.id}"`);
    expect((await editor.get(`/quotes/${first.id}`).expect(200)).text).not.toContain('whosaid is unsure of this attribution');
  });

  it('shows the caveat on the page of each quote the queue holds, and on no other: a split quote’s parts each as the queue has them', async () => {
    const sur = cap(`sel${uniqueTag(3)}`);
    const id = await ingest(ds, [
      'The river burst its banks on Sunday night, flooding more than 300 homes.',
      `Mayor Ines ${sur} visited the flooded district on Tuesday. “We will rebuild every house,” she said. “It will take years, and it will cost a great deal of money.”`,
    ].join('\n'), { outlet: `Flood Desk ${cap(tag)}` });
    const [first, second]: Array<{ id: number; attribution_form: string }> = await ds.query(
      'SELECT id, attribution_form FROM quotes WHERE article_id = $1 ORDER BY position', [id],
    );
    expect(second.attribution_form).toBe('continuation');
    // the name is in the pronoun's paragraph: the first part is sure, its continuation waits for review
    const queue = (await editor.get(`/review?outlet=${encodeURIComponent(`Flood Desk ${cap(tag)}`)}`).expect(200)).text;
    expect(queue).not.toContain(`id="quote-${first.id}"`);
    expect(queue).toContain(`id="quote-${second.id}"`);
    expect((await editor.get(`/quotes/${first.id}`).expect(200)).text).not.toContain('whosaid is unsure of this attribution');
    const page = (await editor.get(`/quotes/${second.id}`).expect(200)).text;
    expect(page).toContain('whosaid is unsure of this attribution and no person has reviewed it: speaker “she” taken from another quote in its paragraph.');
  });

  it('lists the uncertain quotes with their reasons and paragraph, not the confident ones; editors only', async () => {
    const res = await queuePage().expect(200);
    expect(res.text).toContain(`#quote-${quote('The shelling').id}`.slice(1));
    expect(res.text).toContain('anonymous source');
    expect(res.text).toMatch(/low confidence \(\d+%\)/);
    expect(res.text).toContain('<mark class="q">Nobody has told us anything about the corridors.</mark>');
    expect(res.text).not.toContain(`id="quote-${quote('We are not').id}"`);
    expect(res.text).toContain('a Western diplomat');
    // The tab counts follow the filters.
    expect(res.text).toContain('Quotes <span class="count">2</span>');

    const other = await editor.get(`/review?outlet=${encodeURIComponent('No Such Outlet ' + tag)}`).expect(200);
    expect(other.text).toContain('No quote matching these filters waits for review.');

    const viewer = (await signedInAgent(app, ds, 'viewer')).agent;
    await viewer.get('/review').expect(403);
    // Editors see the queue waiting on the dashboard; viewers do not.
    expect((await editor.get('/').expect(200)).text).toMatch(/Waiting for review:\s*<a href="\/review">[\d,+]+ quotes?<\/a>/);
    expect((await viewer.get('/').expect(200)).text).not.toContain('Waiting for review');
    await request(app).get('/review').expect(303);
  });

  it('leaves the quotes and claims of an earlier version of a page out of the queue and its counts', async () => {
    const other = `Versioned Wire ${cap(tag)}`;
    const a = talksArticle(`${tag}v`);
    const text = `${a.text.replace('GENEVA', 'LAUSANNE')}\nThe health ministry said at least 340 civilians were killed in the north last month, and 1,200 were wounded.`;
    const id = await ingest(ds, text, { outlet: other });
    const page = () => editor.get(`/review?outlet=${encodeURIComponent(other)}`).expect(200);
    expect((await page()).text).toContain('Quotes <span class="count">2</span>');
    const claimsBefore = (await editor.get(`/review?outlet=${encodeURIComponent(other)}&tab=claims`).expect(200)).text;
    expect(Number(/Claims <span class="count">(\d+)/.exec(claimsBefore)?.[1])).toBeGreaterThan(0);
    // the page was fetched again with changed text: this article is now an earlier version
    await ds.query('UPDATE articles SET is_current = false WHERE id = $1', [id]);
    const after = (await page()).text;
    expect(after).toContain('Quotes <span class="count">0</span>');
    expect(after).toContain('No quote matching these filters waits for review.');
    const claims = (await editor.get(`/review?outlet=${encodeURIComponent(other)}&tab=claims`).expect(200)).text;
    expect(claims).toContain('Claims <span class="count">0</span>');
  });

  it('counts a page and its versions as one article that ran the words, in the label and in “most repeated first”', async () => {
    const t = uniqueTag(3);
    const wire = `Strike Desk ${cap(t)}`;
    const said = `“We will not unload a single ship at ${cap(t)}port until the offer changes,” a union official said.`;
    const store = (text: string, url: string) => ingestArticle({ dataSource: ds }, { title: `Port strike ${t}`, text, outlet: wire, url, publishedAt: '2025-03-04' }, 'api');
    const page = `https://news.example/${t}/strike`;
    await store(`The port authority said talks would resume on Friday. “Nobody wants this to drag on,” a shipping agent said.`, `https://news.example/${t}/talks`);
    const [older] = await ds.query(`SELECT q.id FROM quotes q JOIN articles a ON a.id = q.article_id WHERE a.outlet = $1 AND q.text LIKE 'Nobody wants%'`, [wire]);
    const v1 = await store(`Dockworkers walked out at ${cap(t)}port on Monday. ${said}`, page);
    // the page sent again with one word changed: its second version holds the same quote
    const v2 = await store(`Dockworkers walked out at ${cap(t)}port on Monday morning. ${said}`, page);
    expect(v2.newVersionOf).toBe(v1.articleId);
    const [latest] = await ds.query(`SELECT q.id FROM quotes q JOIN articles a ON a.id = q.article_id WHERE a.id = $1`, [v2.articleId]);
    const itemOf = (html: string, id: number) => html.slice(html.indexOf(`id="quote-${id}"`), html.indexOf('</article>', html.indexOf(`id="quote-${id}"`)));
    let queue = (await editor.get(`/review?outlet=${encodeURIComponent(wire)}&sort=most-quoted`).expect(200)).text;
    expect(itemOf(queue, latest.id)).not.toMatch(/in \d+ articles/);
    // equally repeated, the older item comes first
    expect(queue.indexOf(`id="quote-${older.id}"`)).toBeLessThan(queue.indexOf(`id="quote-${latest.id}"`));
    // another outlet's page with the same words: two articles now
    await store(`Ships queued outside ${cap(t)}port for a second day. ${said}`, `https://other.example/${t}/ships`);
    queue = (await editor.get(`/review?outlet=${encodeURIComponent(wire)}&sort=most-quoted`).expect(200)).text;
    expect(itemOf(queue, latest.id)).toContain('in 2 articles');
  });

  it('orders the queue by the article’s date, oldest or newest first, whatever the order the articles were stored in', async () => {
    const t = uniqueTag(3);
    const wire = `Harbour Post ${cap(t)}`;
    // stored first, published last: a report of this spring after a back-filled one of 2019
    const recent = await ingest(ds, `Fishermen blocked the harbour mouth at ${cap(t)}haven on Monday. “We have nothing left to lose,” a trawler captain said.`, { outlet: wire, publishedAt: '2024-05-02' });
    const older = await ingest(ds, `The ${cap(t)}haven quota was cut again in January. “This will empty the harbour,” a local official said.`, { outlet: wire, publishedAt: '2019-01-10' });
    const [r] = await ds.query('SELECT id FROM quotes WHERE article_id = $1', [recent]);
    const [o] = await ds.query('SELECT id FROM quotes WHERE article_id = $1', [older]);
    const at = (html: string, id: number) => html.indexOf(`id="quote-${id}"`);
    const oldest = (await editor.get(`/review?outlet=${encodeURIComponent(wire)}`).expect(200)).text;
    expect(at(oldest, o.id)).toBeGreaterThan(-1);
    expect(at(oldest, o.id)).toBeLessThan(at(oldest, r.id));
    const newest = (await editor.get(`/review?outlet=${encodeURIComponent(wire)}&sort=newest`).expect(200)).text;
    expect(at(newest, r.id)).toBeGreaterThan(-1);
    expect(at(newest, r.id)).toBeLessThan(at(newest, o.id));
    expect(newest).toMatch(/<option value="newest" selected>newest article first<\/option>/);
  });

  it('keeps the count of pages that ran the words as quotes are stored, imported, versioned and fixed, and orders “most repeated first” by it', async () => {
    const t = uniqueTag(3);
    const wire = `Grain Desk ${cap(t)}`;
    const said = `“Not one more lorry of ${cap(t)} grain leaves this silo until we are paid,” a farmers’ leader said.`;
    const words = `Not one more lorry of ${cap(t)} grain leaves this silo until we are paid`;
    const count = async (w = words) => (await ds.query(`SELECT articles FROM quote_text_counts WHERE text_key = md5(btrim(regexp_replace(lower($1), '[^[:alnum:]]+', ' ', 'g')))::char(32)`, [w]))[0]?.articles ?? 0;
    const store = (text: string, url: string) => ingestArticle({ dataSource: ds }, { title: `Silo protest ${t}`, text, outlet: wire, url, publishedAt: '2025-06-02' }, 'api');
    // an older unrepeated item, which “oldest” puts first
    const lone = await ingest(ds, `Prices at the ${cap(t)} market fell again. “Nobody buys at these prices,” a trader said.`, { outlet: wire, publishedAt: '2025-01-05' });
    const first = await store(`Farmers occupied the ${cap(t)} silo on Sunday. ${said}`, `https://farm.example/${t}/silo`);
    expect(await count()).toBe(1);
    // the next version of the same page: still one page
    await store(`Farmers occupied the ${cap(t)} silo on Sunday night. ${said}`, `https://farm.example/${t}/silo`);
    expect(await count()).toBe(1);
    // another outlet's page, then an import of a third page, each add one
    await store(`A protest spread to the ${cap(t)} docks. ${said}`, `https://wire.example/${t}/docks`);
    expect(await count()).toBe(2);
    const [imported] = await ingestArticleBatch({ dataSource: ds }, [{ title: `Silo ${t}`, text: `Police watched the ${cap(t)} silo. ${said}`, outlet: 'Agri Wire', url: `https://agri.example/${t}` }], 'import');
    expect('articleId' in imported && imported.articleId).toBeTruthy();
    expect(await count()).toBe(3);
    const [loneQuote] = await ds.query('SELECT id FROM quotes WHERE article_id = $1', [lone]);
    const [current] = await ds.query(`SELECT q.id FROM quotes q JOIN articles a ON a.id = q.article_id WHERE a.outlet = $1 AND a.is_current AND q.text LIKE 'Not one more%'`, [wire]);
    const queue = (await editor.get(`/review?outlet=${encodeURIComponent(wire)}&sort=most-quoted`).expect(200)).text;
    expect(queue.indexOf(`id="quote-${current.id}"`)).toBeGreaterThan(-1);
    expect(queue.indexOf(`id="quote-${current.id}"`)).toBeLessThan(queue.indexOf(`id="quote-${loneQuote.id}"`));
    // a reviewer narrows the first page's quote to other words: that page no longer runs them
    const [q1] = await ds.query('SELECT id, review_version FROM quotes WHERE article_id = $1', [first.articleId]);
    const csrf = await csrfFrom(editor, `/quotes/${q1.id}`);
    await editor.post(`/review/quotes/${q1.id}/span`).type('form').send({ _csrf: csrf, v: String(q1.review_version), text: `Not one more lorry of ${cap(t)} grain leaves this silo`, back: `/quotes/${q1.id}` }).expect(303);
    // its second version still runs them: the page counts all the same
    expect(await count()).toBe(3);
    expect(await count(`Not one more lorry of ${cap(t)} grain leaves this silo`)).toBe(1);
    await ds.query('DELETE FROM articles WHERE id = $1', [(imported as { articleId: number }).articleId]);
    expect(await count()).toBe(2);
  });

  it('offers the article’s speakers and the other people it names when a reviewer sets a speaker', async () => {
    const sur = cap(`odu${uniqueTag()}`);
    const id = await ingest(ds, `Sara ${sur} waited outside the embassy for news of her brother.\n“We find out everything from television,” a woman in the crowd said.\nPolice chief Marek Halvorsen said the talks would go on.`, { outlet });
    const [q] = await ds.query(`SELECT id FROM quotes WHERE article_id = $1`, [id]);
    const page = await editor.get(`/quotes/${q.id}`).expect(200);
    // Halvorsen is reported (a statement), Sara named only: both are offered, the stored one by number
    expect(page.text).toMatch(/Quoted in this article: [^<]*Marek Halvorsen \(#\d+\)/);
    expect(page.text).toContain(`Also named in it: Sara ${sur}.`);
    expect(page.text).toContain(`<option value="Sara ${sur}">named in the article</option>`);
  });

  it('refuses a stale action with a message beside the item and changes nothing', async () => {
    const q = quote('The shelling');
    const csrf = await csrfFrom(editor, `/review?outlet=${encodeURIComponent(outlet)}`);
    const res = await editor
      .post(`/review/quotes/${q.id}/confirm`)
      .type('form')
      .send({ _csrf: csrf, v: String(q.review_version + 5), back: `/review?outlet=${encodeURIComponent(outlet)}` })
      .expect(409);
    expect(res.text).toContain('Someone reviewed this quote after you opened it');
    expect((await row(q.id)).review_status).toBe('unreviewed');
  });

  it('rejects actions without a CSRF token', async () => {
    const q = quote('The shelling');
    await editor.post(`/review/quotes/${q.id}/confirm`).type('form').send({ v: '0' }).expect(403);
    expect((await row(q.id)).review_status).toBe('unreviewed');
  });

  it('gives an anonymous quote a new named speaker: quote, timeline, counters and audit follow', async () => {
    const q = quote('Nobody has told');
    const name = `Jonas Brandt${tag}`;
    const csrf = await csrfFrom(editor, `/review?outlet=${encodeURIComponent(outlet)}`);
    const res = await editor
      .post(`/review/quotes/${q.id}/speaker`)
      .type('form')
      .send({ _csrf: csrf, v: String(q.review_version), speaker: name, kind: 'person', back: `/review?outlet=${encodeURIComponent(outlet)}` })
      .expect(303);
    expect(res.headers.location).toBe(`/review?outlet=${encodeURIComponent(outlet)}&notice=quote-reassigned-new`);
    const after = await row(q.id);
    expect(after).toMatchObject({ review_status: 'corrected', speaker_name: name, speaker_kind: 'person', reviewed_by_id: editorId, review_version: q.review_version + 1 });
    const [speaker] = await ds.query('SELECT id, quote_count FROM speakers WHERE id = $1', [after.speaker_id]);
    expect(speaker.quote_count).toBe(1);
    expect(await ds.query('SELECT speaker_id FROM speaker_quotes WHERE quote_id = $1', [q.id])).toEqual([{ speaker_id: speaker.id }]);
    const [entry] = await ds.query(`SELECT actor_id, before, after FROM audit_log WHERE action = 'quote.speaker' AND target_id = $1`, [String(q.id)]);
    expect(entry.actor_id).toBe(editorId);
    expect(entry.before).toMatchObject({ reviewStatus: 'unreviewed', speakerKind: 'anonymous' });
    expect(entry.after).toMatchObject({ reviewStatus: 'corrected', speakerId: speaker.id, createdSpeaker: true });
    // Reviewed items leave the queue and are marked on the quote page.
    const queue = await queuePage();
    expect(queue.text).not.toContain(`id="quote-${q.id}"`);
    const page = await editor.get(`/quotes/${q.id}`).expect(200);
    expect(page.text).toContain('corrected by a person');
    // The new speaker's page lists the quote.
    const speakerPage = await editor.get(`/speakers/${speaker.id}`).expect(200);
    expect(speakerPage.text).toContain('Nobody has told us anything about the corridors.');
    expect(speakerPage.text).toContain('corrected by a person');
  });

  it('moves a quote to a stored speaker chosen by number; both speakers’ counters follow', async () => {
    const q = quote('The shelling');
    const envoyId = quote('We are not').speaker_id!;
    const [before] = await ds.query('SELECT quote_count FROM speakers WHERE id = $1', [envoyId]);
    const csrf = await csrfFrom(editor, `/quotes/${q.id}`);
    await editor
      .post(`/review/quotes/${q.id}/speaker`)
      .type('form')
      .send({ _csrf: csrf, v: String((await row(q.id)).review_version), speaker: `#${envoyId}`, back: `/quotes/${q.id}` })
      .expect(303)
      .expect('location', `/quotes/${q.id}?notice=quote-reassigned`);
    const [after] = await ds.query('SELECT quote_count FROM speakers WHERE id = $1', [envoyId]);
    expect(after.quote_count).toBe(before.quote_count + 1);
    expect((await row(q.id)).speaker_name).toBe(envoy);
    // the quote takes the envoy's own role, not the one the article gave the speaker it first named
    const [{ role }] = await ds.query('SELECT role FROM speakers WHERE id = $1', [envoyId]);
    expect((await row(q.id)).speaker_role).toBe(role);
    const page = (await editor.get(`/quotes/${q.id}`).expect(200)).text;
    expect(page).toContain('speaker set by a person; the engine had read it as:');
    // “a Western diplomat” describes someone; it does not become an alias of the envoy.
    expect(await ds.query(`SELECT alias FROM speaker_aliases WHERE speaker_id = $1 AND kind = 'editor'`, [envoyId])).toEqual([]);
  });

  it('gives a quote to an unnamed source as described: no speaker is made of it, and the former speaker’s counters and timeline follow', async () => {
    const q = quote('The shelling');
    const former = (await row(q.id)).speaker_id as number;
    const [before] = await ds.query('SELECT quote_count FROM speakers WHERE id = $1', [former]);

    const csrf = await csrfFrom(editor, `/quotes/${q.id}`);
    await editor
      .post(`/review/quotes/${q.id}/speaker`)
      .type('form')
      .send({ _csrf: csrf, v: String((await row(q.id)).review_version), speaker: '  a senior official at the  disaster office ', kind: 'anonymous', back: `/quotes/${q.id}` })
      .expect(303)
      .expect('location', `/quotes/${q.id}?notice=quote-unnamed`);
    expect(await row(q.id)).toMatchObject({ review_status: 'corrected', speaker_id: null, speaker_name: 'a senior official at the disaster office', speaker_kind: 'anonymous' });
    // the article's counters follow: its speakers as their quotes now name them
    const [{ article_id: articleId }] = await ds.query('SELECT article_id FROM quotes WHERE id = $1', [q.id]);
    const [counted] = await ds.query(`SELECT count(DISTINCT speaker_name)::int AS speakers, count(*)::int AS quotes FROM quotes WHERE article_id = $1 AND review_status <> 'rejected'`, [articleId]);
    expect(await ds.query('SELECT speaker_count AS speakers, quote_count AS quotes FROM articles WHERE id = $1', [articleId])).toEqual([counted]);
    expect(await ds.query(`SELECT id FROM speakers WHERE name ILIKE '%senior official at the%disaster office%'`)).toEqual([]);
    expect(await ds.query('SELECT 1 FROM speaker_quotes WHERE quote_id = $1', [q.id])).toEqual([]);
    const [after] = await ds.query('SELECT quote_count FROM speakers WHERE id = $1', [former]);
    expect(after.quote_count).toBe(before.quote_count - 1);
    const [entry] = await ds.query(`SELECT after FROM audit_log WHERE action = 'quote.speaker' AND target_id = $1 ORDER BY id DESC LIMIT 1`, [String(q.id)]);
    expect(entry.after).toMatchObject({ speakerId: null, speakerKind: 'anonymous', speakerName: 'a senior official at the disaster office' });
    const page = await editor.get(`/quotes/${q.id}?notice=quote-unnamed`).expect(200);
    expect(page.text).toContain('Quote given to an unnamed source, as described');
  });

  it('an ambiguous or empty speaker name is refused with a clear message', async () => {
    const q = quote('serious but slow');
    const csrf = await csrfFrom(editor, `/quotes/${q.id}`);
    const res = await editor
      .post(`/review/quotes/${q.id}/speaker`)
      .type('form')
      .send({ _csrf: csrf, speaker: '   ', back: `/review` })
      .expect(422);
    expect(res.text).toContain('Enter the speaker’s name');
    expect((await row(q.id)).review_status).toBe('unreviewed');
  });

  it('on a quote page, a refused action shows the quote page again with the message beside its field and what was typed; nothing changes', async () => {
    const t = uniqueTag(3);
    const surname = `Brandt${t}`;
    await ingest(ds, `“The budget will pass this year,” said Tomas ${surname}, a councillor.\n“We have the votes,” ${surname} added.`, { outlet });
    await ingest(ds, `“The budget is a mistake,” said Helena ${surname}, the mayor.\n“It will not pass,” ${surname} added.`, { outlet });
    const namesakes: Array<{ id: number; name: string }> = await ds.query('SELECT id, name FROM speakers WHERE name LIKE $1 ORDER BY id', [`% ${surname}`]);
    expect(namesakes.map((s) => s.name)).toEqual([`Tomas ${surname}`, `Helena ${surname}`]);
    const articleId = await ingest(ds, `“Nobody asked the council about the ${t} bridge,” a resident said.`, { outlet });
    const [{ id }] = await ds.query('SELECT id FROM quotes WHERE article_id = $1', [articleId]);
    const before = await row(id);
    const csrf = await csrfFrom(editor, `/quotes/${id}`);
    const post = (action: string, fields: Record<string, string>) =>
      editor.post(`/review/quotes/${id}/${action}`).type('form').send({ _csrf: csrf, back: `/quotes/${id}`, ...fields });
    /** The page is the quote page with its review forms, not the error page. */
    const isQuotePage = (html: string) => {
      expect(html).toContain('<article class="quote-page">');
      expect(html).toContain(`Nobody asked the council about the ${t} bridge`);
      expect(html).toContain(`action="/review/quotes/${id}/speaker"`);
      expect(html).not.toContain('That did not work');
    };
    const speakerField = (html: string) => /<input id="sp-\d+" name="speaker"[^>]*>/.exec(html)?.[0] ?? '';

    // A surname two stored speakers share: the message lists both, beside the field that holds the name as typed.
    const ambiguous = await post('speaker', { v: String(before.review_version), speaker: surname, kind: 'person' }).expect(422);
    isQuotePage(ambiguous.text);
    const list = namesakes.map((s, i) => `${s.name} (#${s.id}, ${i === 0 ? 'councillor' : 'mayor'})`).join('; ');
    expect(ambiguous.text).toContain(`Several speakers go by that name: ${list}. Choose one by its number.`);
    const field = speakerField(ambiguous.text);
    expect(field).toContain(`value="${surname}"`);
    expect(field).toContain('aria-invalid="true"');
    const describedBy = /aria-describedby="([^"]+)"/.exec(field)?.[1];
    expect(describedBy).toBeDefined();
    expect(ambiguous.text).toMatch(new RegExp(`<p [^>]*id="${describedBy}"[^>]*>Several speakers go by that name`));

    // No name at all (refused before the service is asked) also stays on the quote page.
    const empty = await post('speaker', { v: String(before.review_version), speaker: '   ' }).expect(422);
    isQuotePage(empty.text);
    expect(empty.text).toContain('Enter the speaker’s name, or #number of a stored speaker.');
    expect(speakerField(empty.text)).toContain('aria-invalid="true"');

    // Words that are not in the article: the span form stays open with them.
    const span = await post('span', { v: String(before.review_version), text: 'Somebody asked the council' }).expect(422);
    isQuotePage(span.text);
    expect(span.text).toContain('Those words do not appear in the article exactly as typed');
    expect(span.text).toMatch(/<details class="span-form" open>/);
    expect(span.text).toMatch(/<textarea id="span-\d+" name="text"[^>]*aria-invalid="true"[^>]*>Somebody asked the council<\/textarea>/);

    // A stale review version: the page shows the quote as it now stands, with the message.
    const stale = await post('confirm', { v: String(before.review_version + 3) }).expect(409);
    isQuotePage(stale.text);
    expect(stale.text).toContain('Someone reviewed this quote after you opened it');

    expect(await row(id)).toEqual(before);
    // No speaker was made of the surname.
    expect((await ds.query('SELECT id FROM speakers WHERE name ILIKE $1 ORDER BY id', [`%${surname}%`])).map((s: { id: number }) => s.id)).toEqual(namesakes.map((s) => s.id));
    expect(await ds.query(`SELECT 1 FROM audit_log WHERE target_type = 'quote' AND target_id = $1`, [String(id)])).toEqual([]);
  });

  it('a full name naming the chosen speaker another way becomes an alias', async () => {
    const t = uniqueTag(3);
    const known = `Jon Smi${t}`;
    // Another article introduces the short form, so the speaker exists under it.
    await ingest(ds, `“We will publish the figures next week,” ${known}, the agency director, said.`, { outlet });
    const id = await ingest(ds, `“The figures are not ready,” said Jonathan Smi${t}, speaking for the agency.`, { outlet });
    const [q] = await ds.query('SELECT id, review_version FROM quotes WHERE article_id = $1', [id]);
    const [target] = await ds.query('SELECT id FROM speakers WHERE name = $1', [known]);
    const csrf = await csrfFrom(editor, `/quotes/${q.id}`);
    await editor.post(`/review/quotes/${q.id}/speaker`).type('form').send({ _csrf: csrf, v: String(q.review_version), speaker: known, back: `/quotes/${q.id}` }).expect(303);
    expect(await ds.query(`SELECT alias FROM speaker_aliases WHERE speaker_id = $1 AND kind = 'editor'`, [target.id])).toEqual([{ alias: `Jonathan Smi${t}` }]);
  });

  it('gives the quotes that continue a corrected quote its new speaker too, and no quote after them', async () => {
    const t = uniqueTag(3);
    const id = await ingest(
      ds,
      `Tomas Var${t}ga spoke first in the debate. Pavel Dor${t}in answered him.\n\n“You had this on your desk for two months,” he said. “You did nothing.”\n\n“We acted within hours,” Dor${t}in said.`,
      { outlet },
    );
    const quotes: Array<{ id: number; review_version: number; attribution_form: string }> = await ds.query('SELECT id, review_version, attribution_form FROM quotes WHERE article_id = $1 ORDER BY position', [id]);
    expect(quotes.map((q) => q.attribution_form)).toEqual(['quote-cue-speaker', 'continuation', 'quote-cue-speaker']);
    const [dorin] = await ds.query('SELECT id FROM speakers WHERE name = $1', [`Pavel Dor${t}in`]);
    const csrf = await csrfFrom(editor, `/quotes/${quotes[0].id}`);
    const res = await editor
      .post(`/review/quotes/${quotes[0].id}/speaker`)
      .type('form')
      .send({ _csrf: csrf, v: String(quotes[0].review_version), speaker: `Tomas Var${t}ga`, kind: 'person', back: `/quotes/${quotes[0].id}` })
      .expect(303);
    expect(res.headers.location).toBe(`/quotes/${quotes[0].id}?notice=quote-reassigned-new-continued`);
    const [varga] = await ds.query('SELECT id FROM speakers WHERE name = $1', [`Tomas Var${t}ga`]);
    const after = await Promise.all(quotes.map((q) => row(q.id)));
    expect(after.map((q) => q.speaker_id)).toEqual([varga.id, varga.id, dorin.id]);
    expect(after.map((q) => q.review_status)).toEqual(['corrected', 'corrected', 'unreviewed']);
    const [audit] = await ds.query(`SELECT after FROM audit_log WHERE target_type = 'quote' AND target_id = $1`, [String(quotes[1].id)]);
    expect(audit.after.followsQuote).toBe(quotes[0].id);
  });

  it('setting a mistaken correction back brings back the quotes that followed it, but not one a person changed on its own since', async () => {
    const t = uniqueTag(3);
    const id = await ingest(
      ds,
      [
        `State Senator Rosa Vil${t}ueva said the relief fund was too small. Fire Chief Marcus Del${t}ado disagreed.`,
        '“We have turned the corner on this fire,” he said. “Containment is at 60 percent and rising.”',
        '“The crews have been extraordinary,” he said. “Nobody has slept more than four hours a night.”',
      ].join('\n\n'),
      { outlet: `Fire Desk ${cap(t)}` },
    );
    type Row = { id: number; review_version: number; attribution_form: string; speaker_id: number | null };
    const read = async (): Promise<Row[]> => ds.query('SELECT id, review_version, attribution_form, speaker_id FROM quotes WHERE article_id = $1 ORDER BY position', [id]);
    const quotes = await read();
    expect(quotes.map((q) => q.attribution_form)).toEqual(['quote-cue-speaker', 'continuation', 'quote-cue-speaker', 'continuation']);
    const [chief] = await ds.query('SELECT id FROM speakers WHERE name = $1', [`Marcus Del${t}ado`]);
    expect(quotes.map((q) => q.speaker_id)).toEqual([chief.id, chief.id, chief.id, chief.id]);
    const setSpeaker = async (q: Row, speaker: string) => {
      const csrf = await csrfFrom(editor, `/quotes/${q.id}`);
      return editor.post(`/review/quotes/${q.id}/speaker`).type('form')
        .send({ _csrf: csrf, v: String(q.review_version), speaker, kind: 'person', back: `/quotes/${q.id}` }).expect(303);
    };
    // the mistake: both quotes of the first paragraph go to the senator
    await setSpeaker(quotes[0], `Rosa Vil${t}ueva`);
    const [senator] = await ds.query('SELECT id FROM speakers WHERE name = $1', [`Rosa Vil${t}ueva`]);
    expect((await read()).map((q) => q.speaker_id)).toEqual([senator.id, senator.id, chief.id, chief.id]);
    // set back: the continuation that followed the mistake follows its undoing, and the notice says so
    const back = await setSpeaker((await read())[0], `#${chief.id}`);
    expect(back.headers.location).toBe(`/quotes/${quotes[0].id}?notice=quote-reassigned-continued`);
    expect((await read()).map((q) => q.speaker_id)).toEqual([chief.id, chief.id, chief.id, chief.id]);
    const [last] = await ds.query(`SELECT after FROM audit_log WHERE target_type = 'quote' AND target_id = $1 ORDER BY id DESC LIMIT 1`, [String(quotes[1].id)]);
    expect(last.after).toMatchObject({ speakerId: chief.id, followsQuote: quotes[0].id });

    // in the second paragraph, a person moves the continuation on its own after it followed: it keeps their choice
    await setSpeaker(quotes[2], `Rosa Vil${t}ueva`);
    await setSpeaker((await read())[3], `#${chief.id}`);
    await setSpeaker((await read())[3], `Rosa Vil${t}ueva`);
    const again = await setSpeaker((await read())[2], `#${chief.id}`);
    expect(again.headers.location).toBe(`/quotes/${quotes[2].id}?notice=quote-reassigned`);
    expect((await read()).map((q) => q.speaker_id)).toEqual([chief.id, chief.id, chief.id, senator.id]);
  });

  it('a surname typed alone is the one person stored with it, not a new speaker', async () => {
    const t = uniqueTag(3);
    const known = `Erik Sol${t}heim`;
    await ingest(ds, `“We have pictures of that team on the wall,” said ${known}, the club captain.`, { outlet });
    const id = await ingest(ds, `The coach praised the fans. “Tonight we wanted to give them company,” he said.`, { outlet });
    const [q] = await ds.query('SELECT id, review_version FROM quotes WHERE article_id = $1', [id]);
    const [target] = await ds.query('SELECT id FROM speakers WHERE name = $1', [known]);
    const csrf = await csrfFrom(editor, `/quotes/${q.id}`);
    await editor.post(`/review/quotes/${q.id}/speaker`).type('form').send({ _csrf: csrf, v: String(q.review_version), speaker: `Sol${t}heim`, back: `/quotes/${q.id}` }).expect(303);
    expect((await row(q.id)).speaker_id).toBe(target.id);
    expect(await ds.query('SELECT id FROM speakers WHERE name = $1', [`Sol${t}heim`])).toEqual([]);
  });

  it('fixes a quote span to words near it, and refuses words that are not in the article', async () => {
    const q = quote('We are not');
    const csrf = await csrfFrom(editor, `/quotes/${q.id}`);
    const bad = await editor
      .post(`/review/quotes/${q.id}/span`)
      .type('form')
      .send({ _csrf: csrf, text: 'We are giving up', back: `/review?outlet=${encodeURIComponent(outlet)}` })
      .expect(422);
    expect(bad.text).toContain('do not appear in the article exactly as typed');
    expect(bad.text).toContain('We are giving up');
    await editor
      .post(`/review/quotes/${q.id}/span`)
      .type('form')
      .send({ _csrf: csrf, v: String((await row(q.id)).review_version), text: 'We are not giving up on a ceasefire.', back: `/quotes/${q.id}` })
      .expect(303);
    const after = await row(q.id);
    const [article] = await ds.query('SELECT body FROM articles WHERE id = $1', [articleId]);
    expect(after.text).toBe('We are not giving up on a ceasefire.');
    expect(article.body.slice(after.start_offset, after.end_offset)).toBe(after.text);
    expect(after.segments).toEqual([{ start: after.start_offset, end: after.end_offset }]);
    expect(after.review_status).toBe('corrected');
  });

  it('marks a quote as not a quote: it leaves its speaker’s timeline and count; confirming restores it', async () => {
    const q = quote('serious but slow');
    const speakerId = (await row(q.id)).speaker_id;
    const [before] = await ds.query('SELECT quote_count FROM speakers WHERE id = $1', [speakerId]);
    const articleQuotes = async () => (await ds.query('SELECT quote_count FROM articles WHERE id = $1', [articleId]))[0].quote_count as number;
    const quotesBefore = await articleQuotes();
    const search = () => editor.get(`/search?q=serious+slow&speaker=${speakerId}`).expect(200);
    expect((await search()).text).toContain(`href="/quotes/${q.id}"`);
    const verifies = async () => JSON.stringify((await editor.post('/api/v1/verify').send({ quote: 'serious but slow' }).expect(200)).body).includes(`"quoteId":${q.id},`);
    expect(await verifies()).toBe(true);
    const csrf = await csrfFrom(editor, `/quotes/${q.id}`);
    await editor.post(`/review/quotes/${q.id}/reject`).type('form').send({ _csrf: csrf, back: `/quotes/${q.id}` }).expect(303);
    // Search and verification no longer find it.
    expect((await search()).text).not.toContain(`href="/quotes/${q.id}"`);
    expect(await verifies()).toBe(false);
    expect((await row(q.id)).review_status).toBe('rejected');
    expect(await ds.query('SELECT 1 FROM speaker_quotes WHERE quote_id = $1', [q.id])).toEqual([]);
    expect((await ds.query('SELECT quote_count FROM speakers WHERE id = $1', [speakerId]))[0].quote_count).toBe(before.quote_count - 1);
    // the article list counts it no more
    expect(await articleQuotes()).toBe(quotesBefore - 1);
    const page = await editor.get(`/quotes/${q.id}`).expect(200);
    expect(page.text).toContain('not a quote (a person decided)');
    expect(page.text).toContain('Restore as a quote');
    // nobody is offered a citation of words a person decided are not a quote
    expect(page.text).toContain('decided these words are not a quote');
    expect(page.text).not.toContain('<h2>Cite it</h2>');
    expect(page.text).not.toContain('data-copy="cite-plain"');
    // The article page lists it struck out and no longer highlights it.
    const article = await editor.get(`/articles/${articleId}`).expect(200);
    expect(article.text).toContain('not a quote (a person decided)');
    expect(article.text).not.toContain(`data-quote="${q.position}"`);
    expect(article.text).toContain('corrected by a person');
    await editor.post(`/review/quotes/${q.id}/confirm`).type('form').send({ _csrf: csrf, back: `/quotes/${q.id}` }).expect(303);
    expect((await row(q.id)).review_status).toBe('confirmed');
    expect((await ds.query('SELECT quote_count FROM speakers WHERE id = $1', [speakerId]))[0].quote_count).toBe(before.quote_count);
    expect(await articleQuotes()).toBe(quotesBefore);
    const found = (await search()).text;
    expect(found).toContain(`href="/quotes/${q.id}"`);
    expect(found).toContain('confirmed by a person');
  });

  it('a back address to another site is ignored', async () => {
    const q = quote('serious but slow');
    const csrf = await csrfFrom(editor, `/quotes/${q.id}`);
    const res = await editor.post(`/review/quotes/${q.id}/confirm`).type('form').send({ _csrf: csrf, back: '//evil.example/review' }).expect(303);
    expect(res.headers.location).toBe('/review?notice=quote-confirmed');
  });

  it('filters by a speaker typed by name or #number and a topic by #number, as search does; a filter it cannot read is said beside its field', async () => {
    const t = uniqueTag(3);
    const filtered = `Filter Wire ${cap(t)}`;
    const name = `Lidia Fer${t}`;
    const text = [
      `KHARKIV — ${name}, the regional health director, visited the main hospital on Monday.`,
      'Doctors there described weeks of shortages and long queues at the pharmacy.',
      '“At least 340 civilians were killed in the north last month, and the hospital treated 1,200 wounded,” she said.',
    ].join('\n');
    const id = await ingest(ds, text, { outlet: filtered });
    const claims: Array<{ id: number; topic_id: number; label: string; speaker_id: number }> = await ds.query(
      'SELECT c.id, c.topic_id, t.label, c.speaker_id FROM claims c JOIN claim_topics t ON t.id = c.topic_id WHERE c.article_id = $1 ORDER BY c.id',
      [id],
    );
    expect(claims.length).toBeGreaterThanOrEqual(2);
    const speakerId = claims[0].speaker_id;
    expect(speakerId).not.toBeNull();
    const base = `/review?type=claims&outlet=${encodeURIComponent(filtered)}`;
    const shown = (html: string) => [...html.matchAll(/id="claim-(\d+)"/g)].map((m) => Number(m[1]));
    const speakerOf = (location: string) => new URLSearchParams(location.split('?')[1]).get('speaker');

    // A name one speaker goes by, “#12” and “#12 Name” (as the field shows it) put the number in the address.
    for (const typed of [name, `#${speakerId}`, `#${speakerId} ${name}`]) {
      const res = await editor.get(`${base}&speaker=${encodeURIComponent(typed)}`).expect(302);
      expect({ typed, speaker: speakerOf(res.headers.location) }).toEqual({ typed, speaker: String(speakerId) });
      expect(new URLSearchParams(res.headers.location.split('?')[1]).get('outlet')).toBe(filtered);
    }
    const bySpeaker = await editor.get(`${base}&speaker=${speakerId}`).expect(200);
    expect(shown(bySpeaker.text).sort()).toEqual(claims.map((c) => c.id).sort());
    expect(bySpeaker.text).toContain(`value="#${speakerId} ${name}"`);
    expect(bySpeaker.text).toContain(`Only claims by ${name}.`);

    // A topic by its number, with or without its #.
    // … or by the words of its label: one topic by them puts its number in the address
    const byLabel = await editor.get(`${base}&topic=${encodeURIComponent(claims[0].label.replace(/[—–-]/g, ' '))}`).expect(302);
    expect(byLabel.headers.location).toContain(`topic=${claims[0].topic_id}`);
    for (const typed of [`#${claims[0].topic_id}`, String(claims[0].topic_id)]) {
      const res = await editor.get(`${base}&topic=${encodeURIComponent(typed)}`).redirects(1).expect(200);
      expect({ typed, shown: shown(res.text) }).toEqual({ typed, shown: claims.filter((c) => c.topic_id === claims[0].topic_id).map((c) => c.id) });
      expect(res.text).toContain(`Only claims on “${claims[0].label}”.`);
    }

    // What cannot be read is said beside its field, with what was typed (escaped), and no queue is shown for it.
    await ds.query(`INSERT INTO speakers (name, normalized_name, kind) VALUES ($1, $2, 'person'), ($1, $2, 'person')`, [`Dana Kor${t}`, `dana kor${t}`]);
    const refused: Array<[string, string, string]> = [
      ['speaker', `Nobody <b>Atall</b> ${t}`, `no speaker goes by “Nobody &lt;b&gt;Atall&lt;/b&gt; ${t}”: look for them on the Speakers page, or give their #number`],
      ['speaker', `Dana Kor${t}`, `several speakers go by “Dana Kor${t}”: #`],
      ['topic', `Nowhere ${t} deaths`, `no topic is called “Nowhere ${t} deaths”: look for it on the Topics page, or give its #number`],
    ];
    for (const [field, typed, message] of refused) {
      const res = await editor.get(`${base}&${field}=${encodeURIComponent(typed)}`);
      expect({ typed, status: res.status }).toEqual({ typed, status: 422 });
      expect(res.text).toContain('<h1>Review</h1>');
      expect(res.text).toContain(message);
      expect(res.text).toMatch(new RegExp(`id="f-${field}"[^>]*value="${escapeRegExp(typed.replace(/</g, '&lt;').replace(/>/g, '&gt;'))}"[^>]*aria-invalid="true"`));
      expect(res.text).not.toContain('<b>Atall');
      expect(shown(res.text)).toEqual([]);
      expect(res.text).toContain('Correct the filters above to see the queue.');
    }

    // Of two speakers going by a name, each is a link to the queue limited to them.
    const [kor1, kor2] = (await ds.query('SELECT id FROM speakers WHERE name = $1 ORDER BY id', [`Dana Kor${t}`])).map((r: { id: number }) => r.id);
    const several = await editor.get(`${base}&speaker=${encodeURIComponent(`Dana Kor${t}`)}`).expect(422);
    for (const id of [kor1, kor2]) {
      const link = new RegExp(`<a href="(/review\\?[^"]*speaker=${id}[^"]*)">#${id} Dana Kor${t}</a>`).exec(several.text)?.[1];
      expect(link).toBeDefined();
      const picked = await editor.get(link!.replace(/&amp;/g, '&')).expect(200);
      expect(picked.text).toContain(`Dana Kor${t}`);
    }

    // A number that names no speaker is said too.
    const nobody = await editor.get(`${base}&speaker=2147483000`).expect(200);
    expect(nobody.text).toContain('There is no speaker number 2147483000');
  });

  it('escapes article and reviewer text on the queue', async () => {
    const t = uniqueTag(3);
    const hostileOutlet = `Wire <img src=x onerror=alert(1)> ${t}`;
    // a fetched page's text keeps markup its HTML wrote as words (“&lt;script&gt;”); a pasted one would be converted
    await ingest(ds, `“<script>alert('q')</script> is what they sent,” an aide said.`, { outlet: hostileOutlet, title: `<b>${t}</b>`, source: 'url' });
    const res = await editor.get(`/review?outlet=${encodeURIComponent(t)}`).expect(200);
    expect(res.text).toContain('&lt;script&gt;alert(&#39;q&#39;)&lt;/script&gt;');
    expect(res.text).not.toContain('<script>alert');
    expect(res.text).not.toContain('<img src=x');
    expect(res.text).toContain('&lt;b&gt;');
    // A speaker name typed by a reviewer is text wherever it appears.
    const [q] = await ds.query('SELECT q.id, q.review_version FROM quotes q JOIN articles a ON a.id = q.article_id WHERE a.outlet = $1', [hostileOutlet]);
    const csrf = await csrfFrom(editor, `/quotes/${q.id}`);
    const name = `Ann <img src=x onerror=alert(3)> Vel${t}`;
    await editor.post(`/review/quotes/${q.id}/speaker`).type('form').send({ _csrf: csrf, speaker: name, back: `/quotes/${q.id}` }).expect(303);
    for (const url of [`/quotes/${q.id}`, `/speakers/${(await row(q.id)).speaker_id}`]) {
      const page = await editor.get(url).expect(200);
      expect(page.text).toContain('Ann &lt;img src=x onerror=alert(3)&gt;');
      expect(page.text).not.toContain('<img src=x');
    }
  });
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
