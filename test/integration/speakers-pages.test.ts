import request from 'supertest';
import type { DataSource } from 'typeorm';
import { buildTestApp } from '../support/app';
import { signedInAgent, tokenFor } from '../support/auth';
import { openTestDataSource } from '../support/db';
import { cap, ingest, quoteSpeakers, uniqueTag } from '../support/speakers';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&#34;').replace(/'/g, '&#39;');

describe('speaker pages and API', () => {
  let ds: DataSource;
  let app: ReturnType<typeof buildTestApp>;
  let viewer: request.Agent;
  let token: string;
  let tag: string;
  let speakerId: number;
  let firstArticle: number;
  beforeAll(async () => {
    ds = await openTestDataSource();
    app = buildTestApp(ds);
    viewer = (await signedInAgent(app, ds, 'viewer')).agent;
    token = await tokenFor(ds, 'viewer');
    tag = uniqueTag();
    firstArticle = await ingest(
      ds,
      `Secretary of Iran’s Supreme National Security Council (SNSC) Ali Shamkh${tag}ani met the envoy in Tehran.\n“The liberation of Aleppo exposed the West,” Shamkh${tag}ani said.\n“Aid must reach Fuaa and Kafraya,” he added.`,
      { outlet: 'Press TV', publishedAt: '2016-12-18' },
    );
    await ingest(ds, `“We will not retreat from Aleppo,” said Ali Shamkh${tag}any, the Iranian security chief.`, {
      outlet: 'Reuters',
      publishedAt: '2017-03-02',
    });
    await ingest(ds, `“Talks in Astana will go on,” said Ali Shamkh${tag}ani, the Iranian official.`, { outlet: 'AFP', publishedAt: '2017-05-09' });
    [speakerId] = await quoteSpeakers(ds, firstArticle) as number[];
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('finds a speaker in the directory by a misspelled name, with counts from the stored counter', async () => {
    const res = await viewer.get(`/speakers?q=${encodeURIComponent(`shamk${tag}ani`)}`).expect(200);
    expect(res.text).toContain(`href="/speakers/${speakerId}"`);
    const variant = await viewer.get(`/speakers?q=${encodeURIComponent(`Shamkh${tag}any`)}`).expect(200);
    expect(variant.text).toContain(`href="/speakers/${speakerId}"`);
    const surname = await viewer.get(`/speakers?q=${encodeURIComponent(`shamk${tag}`)}`).expect(200);
    expect(surname.text).toContain(`href="/speakers/${speakerId}"`);
    expect(res.text).toContain(`Ali Shamkh${tag}ani`);
    const [{ quote_count }] = await ds.query('SELECT quote_count FROM speakers WHERE id = $1', [speakerId]);
    expect(quote_count).toBe(4);
    const byKind = await viewer.get(`/speakers?q=shamkh${tag}ani&kind=organisation`).expect(200);
    expect(byKind.text).not.toContain(`href="/speakers/${speakerId}"`);
    const byOrg = await viewer.get(`/speakers?q=shamkh${tag}ani&organisation=snsc&sort=quotes`).expect(200);
    expect(byOrg.text).toContain(`href="/speakers/${speakerId}"`);
    const none = await viewer.get(`/speakers?q=zzqx${tag}`).expect(200);
    expect(none.text).toContain('No speaker matches these filters');
  });

  it('shows the speaker page: roles with dates, aliases, counts, and quotes linking to their place in the article', async () => {
    const res = await viewer.get(`/speakers/${speakerId}`).expect(200);
    expect(res.text).toContain(`<h1>Ali Shamkh${tag}ani</h1>`);
    expect(res.text).toContain('Secretary, Supreme National Security Council (SNSC), Iran');
    expect(res.text).toContain('2016-12-18');
    expect(res.text).toContain(`Ali Shamkh${tag}any`);
    expect(res.text).toContain(`href="/articles/${firstArticle}#q-0"`);
    const order = [...res.text.matchAll(/<time datetime="(\d{4}-\d{2}-\d{2})">/g)].map((m) => m[1]).slice(2);
    expect(order).toEqual([...order].sort().reverse());
    expect(res.text).not.toContain('Manage</a>');
  });

  it('shows each speaker’s number, which the search, review and merge fields ask for, in the directory and on their page', async () => {
    const list = await viewer.get(`/speakers?q=${encodeURIComponent(`shamk${tag}ani`)}`).expect(200);
    expect(list.text).toContain(`<a href="/speakers/${speakerId}">Ali Shamkh${tag}ani</a> <span class="meta">#${speakerId}</span>`);
    const page = await viewer.get(`/speakers/${speakerId}`).expect(200);
    expect(page.text).toMatch(new RegExp(`<span class="speaker-number"[^>]*>#${speakerId}</span>`));
  });

  it('filters the timeline by words, outlet and dates, and pages by cursor', async () => {
    const words = await viewer.get(`/speakers/${speakerId}?text=Astana`).expect(200);
    expect(words.text).toContain('Talks in Astana');
    expect(words.text).not.toContain('Fuaa');
    const outlet = await viewer.get(`/speakers/${speakerId}?outlet=press`).expect(200);
    expect(outlet.text).toContain('Fuaa');
    expect(outlet.text).not.toContain('Astana');
    const dates = await viewer.get(`/speakers/${speakerId}?from=2017-01-01&to=2017-03-02`).expect(200);
    expect(dates.text).toContain('not retreat');
    expect(dates.text).not.toContain('Astana');
    // a day the month does not have is refused with a message, not read as the 2nd of March
    const noDay = await viewer.get(`/speakers/${speakerId}?from=2017-02-30`).expect(200);
    expect(noDay.text).toContain('Filters not understood, and ignored: from must be a day that exists');

    const api = (path: string) => request(app).get(path).set('authorization', `Bearer ${token}`).expect(200);
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: request.Response = await api(`/api/v1/speakers/${speakerId}/quotes?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.body.data.length).toBe(1);
      seen.push(page.body.data[0].id);
      cursor = page.body.next_cursor;
    } while (cursor);
    expect(seen.length).toBe(4);
    expect(new Set(seen).size).toBe(4);
  });

  it('answers the JSON API with aliases, roles and counts', async () => {
    const auth = { authorization: `Bearer ${token}` };
    const list = await request(app).get(`/api/v1/speakers?q=shamkh${tag}ani`).set(auth).expect(200);
    expect(list.body.data[0]).toMatchObject({ id: speakerId, name: `Ali Shamkh${tag}ani`, quoteCount: 4 });
    const one = await request(app).get(`/api/v1/speakers/${speakerId}`).set(auth).expect(200);
    const secretary = one.body.speaker.roles.find((r: { title: string }) => r.title === 'Secretary');
    expect(one.body.speaker.roles[0].title).toBe('official');
    expect(secretary).toMatchObject({ title: 'Secretary', organisationAbbreviation: 'SNSC', firstStatedAt: '2016-12-18T00:00:00.000Z' });
    expect(one.body.speaker.aliases.map((a: { alias: string }) => a.alias)).toContain(`Ali Shamkh${tag}any`);
    expect(one.body.speaker.firstQuotedAt).toBe('2016-12-18T00:00:00.000Z');
    await request(app).get('/api/v1/speakers/2000000000').set(auth).expect(404);
    await request(app).get(`/api/v1/speakers/${speakerId}/quotes?cursor=nonsense`).set(auth).expect(422);
    await request(app).get(`/api/v1/speakers/${speakerId}`).expect(401);
  });

  it('keeps the name with a title before it stored but lists it among the other names only for editors who manage the speaker', async () => {
    const sur = cap(`sal${uniqueTag()}eh`);
    const a = await ingest(
      ds,
      `Colonel Omar ${sur} told reporters on Monday that “the road to the port is open again”.\n` +
        `“We will keep it open,” Omar ${sur} said.\n“Nobody should doubt it,” said Omar Abdel ${sur}, the commander of the garrison.`,
    );
    const [id] = (await quoteSpeakers(ds, a)).filter((x) => x !== null) as number[];
    const stored = (await ds.query('SELECT alias FROM speaker_aliases WHERE speaker_id = $1', [id])).map((r: { alias: string }) => r.alias);
    expect(stored).toEqual(expect.arrayContaining([`Colonel Omar ${sur}`, `Omar Abdel ${sur}`]));
    const page = await viewer.get(`/speakers/${id}`).expect(200);
    const alsoNamed = page.text.slice(page.text.indexOf('id="aliases-h"'), page.text.indexOf('id="claims-h"'));
    expect(alsoNamed).toContain(`Omar Abdel ${sur}`);
    expect(alsoNamed).not.toContain(`Colonel Omar ${sur}`);
    const editor = (await signedInAgent(app, ds, 'editor')).agent;
    const manage = await editor.get(`/speakers/${id}/manage`).expect(200);
    expect(manage.text).toContain(`Colonel Omar ${sur}`);
    const api = await request(app).get(`/api/v1/speakers/${id}`).set({ authorization: `Bearer ${token}` }).expect(200);
    const names = api.body.speaker.aliases.map((x: { alias: string }) => x.alias);
    expect(names).toContain(`Omar Abdel ${sur}`);
    expect(names).not.toContain(`Colonel Omar ${sur}`);
  });

  it('guards the pages: anonymous visitors sign in, viewers cannot edit', async () => {
    const anon = await request(app).get(`/speakers/${speakerId}`).expect(303);
    expect(anon.headers.location).toMatch(/^\/(login|setup)/);
    await viewer.get(`/speakers/${speakerId}/manage`).expect(403);
    await viewer.get('/speakers/review').expect(403);
    await viewer.get('/speakers/2000000000').expect(404);
  });

  it('lists the speaker\'s latest claims, newest first, ten at most, with their topic and date', async () => {
    const t = uniqueTag();
    let article = 0;
    for (let i = 0; i < 6; i++) {
      article = await ingest(
        ds,
        `Ahmad Qar${t}awi, a spokesman for the rescue service, spoke in Idlib.\n` +
          `“At least ${100 + i} civilians were killed in eastern Aleppo last week,” Qar${t}awi said.\n` +
          `“More than ${2000 + i} families were displaced from Fuaa and Kafraya,” he added.`,
        { outlet: 'Reuters', publishedAt: `2017-0${i + 1}-15` },
      );
    }
    const [id] = (await quoteSpeakers(ds, article)) as number[];
    const stored: Array<{ id: number }> = await ds.query('SELECT id FROM claims WHERE speaker_id = $1 ORDER BY id DESC', [id]);
    expect(stored.length).toBeGreaterThan(10);
    const res = await viewer.get(`/speakers/${id}`).expect(200);
    const section = res.text.slice(res.text.indexOf('id="claims-h"'), res.text.indexOf('All claims by this speaker'));
    const listed = [...section.matchAll(/<li><a href="\/claims\/(\d+)">/g)].map((m) => Number(m[1]));
    expect(listed).toEqual(stored.slice(0, 10).map((c) => c.id));
    expect(section).toContain('2017-06-15');
    expect(section).not.toContain('2017-01-15');
    const [{ label }] = await ds.query('SELECT t.label FROM claims c JOIN claim_topics t ON t.id = c.topic_id WHERE c.id = $1', [listed[0]]);
    expect(section).toContain(escapeHtml(label));
  });

  it('shows empty states', async () => {
    const org = cap(`Council of ${cap(uniqueTag())} Affairs`);
    expect(org).toBeTruthy();
    const res = await viewer.get(`/speakers?page=999`).expect(200);
    expect(res.text).toContain('There are no speakers on page 999');
  });

  it('writes a large quote count with thousands separated on the speaker page and in the directory', async () => {
    const name = `Marta ${cap(`vel${uniqueTag()}`)}`;
    const a = await ingest(ds, `“The harbour will reopen in spring,” said ${name}, the port director.`, { outlet: 'Coast Daily', publishedAt: '2024-02-01' });
    const [id] = (await quoteSpeakers(ds, a)) as number[];
    // the stored counter, as an archive with thousands of her quotes would hold it
    await ds.query('UPDATE speakers SET quote_count = 15525 WHERE id = $1', [id]);
    const page = await viewer.get(`/speakers/${id}`).expect(200);
    expect(page.text).toMatch(/<strong class="quote-count">15,525<\/strong> quotes/);
    const directory = await viewer.get(`/speakers?q=${encodeURIComponent(name)}`).expect(200);
    expect(directory.text).toContain('<td class="num">15,525</td>');
    expect(directory.text).not.toContain('15525');
  });
});

describe('a speaker quoted only in reported speech', () => {
  it('lists their statements, newest first, each linking to its place in the article', async () => {
    const ds = await openTestDataSource();
    try {
      const app = buildTestApp(ds);
      const { agent } = await signedInAgent(app, ds, 'viewer');
      const tag = uniqueTag();
      const name = `Pekka Aal${tag}to`;
      const older = await ingest(ds, `A spokesman for the Finnish Red Cross, ${name}, said the organisation had sent 120 volunteers to the valley.`, { outlet: 'Wire', publishedAt: '2026-11-29' });
      const newer = await ingest(ds, `${name} said the shelters in Ostvik would stay open until March, and that more blankets were on their way.`, { outlet: 'Herald', publishedAt: '2026-11-30' });
      const [{ id }] = await ds.query('SELECT speaker_id AS id FROM statements WHERE article_id = $1', [older]);
      const page = await agent.get(`/speakers/${id}`).expect(200);
      expect(page.text).toContain('Reported statements');
      expect(page.text).toContain('2 in all');
      const first = page.text.indexOf('the shelters in Ostvik would stay open');
      const second = page.text.indexOf('the organisation had sent 120 volunteers');
      expect(first).toBeGreaterThan(0);
      expect(second).toBeGreaterThan(first);
      const [{ position }] = await ds.query('SELECT position FROM statements WHERE article_id = $1', [newer]);
      expect(page.text).toContain(`href="/articles/${newer}#statement-${position}"`);
      const article = await agent.get(`/articles/${newer}`).expect(200);
      expect(article.text).toContain(`id="statement-${position}"`);
      // a speaker with none says so
      const other = await ingest(ds, `“We stay out,” said Amira Had${tag}dad, the union president.`, { outlet: 'Wire', publishedAt: '2026-11-30' });
      const [amira] = await quoteSpeakers(ds, other) as number[];
      expect((await agent.get(`/speakers/${amira}`).expect(200)).text).toContain('No words reported without quote marks');
    } finally {
      await ds.destroy();
    }
  });
});
