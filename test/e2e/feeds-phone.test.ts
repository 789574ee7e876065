import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { type JobQueue, startQueue } from '../../src/jobs/queue';
import { CLI_ACTOR } from '../../src/services/audit';
import { addFeed, pollFeed } from '../../src/services/feeds';
import { createTestUser } from '../support/auth';
import { browserAvailable, launchBrowser, signInWith } from '../support/browser';
import { openTestDataSource } from '../support/db';
import { startTestServer } from '../support/server';

jest.setTimeout(120_000);

const run = browserAvailable() ? describe : describe.skip;

/** How far the page and its widest table reach past the viewport, in CSS pixels (0: they fit). */
async function overflow(page: Page): Promise<{ page: number; table: number }> {
  return page.evaluate(() => {
    const wrap = document.querySelector('.table-wrap');
    return {
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      table: wrap ? wrap.scrollWidth - wrap.clientWidth : 0,
    };
  });
}

run('in a browser on a phone: the feeds pages', () => {
  let ds: DataSource;
  let queue: JobQueue;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let site: http.Server;
  let base: string;
  const tag = `p${Date.now().toString(36)}`;
  // A long address with a stretch that has no natural break (a tracking token).
  const longPath = `/${tag}/news/regional/coast-and-islands/ferries-and-harbours/rss-2.0/all-stories.xml?token=${'a1b2c3d4e5'.repeat(8)}`;

  beforeAll(async () => {
    ds = await openTestDataSource();
    queue = await startQueue(process.env.WHOSAID_TEST_DATABASE_URL!);
    site = http.createServer((req, res) => {
      if (req.url === longPath) return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>');
      if (req.url === `/${tag}/broken.xml`) return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss><channel><title>Broken<item><title>oops</channel>');
      res.writeHead(503).end('down');
    });
    await new Promise<void>((r) => site.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    server = await startTestServer(ds, { queue });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await queue?.stop();
    await new Promise((r) => site?.close(r));
    await ds?.destroy();
  });

  it('fits the list of feeds and a feed with a long address into a 390 px screen, states and errors in view', async () => {
    const deps = { dataSource: ds, queue, fetchOptions: { allowedHosts: ['127.0.0.1'] } };
    const ids: number[] = [];
    for (const path of [longPath, `/${tag}/broken.xml`, `/${tag}/down.xml`]) {
      const { id } = await addFeed(deps, { url: `${base}${path}` }, CLI_ACTOR);
      await pollFeed(deps, id);
      ids.push(id);
    }
    const editor = await createTestUser(ds, 'editor');
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/login`);
    await signInWith(page, editor);
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));

    await page.goto(`${server.url}/feeds`);
    expect(await overflow(page)).toEqual({ page: 0, table: 0 });
    // Each of these feeds' state, with its error, is on screen.
    for (const [path, state] of [[longPath, 'ok'], [`/${tag}/broken.xml`, 'failing'], [`/${tag}/down.xml`, 'failing']]) {
      const row = page.locator('tbody tr', { hasText: `${base}${path}` });
      const cell = row.locator('td').nth(1);
      expect((await cell.innerText()).split('\n')[0]).toBe(state);
      const box = (await cell.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    expect(await page.locator('tbody tr', { hasText: `/${tag}/broken.xml` }).locator('td').nth(1).innerText()).toContain('The feed is not well-formed XML');

    // The page of the feed with the long address, which is also its heading (the feed has no title).
    await page.goto(`${server.url}/feeds/${ids[0]}`);
    expect(await page.locator('h1').innerText()).toBe(`${base}${longPath}`);
    expect((await overflow(page)).page).toBe(0);
    await page.close();
  });
});
