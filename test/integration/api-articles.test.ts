import request from 'supertest';
import type { DataSource } from 'typeorm';
import { buildArticleInput, buildArticleText } from '../factories/article.factory';
import { buildTestApp } from '../support/app';
import { tokenFor } from '../support/auth';
import { openTestDataSource } from '../support/db';
import { cap, uniqueTag } from '../support/speakers';

describe('JSON API: articles', () => {
  let ds: DataSource;
  let app: ReturnType<typeof buildTestApp>;
  let token: string;
  /** Requests as a signed-in editor (through an API token). */
  const api = {
    post: (path: string) => request(app).post(path).set('Authorization', `Bearer ${token}`),
    get: (path: string) => request(app).get(path).set('Authorization', `Bearer ${token}`),
  };
  beforeAll(async () => {
    ds = await openTestDataSource();
    app = buildTestApp(ds);
    token = await tokenFor(ds, 'editor');
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('stores an article and returns its attributed quotes with offsets', async () => {
    const input = buildArticleInput({ text: buildArticleText({ speaker: 'Maria Okonkwo' }) });
    const res = await api.post('/api/v1/articles').send(input).expect(201);
    const { article } = res.body;
    expect(res.headers.location).toBe(`/api/v1/articles/${article.id}`);
    expect(article.title).toBe(input.title);
    expect(article.publishedAt).toBe('2024-03-05T00:00:00.000Z');
    expect(article.quotes.length).toBeGreaterThanOrEqual(2);
    for (const q of article.quotes) {
      expect(article.text.slice(q.start, q.end)).toBe(q.text);
      if (q.speakerMention) expect(article.text.slice(q.speakerMention.start, q.speakerMention.end)).toBe(q.speakerMention.text);
      if (q.cue) expect(article.text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
      expect(q.confidence).toBeGreaterThanOrEqual(0);
      expect(q.confidence).toBeLessThanOrEqual(1);
    }
    const first = article.quotes[0];
    expect(first.text).toMatch(/^We have moved more than 4,000 families/);
    expect(first.speaker).toMatchObject({ name: 'Maria Okonkwo', kind: 'person' });
    expect(typeof first.speaker.id).toBe('number');
    expect(first.cue.text).toBe('said');

    const again = await api.get(`/api/v1/articles/${article.id}`).expect(200);
    expect(again.body.article.quotes).toEqual(article.quotes);
  });

  it('keeps a byline opening the text as the byline: the text analysed starts after it, and the text without it is the same article', async () => {
    const name = `Marta ${cap(uniqueTag(3))}`;
    const text = buildArticleText({ speaker: `Idris ${cap(uniqueTag(3))}` });
    const res = await api.post('/api/v1/articles').send(buildArticleInput({ text: `By ${name}\n\n${text}` })).expect(201);
    const { article } = res.body;
    expect(article.byline).toBe(name);
    expect(article.text).toBe(text);
    for (const q of article.quotes) expect(article.text.slice(q.start, q.end)).toBe(q.text);
    expect(article.quotes.map((q: { speaker: { name: string } | null }) => q.speaker?.name)).not.toContain(name);
    const again = await api.post('/api/v1/articles').send(buildArticleInput({ text })).expect(200);
    expect(again.body).toMatchObject({ duplicate: true, article: { id: article.id } });
  });

  it('does not duplicate an article submitted twice, even with other white space', async () => {
    const input = buildArticleInput();
    const first = await api.post('/api/v1/articles').send(input).expect(201);
    const second = await api
      .post('/api/v1/articles')
      .send({ ...input, text: `  ${input.text.replace(/\n/g, '\r\n\r\n')}  ` })
      .expect(200);
    expect(second.body.duplicate).toBe(true);
    expect(second.body.article.id).toBe(first.body.article.id);
    const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM quotes WHERE article_id = $1', [first.body.article.id]);
    expect(n).toBe(first.body.article.quotes.length);
  });

  it('stores one article when the same text arrives twice at once', async () => {
    const input = buildArticleInput();
    const [a, b] = await Promise.all([
      api.post('/api/v1/articles').send(input),
      api.post('/api/v1/articles').send(input),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.body.article.id).toBe(b.body.article.id);
  });

  it('keeps one speaker across articles and counts their quotes', async () => {
    const name = `Ingrid Halvorsen`;
    const r1 = await api.post('/api/v1/articles').send(buildArticleInput({ text: buildArticleText({ speaker: name }) }));
    const r2 = await api.post('/api/v1/articles').send(buildArticleInput({ text: buildArticleText({ speaker: name }) }));
    const id1 = r1.body.article.quotes[0].speaker.id;
    expect(r2.body.article.quotes[0].speaker.id).toBe(id1);
    const [row] = await ds.query('SELECT quote_count FROM speakers WHERE id = $1', [id1]);
    const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM quotes WHERE speaker_id = $1', [id1]);
    expect(row.quote_count).toBe(n);
  });

  it('answers invalid input with 422 and the field problems, storing nothing', async () => {
    const res = await api
      .post('/api/v1/articles')
      .send({ title: '', text: '   ', outlet: 'x'.repeat(201), publishedAt: 'yesterday-ish' })
      .expect(422);
    expect(res.body.error.code).toBe('validation_failed');
    expect(Object.keys(res.body.error.details).sort()).toEqual(['outlet', 'publishedAt', 'text', 'title']);
    // Only an address: it is checked before anything is queued.
    const byUrl = await api.post('/api/v1/articles').send({ url: 'javascript:alert(1)' }).expect(422);
    expect(byUrl.body.error.details).toEqual({ url: ['must be an http:// or https:// address'] });
    const requests = await ds.query(`SELECT 1 FROM ingest_requests WHERE url = 'javascript:alert(1)'`);
    expect(requests).toHaveLength(0);
    // One bad field in an otherwise good article: nothing of it is stored.
    const title = `Almost valid ${Date.now()}`;
    await api.post('/api/v1/articles').send({ title, text: buildArticleText(), publishedAt: '2999-01-01' }).expect(422);
    // a day the month does not have is said to be so, not taken for a date that could be two days
    const noDay = await api.post('/api/v1/articles').send({ title, text: buildArticleText(), publishedAt: '2025-02-30' }).expect(422);
    expect(noDay.body.error.details).toEqual({ publishedAt: ['must be a day that exists: February 2025 has 28 days, not 30'] });
    const stored = await ds.query('SELECT 1 FROM articles WHERE title = $1', [title]);
    expect(stored).toHaveLength(0);
  });

  it('names every field\'s problem in its own words, whether the article comes as an address or as a text', async () => {
    const bad = { title: 5, publishedAt: '2026-13-01', url: 'ftp://x' };
    const expected = {
      title: ['must be text'],
      publishedAt: ['must be a day that exists: a year has 12 months, not 13'],
      url: ['must be an http:// or https:// address'],
    };
    // no text: a page to fetch, checked before anything is queued
    const byUrl = await api.post('/api/v1/articles').send(bad).expect(422);
    expect(byUrl.body.error.details).toEqual(expected);
    expect(await ds.query(`SELECT 1 FROM ingest_requests WHERE url = 'ftp://x'`)).toHaveLength(0);
    // with a text: the same words for the same fields
    const withText = await api.post('/api/v1/articles').send({ ...bad, text: buildArticleText() }).expect(422);
    expect(withText.body.error.details).toEqual(expected);
    // a field that is missing is required; one given as something other than text must be text
    const missing = await api.post('/api/v1/articles').send({ text: 42 }).expect(422);
    expect(missing.body.error.details).toEqual({ title: ['is required'], text: ['must be text'] });
    const urlNumber = await api.post('/api/v1/articles').send({ url: 7, text: buildArticleText(), title: 'Numbers' }).expect(422);
    expect(urlNumber.body.error.details).toEqual({ url: ['must be text'] });
  });

  it('rejects malformed JSON, other content types, and oversized bodies with clear errors', async () => {
    const bad = await api.post('/api/v1/articles').set('content-type', 'application/json').send('{"title": ').expect(400);
    expect(bad.body.error.code).toBe('invalid_json');
    const form = await api.post('/api/v1/articles').type('form').send('title=x&text=y').expect(415);
    expect(form.body.error.code).toBe('unsupported_media_type');
    const huge = await api
      .post('/api/v1/articles')
      .send({ title: 'Huge', text: 'word '.repeat(600_000) })
      .expect(413);
    expect(huge.body.error.code).toBe('payload_too_large');
  });

  it('keeps the same address sent again with an edited text as the next version of the stored article, with what changed', async () => {
    const url = `https://news.example.org/outbreak-${Date.now()}`;
    const text = (deaths: string, line: string) => [
      `The regional health ministry said on Tuesday that ${deaths} people had died in the outbreak in the Dravo valley.`,
      `“${line},” said Ana Milic, the regional health director.`,
    ].join('\n');
    const first = await api.post('/api/v1/articles').send({ title: 'Outbreak toll rises', outlet: 'Valley Post', url, publishedAt: '2025-09-05', text: text('12', 'The quarantine is hard but necessary') }).expect(201);
    const edited = await api.post('/api/v1/articles').send({ title: 'Outbreak toll rises', outlet: 'Valley Post', url, publishedAt: '2025-09-05', text: text('13', 'The quarantine is hard but it is necessary') }).expect(201);
    expect(edited.body.duplicate).toBe(false);
    expect(edited.body.article).toMatchObject({ version: 2, previousVersionId: first.body.article.id });
    expect(edited.body.article.changes).not.toBeNull();
    // one current article for the address: the first is superseded, and only the new version is listed
    const rows = await ds.query('SELECT id, is_current AS "isCurrent" FROM articles WHERE url = $1 ORDER BY id', [url]);
    expect(rows).toEqual([{ id: first.body.article.id, isCurrent: false }, { id: edited.body.article.id, isCurrent: true }]);
    // the same edited text once more is the stored version, not a third one
    const again = await api.post('/api/v1/articles').send({ title: 'Outbreak toll rises', url, text: text('13', 'The quarantine is hard but it is necessary') }).expect(200);
    expect(again.body).toMatchObject({ duplicate: true, article: { id: edited.body.article.id } });
    // and through the form, a third text is the third version, said so on the article's page
    const { signedInAgent, csrfFrom } = await import('../support/auth');
    const { agent } = await signedInAgent(app, ds, 'editor');
    const csrf = await csrfFrom(agent, '/articles/new');
    const posted = await agent.post('/articles').type('form').send({ _csrf: csrf, title: 'Outbreak toll rises', url, text: text('14', 'The quarantine is hard but it is necessary') }).expect(303);
    expect(posted.headers.location).toMatch(/^\/articles\/\d+\?notice=new-version$/);
    const page = await agent.get(posted.headers.location).expect(200);
    expect(page.text).toContain('the text you sent is stored as its new version');
    const [{ version }] = await ds.query('SELECT version FROM articles WHERE url = $1 AND is_current', [url]);
    expect(version).toBe(3);
  });

  it('stores edits of one address sent at once as successive versions, none lost and none refused', async () => {
    const url = `https://race.example/library-${Date.now()}`;
    const text = (edit: number) => `Mayor Lisa Grant said on Monday: "The new library will open in May." The building cost 12 million euros, officials said. Edit number ${edit} was added to the story.`;
    const edits = [1, 2, 3, 4, 5, 6];
    const answers = await Promise.all(edits.map((e) => api.post('/api/v1/articles').send({ title: 'Library race', outlet: 'Race Times', url, text: text(e) })));
    expect(answers.map((r) => r.status)).toEqual(edits.map(() => 201));
    const rows: Array<{ id: number; version: number; previous_version_id: number | null; is_current: boolean; body: string }> = await ds.query(
      'SELECT id, version, previous_version_id, is_current, body FROM articles WHERE url = $1 ORDER BY version', [url],
    );
    // every edit is a version, one after another: 1 … 6, each following the one before, the last one current
    expect(rows.map((r) => r.version)).toEqual(edits);
    expect(rows.map((r) => r.previous_version_id)).toEqual([null, ...rows.slice(0, -1).map((r) => r.id)]);
    expect(rows.map((r) => r.is_current)).toEqual(edits.map((e) => e === 6));
    expect(new Set(rows.map((r) => r.body))).toEqual(new Set(edits.map(text)));
    expect(answers.map((r) => r.body.article.id).sort((a, b) => a - b)).toEqual(rows.map((r) => r.id).sort((a, b) => a - b));
  });

  it('keeps an edited text posted for the address of an imported article as that article\'s next version, not a second current article', async () => {
    const { ingestArticleBatch } = await import('../../src/services/ingest-batch');
    const tag = Date.now();
    const url = `https://www.harbourgazette.example/2025/03/ferry-strike-${tag}`;
    // (a name of its own: the test database is shared with other files, which name their speakers too)
    const speaker = `Ines ${cap(uniqueTag(3))}row`;
    const text = (days: string, line: string) => [
      `Ferry crews on the northern routes walked out on Monday for the ${days} time this year, stranding about 3,000 passengers (ref ${tag}).`,
      `“${line},” said ${speaker}, the union's regional secretary.`,
      `${speaker.split(' ')[1]} said crews had not been paid for overtime since January. “The timetable is a fiction,” the union official said.`,
      'The operator said it would run a reduced timetable until Thursday.',
    ].join('\n');
    // back-filled by a bulk import, which keeps the address but versions nothing
    const [imported] = await ingestArticleBatch({ dataSource: ds }, [{ title: 'Ferry crews strike again', outlet: 'Harbour Gazette', url, publishedAt: '2025-03-10', text: text('third', 'We will not sail short-handed') }], 'import');
    const importedId = (imported as { articleId: number }).articleId;
    // the same text posted for the address is the imported article
    const same = await api.post('/api/v1/articles').send({ title: 'Ferry crews strike again', outlet: 'Harbour Gazette', url, text: text('third', 'We will not sail short-handed') }).expect(200);
    expect(same.body).toMatchObject({ duplicate: true, article: { id: importedId } });
    // an edit of it, followed through the API, is its version 2
    const edited = await api.post('/api/v1/articles').send({ title: 'Ferry crews strike again', outlet: 'Harbour Gazette', url, publishedAt: '2025-03-10', text: text('fourth', 'We will not sail short-handed, not this week and not next') }).expect(201);
    expect(edited.body.article).toMatchObject({ version: 2, previousVersionId: importedId });
    expect(await ds.query('SELECT id, is_current AS "isCurrent" FROM articles WHERE url = $1 ORDER BY id', [url])).toEqual([
      { id: importedId, isCurrent: false },
      { id: edited.body.article.id, isCurrent: true },
    ]);
    // the speaker's quotes count once, in the current version, and so does the article beside their name
    const [person] = await ds.query('SELECT id, quote_count AS n FROM speakers WHERE name = $1', [speaker]);
    expect(person.n).toBe(2);
    const aliases: Array<{ seen: number }> = await ds.query('SELECT seen_count AS seen FROM speaker_aliases WHERE speaker_id = $1', [person.id]);
    expect(aliases.length).toBeGreaterThan(0);
    for (const a of aliases) expect(a.seen).toBe(1);
    // a third text for the address follows the version, not the imported article
    const third = await api.post('/api/v1/articles').send({ title: 'Ferry crews strike again', url, text: text('fifth', 'We will not sail short-handed, not this week and not next') }).expect(201);
    expect(third.body.article).toMatchObject({ version: 3, previousVersionId: edited.body.article.id });
  });

  it('refuses a text too short to be an article, and says a text or an address is needed when neither is given', async () => {
    const short = await api.post('/api/v1/articles').send({ title: 'Short', text: 'Hi.' }).expect(422);
    expect(short.body.error.details.text).toEqual(['is too short to be an article: 1 word, where at least 5 are needed']);
    const none = await api.post('/api/v1/articles').send({ title: 'x' }).expect(422);
    expect(none.body.error.details.text).toEqual(['is required: paste the article’s text, or give the address (URL) of its page to fetch it']);
    expect(await ds.query(`SELECT 1 FROM articles WHERE title = 'Short'`)).toHaveLength(0);
    // a one-sentence report with its speaker is enough
    await api.post('/api/v1/articles').send({ title: 'Brief', text: `“We will reopen the ${Date.now()} line,” she said.` }).expect(201);
  });

  it('lists undated articles after every dated one, newest first', async () => {
    const dated = await api.post('/api/v1/articles').send(buildArticleInput({ publishedAt: '2025-10-11' })).expect(201);
    const { publishedAt: _p, ...undatedInput } = buildArticleInput();
    const undated = await api.post('/api/v1/articles').send(undatedInput).expect(201);
    const seen: Array<{ id: number; publishedAt: string | null }> = [];
    let cursor: string | null = null;
    do {
      const res: request.Response = await api.get(`/api/v1/articles?limit=7${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
      seen.push(...res.body.data);
      cursor = res.body.next_cursor;
    } while (cursor && seen.length < 5000);
    const at = (id: number) => seen.findIndex((a) => a.id === id);
    expect(at(dated.body.article.id)).toBeGreaterThanOrEqual(0);
    expect(at(undated.body.article.id)).toBeGreaterThan(at(dated.body.article.id));
    const firstUndated = seen.findIndex((a) => a.publishedAt === null);
    expect(seen.slice(firstUndated).every((a) => a.publishedAt === null)).toBe(true);
    expect(new Set(seen.map((a) => a.id)).size).toBe(seen.length);
    // the /articles page and the dashboard read the same order
    const { listArticles } = await import('../../src/db/repositories/article.repository');
    const { rows } = await listArticles(ds.manager, { limit: 5000, offset: 0 });
    // (other test files share the database: articles they store after the pages above were read are left out)
    const listed = new Set(seen.map((a) => a.id));
    expect(rows.map((r) => r.id).filter((id) => listed.has(id))).toEqual(seen.map((a) => a.id));
  });

  it('answers 404 for a missing article and 422 for a malformed id', async () => {
    const missing = await api.get('/api/v1/articles/2000000000').expect(404);
    expect(missing.body.error.code).toBe('not_found');
    await api.get('/api/v1/articles/abc').expect(422);
    const unknown = await api.get('/api/v1/nothing-here').expect(404);
    expect(unknown.body.error).toBeDefined();
  });

  it('survives unbalanced quote marks and stores valid offsets', async () => {
    const text = `“This never closes, the minister said.\n${'“'.repeat(500)} ${'"'.repeat(333)}\nA calm paragraph with “a closed quote,” he said.`;
    const res = await api.post('/api/v1/articles').send({ title: 'Stray marks', text }).expect(201);
    for (const q of res.body.article.quotes) {
      expect(q.start).toBeLessThan(q.end);
      expect(q.end).toBeLessThanOrEqual(res.body.article.text.length);
    }
  });
});
