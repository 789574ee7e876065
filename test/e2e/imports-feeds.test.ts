import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { workFetchArticles } from '../../src/jobs/fetch-article.job';
import { workImports } from '../../src/jobs/import-batch.job';
import { workFeeds } from '../../src/jobs/poll-feeds.job';
import { type JobQueue, startQueue } from '../../src/jobs/queue';
import { buildArticleText } from '../factories/article.factory';
import { createTestUser } from '../support/auth';
import { browserAvailable, launchBrowser, signInContext, signInWith } from '../support/browser';
import { openTestDataSource } from '../support/db';
import { startTestServer } from '../support/server';

jest.setTimeout(120_000);

const run = browserAvailable() ? describe : describe.skip;

/** The value shown beside a term of the page's facts list (“Stored”, “Failed”, …). */
async function fact(page: Page, term: string): Promise<string> {
  return (await page.locator('dl.facts dt', { hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]').innerText()).trim();
}

/** Reloads the page until `done` holds (the pages refresh themselves too; a reload keeps the test from waiting on the timer). */
async function reloadUntil(page: Page, done: () => Promise<boolean>, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    if (await done()) return;
    if (Date.now() > end) throw new Error(`timed out on ${page.url()}: ${(await page.locator('main').innerText()).slice(0, 600)}`);
    await new Promise((r) => setTimeout(r, 500));
    await page.reload();
  }
}

run('in a browser: bulk import and feeds', () => {
  let ds: DataSource;
  let queue: JobQueue;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  let site: http.Server;
  let base: string;
  const tag = `e${Date.now().toString(36)}`;

  const story = (town: string, speaker: string) => `<!doctype html><html lang="en"><head><title>Ferry service returns to ${town}</title>
<meta property="og:site_name" content="Island Courier"><meta property="article:published_time" content="2025-03-0${town.length % 9}T08:00:00Z"></head>
<body><nav>Home · Weather · Sport</nav><article><h1>Ferry service returns to ${town}</h1>
<p>The winter ferry to ${town} (${tag}) sailed again on Tuesday after six weeks in which storms kept the harbour closed, the island council said.</p>
<p>“We have waited a long time for this morning, and the whole village came down to the pier,” said ${speaker}, who runs the shop by the slipway.</p>
<p>The operator said the timetable would return to four crossings a day from next week, weather permitting.</p></article>
<div class="share">Share on Facebook · Share on X</div></body></html>`;

  beforeAll(async () => {
    ds = await openTestDataSource();
    queue = await startQueue(process.env.WHOSAID_TEST_DATABASE_URL!);
    const fetchOptions = { allowedHosts: ['127.0.0.1'] };
    await workImports(queue.boss, { dataSource: ds, queue });
    await workFetchArticles(queue.boss, { dataSource: ds, fetchOptions }, 1);
    await workFeeds(queue.boss, { dataSource: ds, queue, fetchOptions });
    site = http.createServer((req, res) => {
      if (req.url === `/${tag}/feed.xml`) {
        res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
        return res.end(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Island Courier ${tag}</title><link>${base}/</link>
<item><title>Ferry service returns to Kilbride</title><link>${base}/${tag}/kilbride</link><guid>${tag}-kilbride</guid></item>
<item><title>Ferry service returns to Portmore</title><link>${base}/${tag}/portmore</link><guid>${tag}-portmore</guid></item>
</channel></rss>`);
      }
      if (req.url === `/${tag}/kilbride`) return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(story('Kilbride', 'Morag Quinlan'));
      if (req.url === `/${tag}/portmore`) return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(story('Portmore', 'Declan Oyelaran'));
      if (req.url === `/${tag}/broken.xml`) return res.writeHead(503).end('down for maintenance');
      res.writeHead(404).end('not here');
    });
    await new Promise<void>((r) => site.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    server = await startTestServer(ds, { queue, fetchOptions });
    browser = await launchBrowser();
    context = browser.context;
    const editor = await createTestUser(ds, 'editor');
    await signInContext(context, server.url, editor, '/imports');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await queue?.stop();
    await new Promise((r) => site?.close(r));
    await ds?.destroy();
  });

  it('uploads a JSON Lines file, follows its progress to the end, lists the bad rows and offers no retry to rows that would fail again', async () => {
    const page = await context.newPage();
    const good = { title: `Bridge reopens ${tag}`, text: buildArticleText({ speaker: 'Rosa Lindqvist' }), outlet: 'Northern Post', publishedAt: '2024-04-02' };
    const lines = [
      JSON.stringify(good),
      JSON.stringify({ title: `Quarry plan ${tag}`, text: buildArticleText({ speaker: 'Kwame Mensah' }) }),
      '{"title": "a line cut short",',
      JSON.stringify({ title: 'Neither text nor address' }),
      JSON.stringify(good),
      JSON.stringify({ url: `${base}/${tag}/kilbride` }),
      JSON.stringify({ url: `${base}/${tag}/withdrawn-story` }),
    ].join('\n');
    await page.goto(`${server.url}/imports`);
    await page.getByLabel(/^File/).setInputFiles({ name: `spring-${tag}.jsonl`, mimeType: 'application/x-ndjson', buffer: Buffer.from(lines) });
    await page.getByRole('button', { name: 'Start import' }).click();
    await page.waitForURL(/\/imports\/\d+$/);
    const importUrl = page.url();
    expect(await page.locator('h1').innerText()).toBe(`Import of spring-${tag}.jsonl`);
    // While rows are pending, or pages still being fetched, the page refreshes itself.
    await reloadUntil(page, async () => (await fact(page, 'State')) === 'finished');
    expect(await page.locator('meta[http-equiv="refresh"]').count()).toBe(0);
    expect(await fact(page, 'Stored')).toBe('3'); // two texts and the page fetched from its address
    expect(await fact(page, 'Already in whosaid')).toBe('1');
    expect(await fact(page, 'Handed to the fetcher')).toBe('0');
    expect(await fact(page, 'Failed')).toBe('3');
    expect(await fact(page, 'Remaining')).toBe('0');
    expect(await page.locator('progress').getAttribute('value')).toBe('7');

    const rows = () => page.locator('table tbody tr').evaluateAll((trs) => trs.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent?.trim())));
    let cells = await rows();
    expect(cells.map((c) => c[0])).toEqual(['3', '4', '7']);
    expect(cells[0][2]).toMatch(/^line 3 is not a JSON object/);
    expect(cells[0][3]).toBe('—');
    expect(cells[1][1]).toBe('Neither text nor address');
    expect(cells[1][2]).toBe('the row has neither a text nor a url');
    expect(cells[2][1]).toBe(`${base}/${tag}/withdrawn-story`);
    expect(cells[2][2]).toMatch(/404/);
    expect(cells.map((c) => c[3])).toEqual(['—', '1', '1']);
    // None of them can be stored by a retry: an unreadable line, a row with no text, a page that answered 404 (final,
    // like any 4xx but 408 and 429). No retry is offered, and the page says what to do instead.
    expect(await page.getByText('These rows cannot be stored as they are').count()).toBe(1);
    expect(await page.getByRole('button', { name: /^Retry/ }).count()).toBe(0);
    expect(await fact(page, 'Stored')).toBe('3');
    expect(await fact(page, 'Failed')).toBe('3');
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM articles WHERE title IN ($1, $2) OR body LIKE $3`, [good.title, `Quarry plan ${tag}`, `%(${tag})%`]);
    expect(n).toBe(3);

    // The list of imports links back to this one, finished.
    await page.goto(`${server.url}/imports`);
    const row = page.locator('tr', { hasText: `spring-${tag}.jsonl` });
    expect(await row.locator('td').nth(2).innerText()).toBe('finished');
    await row.getByRole('link').click();
    await page.waitForURL(importUrl);
    await page.close();
  });

  it('refuses an empty upload with a message and keeps the form', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/imports`);
    await page.getByLabel(/^File/).setInputFiles({ name: 'empty.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.alloc(0) });
    await page.getByRole('button', { name: 'Start import' }).click();
    await page.waitForLoadState();
    expect(await page.getByRole('alert').innerText()).toContain('The file is empty.');
    expect(await page.getByRole('button', { name: 'Start import' }).count()).toBe(1);
    await page.close();
  });

  it('registers a feed, polls it and links each item to its stored article; a failing feed shows its error', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/feeds`);
    await page.getByLabel('Feed address').fill(`${base}/${tag}/feed.xml`);
    await page.getByLabel(/^Poll every/).fill('15');
    await page.getByRole('button', { name: 'Add feed' }).click();
    await page.waitForURL(/\/feeds\/\d+\?notice=feed-added$/);
    expect(await page.getByRole('status').innerText()).toContain('Feed added');
    const feedUrl = page.url().replace(/\?.*$/, '');

    await reloadUntil(page, async () => (await page.locator('ul.list li a', { hasText: 'article' }).count()) === 2);
    expect(await page.locator('h1').innerText()).toBe(`Island Courier ${tag}`);
    expect(await fact(page, 'State')).toBe('ok');
    expect(await fact(page, 'Items seen')).toBe('2');
    const items = await page.locator('ul.list li').allInnerTexts();
    expect(items.some((t) => t.startsWith('Ferry service returns to Kilbride'))).toBe(true);
    expect(items.some((t) => t.startsWith('Ferry service returns to Portmore'))).toBe(true);

    // Following an item opens the stored article with its quote attributed.
    await page.locator('ul.list li', { hasText: 'Portmore' }).getByRole('link', { name: 'article' }).click();
    await page.waitForURL(/\/articles\/\d+/);
    expect(await page.locator('h1').innerText()).toContain('Ferry service returns to Portmore');
    expect((await page.locator('.quote-item .speaker').allInnerTexts()).map((s) => s.trim())).toContain('Declan Oyelaran');

    // Polling again finds nothing new and stores nothing twice.
    await page.goto(feedUrl);
    const feedId = Number(feedUrl.split('/').pop());
    const lastPoll = async () => ((await ds.query('SELECT last_polled_at AS t FROM feeds WHERE id = $1', [feedId]))[0].t as Date).getTime();
    const before = await lastPoll();
    await page.getByRole('button', { name: 'Poll now' }).click();
    await page.waitForURL(/notice=feed-poll-queued/);
    expect(await page.getByRole('status').innerText()).toContain('Poll queued');
    await reloadUntil(page, async () => (await lastPoll()) > before);
    expect(await fact(page, 'Items seen')).toBe('2');
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM articles WHERE body LIKE $1`, [`%(${tag})%`]);
    expect(n).toBe(2);

    // A feed that answers with an error is listed as failing, with the reason.
    await page.goto(`${server.url}/feeds`);
    await page.getByLabel('Feed address').fill(`${base}/${tag}/broken.xml`);
    await page.getByRole('button', { name: 'Add feed' }).click();
    await page.waitForURL(/\/feeds\/\d+\?notice=feed-added$/);
    await reloadUntil(page, async () => (await fact(page, 'State')).startsWith('failing'));
    expect(await fact(page, 'State')).toBe('failing (1 in a row)');
    expect(await fact(page, 'Last error')).toMatch(/503/);

    // The list shows both feeds with their state.
    await page.goto(`${server.url}/feeds`);
    const ok = page.locator('tr', { hasText: `${tag}/feed.xml` });
    const bad = page.locator('tr', { hasText: `${tag}/broken.xml` });
    expect(await ok.locator('td').nth(1).innerText()).toBe('ok');
    expect(await bad.locator('td').nth(1).innerText()).toMatch(/^failing/);
    expect(await ok.locator('td').nth(4).innerText()).toBe('2');
    await page.close();
  });

  it('keeps a viewer out of the import and feed pages', async () => {
    const viewer = await createTestUser(ds, 'viewer');
    await context.clearCookies(); // the last test: the editor's session is not needed again
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    await signInWith(page, viewer);
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    for (const path of ['/imports', '/feeds']) {
      const res = await page.goto(`${server.url}${path}`);
      expect(res?.status()).toBe(403);
    }
    await page.close();
  });
});
