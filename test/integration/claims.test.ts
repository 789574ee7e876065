import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { buildTestApp } from '../support/app';
import { csrfFrom, signedInAgent, tokenFor } from '../support/auth';
import { claimOfEach, claimsScenario, postArticles } from '../support/claims-scenario';
import { openTestDataSource } from '../support/db';
import { listTopics } from '../../src/db/repositories/claim.repository';
import { keysetTopics } from '../../src/db/repositories/api-list.repository';
import { cap, uniqueTag } from '../support/speakers';

jest.setTimeout(60_000);

type Finding = { kind: string; claimIds: number[]; reason: string; direction: string | null };

describe('claims over time: six articles, two topics, stored through the normal ingest', () => {
  let ds: DataSource;
  let app: ReturnType<typeof buildTestApp>;
  let token: string;
  let viewer: request.Agent;
  let editor: request.Agent;
  let scenario: ReturnType<typeof claimsScenario>;
  let articleIds: number[];
  let claims: Array<{ id: number; topicId: number; articleId: number }>;
  let tollTopic: number;
  let siegeTopic: number;

  /** `kind a+b direction` with claims named by article number (1-based). */
  const brief = (findings: Finding[]) =>
    findings.map((f) => `${f.kind} ${f.claimIds.map((id) => claims.findIndex((c) => c.id === id) + 1).join('+')}${f.direction ? ` ${f.direction}` : ''}`).sort();

  beforeAll(async () => {
    ds = await openTestDataSource();
    app = buildTestApp(ds);
    token = await tokenFor(ds, 'editor');
    viewer = (await signedInAgent(app, ds, 'viewer')).agent;
    editor = (await signedInAgent(app, ds, 'editor')).agent;
    scenario = claimsScenario();
    articleIds = await postArticles(app, token, scenario.articles);
    claims = await claimOfEach(ds, articleIds);
    tollTopic = claims[0].topicId;
    siegeTopic = claims[4].topicId;
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('groups the claims into two topics with stored counters, latest figure and spread', async () => {
    expect(claims.slice(0, 4).map((c) => c.topicId)).toEqual([tollTopic, tollTopic, tollTopic, tollTopic]);
    expect(claims.slice(4).map((c) => c.topicId)).toEqual([siegeTopic, siegeTopic]);
    const res = await request(app).get(`/api/v1/topics/${tollTopic}`).set('authorization', `Bearer ${token}`).expect(200);
    const p = scenario.place.toLowerCase();
    expect(res.body.topic).toMatchObject({ key: `eastern ${p}|deaths:civilian`, measure: 'deaths', claimCount: 4, conflictCount: 4 });
    expect(res.body.topic.label).toContain(scenario.place);
    expect(res.body.topic.latest.figure).toContain('450');
    expect(res.body.topic.spread).toMatchObject({ min: 30, max: 3000 });
    expect(res.body.claims.map((c: { saidAt: string }) => c.saidAt)).toEqual(['2016-12-14', '2016-12-16', '2016-12-18', '2017-01-10']);
    const [laerke, ministry] = res.body.claims;
    expect(laerke).toMatchObject({ kind: 'count', measure: 'deaths', group: 'civilians', unit: 'person', polarity: 'affirmed', source: { type: 'quote', position: 0 } });
    expect(laerke.value).toEqual({ low: 300, high: null, stated: 300, qualifier: 'at-least' });
    expect(laerke.speaker.name).toBe('Jens Laerke');
    expect(typeof laerke.speaker.id).toBe('number');
    expect(ministry.value).toEqual({ low: 30, high: 30, stated: 30, qualifier: 'exact' });
    const siege = await request(app).get(`/api/v1/topics/${siegeTopic}`).set('authorization', `Bearer ${token}`).expect(200);
    expect(siege.body.topic).toMatchObject({ measure: 'siege-duration', claimCount: 2, conflictCount: 1 });
    expect(siege.body.topic.label).toMatch(/^Siege of /);
  });

  it('stores each claim with its slots, speaker id, source quote and offsets into the article body', async () => {
    const [row] = await ds.query('SELECT c.*, c.said_at::text AS said_at, c.implied_start_latest::text AS implied_start_latest, a.body FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id = $1', [claims[4].id]);
    expect(row.body.slice(row.start_offset, row.end_offset)).toBe(row.text);
    expect(row).toMatchObject({ kind: 'duration', measure: 'siege-duration', value_low: 3, value_high: null, qualifier: 'over', unit: 'year', said_at: '2016-12-18', implied_start_latest: '2013-12-18', polarity: 'affirmed', source_type: 'quote' });
    expect(row.speaker_name).toBe('Ali Shamkhani');
    const [quote] = await ds.query('SELECT id, speaker_id FROM quotes WHERE article_id = $1 AND position = $2', [claims[4].articleId, row.source_position]);
    expect(row.quote_id).toBe(quote.id);
    expect(row.speaker_id).toBe(quote.speaker_id);
  });

  it('finds exactly the expected conflicts, each with a reason', async () => {
    const toll = await request(app).get(`/api/v1/topics/${tollTopic}`).set('authorization', `Bearer ${token}`).expect(200);
    expect(brief(toll.body.findings)).toEqual(['contradiction 1+2', 'contradiction 2+4', 'divergence 2+3', 'revision 1+4 raised']);
    const siege = await request(app).get(`/api/v1/topics/${siegeTopic}`).set('authorization', `Bearer ${token}`).expect(200);
    expect(brief(siege.body.findings)).toEqual(['duration-mismatch 5+6']);
    for (const f of [...toll.body.findings, ...siege.body.findings] as Finding[]) expect(f.reason.length).toBeGreaterThan(20);
    expect((siege.body.findings as Finding[])[0].reason).toContain('2013-12-18');
  });

  it('lists claims with filters and sorting through the API', async () => {
    const auth = { authorization: `Bearer ${token}` };
    const byTopic = await request(app).get(`/api/v1/claims?topic=${tollTopic}`).set(auth).expect(200);
    expect(byTopic.body.data.map((c: { id: number }) => c.id)).toEqual([claims[3].id, claims[2].id, claims[1].id, claims[0].id]);
    const conflictFree = await request(app).get(`/api/v1/claims?topic=${tollTopic}&conflict=no`).set(auth).expect(200);
    expect(conflictFree.body.data).toEqual([]);
    const dated = await request(app).get(`/api/v1/claims?topic=${tollTopic}&from=2016-12-15&to=2016-12-31&sort=worthiness`).set(auth).expect(200);
    expect(dated.body.data.map((c: { id: number }) => c.id).sort()).toEqual([claims[1].id, claims[2].id].sort());
    const measure = await request(app).get(`/api/v1/claims?topic=${siegeTopic}&measure=siege-duration`).set(auth).expect(200);
    expect(measure.body.data).toHaveLength(2);
    const speakerId = byTopic.body.data[0].speaker.id as number;
    const bySpeaker = await request(app).get(`/api/v1/claims?speaker=${speakerId}&topic=${tollTopic}`).set(auth).expect(200);
    expect(bySpeaker.body.data.map((c: { id: number }) => c.id)).toEqual([claims[3].id, claims[0].id]);
    const one = await request(app).get(`/api/v1/claims/${claims[1].id}`).set(auth).expect(200);
    expect(one.body.findings.map((f: Finding) => f.kind).sort()).toEqual(['contradiction', 'contradiction', 'divergence']);
    expect(one.body.related.sort()).toEqual([claims[0].id, claims[2].id, claims[3].id].sort());
    await request(app).get('/api/v1/claims?conflict=maybe').set(auth).expect(422);
    await request(app).get('/api/v1/claims/2147483000').set(auth).expect(404);
    const topics = await request(app).get('/api/v1/topics').set(auth).expect(200);
    expect(Array.isArray(topics.body.data)).toBe(true);
  });

  it('shows the topic page: SVG timeline with a point per claim, conflict marks, and the table', async () => {
    const res = await viewer.get(`/topics/${tollTopic}`).expect(200);
    const svg = /<svg[^>]*class="timeline"[\s\S]*?<\/svg>/.exec(res.text)?.[0] ?? '';
    for (const c of claims.slice(0, 4)) expect(svg).toContain(`data-claim-id="${c.id}"`);
    expect(svg.match(/class="conflict-mark/g)).toHaveLength(3);
    expect(svg.match(/class="revision-mark/g)).toHaveLength(1); // the spokesman's own figure, revised
    expect(svg).toContain('data-shape="open-up"'); // “at least 300”
    expect(res.text).toContain('Divergence');
    expect(res.text).toContain('id="claim-' + claims[2].id + '"');
    expect(res.text).not.toMatch(/\sstyle=/);
    expect(res.text).not.toMatch(/<script(?![^>]*src=)/);
    const list = await viewer.get('/topics').expect(200);
    expect(list.status).toBe(200);
  });

  it('shows each topic’s number, which the merge and review fields ask for, in the list and on its page, and links the speakers of its claims', async () => {
    const page = await viewer.get(`/topics/${tollTopic}`).expect(200);
    expect(page.text).toMatch(new RegExp(`<span class="topic-number"[^>]*>#${tollTopic}</span>`));
    // the table's speakers link to their pages
    const speakers: Array<{ speaker_id: number; speaker_name: string }> = await ds.query('SELECT DISTINCT speaker_id, speaker_name FROM claims WHERE topic_id = $1 AND speaker_id IS NOT NULL', [tollTopic]);
    expect(speakers.length).toBeGreaterThan(0);
    const table = page.text.slice(page.text.indexOf('<table class="topic-claims'));
    for (const s of speakers) expect(table).toContain(`<td data-label="Who"><a href="/speakers/${s.speaker_id}">${s.speaker_name}</a></td>`);
    const list = await viewer.get(`/topics`).expect(200);
    // every topic listed carries its number (this test's topic may be on a later page of a shared database)
    expect(list.text).toMatch(/<a href="\/topics\/(\d+)">[^<]*<\/a> <span class="meta">#\1<\/span>/);
  });

  it('refuses a day the month does not have, and To before From, with a message and the filters kept (page and API)', async () => {
    const bad = await viewer.get('/claims?from=2026-02-30&who=Serrano').expect(422);
    expect(bad.text).toContain('Please correct the following:');
    expect(bad.text).toContain('<a href="#f-from">Said from</a> (“2026-02-30”) must be a day that exists, such as 2016-12-18');
    expect(bad.text).toMatch(/id="f-from" name="from" type="date" value="2026-02-30" aria-invalid="true"/);
    expect(bad.text).toContain('value="Serrano"');
    const reversed = await viewer.get('/claims?from=2026-03-07&to=2026-03-01').expect(422);
    expect(reversed.text).toContain('<a href="#f-to">to</a> (“2026-03-01”) must not be before the from date');
    expect(reversed.text).not.toContain('No claim matches these filters');
    const api = await request(app).get('/api/v1/claims?to=2026-02-29').set('authorization', `Bearer ${token}`).expect(422);
    expect(api.body.error.details.to).toEqual(['must be a day that exists, such as 2016-12-18']);
    const apiReversed = await request(app).get('/api/v1/claims?from=2026-03-07&to=2026-03-01').set('authorization', `Bearer ${token}`).expect(422);
    expect(apiReversed.body.error.details.to).toEqual(['must not be before the from date']);
  });

  it('shows a claim in its quote and article context, with slots, related claims and findings', async () => {
    const res = await viewer.get(`/claims/${claims[0].id}`).expect(200);
    expect(res.text).toContain(`href="/articles/${articleIds[0]}#q-0"`);
    expect(res.text).toContain('<mark class="claim-span">');
    expect(res.text).toContain('Contradiction');
    expect(res.text).toContain('Revision');
    expect(res.text).toContain(`href="/claims/${claims[3].id}"`);
    expect(res.text).toContain(`href="/topics/${tollTopic}"`);
    const list = await viewer.get(`/claims?topic=${tollTopic}&conflict=yes&sort=worthiness`).expect(200);
    for (const c of claims.slice(0, 4)) expect(list.text).toContain(`href="/claims/${c.id}"`);
    const empty = await viewer.get(`/claims?topic=${tollTopic}&conflict=no`).expect(200);
    expect(empty.text).toContain('No claim matches these filters');
    // the measure filter offers what the stored claims measure, with their counts, and keeps one typed into the address
    // (counted as read at most a minute before: other suites store claims meanwhile)
    expect(list.text).toMatch(/<option value="deaths" >deaths \(\d+\)<\/option>/);
    const unused = await viewer.get('/claims?measure=event-date').expect(200);
    expect(unused.text).toMatch(/<option value="event-date" selected>date \(\d+\)<\/option>/);
    // a number as the pages show it, with its #, is read as the number
    const hashed = await viewer.get(`/claims?topic=${encodeURIComponent(`#${tollTopic}`)}&conflict=yes`).expect(200);
    for (const c of claims.slice(0, 4)) expect(hashed.text).toContain(`href="/claims/${c.id}"`);
    const [{ speaker_id: speaker }] = await ds.query('SELECT speaker_id FROM claims WHERE id = $1', [claims[0].id]);
    const bySpeaker = await viewer.get(`/claims?speaker=${encodeURIComponent(`#${speaker}`)}&topic=${tollTopic}`).expect(200);
    expect(bySpeaker.text).toContain(`href="/claims/${claims[0].id}"`);
    const words = await viewer.get('/claims?topic=deaths').expect(422);
    expect(words.text).toContain('must be a topic number, such as 12');
    // search puts the number in the address, whether typed with its # or as words of the topic's name
    const quotes = await viewer.get(`/search?q=killed&topic=${encodeURIComponent(`#${tollTopic}`)}`).expect(302);
    expect(quotes.headers.location).toBe(`/search?q=killed&topic=${tollTopic}`);
    const [{ label }] = await ds.query('SELECT label FROM claim_topics WHERE id = $1', [tollTopic]);
    const named = await viewer.get(`/search?q=killed&topic=${encodeURIComponent(label)}`).expect(302);
    expect(named.headers.location).toBe(`/search?q=killed&topic=${tollTopic}`);
    const nowhere = await viewer.get(`/search?q=killed&topic=${encodeURIComponent('Atlantis floods')}`).expect(422);
    expect(nowhere.text).toContain('no topic is called “Atlantis floods”');
    const wordy = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen';
    expect((await viewer.get(`/search?q=killed&topic=${encodeURIComponent(wordy)}`).expect(422)).text).toContain(`no topic is called “${wordy}”`);
    const article = await viewer.get(`/articles/${articleIds[0]}`).expect(200);
    expect(article.text).toContain('Claims in this article');
    expect(article.text).toContain(`href="/claims/${claims[0].id}"`);
  });

  it('says beside the merge field why a topic cannot be merged, keeping the number typed', async () => {
    const csrf = await csrfFrom(editor, `/topics/${tollTopic}`);
    const merge = (into: string) => editor.post(`/topics/${tollTopic}/merge`).type('form').send({ _csrf: csrf, into });
    const self = await merge(String(tollTopic)).expect(422);
    expect(self.text).toContain('Please correct the following:');
    expect(self.text).toContain('is this topic: give the number of another topic');
    expect(self.text).toContain(`id="f-into" name="into" type="number" min="1" required value="${tollTopic}"`);
    const missing = await merge('2000000000').expect(422);
    expect(missing.text).toContain('is not a topic: there is no topic #2000000000');
    expect(missing.text).toContain('<h2 id="edit-h">Edit this topic</h2>');
    const blank = await merge('').expect(422);
    expect(blank.text).toContain('is required: the number of the topic to merge this one into');
    const word = await merge('abc').expect(422);
    expect(word.text).toContain('must be a topic number, such as 12');
    expect(word.text).not.toContain('Invalid input');
  });

  it('lets an editor move a claim out (split), merge the topic back and rename it, each in the audit log', async () => {
    const claimCsrf = await csrfFrom(editor, `/claims/${claims[2].id}`);
    const moved = await editor.post(`/claims/${claims[2].id}/move`).type('form').send({ _csrf: claimCsrf, newLabel: `Split ${uniqueTag()}` }).expect(303);
    expect(moved.headers.location).toBe(`/claims/${claims[2].id}?done=moved`);
    const [{ topic_id: newTopic }] = await ds.query('SELECT topic_id FROM claims WHERE id = $1', [claims[2].id]);
    expect(newTopic).not.toBe(tollTopic);
    const after = await request(app).get(`/api/v1/topics/${tollTopic}`).set('authorization', `Bearer ${token}`).expect(200);
    expect(after.body.topic).toMatchObject({ claimCount: 3, conflictCount: 3 });
    expect(brief(after.body.findings)).toEqual(['contradiction 1+2', 'contradiction 2+4', 'revision 1+4 raised']);

    const topicCsrf = await csrfFrom(editor, `/topics/${newTopic}`);
    await editor.post(`/topics/${newTopic}/merge`).type('form').send({ _csrf: topicCsrf, into: String(tollTopic) }).expect(303);
    const merged = await request(app).get(`/api/v1/topics/${tollTopic}`).set('authorization', `Bearer ${token}`).expect(200);
    expect(merged.body.topic).toMatchObject({ claimCount: 4, conflictCount: 4 });
    expect(brief(merged.body.findings)).toEqual(['contradiction 1+2', 'contradiction 2+4', 'divergence 2+3', 'revision 1+4 raised']);
    const gone = await viewer.get(`/topics/${newTopic}`).expect(302);
    expect(gone.headers.location).toBe(`/topics/${tollTopic}`);

    const label = `Eastern toll ${uniqueTag()}`;
    await editor.post(`/topics/${tollTopic}/rename`).type('form').send({ _csrf: topicCsrf, label }).expect(303);
    expect((await viewer.get(`/topics/${tollTopic}`).expect(200)).text).toContain(label);
    const bad = await editor.post(`/topics/${tollTopic}/rename`).type('form').send({ _csrf: topicCsrf, label: ' ' }).expect(422);
    expect(bad.text).toContain('is required');

    const audit: Array<{ action: string }> = await ds.query(
      `SELECT action FROM audit_log WHERE (target_type = 'claim' AND target_id = $1) OR (target_type = 'claim_topic' AND target_id = $2) ORDER BY id`,
      [String(claims[2].id), String(tollTopic)],
    );
    expect(audit.map((a) => a.action)).toEqual(['claim.move', 'topic.merge', 'topic.rename']);
    await viewer.post(`/topics/${tollTopic}/rename`).type('form').send({ _csrf: await csrfFrom(viewer, '/account/tokens'), label: 'x' }).expect(403);
  });
});

/** A data source, the app on it and an editor's token for one test; the data source is closed after it, whatever happens. */
async function withEditorApp(run: (it: { ds: DataSource; app: ReturnType<typeof buildTestApp>; token: string }) => Promise<void>): Promise<void> {
  const ds = await openTestDataSource();
  try {
    const app = buildTestApp(ds);
    await run({ ds, app, token: await tokenFor(ds, 'editor') });
  } finally {
    await ds.destroy();
  }
}

describe('the list of topics', () => {
  it('leaves out by default the figures with no subject, kept each within its article, and shows them when asked', async () => {
    await withEditorApp(async ({ ds, app, token }) => {
      const t = cap(uniqueTag(3));
      const [id] = await postArticles(app, token, [
        { publishedAt: '2025-08-05', outlet: 'Wire', title: `Budget ${t}`, text: `The ${t} council said the budget gap had grown to 40 million euros.\nAt least 12 people died in ${t}ville, the police said.` },
      ]);
      const topics: Array<{ id: number; key: string }> = await ds.query(
        'SELECT DISTINCT t.id, t.key FROM claims c JOIN claim_topics t ON t.id = c.topic_id WHERE c.article_id = $1', [id],
      );
      const unplaced = topics.find((x) => x.key.includes('@article:'))!;
      const placed = topics.find((x) => !x.key.includes('@article:'))!;
      expect(unplaced && placed).toBeTruthy();
      // (read deep enough that topics other suites make meanwhile cannot push these two out)
      const ids = async (withUnplaced: boolean) => (await listTopics(ds.manager, { limit: 5000, offset: 0, withUnplaced })).rows.map((r) => r.id);
      expect(await ids(false)).toContain(placed.id);
      expect(await ids(false)).not.toContain(unplaced.id);
      expect(await ids(true)).toEqual(expect.arrayContaining([placed.id, unplaced.id]));
      const { agent } = await signedInAgent(app, ds, 'viewer');
      const named = await agent.get('/topics').expect(200);
      expect(named.text).toContain('Show also the figures with no subject');
      expect(named.text).toContain('href="/topics?subjects=all"');
      const all = await agent.get('/topics?subjects=all').expect(200);
      expect(all.text).toContain('Only topics with a subject');
      await agent.get('/topics?subjects=some').expect(422);
      // the API lists the same way
      const api = (q: string) => request(app).get(`/api/v1/topics?${q}`).set('authorization', `Bearer ${token}`);
      await api('subjects=some').expect(422);
      const keyed = async (withUnplaced: boolean) => (await keysetTopics(ds.manager, { limit: 5000, withUnplaced })).map((r) => r.id);
      expect(await keyed(false)).not.toContain(unplaced.id);
      expect(await keyed(true)).toContain(unplaced.id);
      expect((await api('subjects=all&limit=5').expect(200)).body.data.length).toBeGreaterThan(0);
    });
  });
});

describe('correcting who made a claim', () => {
  it('corrects a reported statement’s speaker from its claim, and every claim drawn from it follows; a quote’s claim points to the quote', async () => {
    await withEditorApp(async ({ ds, app, token }) => {
      const t = cap(uniqueTag(3));
      const [id] = await postArticles(app, token, [
        {
          publishedAt: '2025-08-07', outlet: 'Wire One', title: `Fire report ${t}`,
          text: `Tomas Var${t} read from an internal report. Pavel Dor${t} stood up to answer him. He said the report put the shortfall at 35 percent and the cost at 20 million euros.\n“We have already spent 40 million euros on the fire,” Dor${t} said.`,
        },
      ]);
      const claims: Array<{ id: number; statement_id: number | null; quote_id: number | null; speaker_name: string }> = await ds.query(
        'SELECT id, statement_id, quote_id, speaker_name FROM claims WHERE article_id = $1 ORDER BY id', [id],
      );
      const fromStatement = claims.filter((c) => c.statement_id !== null);
      const fromQuote = claims.find((c) => c.quote_id !== null)!;
      expect(fromStatement).toHaveLength(2);
      expect(fromStatement[0].speaker_name).toBe(`Pavel Dor${t}`);
      const { agent: editor } = await signedInAgent(app, ds, 'editor');
      const page = await editor.get(`/claims/${fromStatement[0].id}`).expect(200);
      expect(page.text).toContain('Who made this claim');
      const csrf = await csrfFrom(editor, `/claims/${fromStatement[0].id}`);
      const empty = await editor.post(`/claims/${fromStatement[0].id}/speaker`).type('form').send({ _csrf: csrf, speaker: '  ' }).expect(422);
      expect(empty.text).toContain('Enter the speaker’s name, or #number of a stored speaker.');
      await editor.post(`/claims/${fromStatement[0].id}/speaker`).type('form').send({ _csrf: csrf, speaker: `Tomas Var${t}`, kind: 'person' }).expect(303);
      const after = await ds.query('SELECT speaker_name, speaker_id FROM claims WHERE statement_id = $1', [fromStatement[0].statement_id]);
      expect(after.map((c: { speaker_name: string }) => c.speaker_name)).toEqual([`Tomas Var${t}`, `Tomas Var${t}`]);
      const [statement] = await ds.query('SELECT speaker_name, speaker_id FROM statements WHERE id = $1', [fromStatement[0].statement_id]);
      expect(statement).toEqual({ speaker_name: `Tomas Var${t}`, speaker_id: after[0].speaker_id });
      const [audit] = await ds.query(`SELECT action, before, after FROM audit_log WHERE target_type = 'statement' AND target_id = $1`, [String(fromStatement[0].statement_id)]);
      expect(audit).toMatchObject({ action: 'statement.speaker', before: { speakerName: `Pavel Dor${t}` }, after: { speakerName: `Tomas Var${t}` } });
      // a quote's claim is corrected through its quote
      const refused = await editor.post(`/claims/${fromQuote.id}/speaker`).type('form').send({ _csrf: csrf, speaker: `Tomas Var${t}` }).expect(409);
      expect(refused.text).toContain(`This claim comes from quote ${fromQuote.quote_id}`);
      const { agent: viewer } = await signedInAgent(app, ds, 'viewer');
      await viewer.post(`/claims/${fromStatement[0].id}/speaker`).type('form').send({ _csrf: await csrfFrom(viewer, `/claims/${fromStatement[0].id}`), speaker: 'Nobody' }).expect(403);
    });
  });
});

describe('two sources’ figures on the same day', () => {
  it('flags a same-day discrepancy within the factor, on the topic page and in the API, and not figures of another day', async () => {
    await withEditorApp(async ({ ds, app, token }) => {
      const place = cap(uniqueTag(3)) + 'dia';
      const ids = await postArticles(app, token, [
        { publishedAt: '2024-06-04', outlet: 'Wire One', title: `Floods in ${place}`, text: `The death toll from the floods in ${place} rose on Tuesday.\n“We have confirmed 87 deaths in ${place} since the river burst its banks,” said Health Minister Ana Lucic.` },
        { publishedAt: '2024-06-04', outlet: 'Wire Two', title: `Aid group disputes ${place} toll`, text: `Aid workers said the real figure was far higher.\n“At our count, 112 people have died in ${place},” said Petra Novak, a spokeswoman for the Red Cross.` },
        { publishedAt: '2024-06-05', outlet: 'Wire One', title: `${place} toll rises`, text: `“We have now confirmed 140 deaths in ${place},” said Health Minister Ana Lucic.` },
      ]);
      const claims = await claimOfEach(ds, ids);
      const topic = claims[0].topicId;
      expect(claims.every((c) => c.topicId === topic)).toBe(true);
      const api = await request(app).get(`/api/v1/topics/${topic}`).set('authorization', `Bearer ${token}`).expect(200);
      const kinds = (api.body.findings as Finding[]).map((f) => `${f.kind} ${f.claimIds.map((id) => claims.findIndex((c) => c.id === id) + 1).join('+')}`).sort();
      // (the minister's 140 of the next day is the toll going on, not her 87 revised)
      expect(kinds).toEqual(['discrepancy 1+2']);
      const found = (api.body.findings as Finding[]).find((f) => f.kind === 'discrepancy')!;
      expect(found.reason).toBe('Ana Lucic, 87 (2024-06-04) and Petra Novak, 112 (2024-06-04): different figures on the same day for the same period (29% apart)');
      const { agent } = await signedInAgent(app, ds, 'viewer');
      const page = await agent.get(`/topics/${topic}`).expect(200);
      expect(page.text).toContain('Same-day discrepancy');
    });
  });
});

describe('a topic of one claim', () => {
  it('is counted in the singular: “1 claim by 1 speaker” on its chart, “1 claim” in the review queue', async () => {
    await withEditorApp(async ({ ds, app, token }) => {
      const place = cap(uniqueTag(3)) + 'ovo';
      const [id] = await postArticles(app, token, [
        { publishedAt: '2024-06-04', outlet: 'Wire One', title: `Floods in ${place}`, text: `The death toll from the floods in ${place} rose on Tuesday.\n“We have confirmed 87 deaths in ${place} since the river burst its banks,” said Health Minister Ana Lucic.` },
      ]);
      const [claim] = await claimOfEach(ds, [id]);
      const { agent } = await signedInAgent(app, ds, 'editor');
      const page = await agent.get(`/topics/${claim.topicId}`).expect(200);
      expect(page.text).toContain('<desc id="chart-desc">1 claim by 1 speaker; 0 conflicts marked with dashed red lines.</desc>');
      const queue = await agent.get(`/review?type=claims&topic=${claim.topicId}`).expect(200);
      expect(queue.text).toMatch(/<a class="tag" href="\/topics\/\d+">[^<]* · 1 claim<\/a>/);
    });
  });
});

describe('the seed article', () => {
  it('stores the siege claim of Fuaa and Kafraya with an implied start before 2013-12-18', async () => {
    await withEditorApp(async ({ ds, app, token }) => {
      const shared = path.resolve(__dirname, '..', '..', '..', 'shared', 'seeds', '000_be9bedc69788db0f.txt');
      const copy = path.resolve(__dirname, '..', 'fixtures', 'articles', 'seed-iran-russia', 'input.txt');
      const seed = fs.readFileSync(fs.existsSync(shared) ? shared : copy, 'utf8');
      // A unique last line keeps this submission apart from other tests storing the same text.
      const text = `${seed.trim()}\nRef ${uniqueTag()}`;
      const [id] = await postArticles(app, token, [{ title: 'Shamkhani meets Lavrentiev', outlet: 'Press TV', publishedAt: '2016-12-18', text }]);
      const rows = await ds.query(`SELECT c.*, c.implied_start_latest::text AS implied_start_latest, t.key FROM claims c JOIN claim_topics t ON t.id = c.topic_id WHERE c.article_id = $1 AND c.measure = 'siege-duration'`, [id]);
      expect(rows).toHaveLength(1);
      expect(rows[0].key).toBe('fuaa and kafraya|siege-duration');
      expect(rows[0].speaker_name).toBe('Ali Shamkhani');
      expect(rows[0].implied_start_latest <= '2013-12-18').toBe(true);
      expect(rows[0].qualifier).toBe('over');
      expect(text.slice(rows[0].start_offset, rows[0].end_offset)).toBe(rows[0].text);
    });
  });
});

describe('a figure stated with decimals', () => {
  it('keeps them on the claim and topic pages, in the API, the topic exports and the topic feed (4.75%, not 4.8%)', async () => {
    await withEditorApp(async ({ ds, app, token }) => {
      const place = cap(uniqueTag(3)) + 'mark';
      const [id] = await postArticles(app, token, [
        {
          publishedAt: '2025-06-19', outlet: 'Financial Wire', title: `${place} central bank raises rates`,
          text: `The ${place} Central Bank raised its benchmark interest rate by a quarter of a percentage point to 4.75 percent on Thursday, its fifth increase in a year.\nGovernor Sanna Aalto said the board had been unanimous.`,
        },
      ]);
      const [claim]: Array<{ id: number; topicId: number }> = await ds.query(
        `SELECT id, topic_id AS "topicId" FROM claims WHERE article_id = $1 AND value_stated IS NOT NULL`, [id],
      );
      const auth = { authorization: `Bearer ${token}` };
      const api = await request(app).get(`/api/v1/claims?topic=${claim.topicId}`).set(auth).expect(200);
      expect(api.body.data.map((c: { figure: string }) => c.figure)).toEqual(['4.75%']);
      const csv = await request(app).get(`/topics/${claim.topicId}/export?format=csv`).set(auth).expect(200);
      expect(csv.text).toContain(',4.75%,');
      const json = await request(app).get(`/topics/${claim.topicId}/export?format=json`).set(auth).expect(200);
      expect(JSON.stringify(json.body)).toContain('"figure":"4.75%"');
      const feed = await request(app).get(`/topics/${claim.topicId}/feed.atom`).set(auth).expect(200);
      expect(feed.text).toContain('4.75%');
      const { agent } = await signedInAgent(app, ds, 'viewer');
      for (const page of [`/claims/${claim.id}`, `/topics/${claim.topicId}`]) {
        const html = (await agent.get(page).expect(200)).text;
        expect(html).toContain('4.75%');
        expect(html).not.toContain('4.8%');
      }
    });
  });
});

describe('what changed in the figures between two versions of a page', () => {
  it('lists only the figure the edit changed, also among figures with no subject, each version’s in topics of its own', async () => {
    await withEditorApp(async ({ ds, app, token }) => {
      const place = cap(uniqueTag(3)) + 'ville';
      const url = `https://news.example/${place.toLowerCase()}/fire`;
      const text = (share: string) => [
        `With 78 percent of precincts reporting, Marlow had ${share} percent of the vote to Hartvig's 47.1 percent, according to the State Board of Elections.`,
        `Around 8,000 people remained under mandatory evacuation orders in ${place} on Thursday.`,
        'The governor announced a $100 million relief fund for the families.',
      ].join('\n');
      const post = (share: string) => request(app).post('/api/v1/articles').set('authorization', `Bearer ${token}`)
        .send({ title: `Count and fire in ${place}`, outlet: 'State Wire', url, publishedAt: '2025-11-05', text: text(share) }).expect(201);
      const first = (await post('50.8')).body.article.id as number;
      const second = (await post('51.0')).body.article.id as number;
      const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM claims WHERE article_id = $1', [first]);
      expect(n).toBeGreaterThanOrEqual(3);
      const api = (await request(app).get(`/api/v1/articles/${second}`).set('authorization', `Bearer ${token}`).expect(200)).body.article;
      const figures = api.changes.figures as { changed: Array<{ before: { figure: string }; after: { figure: string } }>; added: unknown[]; removed: unknown[]; unchanged: number };
      expect(figures.changed.map((c) => [c.before.figure, c.after.figure])).toEqual([['50.8%', '51%']]);
      expect(figures.added).toEqual([]);
      expect(figures.removed).toEqual([]);
      expect(figures.unchanged).toBe(n - 1);
    });
  });
});

