import { parseFeed } from '@rowanmanning/feed-parser';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { exportTopicClaimBatch } from '../../src/db/repositories/export.repository';
import { renderAtom, xmlEscape } from '../../src/web/atom/atom';
import { buildTestApp } from '../support/app';
import { signedInAgent, tokenFor } from '../support/auth';
import { claimOfEach, claimsScenario, postArticles } from '../support/claims-scenario';
import { openTestDataSource } from '../support/db';
import { uniqueTag } from '../support/speakers';

describe('Atom feeds of a speaker, a topic and a saved search', () => {
  let ds: DataSource;
  let app: ReturnType<typeof buildTestApp>;
  let auth: { authorization: string };
  let speakerId: number;
  let tollTopic: number;
  let tollClaims: number[];
  const word = `zf${uniqueTag(8)}`;
  const name = `Ilse ${cap(uniqueTag(3))}berg`;
  beforeAll(async () => {
    ds = await openTestDataSource();
    app = buildTestApp(ds);
    const token = await tokenFor(ds, 'editor');
    auth = { authorization: `Bearer ${token}` };
    const scenario = claimsScenario();
    const claims = await claimOfEach(ds, await postArticles(app, token, scenario.articles));
    tollTopic = claims[0].topicId;
    tollClaims = claims.slice(0, 4).map((c) => c.id);
    for (const [i, day] of ['2022-03-01', '2022-03-09'].entries()) {
      const text = `“The ${word} dam <will> hold & the town is safe, number ${i},” said ${name}, the county engineer.`;
      await request(app).post('/api/v1/articles').set(auth).send({ title: `Dam ${i}`, text, publishedAt: day, outlet: 'Valley News' }).expect(201);
    }
    const hit = await request(app).get(`/api/v1/search?q=${word}`).set(auth).expect(200);
    speakerId = hit.body.data[0].speaker.id;
  });
  afterAll(async () => {
    await ds.destroy();
  });

  const get = (url: string) => request(app).get(url).set(auth).expect(200).expect('content-type', /^application\/atom\+xml/);

  it('follows a speaker: newest quotes first, absolute links, a self link, escaped text', async () => {
    const res = await get(`/speakers/${speakerId}/feed.atom`);
    expect(res.text).toContain('<link rel="self" type="application/atom+xml" href="http://127.0.0.1');
    expect(res.text).toContain('&lt;will&gt; hold &amp; the town');
    const feed = parseFeed(res.text);
    expect(feed.title).toBe(`${name} — quotes · whosaid`);
    expect(feed.self).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/speakers/${speakerId}/feed\\.atom$`));
    expect(feed.url).toMatch(new RegExp(`/speakers/${speakerId}$`));
    expect(feed.updated?.toISOString()).toBe('2022-03-09T00:00:00.000Z');
    expect(feed.items.map((i) => i.title)).toEqual([1, 0].map((n) => `${name}: “The ${word} dam <will> hold & the town is safe, number ${n}”`));
    expect(feed.items[0].id).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/quotes\/\d+$/);
    expect(feed.items[0].url).toBe(feed.items[0].id);
    expect(feed.items[0].authors.map((a) => a.name)).toEqual([name]);
    expect(feed.items[0].description).toContain('Valley News');
  });

  it('follows a topic: its claims newest first, linked to the claim pages', async () => {
    const feed = parseFeed((await get(`/topics/${tollTopic}/feed.atom`)).text);
    expect(feed.items.map((i) => i.url?.replace(/^http:\/\/[^/]+/, ''))).toEqual([3, 2, 1, 0].map((n) => `/claims/${tollClaims[n]}`));
    expect(feed.items[0].title).toMatch(/^Jens Laerke: .*450.*\(2017-01-10\)$/);
    expect(feed.items[0].categories.map((c) => c.term)).toContain('conflict');
  });

  it('follows a saved search with the same filters as the search page', async () => {
    const all = parseFeed((await get(`/search/feed.atom?q=${word}`)).text);
    expect(all.items).toHaveLength(2);
    expect(all.self).toContain(`/search/feed.atom?q=${word}`);
    const dated = parseFeed((await get(`/search/feed.atom?q=${word}&from=2022-03-05&outlet=Valley+News`)).text);
    expect(dated.items.map((i) => i.title)).toEqual([expect.stringContaining('number 1')]);
    const none = parseFeed((await get('/search/feed.atom')).text);
    expect(none.items).toEqual([]);
    // The page's other filters apply too: none of these quotes was reviewed by a person.
    expect(parseFeed((await get(`/search/feed.atom?q=${word}&reviewed=1`)).text).items).toEqual([]);
  });

  it('is guarded like the pages it mirrors: a bearer token, never a token in the address', async () => {
    await request(app).get(`/speakers/${speakerId}/feed.atom`).expect(401);
    await request(app).get(`/topics/${tollTopic}/feed.atom`).expect(401);
    await request(app).get(`/search/feed.atom?q=${word}`).expect(401);
    await request(app).get(`/speakers/${speakerId}/feed.atom`).set('authorization', 'Bearer wsd_not-a-token').expect(401);
  });

  it('is announced in the page heads and linked visibly', async () => {
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const speaker = await agent.get(`/speakers/${speakerId}`).expect(200);
    expect(speaker.text).toContain(`<link rel="alternate" type="application/atom+xml" title="${name} — whosaid quotes" href="/speakers/${speakerId}/feed.atom">`);
    expect(speaker.text).toMatch(/class="feed-link"[^>]*>Atom feed</);
    const topic = await agent.get(`/topics/${tollTopic}`).expect(200);
    expect(topic.text).toContain(`href="/topics/${tollTopic}/feed.atom"`);
    const search = await agent.get(`/search?q=${word}`).expect(200);
    expect(search.text).toContain(`<link rel="alternate" type="application/atom+xml"`);
    expect(search.text).toContain(`href="/search/feed.atom?q=${word}&amp;sort=relevance"`);
  });

  it('escapes everything and drops characters XML cannot carry', () => {
    expect(xmlEscape('a<b>&"\'\u0001\uD800z')).toBe('a&lt;b&gt;&amp;&quot;&apos;z');
    const xml = renderAtom({ id: 'https://x.test/f', title: 'T', self: 'https://x.test/f.atom', alternate: 'https://x.test/', fallbackUpdated: new Date(0), entries: [] });
    const feed = parseFeed(xml);
    expect(feed.updated?.toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(feed.items).toEqual([]);
  });
});

describe('topic claims export', () => {
  let ds: DataSource;
  let app: ReturnType<typeof buildTestApp>;
  beforeAll(async () => {
    ds = await openTestDataSource();
    app = buildTestApp(ds);
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('streams every claim of a topic in time order as CSV and JSON', async () => {
    const token = await tokenFor(ds, 'editor');
    const claims = await claimOfEach(ds, await postArticles(app, token, claimsScenario().articles));
    const topic = claims[0].topicId;
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const json = await agent.get(`/topics/${topic}/export?format=json`).expect(200).expect('content-type', /application\/json/);
    expect(json.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="?whosaid-topic-${topic}-claims\\.json"?$`));
    const rows = JSON.parse(json.text) as Array<{ id: number; saidAt: string; topicId: number; hedged: boolean; articleTitle: string }>;
    expect(rows.map((r) => r.id)).toEqual(claims.slice(0, 4).map((c) => c.id));
    expect(rows.map((r) => r.saidAt)).toEqual(['2016-12-14', '2016-12-16', '2016-12-18', '2017-01-10']);
    expect(rows.every((r) => r.topicId === topic && typeof r.hedged === 'boolean' && r.articleTitle)).toBe(true);
    const csv = await agent.get(`/topics/${topic}/export?format=csv`).expect(200).expect('content-type', /text\/csv/);
    const lines = csv.text.trim().split('\n');
    expect(lines[0]).toMatch(/^id,topicId,saidAt,speakerId,speakerName,text,/);
    expect(lines).toHaveLength(5);
    expect(lines[1].startsWith(`${claims[0].id},${topic},2016-12-14,`)).toBe(true);
    // Batch by batch (keyset on said_at and id), one row at a time here: the same rows, no repeats.
    const walked: number[] = [];
    let after: { saidAt: string; id: number } | null = null;
    for (let batch = await exportTopicClaimBatch(ds.manager, topic, null, 1); batch.length; batch = await exportTopicClaimBatch(ds.manager, topic, after, 1)) {
      walked.push(batch[0].id);
      after = { saidAt: batch[0].saidAt, id: batch[0].id };
    }
    expect(walked).toEqual(rows.map((r) => r.id));
    await agent.get('/topics/2147483000/export').expect(404);
    await request(app).get(`/topics/${topic}/export`).expect(303);
  });
});

function cap(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}
