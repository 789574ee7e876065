import http from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { workFetchArticles } from '../../src/jobs/fetch-article.job';
import { type JobQueue, startQueue } from '../../src/jobs/queue';
import { CLI_ACTOR } from '../../src/services/audit';
import { addFeed, pollFeed } from '../../src/services/feeds';
import { buildTestApp } from '../support/app';
import { csrfFrom, signedInAgent } from '../support/auth';
import { openTestDataSource } from '../support/db';
import { fakeResolver } from '../net/listeners';

jest.setTimeout(90_000);

/** The fetcher's settings of these tests: the local test server is an allowed host (FETCH_ALLOWED_HOSTS). */
const LOCAL = { allowedHosts: ['127.0.0.1'] };

function story(slug: string, speaker: string): string {
  return `<!doctype html><html><head><title>${slug}</title></head><body><article>
<h1>Harbour works begin in ${slug}</h1>
<p>Work on the new harbour wall in the town of ${slug} began on Monday after two years of delays, the port authority said in a statement on its website.</p>
<p>“This wall will protect four hundred homes from winter storms,” said ${speaker}, the project's chief engineer.</p>
<p>Residents have been asked to avoid the seafront road while heavy machinery is brought in over the coming weeks.</p>
</article></body></html>`;
}

describe('feeds', () => {
  let ds: DataSource;
  let queue: JobQueue;
  let server: http.Server;
  let base: string;
  let items: string[] = [];
  let feedStatus = 200;
  /** Bodies served as they are, by path: feeds that are broken in one way or another. */
  const fixed: Record<string, { type?: string; body: string }> = {};
  const hits = { feed: 0, notModified: 0, all: 0 };
  /** Every path asked of the test server, in order. */
  const requested: string[] = [];
  const tag = `f${Date.now()}`;

  const rss = () => `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Coastal News ${tag}</title><link>${base}/</link>
${items.map((slug) => `<item><title>Harbour works: ${slug}</title><link>${base}/story/${tag}-${slug}</link><guid>${tag}-${slug}</guid></item>`).join('\n')}
</channel></rss>`;

  beforeAll(async () => {
    ds = await openTestDataSource();
    queue = await startQueue(process.env.WHOSAID_TEST_DATABASE_URL!);
    await workFetchArticles(queue.boss, { dataSource: ds, fetchOptions: { allowedHosts: ['127.0.0.1'] } }, 1);
    server = http.createServer((req, res) => {
      hits.all++;
      requested.push(req.url ?? '');
      const f = fixed[req.url ?? ''];
      if (f) {
        res.writeHead(200, { 'content-type': f.type ?? 'application/rss+xml; charset=utf-8' });
        return res.end(f.body);
      }
      if (req.url === `/feed-${tag}.xml`) {
        hits.feed++;
        if (feedStatus !== 200) {
          res.writeHead(feedStatus);
          return res.end('unavailable');
        }
        const etag = `"${items.length}"`;
        if (req.headers['if-none-match'] === etag) {
          hits.notModified++;
          res.writeHead(304);
          return res.end();
        }
        res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag });
        return res.end(rss());
      }
      const m = /^\/story\/[^-]+-(\w+)$/.exec(req.url ?? '');
      if (m) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end(story(m[1], m[1] === 'Portree' ? 'Isla MacLeod' : 'Owen Pritchard'));
      }
      res.writeHead(404);
      res.end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await queue.stop();
    await new Promise((r) => server.close(r));
    await ds.destroy();
  });

  it('queues each new item once, uses conditional requests, and backs off when the feed fails', async () => {
    const deps = { dataSource: ds, queue, fetchOptions: { allowedHosts: ['127.0.0.1'] } };
    const { id } = await addFeed(deps, { url: `${base}/feed-${tag}.xml`, pollIntervalMinutes: '15' }, CLI_ACTOR);
    items = ['Portree', 'Oban'];
    expect(await pollFeed(deps, id)).toEqual({ ok: true, newItems: 2, updatedItems: 0, notModified: false, skipped: 0 });
    expect(await pollFeed(deps, id)).toEqual({ ok: true, newItems: 0, updatedItems: 0, notModified: true, skipped: 0 });
    expect(hits.notModified).toBe(1);
    items = ['Portree', 'Oban', 'Mallaig'];
    expect(await pollFeed(deps, id)).toEqual({ ok: true, newItems: 1, updatedItems: 0, notModified: false, skipped: 0 });

    // Every item becomes exactly one article.
    const until = Date.now() + 30_000;
    let done: Array<{ status: string; article_id: number | null }> = [];
    while (Date.now() < until) {
      done = await ds.query(
        `SELECT r.status, r.article_id FROM feed_items i JOIN ingest_requests r ON r.id = i.ingest_request_id WHERE i.feed_id = $1`,
        [id],
      );
      if (done.length === 3 && done.every((d) => d.status === 'done')) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(done.map((d) => d.status)).toEqual(['done', 'done', 'done']);
    expect(new Set(done.map((d) => d.article_id)).size).toBe(3);
    const [speaker] = await ds.query(`SELECT speaker_name FROM quotes WHERE article_id = (SELECT article_id FROM ingest_requests r JOIN feed_items i ON i.ingest_request_id = r.id WHERE i.feed_id = $1 AND i.url LIKE '%Portree')`, [id]);
    expect(speaker.speaker_name).toBe('Isla MacLeod');

    feedStatus = 503;
    const failed = await pollFeed(deps, id);
    expect(failed).toMatchObject({ ok: false, retryInMinutes: 30 });
    const again = await pollFeed(deps, id);
    expect(again).toMatchObject({ ok: false, retryInMinutes: 60 });
    const [feed] = await ds.query('SELECT error_count, last_error, next_poll_at > now() + interval \'55 minutes\' AS later FROM feeds WHERE id = $1', [id]);
    expect(feed).toMatchObject({ error_count: 2, later: true });
    expect(feed.last_error).toContain('503');
    feedStatus = 200;

    // The feeds page shows the state.
    const app = buildTestApp(ds, { queue, fetchOptions: LOCAL });
    const { agent } = await signedInAgent(app, ds, 'editor');
    const page = await agent.get('/feeds').expect(200);
    expect(page.text).toContain(`Coastal News ${tag}`);
    expect(page.text).toContain('failing');
    const detail = await agent.get(`/feeds/${id}`).expect(200);
    expect(detail.text).toContain('Harbour works: Mallaig');
  });

  it('fetches an entry again when the feed says it was updated, so an edited article becomes its next version', async () => {
    const deps = { dataSource: ds, queue, fetchOptions: { allowedHosts: ['127.0.0.1'] } };
    const feedPath = `/atom-${tag}.xml`;
    const storyPath = `/edited-${tag}`;
    const atom = (updated: string) => `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Watch ${tag}</title>
<id>urn:${tag}</id><updated>${updated}</updated><entry><title>Harbour wall</title><id>urn:${tag}:wall</id><link href="${base}${storyPath}"/><updated>${updated}</updated></entry></feed>`;
    const article = (homes: string) => `<!doctype html><html><head><title>Harbour wall</title><link rel="canonical" href="${base}${storyPath}"></head><body><article>
<h1>Harbour wall finished in Kyleakin (${tag})</h1>
<p>Work on the new harbour wall in Kyleakin ended on Friday after two years of delays, the port authority said in a statement on its website.</p>
<p>“This wall will protect ${homes} homes from winter storms,” said Isla MacLeod, the project's chief engineer.</p>
<p>Residents may use the seafront road again from Monday, when the last of the heavy machinery has been taken away.</p>
</article></body></html>`;
    fixed[feedPath] = { type: 'application/atom+xml; charset=utf-8', body: atom('2026-03-01T10:00:00Z') };
    fixed[storyPath] = { type: 'text/html; charset=utf-8', body: article('four hundred') };
    const { id } = await addFeed(deps, { url: `${base}${feedPath}`, pollIntervalMinutes: '15' }, CLI_ACTOR);
    const fetched = async () => {
      const until = Date.now() + 30_000;
      while (Date.now() < until) {
        const [r] = await ds.query(`SELECT r.status, r.article_id FROM feed_items i JOIN ingest_requests r ON r.id = i.ingest_request_id WHERE i.feed_id = $1`, [id]);
        if (r?.status === 'done' || r?.status === 'duplicate') return r as { status: string; article_id: number };
        await new Promise((res) => setTimeout(res, 200));
      }
      throw new Error('the entry was not fetched');
    };
    expect(await pollFeed(deps, id)).toEqual({ ok: true, newItems: 1, updatedItems: 0, notModified: false, skipped: 0 });
    const first = await fetched();
    expect(await pollFeed(deps, id)).toMatchObject({ ok: true, newItems: 0, updatedItems: 0 });

    // the article is edited, and the feed moves the entry's date
    fixed[storyPath].body = article('five hundred');
    fixed[feedPath].body = atom('2026-03-02T08:00:00Z');
    expect(await pollFeed(deps, id)).toEqual({ ok: true, newItems: 0, updatedItems: 1, notModified: false, skipped: 0 });
    const second = await fetched();
    expect(second.status).toBe('done');
    const [v2] = await ds.query('SELECT version, previous_version_id, is_current FROM articles WHERE id = $1', [second.article_id]);
    expect(v2).toEqual({ version: 2, previous_version_id: first.article_id, is_current: true });
    const [state] = await ds.query('SELECT last_outcome, items_seen FROM feeds WHERE id = $1', [id]);
    expect(state).toEqual({ last_outcome: '0 new items; 1 updated item fetched again', items_seen: 1 });

    // a date moved back, or the same date again, fetches nothing
    fixed[feedPath].body = atom('2026-03-01T09:00:00Z');
    expect(await pollFeed(deps, id)).toMatchObject({ ok: true, newItems: 0, updatedItems: 0 });
    expect(await pollFeed(deps, id)).toMatchObject({ ok: true, newItems: 0, updatedItems: 0 });
  });

  it('does not fetch again the entries of a feed that moves the dates of all its entries at once', async () => {
    const deps = { dataSource: ds, queue, fetchOptions: { allowedHosts: ['127.0.0.1'] } };
    const feedPath = `/stamped-${tag}.xml`;
    const towns = ['Portree', 'Oban', 'Mallaig'];
    const atom = (dates: string[]) => `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Stamped ${tag}</title><id>urn:s${tag}</id>
${towns.map((t, i) => `<entry><title>${t}</title><id>urn:s${tag}:${t}</id><link href="${base}/story/s${tag}-${t}"/><updated>${dates[i]}</updated></entry>`).join('')}</feed>`;
    fixed[feedPath] = { type: 'application/atom+xml', body: atom(['2026-03-01T10:00:00Z', '2026-03-01T11:00:00Z', '2026-03-01T12:00:00Z']) };
    const { id } = await addFeed(deps, { url: `${base}${feedPath}`, pollIntervalMinutes: '15' }, CLI_ACTOR);
    expect(await pollFeed(deps, id)).toMatchObject({ ok: true, newItems: 3, updatedItems: 0 });
    // rebuilt: every entry stamped with the build time
    fixed[feedPath].body = atom(['2026-03-05T09:00:00Z', '2026-03-05T09:00:00Z', '2026-03-05T09:00:00Z']);
    expect(await pollFeed(deps, id)).toMatchObject({ ok: true, newItems: 0, updatedItems: 0 });
    const [state] = await ds.query('SELECT last_outcome FROM feeds WHERE id = $1', [id]);
    expect(state.last_outcome).toBe("0 new items; every item's date moved at once, none fetched again");
    // one entry updated: that one is fetched again
    fixed[feedPath].body = atom(['2026-03-05T09:00:00Z', '2026-03-06T07:30:00Z', '2026-03-05T09:00:00Z']);
    expect(await pollFeed(deps, id)).toMatchObject({ ok: true, newItems: 0, updatedItems: 1 });
  });

  it('lists a feed’s items by the date the feed gives each, newest first, not by when the poll saw them', async () => {
    const path = `/dated-${tag}.xml`;
    const item = (slug: string, date: string | null) =>
      `<item><title>Ferry news: ${slug}</title><link>${base}/gone/${tag}-${slug}</link><guid>${tag}-dated-${slug}</guid>${date ? `<pubDate>${date}</pubDate>` : ''}</item>`;
    // a weekly round-up lists its items oldest first; one has no date at all
    fixed[path] = {
      body: `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Ferry Weekly ${tag}</title><link>${base}/</link>
${item('Mallaig', 'Mon, 03 Mar 2025 08:00:00 GMT')}
${item('Oban', 'Wed, 05 Mar 2025 17:30:00 GMT')}
${item('Undated', null)}
${item('Portree', 'Tue, 04 Mar 2025 09:15:00 GMT')}
</channel></rss>`,
    };
    const deps = { dataSource: ds, queue, fetchOptions: LOCAL };
    const { id } = await addFeed(deps, { url: `${base}${path}`, pollIntervalMinutes: '60' }, CLI_ACTOR);
    expect(await pollFeed(deps, id)).toMatchObject({ ok: true, newItems: 4 });
    const { agent } = await signedInAgent(buildTestApp(ds, { queue, fetchOptions: LOCAL }), ds, 'editor');
    const page = (await agent.get(`/feeds/${id}`).expect(200)).text;
    const order = [...page.matchAll(/Ferry news: (\w+)/g)].map((m) => m[1]);
    // the undated item was seen now, after every dated one
    expect(order).toEqual(['Undated', 'Oban', 'Portree', 'Mallaig']);
    expect(page).toMatch(/Ferry news: Oban\s*<span class="meta"><time datetime="2025-03-05T17:30:00.000Z">2025-03-05 17:30<\/time> \(seen \d{4}-\d\d-\d\d \d\d:\d\d\)/);
    expect(page).toMatch(/Ferry news: Undated\s*<span class="meta">seen \d{4}-\d\d-\d\d \d\d:\d\d, undated/);
  });

  it('dates an article by its feed item when the page gives no date, and by the page when it does', async () => {
    const deps = { dataSource: ds, queue, fetchOptions: LOCAL };
    const feedPath = `/item-dates-${tag}.xml`;
    const page = (town: string, meta: string) => `<!doctype html><html><head><title>Ferry crews in ${town}</title>${meta}</head><body><article>
<h1>Ferry crews in ${town} accept a pay offer (${tag})</h1>
<p>Ferry crews on the ${town} route voted on Thursday to accept an offer that raises wages by 7 percent over two years, the union said in a statement.</p>
<p>“Our members have been heard, and the boats will keep sailing through the winter,” said Morag Lennie, the union's regional organiser in ${town}.</p>
<p>The operator said timetables would not change and that no sailings had been cancelled during the talks.</p>
</article></body></html>`;
    fixed[`/ferry-rss-${tag}`] = { type: 'text/html; charset=utf-8', body: page('Uig', '') };
    fixed[`/ferry-dc-${tag}`] = { type: 'text/html; charset=utf-8', body: page('Tarbert', '') };
    fixed[`/ferry-own-${tag}`] = { type: 'text/html; charset=utf-8', body: page('Lochmaddy', '<meta property="article:published_time" content="2026-11-18T07:00:00Z">') };
    fixed[feedPath] = {
      body: `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Ferry Dates ${tag}</title><link>${base}/</link>
<item><title>Uig</title><link>${base}/ferry-rss-${tag}</link><guid>${tag}-ferry-rss</guid><pubDate>Fri, 20 Nov 2026 08:00:00 GMT</pubDate></item>
<item><title>Tarbert</title><link>${base}/ferry-dc-${tag}</link><guid>${tag}-ferry-dc</guid><dc:date>2026-11-21T10:00:00Z</dc:date></item>
<item><title>Lochmaddy</title><link>${base}/ferry-own-${tag}</link><guid>${tag}-ferry-own</guid><pubDate>Fri, 20 Nov 2026 08:00:00 GMT</pubDate></item>
</channel></rss>`,
    };
    const { id } = await addFeed(deps, { url: `${base}${feedPath}`, pollIntervalMinutes: '60' }, CLI_ACTOR);
    expect(await pollFeed(deps, id)).toMatchObject({ ok: true, newItems: 3 });
    const until = Date.now() + 30_000;
    let rows: Array<{ status: string; title: string; published_at: Date | null; said: string[] | null }> = [];
    while (Date.now() < until) {
      rows = await ds.query(
        `SELECT r.status, a.title, a.published_at,
                (SELECT array_agg(DISTINCT to_char(c.said_at, 'YYYY-MM-DD')) FROM claims c WHERE c.article_id = a.id) AS said
           FROM feed_items i JOIN ingest_requests r ON r.id = i.ingest_request_id LEFT JOIN articles a ON a.id = r.article_id
          WHERE i.feed_id = $1 ORDER BY a.title`,
        [id],
      );
      if (rows.length === 3 && rows.every((r) => r.status === 'done')) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(rows.map((r) => [r.title, r.status, r.published_at?.toISOString() ?? null])).toEqual([
      // the page's own date wins over the item's
      ['Lochmaddy', 'done', '2026-11-18T07:00:00.000Z'],
      ['Tarbert', 'done', '2026-11-21T10:00:00.000Z'],
      ['Uig', 'done', '2026-11-20T08:00:00.000Z'],
    ]);
    // the figures are dated by the article, not by the day they were fetched
    expect(rows.map((r) => r.said)).toEqual([['2026-11-18'], ['2026-11-21'], ['2026-11-20']]);
  });

  it('lets editors add a feed through the form, with clear errors, and keeps viewers out', async () => {
    const app = buildTestApp(ds, { queue, fetchOptions: LOCAL });
    const { agent } = await signedInAgent(app, ds, 'editor');
    const csrf = await csrfFrom(agent, '/feeds');
    const bad = await agent.post('/feeds').type('form').send({ url: 'gopher://x', pollIntervalMinutes: '1', _csrf: csrf }).expect(422);
    expect(bad.text).toContain('must be an http:// or https:// address');
    expect(bad.text).toContain('must be a whole number of minutes between 5 and 1440');
    const url = `${base}/other-${tag}.xml`;
    const ok = await agent.post('/feeds').type('form').send({ url, _csrf: csrf }).expect(303);
    expect(ok.headers.location).toMatch(/^\/feeds\/\d+\?notice=feed-added$/);
    const dup = await agent.post('/feeds').type('form').send({ url, _csrf: csrf }).expect(422);
    expect(dup.text).toContain('is already registered');
    const { agent: viewer } = await signedInAgent(app, ds, 'viewer');
    await viewer.get('/feeds').expect(403);
    void request;
  });

  it('refuses at registration an address the fetcher would refuse, says why beside the field, keeps the form and stores nothing', async () => {
    const dns = fakeResolver({
      'intranet.test': ['93.184.215.14', '192.168.1.20'],
      localhost: ['127.0.0.1'],
      'link.test': ['169.254.10.1'],
      'shared.test': ['100.64.3.9'],
      'news.test': ['93.184.215.14'],
      'allowed.test': ['127.0.0.1'],
    });
    // a name server that never answers for slow.test; any other name it does not know does not exist
    const resolve = (host: string) => (host === 'slow.test' ? new Promise<string[]>(() => {}) : dns(host));
    // no queue: the feeds accepted here are not polled (allowed.test is a name only this test's resolver knows)
    const app = buildTestApp(ds, { fetchOptions: { allowedHosts: ['127.0.0.1', 'allowed.test'], resolve, lookupTimeoutMs: 500 } });
    const { agent } = await signedInAgent(app, ds, 'editor');
    const csrf = await csrfFrom(agent, '/feeds');
    const refused = 'is refused.';
    const publicOnly = 'Feeds are fetched from public addresses only.';
    const cases: Array<[string, string]> = [
      ['http://10.1.2.3/feed.xml', `${refused} The address 10.1.2.3 is not allowed (private IPv4 range). ${publicOnly}`],
      ['http://[::1]/feed.xml', `${refused} The address ::1 is not allowed (loopback IPv6 range). ${publicOnly}`],
      ['http://[::ffff:127.0.0.1]/feed.xml', `${refused} The address ::ffff:7f00:1 is not allowed (loopback IPv4 range embedded in IPv4-mapped IPv6 address). ${publicOnly}`],
      ['http://169.254.169.254/latest/meta-data/', `${refused} The address 169.254.169.254 is not allowed (cloud metadata endpoint). ${publicOnly}`],
      ['http://metadata.google.internal/computeMetadata/v1/', `${refused} metadata.google.internal is a cloud metadata host and is never fetched. ${publicOnly}`],
      ['http://localhost/feed.xml', `${refused} localhost resolves to 127.0.0.1, which is not allowed (loopback IPv4 range). ${publicOnly}`],
      ['https://intranet.test/news.rss', `${refused} intranet.test resolves to 192.168.1.20, which is not allowed (private IPv4 range). ${publicOnly}`],
      ['http://link.test/rss', `${refused} link.test resolves to 169.254.10.1, which is not allowed (link-local IPv4 range). ${publicOnly}`],
      ['http://shared.test/rss', `${refused} shared.test resolves to 100.64.3.9, which is not allowed (shared (carrier-grade NAT) IPv4 range). ${publicOnly}`],
      ['http://news.test:8080/rss', `${refused} Port 8080 is not allowed; only 80, 443 can be fetched.`],
      ['http://nowhere.test/rss', `${refused} The host nowhere.test could not be resolved (ENOTFOUND). Check the address for a typing mistake.`],
      ['http://slow.test/rss', 'could not be checked. The host slow.test did not resolve within 0.5 s. Check the address, or try again later.'],
    ];
    for (const [url, message] of cases) {
      const started = Date.now();
      const res = await agent.post('/feeds').type('form').send({ url, title: `Wire <${tag}>`, pollIntervalMinutes: '45', _csrf: csrf });
      expect({ url, status: res.status }).toEqual({ url, status: 422 });
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(res.text).toContain(`<a href="#f-url">Feed address</a> ${escapeHtml(message)}</li>`);
      // the form keeps what was typed, escaped
      expect(res.text).toContain(`value="${escapeHtml(url)}"`);
      expect(res.text).toContain(`value="Wire &lt;${tag}&gt;"`);
      expect(res.text).toContain('value="45"');
      expect(res.text).toMatch(/id="f-url"[^>]*aria-invalid="true"/);
    }
    const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM feeds WHERE url = ANY($1)', [cases.map(([u]) => u)]);
    expect(n).toBe(0);
    const [{ audited }] = await ds.query(`SELECT count(*)::int AS audited FROM audit_log WHERE action = 'feed.create' AND after->>'title' = $1`, [`Wire <${tag}>`]);
    expect(audited).toBe(0);

    // An allowed host (FETCH_ALLOWED_HOSTS) is taken whatever it resolves to and on any port; nothing is fetched to check it.
    // (counted by path: a retried article fetch queued by a test before may reach the server meanwhile)
    for (const url of [`${base}/allowed-${tag}.xml?allowed`, `http://allowed.test:${new URL(base).port}/allowed-${tag}.xml`]) {
      const ok = await agent.post('/feeds').type('form').send({ url, _csrf: csrf });
      expect({ url, status: ok.status, location: ok.headers.location }).toEqual({ url, status: 303, location: expect.stringMatching(/^\/feeds\/\d+\?notice=feed-added$/) });
    }
    expect(requested.filter((p) => p.includes(`allowed-${tag}.xml`))).toEqual([]);
  });

  it('refuses the test server’s address when no host is allowed, as an installation without FETCH_ALLOWED_HOSTS does', async () => {
    const url = `${base}/unlisted-${tag}.xml`;
    await expect(addFeed({ dataSource: ds }, { url }, CLI_ACTOR)).rejects.toMatchObject({
      status: 422,
      details: { url: ['is refused. The address 127.0.0.1 is not allowed (loopback IPv4 range). Feeds are fetched from public addresses only.'] },
    });
    expect((await ds.query('SELECT count(*)::int AS n FROM feeds WHERE url = $1', [url]))[0].n).toBe(0);
  });

  /** Serves `body` at a fresh path and registers a feed for it (polled every 15 minutes). */
  async function feedServing(name: string, body: string, type?: string): Promise<number> {
    const path = `/${name}-${tag}.xml`;
    fixed[path] = { body, type };
    return (await addFeed({ dataSource: ds, fetchOptions: LOCAL }, { url: `${base}${path}`, pollIntervalMinutes: '15' }, CLI_ACTOR)).id;
  }
  const feedRow = async (id: number) =>
    (await ds.query('SELECT title, error_count, last_error, last_outcome, items_seen, last_polled_at FROM feeds WHERE id = $1', [id]))[0];

  it('counts a feed that is cut short or not well-formed as a failed poll, not as "0 new items"', async () => {
    const deps = { dataSource: ds, queue, fetchOptions: { allowedHosts: ['127.0.0.1'] } };
    const cases: Array<[string, string, string | RegExp]> = [
      [
        'broken',
        '<rss><channel><title>Broken<item><title>oops</channel>',
        "The feed is not well-formed XML: Expected closing tag 'title' (opened in line 1, col 34) instead of closing tag 'channel' (line 1, column 45).",
      ],
      [
        'cut-after-item',
        `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Cut</title><item><title>a</title><link>${base}/a</link></item><item><title>b</title>`,
        'The feed is not well-formed XML: it ends with <rss>, <channel>, <item> still open (cut short?).',
      ],
      [
        'cut-in-tag',
        `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Cut</title><item><title>a</title><link>${base}/a</link></item><item><title>b</ti`,
        /^The feed is not well-formed XML: Closing tag 'ti' doesn't have proper closing \(line 2, column \d+\)\.$/,
      ],
      ['stray-lt', '<rss version="2.0"><channel><title>a < b</title></channel></rss>', /^The feed is not well-formed XML: Invalid space after '<' \(line 1/],
      // Not a feed at all: the parser's own words.
      ['html', '<!doctype html><html><head><title>Home</title></head><body><p>Welcome</p></body></html>', 'The XML document could not be parsed as a feed'],
    ];
    for (const [name, body, message] of cases) {
      const id = await feedServing(name, body, name === 'html' ? 'text/html' : undefined);
      const outcome = await pollFeed(deps, id);
      expect({ name, outcome }).toEqual({ name, outcome: { ok: false, error: expect.stringMatching(typeof message === 'string' ? `^${escapeRegExp(message)}$` : message), retryInMinutes: 30 } });
      expect(await feedRow(id)).toMatchObject({ title: null, error_count: 1, last_error: outcome.ok ? null : outcome.error, last_outcome: 'error', items_seen: 0 });
    }

    // The list says so.
    const app = buildTestApp(ds, { queue, fetchOptions: LOCAL });
    const { agent } = await signedInAgent(app, ds, 'editor');
    const page = await agent.get('/feeds').expect(200);
    const row = page.text.split('<tr>').find((r) => r.includes(`/broken-${tag}.xml`))!;
    expect(row).toContain('failing');
    expect(row).toContain('The feed is not well-formed XML: Expected closing tag');
    expect(row).not.toContain('Brokenoops');
  });

  it('reads a feed served with any of the types feeds are served with, reports a broken one with its line and column, and refuses other types', async () => {
    const deps = { dataSource: ds, queue, fetchOptions: LOCAL };
    const rss = (title: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title></channel></rss>`;
    const atom = (title: string) => `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${title}</title></feed>`;
    const rdf = (title: string) => `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel rdf:about="${base}/"><title>${title}</title><link>${base}/</link></channel></rdf:RDF>`;
    const served: Array<[string, (title: string) => string]> = [
      ['application/rss+xml', rss],
      // (the type Python's http.server and many sites give .rss files)
      ['application/x-rss+xml', rss],
      ['text/rss+xml; charset=utf-8', rss],
      ['application/atom+xml', atom],
      ['application/x-atom+xml', atom],
      ['application/rdf+xml', rdf],
      ['application/xml', rss],
      ['text/xml; charset=utf-8', rss],
    ];
    for (const [i, [type, body]] of served.entries()) {
      const title = `Typed ${i} ${tag}`;
      const id = await feedServing(`typed-${i}`, body(title), type);
      expect({ type, outcome: await pollFeed(deps, id) }).toEqual({ type, outcome: { ok: true, newItems: 0, updatedItems: 0, notModified: false, skipped: 0 } });
      expect(await feedRow(id)).toMatchObject({ title, error_count: 0, last_error: null });
    }
    // a broken feed is told by where it breaks, whichever feed type it came with
    const broken = '<rss><channel><title>Broken<item><title>oops</channel>';
    const errors = [];
    for (const type of ['application/xml', 'application/x-rss+xml', 'application/x-atom+xml']) {
      const outcome = await pollFeed(deps, await feedServing(`broken-typed-${errors.length}`, broken, type));
      errors.push(outcome.ok ? null : outcome.error);
    }
    expect(errors).toEqual(errors.map(() => "The feed is not well-formed XML: Expected closing tag 'title' (opened in line 1, col 34) instead of closing tag 'channel' (line 1, column 45)."));
    // anything else is still refused before it is read
    for (const type of ['application/octet-stream', 'image/png', 'application/json']) {
      const outcome = await pollFeed(deps, await feedServing(`other-typed-${type.replace(/\W/g, '')}`, rss('Not read'), type));
      expect(outcome).toMatchObject({ ok: false, error: `The page is ${type}, not a web page or feed.` });
    }
  });

  it('reads the slips feed readers forgive, takes a permalink guid for a missing link and says how many items it skipped', async () => {
    const deps = { dataSource: ds, queue, fetchOptions: { allowedHosts: ['127.0.0.1'] } };
    // White space before the declaration and a bare “&” in a link are common and harmless.
    const id = await feedServing(
      'sloppy',
      `\n  <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Sloppy &amp; Sons ${tag}</title>
<item><title>With a link</title><link>${base}/story/${tag}-Tobermory?from=rss&utm=feed</link></item>
<item><title>Only a guid</title><guid>${base}/story/${tag}-Tarbert</guid></item>
<item><title>No address</title><guid isPermaLink="false">post-17</guid></item>
</channel></rss>\n<!-- served from cache -->\n`,
    );
    expect(await pollFeed(deps, id)).toEqual({ ok: true, newItems: 2, updatedItems: 0, notModified: false, skipped: 1 });
    expect(await feedRow(id)).toMatchObject({ title: `Sloppy & Sons ${tag}`, error_count: 0, last_error: null, items_seen: 2, last_outcome: '2 new items; 1 item without a web address skipped' });
    const urls = await ds.query('SELECT url FROM feed_items WHERE feed_id = $1 ORDER BY url', [id]);
    expect(urls.map((u: { url: string }) => u.url)).toEqual([`${base}/story/${tag}-Tarbert`, `${base}/story/${tag}-Tobermory?from=rss&utm=feed`]);

    // A feed none of whose items can be fetched is of no use: that is an error too.
    const none = await feedServing('no-links', '<rss version="2.0"><channel><title>T</title><item><title>a</title></item><item><title>b</title></item></channel></rss>');
    expect(await pollFeed(deps, none)).toMatchObject({ ok: false, error: "None of the feed's 2 items has a link or guid with a web address to fetch." });
    // An empty feed is fine.
    const empty = await feedServing('empty', '<rss version="2.0"><channel><title>Quiet</title></channel></rss>');
    expect(await pollFeed(deps, empty)).toEqual({ ok: true, newItems: 0, updatedItems: 0, notModified: false, skipped: 0 });
  });

  it('words the interval and address errors as the form labels its fields', async () => {
    const app = buildTestApp(ds, { queue, fetchOptions: LOCAL });
    const { agent } = await signedInAgent(app, ds, 'editor');
    const csrf = await csrfFrom(agent, '/feeds');
    for (const interval of ['abc', '2.5', '-5', '1441', '1e2']) {
      const res = await agent.post('/feeds').type('form').send({ url: '', pollIntervalMinutes: interval, _csrf: csrf }).expect(422);
      expect(res.text).toContain('<a href="#f-pollIntervalMinutes">Poll every (minutes)</a> must be a whole number of minutes between 5 and 1440');
      expect(res.text).toContain('<a href="#f-url">Feed address</a> is required');
      expect(res.text).not.toMatch(/Invalid input|NaN|expected (number|int)|>Interval<|>Address</);
      expect(res.text).toContain(`value="${interval}"`);
    }
    // A blank interval takes the default.
    const ok = await agent.post('/feeds').type('form').send({ url: `${base}/blank-interval-${tag}.xml`, pollIntervalMinutes: ' ', _csrf: csrf }).expect(303);
    const id = Number(/\/feeds\/(\d+)/.exec(ok.headers.location)![1]);
    expect((await ds.query('SELECT poll_interval_minutes AS n FROM feeds WHERE id = $1', [id]))[0].n).toBe(30);
  });

  it('reloads the feed page until the poll asked for has run, for two minutes at most', async () => {
    const deps = { dataSource: ds, queue, fetchOptions: { allowedHosts: ['127.0.0.1'] } };
    const app = buildTestApp(ds, { queue, fetchOptions: LOCAL });
    const { agent } = await signedInAgent(app, ds, 'editor');
    const id = await feedServing('waits', '<rss version="2.0"><channel><title>Waits</title></channel></rss>');
    const refresh = '<meta http-equiv="refresh"';

    // A feed just added waits for its first poll.
    let page = await agent.get(`/feeds/${id}?notice=feed-added`).expect(200);
    expect(page.text).toContain(refresh);
    expect(page.text).toContain('Feed added: its first poll is on its way.');
    expect(page.text).toContain(`<a href="/feeds/${id}?reload=off">Stop reloading</a>`);
    expect((await agent.get(`/feeds/${id}?reload=off`).expect(200)).text).not.toContain(refresh);
    await pollFeed(deps, id);
    page = await agent.get(`/feeds/${id}?notice=feed-added`).expect(200);
    expect(page.text).not.toContain(refresh);
    expect(page.text).toMatch(/Feed added: its first poll ran at \d\d:\d\d:\d\d UTC\./);

    // "Poll now": the page reloads itself until the feed's last poll is later than the request.
    const csrf = await csrfFrom(agent, `/feeds/${id}`);
    const asked = await agent.post(`/feeds/${id}/poll`).type('form').send({ _csrf: csrf }).expect(303);
    const location: string = asked.headers.location;
    expect(location).toMatch(new RegExp(`^/feeds/${id}\\?notice=feed-poll-queued&asked=\\d+$`));
    page = await agent.get(location).expect(200);
    expect(page.text).toContain(refresh);
    expect(page.text).toMatch(/role="status">Poll queued at \d\d:\d\d:\d\d UTC: new items appear below when it is done\./);
    const askedAt = /asked=(\d+)/.exec(location)![1];
    page = await agent.get(`/feeds/${id}?asked=${askedAt}&reload=off`).expect(200);
    expect(page.text).not.toContain(refresh);
    expect(page.text).toContain(`<a href="/feeds/${id}?asked=${askedAt}">Refresh</a>`);

    await pollFeed(deps, id);
    page = await agent.get(location).expect(200);
    expect(page.text).not.toContain(refresh);
    expect(page.text).toMatch(/Poll queued at (\d\d:\d\d:\d\d) UTC and done at \d\d:\d\d:\d\d UTC: the state and items below are up to date\./);
    expect(page.text).toMatch(/<dt>Last poll<\/dt><dd>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC — 0 new items<\/dd>/);

    // A poll that has not run after two minutes stops the reloading and says why it may not have.
    const late = Date.now() - 3 * 60_000;
    await ds.query(`UPDATE feeds SET last_polled_at = now() - interval '10 minutes' WHERE id = $1`, [id]);
    page = await agent.get(`/feeds/${id}?notice=feed-poll-queued&asked=${late}`).expect(200);
    expect(page.text).not.toContain(refresh);
    expect(page.text).toContain('and not done after two minutes: the job worker may be busy or stopped.');
    expect(page.text).toContain(`<a href="/feeds/${id}?asked=${late}">Refresh</a>`);

    // The feed page names its own Atom alternate only when it has one.
    expect(page.text).not.toContain('rel="alternate"');
  });
});

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&#34;').replace(/'/g, '&#39;');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
