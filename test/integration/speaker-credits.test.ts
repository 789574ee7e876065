import request from 'supertest';
import type { DataSource } from 'typeorm';
import { buildTestApp } from '../support/app';
import { csrfFrom, signedInAgent, tokenFor } from '../support/auth';
import { openTestDataSource } from '../support/db';
import { cap, ingest, quoteSpeakers, uniqueTag } from '../support/speakers';
import { bodyText } from '../support/body';

jest.setTimeout(60_000);


describe('a speaker’s quotes are credited under the speaker’s current name after a merge, rename, split or undo', () => {
  let ds: DataSource;
  let app: ReturnType<typeof buildTestApp>;
  let editor: request.Agent;
  let token: string;
  beforeAll(async () => {
    ds = await openTestDataSource();
    app = buildTestApp(ds);
    editor = (await signedInAgent(app, ds, 'editor')).agent;
    token = await tokenFor(ds, 'editor');
  });
  afterAll(async () => {
    await ds.destroy();
  });

  const post = async (path: string, form: Record<string, string | string[]>, csrfPage: string) => {
    const csrf = await csrfFrom(editor, csrfPage);
    return editor.post(path).type('form').send({ ...form, _csrf: csrf });
  };
  const undoLast = async (speakerId: number, action: string) => {
    const [entry] = await ds.query(
      `SELECT id FROM audit_log WHERE target_type = 'speaker' AND target_id = $1 AND action = $2 ORDER BY id DESC LIMIT 1`,
      [String(speakerId), action],
    );
    expect((await post(`/speakers/changes/${entry.id}/undo`, {}, `/speakers/${speakerId}/manage`)).status).toBe(303);
  };
  const quoteOf = async (articleId: number) =>
    (await ds.query('SELECT id, text, speaker_id AS "speakerId" FROM quotes WHERE article_id = $1 ORDER BY position LIMIT 1', [articleId]))[0] as {
      id: number;
      text: string;
      speakerId: number;
    };
  const copies = async (articleId: number) => ({
    quotes: (await ds.query('SELECT speaker_name FROM quotes WHERE article_id = $1 AND speaker_id IS NOT NULL', [articleId])).map((r: { speaker_name: string }) => r.speaker_name),
    statements: (await ds.query('SELECT speaker_name FROM statements WHERE article_id = $1 AND speaker_id IS NOT NULL', [articleId])).map((r: { speaker_name: string }) => r.speaker_name),
    claims: (await ds.query('SELECT speaker_name FROM claims WHERE article_id = $1 AND speaker_id IS NOT NULL', [articleId])).map((r: { speaker_name: string }) => r.speaker_name),
  });

  /** Every place the quote is credited: its page (headline, citations), its API, search and its Atom feed, the search export and /verify. */
  async function expectCredited(quote: { id: number; text: string }, word: string, name: string, old: string, namedAs: string) {
    const page = (await editor.get(`/quotes/${quote.id}`).expect(200)).text;
    expect(page).toMatch(new RegExp(`— <a href="/speakers/\\d+">${name}</a>`));
    expect(page).toContain(`— ${name}, quoted in`);
    expect(page).not.toContain(`— ${old}`);
    expect(page).toContain(`<dd>“${namedAs}”</dd>`); // the article's words stay

    const api = (await request(app).get(`/api/v1/quotes/${quote.id}`).set('Authorization', `Bearer ${token}`).expect(200)).body;
    expect(api.quote.speaker.name).toBe(name);
    expect(api.quote.speakerMention).toBe(namedAs);
    expect(JSON.stringify(api.citations ?? api.quote.citations ?? {})).not.toContain(old);
    const article = (await request(app).get(`/api/v1/articles/${api.quote.article.id}`).set('Authorization', `Bearer ${token}`).expect(200)).body;
    const credited = [...article.article.quotes, ...article.article.statements].filter((x: { speaker: { id: number } | null }) => x.speaker?.id === api.quote.speaker.id);
    expect(credited.length).toBeGreaterThan(1); // the quote and the speaker's reported statement
    expect(credited.map((x: { speaker: { name: string } }) => x.speaker.name)).toEqual(credited.map(() => name));

    const search = (await editor.get(`/search?q=${word}`).expect(200)).text;
    expect(search).toMatch(new RegExp(`<a href="/speakers/\\d+">${name}</a>`));
    expect(search).not.toContain(old);
    const byName = (await request(app).get(`/api/v1/search?q=${encodeURIComponent(`${name} ${word}`)}`).set('Authorization', `Bearer ${token}`).expect(200)).body;
    expect(byName.data.map((h: { id: number }) => h.id)).toContain(quote.id);
    const atom = (await editor.get(`/search/feed.atom?q=${word}`).expect(200)).text;
    expect(atom).toContain(name);
    expect(atom).not.toContain(old);

    const csv = (await editor.get(`/search/export?q=${word}&format=csv`).buffer(true).parse(bodyText).expect(200)).body as string;
    expect(csv).toContain(name);
    expect(csv).not.toContain(old);

    const verify = (await editor.get(`/verify?quote=${encodeURIComponent(quote.text)}`).expect(200)).text;
    expect(verify).toContain(`said by ${name}`);
    expect(verify).not.toContain(old);
    const verdict = (await request(app).post('/api/v1/verify').set('Authorization', `Bearer ${token}`).send({ quote: quote.text }).expect(200)).body;
    expect(JSON.stringify(verdict)).toContain(name);
    expect(JSON.stringify(verdict)).not.toContain(old);
  }

  it('credits a merged speaker’s quotes, statements and claims to the speaker kept, and gives them back on undo', async () => {
    const sur = cap(`doy${uniqueTag(3)}`);
    const school = cap(uniqueTag(3));
    const keepArticle = await ingest(
      ds,
      [
        `Parents at ${school} Primary School in Leeds have called for the head teacher to resign.`,
        `“The children deserve better than a school that is always in the news,” said Sarah ${sur}, whose two children attend the school.`,
      ].join('\n'),
      { outlet: 'Yorkshire Gazette', publishedAt: '2026-03-02' },
    );
    const mergedArticle = await ingest(
      ds,
      [
        `“We were never told about the ${school} inspection, not a single letter,” said Sally ${sur}, a parent of two pupils.`,
        `Sally ${sur} said the repairs to the roof would cost the council 2 million pounds.`,
      ].join('\n'),
      { outlet: 'Leeds Evening Post', publishedAt: '2026-03-04' },
    );
    const [keep] = await quoteSpeakers(ds, keepArticle);
    const quote = await quoteOf(mergedArticle);
    const merged = quote.speakerId;
    expect(keep).not.toBe(merged);
    const before = await copies(mergedArticle);
    expect(before.statements).toEqual([`Sally ${sur}`]);
    expect(before.claims.length).toBeGreaterThan(0);

    expect((await post(`/speakers/${keep}/merge`, { otherId: String(merged) }, `/speakers/${keep}/manage`)).status).toBe(303);
    expect(await copies(mergedArticle)).toEqual({
      quotes: before.quotes.map(() => `Sarah ${sur}`),
      statements: [`Sarah ${sur}`],
      claims: before.claims.map(() => `Sarah ${sur}`),
    });
    await expectCredited(quote, school.toLowerCase(), `Sarah ${sur}`, `Sally ${sur}`, `Sally ${sur}`);

    await undoLast(keep!, 'speaker.merge');
    expect(await copies(mergedArticle)).toEqual(before);
    const api = (await request(app).get(`/api/v1/quotes/${quote.id}`).set('Authorization', `Bearer ${token}`).expect(200)).body;
    expect(api.quote.speaker).toMatchObject({ id: merged, name: `Sally ${sur}` });
  });

  it('credits a renamed speaker’s quotes, statements and claims under the new name, and the old one again on undo', async () => {
    const sur = cap(`hen${uniqueTag(3)}`);
    const port = cap(uniqueTag(3));
    const article = await ingest(
      ds,
      [
        `Dock workers at the ${port} container terminal walked out on Monday over pay.`,
        `“The ${port} dispute is a matter for the employers and the unions,” said Ruud ${sur}, the social affairs minister.`,
        `${sur} said the strike had already cost the port 40 million euros.`,
      ].join('\n'),
      { outlet: 'Harbour Times', publishedAt: '2026-03-03' },
    );
    const quote = await quoteOf(article);
    const before = await copies(article);
    expect(before.quotes).toEqual([`Ruud ${sur}`]);
    expect(before.statements.length).toBeGreaterThan(0);
    expect(before.claims.length).toBeGreaterThan(0);

    expect((await post(`/speakers/${quote.speakerId}/rename`, { name: `Ruud J. ${sur}` }, `/speakers/${quote.speakerId}/manage`)).status).toBe(303);
    expect(await copies(article)).toEqual({
      quotes: [`Ruud J. ${sur}`],
      statements: before.statements.map(() => `Ruud J. ${sur}`),
      claims: before.claims.map(() => `Ruud J. ${sur}`),
    });
    await expectCredited(quote, port.toLowerCase(), `Ruud J. ${sur}`, `Ruud ${sur}`, `Ruud ${sur}`);

    await undoLast(quote.speakerId, 'speaker.rename');
    expect(await copies(article)).toEqual(before);
  });

  it('credits a later article naming a renamed speaker by the old name under the name the speaker has now', async () => {
    const sur = cap(`bos${uniqueTag(3)}`);
    const first = await ingest(
      ds,
      `“Nobody wants the ferries to stop,” said Karin ${sur}, the transport minister, on Tuesday.\n${sur} said the service had lost 12 million euros this year.`,
      { outlet: 'Harbour Times', publishedAt: '2026-04-07' },
    );
    const { speakerId } = await quoteOf(first);
    expect((await post(`/speakers/${speakerId}/rename`, { name: `Karin M. ${sur}` }, `/speakers/${speakerId}/manage`)).status).toBe(303);

    const later = await ingest(
      ds,
      `“The timetable will be back to normal by June,” Karin ${sur} told reporters in the port on Friday.\n${sur} said the strike had cost the ferry operator 9 million euros.`,
      { outlet: 'Coastal Courier', publishedAt: '2026-04-10' },
    );
    const quote = await quoteOf(later);
    expect(quote.speakerId).toBe(speakerId);
    const now = await copies(later);
    expect(now.quotes).toEqual([`Karin M. ${sur}`]);
    expect(now.statements.length).toBeGreaterThan(0);
    expect(now.statements).toEqual(now.statements.map(() => `Karin M. ${sur}`));
    expect(now.claims.length).toBeGreaterThan(0);
    expect(now.claims).toEqual(now.claims.map(() => `Karin M. ${sur}`));
    const [row] = await ds.query('SELECT speaker_mention FROM quotes WHERE id = $1', [quote.id]);
    expect(row.speaker_mention).toBe(`Karin ${sur}`); // the article's own words stay as written
  });

  it('credits quotes split off to a new speaker under its name, and under the first speaker’s again on undo', async () => {
    const sur = cap(`kov${uniqueTag(3)}`);
    const first = await ingest(ds, `“The season starts in August,” said Anna ${sur}, the club chairwoman.`, { publishedAt: '2026-01-10' });
    const second = await ingest(
      ds,
      [`“We need two new defenders,” said Anna ${sur}, the coach.`, `Anna ${sur} said the club had spent 2 million euros on new players.`].join('\n'),
      { publishedAt: '2026-01-12' },
    );
    const [id] = await quoteSpeakers(ds, first);
    const quote = await quoteOf(second);
    expect(quote.speakerId).toBe(id);
    const before = await copies(second);
    expect(before.statements).toEqual([`Anna ${sur}`]);
    expect(before.claims.length).toBeGreaterThan(0);

    const res = await post(`/speakers/${id}/split`, { quoteIds: [String(quote.id)], newName: `Anna ${sur} (coach)` }, `/speakers/${id}/split`);
    expect(res.status).toBe(303);
    expect(await copies(second)).toEqual({
      quotes: [`Anna ${sur} (coach)`],
      statements: [`Anna ${sur} (coach)`],
      claims: before.claims.map(() => `Anna ${sur} (coach)`),
    });
    expect(await copies(first)).toMatchObject({ quotes: [`Anna ${sur}`] });

    await undoLast(id!, 'speaker.split');
    expect(await copies(second)).toEqual(before);
  });
});
