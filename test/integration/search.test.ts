import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { upsertTopic } from '../../src/db/repositories/claim.repository';
import { highlightParts } from '../../src/web/search/search.router';
import { buildTestApp } from '../support/app';
import { signedInAgent, tokenFor } from '../support/auth';
import { openTestDataSource } from '../support/db';

describe('quote search', () => {
  let ds: DataSource;
  let app: ReturnType<typeof buildTestApp>;
  let token: string;
  const word = `zq${randomUUID().replace(/[^a-z]/g, '').slice(0, 8)}`; // a word no other test uses
  beforeAll(async () => {
    ds = await openTestDataSource();
    app = buildTestApp(ds);
    token = await tokenFor(ds, 'editor');
    const post = (title: string, text: string, publishedAt: string, outlet: string) =>
      request(app).post('/api/v1/articles').set('Authorization', `Bearer ${token}`).send({ title, text, publishedAt, outlet }).expect(201);
    await post('Harbour', `“The ${word} harbour wall will hold through the winter storms,” said Nadia Haddad, the port engineer.`, '2024-01-10', 'Coast Daily');
    await post('Bridge', `“Nobody expected the ${word} bridge to close before spring,” said Tomas Reyes, the transport minister.`, '2024-03-02', 'Metro Post');
    await post('Storms', `“Winter storms are getting stronger every year, and ${word} defences must keep up,” Haddad said on Friday.\nNadia Haddad runs the port authority.`, '2024-02-05', 'Coast Daily');
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('finds quotes with web-search syntax, marks the matching words and keeps the whole search in the URL', async () => {
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const page = await agent.get(`/search?q=${encodeURIComponent(`${word} "winter storms"`)}`).expect(200);
    expect(page.text).toContain('2 quotes match.');
    expect(page.text).toMatch(/<mark class="hit">winter<\/mark> <mark class="hit">storms<\/mark>/i);
    const excluded = await agent.get(`/search?q=${encodeURIComponent(`${word} -bridge`)}`).expect(200);
    expect(excluded.text).toContain('2 quotes match.');
    expect(excluded.text).not.toContain('Tomas Reyes');
    const either = await agent.get(`/search?q=${encodeURIComponent(`${word} bridge OR ${word} harbour`)}`).expect(200);
    expect(either.text).toContain('2 quotes match.');
  });

  it('says when an excluded word takes an included one with it, sharing its stem', async () => {
    const w = `${word}hotline`;
    await request(app).post('/api/v1/articles').set('Authorization', `Bearer ${token}`)
      .send({ title: 'Hotlines', publishedAt: '2024-06-03', outlet: 'Metro Post', text: `“From tomorrow there will be one number for the ${w}, not six,” said Lena Voss, the council's digital officer.` })
      .expect(201);
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const lost = await agent.get(`/search?q=${encodeURIComponent(`${w} number -numbers`)}`).expect(200);
    expect(lost.text).toContain('No quotes match.');
    expect(lost.text).toContain('“-numbers” also excludes “number”: the search reads the forms of a word as one (“number”, “numbers”), so every quote holding “number” is left out as well.');
    // an exclusion of another word is what it says
    const fine = await agent.get(`/search?q=${encodeURIComponent(`${w} number -football`)}`).expect(200);
    expect(fine.text).toContain('1 quote matches.');
    expect(fine.text).not.toContain('also excludes');
  });

  it('takes the speaker filter as a name: one speaker by it goes into the address by number, several or none are said', async () => {
    const sur = word[0].toUpperCase() + word.slice(1);
    const w = `${word}ferry`; // a word of this test alone, so the other tests' counts stay as they are
    const post = (title: string, text: string) =>
      request(app).post('/api/v1/articles').set('Authorization', `Bearer ${token}`).send({ title, text, publishedAt: '2024-05-01', outlet: 'Harbour Gazette' }).expect(201);
    await post('Ferry', `“The ${w} runs again from Monday,” said Marit ${sur}, the harbour master.\n“It was a long winter,” ${sur} added.`);
    await post('Tolls', `“The ${w} tolls stay as they are,” said Jonas ${sur}, the mayor.\n“We cannot lower them,” ${sur} added.`);
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const [{ id }] = await ds.query('SELECT id FROM speakers WHERE name = $1', [`Marit ${sur}`]);
    const byName = await agent.get(`/search?q=${w}&speaker=${encodeURIComponent(`Marit ${sur}`)}`).expect(302);
    expect(byName.headers.location).toBe(`/search?q=${w}&speaker=${id}`);
    const page = await agent.get(byName.headers.location).expect(200);
    expect(page.text).toContain('1 quote matches.');
    expect(page.text).toContain(`value="#${id} Marit ${sur}"`);
    // the number as the form shows it leads to the same search
    expect((await agent.get(`/search?q=${w}&speaker=${encodeURIComponent(`#${id} Marit ${sur}`)}`).expect(302)).headers.location).toBe(`/search?q=${w}&speaker=${id}`);
    const both = await agent.get(`/search?q=${w}&speaker=${sur}`).expect(422);
    expect(both.text).toContain(`several speakers go by “${sur}”`);
    expect(both.text).toContain(`#${id} Marit ${sur}`);
    // each of them a link to the same search limited to that speaker
    expect(both.text).toMatch(new RegExp(`<a href="/search\\?q=${w}&amp;speaker=${id}">#${id} Marit ${sur}`));
    expect((both.text.match(/<ul class="choices">([\s\S]*?)<\/ul>/)?.[1].match(/<li>/g) ?? []).length).toBe(2);
    const none = await agent.get(`/search?q=${w}&speaker=${encodeURIComponent('Nobody Atall')}`).expect(422);
    expect(none.text).toContain('no speaker goes by “Nobody Atall”');
    // a surname only one article wrote alone still names everyone who has it
    const sur2 = `${sur}ova`;
    await post('Strike', `“We stay out,” said Amira ${sur2}, the union president.\n“Not one step back,” ${sur2} added.`);
    await post('Charter', `“The charter is clear on ${w} fares,” said Omar ${sur2}, the city attorney.`);
    const [{ id: omar }] = await ds.query('SELECT id FROM speakers WHERE name = $1', [`Omar ${sur2}`]);
    const surname = await agent.get(`/search?q=${w}&speaker=${sur2}`).expect(422);
    expect(surname.text).toContain(`several speakers go by “${sur2}”`);
    expect(surname.text).toContain(`#${omar} Omar ${sur2}`);
  });

  it('names the most quoted of several speakers by a surname first, and says how many more there are', async () => {
    const sur = `${word[0].toUpperCase()}${word.slice(1)}berg`;
    const w = `${word}quay`;
    const post = (title: string, text: string) =>
      request(app).post('/api/v1/articles').set('Authorization', `Bearer ${token}`).send({ title, text, publishedAt: '2024-06-01', outlet: 'Harbour Gazette' }).expect(201);
    // six family members quoted once, stored first; then two quoted three times each
    for (const given of ['Anna', 'Bruno', 'Clara', 'Dmitri', 'Elena', 'Felix']) {
      await post(`Quay ${given}`, `“The ${w} festival brings the whole town out,” said ${given} ${sur}, a stall holder.`);
    }
    for (const day of ['Monday', 'Tuesday', 'Wednesday']) {
      await post(`Council ${day}`, `“The ${w} repairs start on ${day},” said Greta ${sur}, the council leader.\n“The ${w} budget is fixed,” said Henrik ${sur}, the treasurer.`);
    }
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const page = await agent.get(`/search?q=${w}&speaker=${sur}`).expect(422);
    const message = /several speakers go by “[^”]+”: ([^<]*)\. Pick one below/.exec(page.text)?.[1] ?? '';
    const named = [...message.matchAll(/#\d+ (\p{L}+) /gu)].map((m) => m[1]);
    expect(named.slice(0, 2).sort()).toEqual(['Greta', 'Henrik']);
    expect(named).toHaveLength(6);
    expect(message).toMatch(/; and 2 more$/);
  });

  it('takes a surname typed alone for the one person stored with it, though no article wrote it alone', async () => {
    const sur = `${word[0].toUpperCase()}${word.slice(1)}dúya`;
    const w = `${word}ballot`;
    await request(app)
      .post('/api/v1/articles')
      .set('Authorization', `Bearer ${token}`)
      .send({ title: 'Ballots', text: `“Every ${w} will be counted,” said Sara ${sur}, the election commissioner.`, publishedAt: '2024-06-01', outlet: 'Harbour Gazette' })
      .expect(201);
    const [{ id }] = await ds.query('SELECT id FROM speakers WHERE name = $1 AND merged_into_id IS NULL', [`Sara ${sur}`]);
    const { agent } = await signedInAgent(app, ds, 'viewer');
    // typed in lower case and without its accent, as the rest of the name matching reads it
    const typed = sur.toLowerCase().replace('ú', 'u');
    const bySurname = await agent.get(`/search?q=&speaker=${encodeURIComponent(typed)}`).expect(302);
    expect(bySurname.headers.location).toBe(`/search?q=&speaker=${id}`);
    expect((await agent.get(bySurname.headers.location).expect(200)).text).toContain('1 quote matches.');
    // the review queue reads its speaker field the same way
    const { agent: editor } = await signedInAgent(app, ds, 'editor');
    expect((await editor.get(`/review?speaker=${encodeURIComponent(sur)}`).expect(302)).headers.location).toBe(`/review?speaker=${id}`);
  });

  it('takes the topic filter as words of a label whatever their accents', async () => {
    const place = `${word[0].toUpperCase()}${word.slice(1)}ão`;
    const topic = await upsertTopic(ds.manager, { key: `test:${word}:accents`, label: `${place} — deaths`, measure: 'deaths' });
    const { agent } = await signedInAgent(app, ds, 'viewer');
    for (const typed of [`${place.toLowerCase().replace('ã', 'a')} deaths`, `${place.normalize('NFD')} deaths`]) {
      const res = await agent.get(`/search?q=&topic=${encodeURIComponent(typed)}`).expect(302);
      expect({ typed, location: res.headers.location }).toEqual({ typed, location: `/search?q=&topic=${topic}` });
    }
    // the field then shows the topic's name beside its number, as the speaker field does, and reads it back as that topic
    const page = await agent.get(`/search?q=&topic=${topic}`).expect(200);
    const shown = /id="f-topic" name="topic" type="text" value="([^"]*)"/.exec(page.text)![1];
    expect(shown).toBe(`#${topic} ${place} — deaths`);
    const again = await agent.get(`/search?q=&topic=${encodeURIComponent(shown)}`).expect(302);
    expect(again.headers.location).toBe(`/search?q=&topic=${topic}`);
  });

  it('filters by outlet and date and sorts by date, in the API too', async () => {
    const res = await request(app)
      .get(`/api/v1/search?q=${word}&outlet=Coast%20Daily&sort=newest`)
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    expect(res.body.total).toBe(2);
    expect(res.body.data.map((r: { article: { title: string } }) => r.article.title)).toEqual(['Storms', 'Harbour']);
    expect(res.body.data[0].speaker.name).toBe('Nadia Haddad');
    expect(res.body.data[0].highlights.map((h: string) => h.toLowerCase())).toContain(word);
    const dated = await request(app).get(`/api/v1/search?q=${word}&from=2024-02-01&to=2024-02-28`).set('Authorization', `Bearer ${token}`).expect(200);
    expect(dated.body.data.map((r: { article: { title: string } }) => r.article.title)).toEqual(['Storms']);
  });

  it('filters by topic, kind and reviewed quotes, keeping every filter in the URL and the export', async () => {
    await request(app)
      .post('/api/v1/articles')
      .set('Authorization', `Bearer ${token}`)
      .send({ title: 'Toll', publishedAt: '2024-04-01', outlet: 'Coast Daily', text: `“At least 300 civilians were killed in the ${word} district last week,” said Omar Saleh, the governor.` })
      .expect(201);
    const [claim] = await ds.query(
      `SELECT c.topic_id AS "topicId", c.quote_id AS "quoteId" FROM claims c JOIN quotes q ON q.id = c.quote_id WHERE q.text LIKE $1`,
      [`%${word} district%`],
    );
    expect(claim).toBeDefined();
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const byTopic = await agent.get(`/search?q=${word}&topic=${claim.topicId}`).expect(200);
    expect(byTopic.text).toContain('1 quote matches.');
    expect(byTopic.text).toContain('Omar Saleh');
    expect(byTopic.text).toContain(`topic=${claim.topicId}`); // the export link keeps the filter

    const harbour = (await ds.query(`SELECT id FROM quotes WHERE text LIKE $1`, [`%${word} harbour%`]))[0].id;
    await ds.query(`UPDATE quotes SET review_status = 'confirmed', kind = 'partial' WHERE id = $1`, [harbour]);
    const reviewed = await agent.get(`/search?q=${word}&reviewed=1`).expect(200);
    expect(reviewed.text).toContain('1 quote matches.');
    expect(reviewed.text).toContain(`/quotes/${harbour}"`);
    const partial = await agent.get(`/search?q=${word}&kind=partial&sort=newest`).expect(200);
    expect(partial.text).toContain('1 quote matches.');
    const direct = await request(app).get(`/api/v1/search?q=${word}&kind=direct`).set('Authorization', `Bearer ${token}`).expect(200);
    expect(direct.body.data.map((r: { id: number }) => r.id)).not.toContain(harbour);
    const csv = await agent.get(`/search/export?q=${word}&reviewed=1&format=csv`).expect(200);
    expect(csv.text.trim().split('\n')).toHaveLength(2);
    await ds.query(`UPDATE quotes SET review_status = 'unreviewed', kind = 'direct' WHERE id = $1`, [harbour]);
  });

  it('pages by date with a cursor in the address, however deep', async () => {
    const deep = `dp${randomUUID().replace(/[^a-z]/g, '').slice(0, 8)}`;
    const text = Array.from({ length: 45 }, (_, i) => `“The ${deep} tide table number ${i} is printed here,” said Pita Tane.`).join('\n');
    await request(app).post('/api/v1/articles').set('Authorization', `Bearer ${token}`).send({ title: 'Tides', text, publishedAt: '2023-05-05' }).expect(201);
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const seen: string[] = [];
    let url = `/search?q=${deep}&sort=newest`;
    for (let page = 1; page <= 3; page++) {
      const res = await agent.get(url).expect(200);
      expect(res.text).toContain('45 quotes match.');
      seen.push(...[...res.text.matchAll(/href="\/quotes\/(\d+)"/g)].map((m) => m[1]));
      const next = /href="([^"]+)" rel="next"/.exec(res.text)?.[1].replace(/&amp;/g, '&');
      if (page < 3) {
        expect(next).toMatch(/after=/);
        expect(next).toContain(`page=${page + 1}`);
        url = next!;
      } else expect(next).toBeUndefined();
    }
    expect(seen).toHaveLength(45);
    expect(new Set(seen).size).toBe(45);
  });

  it('shows an empty page without a query, survives hostile input, and escapes what it shows', async () => {
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const empty = await agent.get('/search').expect(200);
    expect(empty.text).not.toContain('match.');
    for (const q of ['"unbalanced', '(((', '-', 'OR OR OR', '<script>alert(1)</script>', '\\x00', '&|!:*']) {
      const r = await agent.get(`/search?q=${encodeURIComponent(q)}`).expect(200);
      expect(r.text).not.toContain('<script>alert(1)');
    }
    await request(app).get(`/api/v1/search?q=${word}`).expect(401);
  });

  it('refuses filters it cannot read with a message and the form kept, on the page and in the API', async () => {
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const bad = await agent.get(`/search?q=${word}&from=2024-13-45&to=2024-02-30&speaker=abc`).expect(422);
    expect(bad.text).toContain('Please correct the following');
    expect(bad.text).toMatch(/From<\/a> \(“2024-13-45”\) must be a (date|day)/);
    expect(bad.text).toMatch(/To<\/a> \(“2024-02-30”\) must be a day that exists/);
    expect(bad.text).toMatch(/Speaker<\/a> no speaker goes by “abc”/);
    expect(bad.text).toContain(`value="${word}"`);
    expect(bad.text).not.toContain('match.');
    const backwards = await agent.get(`/search?q=${word}&from=2024-03-01&to=2024-02-01`).expect(422);
    expect(backwards.text).toMatch(/To<\/a> \(“2024-02-01”\) must not be before the from date/);
    const long = await agent.get(`/search?q=${'w'.repeat(301)}`).expect(422);
    expect(long.text).toMatch(/Words to find<\/a> must be at most 300 characters/);
    expect(long.text).toContain('role="search"');
    // empty fields, as a form sends them, are no filter
    const blanks = await agent.get(`/search?q=${word}&outlet=&from=&to=&speaker=&topic=&kind=&sort=&page=`).expect(200);
    expect(blanks.text).toMatch(/\d quotes? match\./);
    for (const query of [`speaker=abc`, `sort=oldest`, `from=2024/03/01`, `kind=quote`, `to=2024-00-00`]) {
      const r = await request(app).get(`/api/v1/search?q=${word}&${query}`).set('Authorization', `Bearer ${token}`).expect(422);
      expect(r.body.error.code).toBe('validation_failed');
    }
    await agent.get(`/search/export?q=${word}&from=2024-13-45`).expect(422);
    await agent.get(`/search/feed.atom?q=${word}&from=2024-13-45`).expect(422);
  });

  it('says which words are too common to search for, and offers no feed for a search of only such words', async () => {
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const some = await agent.get(`/search?q=${encodeURIComponent(`${word} -each`)}`).expect(200);
    expect(some.text).toContain('Left out of the search as too common to look for: “each”.');
    const none = await agent.get(`/search?q=${encodeURIComponent('the and of')}`).expect(200);
    expect(none.text).toContain('Nothing to search for: these words are too common to look for: “the”, “and”, “of”.');
    expect(none.text).not.toContain('feed.atom');
    // the API names them too, rather than answering an empty page without a word
    const auth = { Authorization: `Bearer ${token}` };
    expect((await request(app).get('/api/v1/search?q=the').set(auth).expect(200)).body).toEqual({ data: [], next_cursor: null, total: 0, totalExact: true, ignored: ['the'] });
    const left = await request(app).get(`/api/v1/search?q=${encodeURIComponent(`${word} -each`)}`).set(auth).expect(200);
    expect(left.body.data.length).toBeGreaterThan(0);
    expect(left.body.ignored).toEqual(['each']);
    expect((await request(app).get(`/api/v1/search?q=${word}`).set(auth).expect(200)).body.ignored).toEqual([]);
  });

  it('names the speaker a search is limited to, explains a search of filters alone, and says when a page is past the end', async () => {
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const [{ id }] = await ds.query(`SELECT id FROM speakers WHERE name = 'Nadia Haddad' AND merged_into_id IS NULL`);
    const limited = await agent.get(`/search?q=${word}&speaker=${id}`).expect(200);
    expect(limited.text).toContain('Only quotes by Nadia Haddad.');
    const filtersOnly = await agent.get(`/search?speaker=${id}&sort=newest`).expect(200);
    expect(filtersOnly.text).toContain('No words to find: every quote these filters allow, newest first.');
    expect(filtersOnly.text).toContain(`href="/speakers/${id}"`);
    const past = await agent.get(`/search?q=${word}&page=40`).expect(200);
    expect(past.text).toContain('Page 40 is past the last result.');
    const nobody = await agent.get(`/search?q=${word}&speaker=2000000000`).expect(200);
    expect(nobody.text).toContain('There is no speaker number 2000000000');
    expect(nobody.text).not.toContain('feed.atom');
    const noWords = await agent.get(`/search?q=${encodeURIComponent('""')}`).expect(200);
    expect(noWords.text).not.toContain('feed.atom');
    await agent.get(`/search/export?q=${word}&format=xls`).expect(422);
  });

  it('lists the quotes filters allow when no words are given: newest first, page after page, in the API and as a feed', async () => {
    const outlet = `Gazette ${word}`; // an outlet of this test alone
    const sur = `Q${word}`;
    const post = (title: string, text: string, publishedAt: string) =>
      request(app).post('/api/v1/articles').set('Authorization', `Bearer ${token}`).send({ title, text, publishedAt, outlet }).expect(201);
    // 23 quotes by one speaker in one article, more than a page of 20
    await post('Council', Array.from({ length: 23 }, (_, i) => `“Budget line ${i + 1} stays where it is,” said Lena ${sur}, the council treasurer.`).join('\n'), '2024-04-02');
    await post('Dock', `“The dock reopens on Monday,” said Pavel ${sur}n, the harbour master. He also said the repairs were “long overdue”.`, '2024-04-20');
    await post('Market', `“Prices at the market fell for the third week,” said Ines ${sur}a, a trader.`, '2024-03-15');
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const o = encodeURIComponent(outlet);
    const first = await agent.get(`/search?outlet=${o}`).expect(200);
    expect(first.text).toContain('No words to find: every quote these filters allow, newest first.');
    expect(first.text).toContain('26 quotes match.');
    expect(first.text).not.toContain('<mark');
    expect(first.text).toContain(`<title>Quotes in ${outlet} — search`);
    // newest first: the dock's two quotes (same date: the later one first, as by date with words), then the council's
    const order = [...first.text.matchAll(/<blockquote>“([^”]*)”/g)].map((m) => m[1]);
    expect(order.slice(0, 3)).toEqual(['long overdue', 'The dock reopens on Monday', expect.stringMatching(/^Budget line \d+ stays where it is$/)]);
    expect(order).toHaveLength(20);
    const next = /href="([^"]+)" rel="next"/.exec(first.text)?.[1].replace(/&amp;/g, '&');
    expect(next).toContain('after=');
    const second = await agent.get(next!).expect(200);
    const rest = [...second.text.matchAll(/<blockquote>“([^”]*)”/g)].map((m) => m[1]);
    expect(rest).toHaveLength(6);
    expect(rest[rest.length - 1]).toBe('Prices at the market fell for the third week');
    expect(new Set([...order, ...rest]).size).toBe(26); // the two pages do not overlap
    expect(second.text).not.toContain('rel="next"');
    // the date range and the kind narrow the list
    const april = await agent.get(`/search?outlet=${o}&from=2024-04-10&to=2024-04-30`).expect(200);
    expect(april.text).toContain('2 quotes match.');
    const partial = await agent.get(`/search?outlet=${o}&kind=partial`).expect(200);
    expect(partial.text).toContain('1 quote matches.');
    expect(partial.text).toContain('long overdue');
    const [{ id: lena }] = await ds.query('SELECT id FROM speakers WHERE name = $1', [`Lena ${sur}`]);
    const one = await agent.get(`/search?speaker=${lena}&from=2024-01-01`).expect(200);
    expect(one.text).toContain('23 quotes match.');
    expect(one.text).toContain(`Quotes by Lena ${sur}, from 2024-01-01 — search`);
    const none = await agent.get(`/search?outlet=${o}&to=2024-01-01`).expect(200);
    expect(none.text).toContain('No quotes match these filters.');
    // the API lists them the same way, and the cursor goes on from where a page ends
    const api = await request(app).get(`/api/v1/search?outlet=${o}&limit=20`).set('Authorization', `Bearer ${token}`).expect(200);
    expect(api.body.total).toBe(26);
    expect(api.body.data.slice(0, 2).map((r: { text: string }) => r.text)).toEqual(['long overdue', 'The dock reopens on Monday']);
    const more = await request(app).get(`/api/v1/search?outlet=${o}&limit=20&cursor=${encodeURIComponent(api.body.next_cursor)}`).set('Authorization', `Bearer ${token}`).expect(200);
    expect(more.body.data).toHaveLength(6);
    // and a journalist can follow an outlet's new quotes
    const feed = await agent.get(`/search/feed.atom?outlet=${o}`).expect(200);
    expect(feed.text).toContain(`<title>Quotes in ${outlet} — search · whosaid</title>`);
    expect((feed.text.match(/<entry>/g) ?? []).length).toBeGreaterThan(0);
    expect(feed.text).toContain('The dock reopens on Monday');
  });

  it('lists the quotes behind a topic’s claims when the topic is the only filter', async () => {
    const place = `Zar${word}`;
    const res = await request(app)
      .post('/api/v1/articles')
      .set('Authorization', `Bearer ${token}`)
      .send({ title: 'Floods', publishedAt: '2024-06-03', outlet: 'Wire', text: `“At least 41 people have died in ${place} since Sunday,” said Maria Okafor, the regional health minister.\n“We expect the water to fall by Friday,” Okafor said.` })
      .expect(201);
    const [{ topic_id: topic }] = await ds.query('SELECT topic_id FROM claims WHERE article_id = $1 AND quote_id IS NOT NULL', [res.body.article.id]);
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const page = await agent.get(`/search?topic=${topic}`).expect(200);
    expect(page.text).toContain('1 quote matches.');
    expect(page.text).toContain(`At least 41 people have died in ${place} since Sunday`);
    expect(page.text).not.toContain('We expect the water to fall');
  });

  it('finds names and words whatever their accents, and marks them as written', async () => {
    await request(app)
      .post('/api/v1/articles')
      .set('Authorization', `Bearer ${token}`)
      .send({ title: 'Heat', publishedAt: '2024-07-01', outlet: 'Nordkurier', text: `“Heat is a silent killer in ${word} towns such as Göttingen,” said Zoë Fernández-Núñez, the city's health director.` })
      .expect(201);
    const { agent } = await signedInAgent(app, ds, 'viewer');
    for (const q of [`${word} Fernandez`, `${word} fernández`, `${word} Nunez`, `${word} Zoe`, `${word} Gottingen`]) {
      const page = await agent.get(`/search?q=${encodeURIComponent(q)}`).expect(200);
      expect(page.text).toContain('1 quote matches.');
    }
    const api = await request(app).get(`/api/v1/search?q=${encodeURIComponent(`${word} Fernandez`)}`).set('Authorization', `Bearer ${token}`).expect(200);
    expect(api.body.data[0].speaker.name).toBe('Zoë Fernández-Núñez');
    const gottingen = await request(app).get(`/api/v1/search?q=${encodeURIComponent(`${word} Gottingen`)}`).set('Authorization', `Bearer ${token}`).expect(200);
    expect(gottingen.body.data[0].highlights).toContain('Göttingen');
    const verify = await request(app).post('/api/v1/verify').set('Authorization', `Bearer ${token}`).send({ quote: `Heat is a silent killer in ${word} towns such as Gottingen`, speaker: 'Zoe Fernandez-Nunez' }).expect(200);
    expect(verify.body.verdict).toBe('exact');
  });

  it('splits highlighted text into escaped runs', () => {
    expect(highlightParts('a \u0001b\u0002 c')).toEqual([
      { text: 'a ', hit: false },
      { text: 'b', hit: true },
      { text: ' c', hit: false },
    ]);
  });
});

describe('exports', () => {
  let ds: DataSource;
  let app: ReturnType<typeof buildTestApp>;
  beforeAll(async () => {
    ds = await openTestDataSource();
    app = buildTestApp(ds);
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('streams every matching quote as CSV and JSON, across batches', async () => {
    const token = await tokenFor(ds, 'editor');
    const word = `ex${randomUUID().replace(/[^a-z]/g, '').slice(0, 8)}`;
    // 1,203 quotes over 3 articles: more than one batch of a thousand.
    for (let a = 0; a < 3; a++) {
      const text = Array.from({ length: 401 }, (_, i) => `“The ${word} figure number ${a}-${i}, with a comma, is \"nested\" here,” said Pita Tane.`).join('\n');
      await request(app).post('/api/v1/articles').set('Authorization', `Bearer ${token}`).send({ title: `Export ${a}`, text }).expect(201);
    }
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const csv = await agent.get(`/search/export?q=${word}&format=csv`).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toContain('whosaid-quotes.csv');
    const lines = csv.text.trim().split('\n');
    expect(lines[0]).toBe('id,text,speakerId,speakerName,cue,kind,confidence,reviewStatus,articleId,articleTitle,outlet,url,publishedAt,articleVersion,current');
    expect(lines).toHaveLength(1 + 1203);
    expect(lines[1]).toContain('""nested""');
    const json = await agent.get(`/search/export?q=${word}&format=json`).buffer(true).parse((res, cb) => {
      let d = '';
      res.on('data', (c: Buffer) => (d += c.toString()));
      res.on('end', () => cb(null, d));
    });
    const rows = JSON.parse(json.body as string) as Array<{ id: number; speakerName: string }>;
    expect(rows).toHaveLength(1203);
    expect(new Set(rows.map((r) => r.id)).size).toBe(1203);
    expect(rows[0].speakerName).toBe('Pita Tane');
  });
});
