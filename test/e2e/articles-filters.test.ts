import type { DataSource } from 'typeorm';
import { ingestArticleBatch } from '../../src/services/ingest-batch';
import { createTestUser } from '../support/auth';
import { browserAvailable, launchBrowser, signInContext } from '../support/browser';
import { openTestDataSource } from '../support/db';
import { startTestServer } from '../support/server';

jest.setTimeout(60_000);

const run = browserAvailable() ? describe : describe.skip;

run('in a browser: filtering the article list', () => {
  let ds: DataSource;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  const tag = Date.now().toString(36);
  const outlet = `Northern Ledger ${tag}`;

  beforeAll(async () => {
    ds = await openTestDataSource();
    server = await startTestServer(ds);
    browser = await launchBrowser();
    const viewer = await createTestUser(ds, 'viewer');
    await signInContext(browser.context, server.url, viewer, '/articles');
    const titles = ['Council approves the ferry subsidy', 'Ferry crews strike over unpaid overtime', 'Flood defences delayed by a year', 'Ferry timetable cut for the winter'];
    await ingestArticleBatch(
      { dataSource: ds },
      titles.map((title, i) => ({
        title,
        outlet,
        publishedAt: `2025-0${i + 1}-15`,
        text: `The council met on Tuesday (ref ${tag}-${i}).\n“We will publish the figures next week,” said Maren Holt, the council's finance chair.`,
      })),
      'import',
    );
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await ds?.destroy();
  });

  for (const width of [390, 1280]) {
    it(`filters by words of the title, outlet and dates through the form at ${width} px, in a bookmarkable address`, async () => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${server.url}/articles`);
      await page.getByLabel('Words of the title').fill('ferry');
      await page.getByLabel('Outlet').fill(outlet.toLowerCase());
      await page.getByLabel('Published from').fill('2025-02-01');
      await page.getByLabel('to', { exact: true }).fill('2025-04-30');
      await Promise.all([page.waitForURL(/\/articles\?/), page.getByRole('button', { name: 'Filter' }).click()]);
      const address = new URL(page.url());
      expect(Object.fromEntries(address.searchParams)).toEqual({ q: 'ferry', outlet: outlet.toLowerCase(), from: '2025-02-01', to: '2025-04-30' });
      expect(await page.getByRole('status').textContent()).toBe('2 articles match. Clear the filters.');
      const titles = await page.locator('table tbody td:first-child a').allTextContents();
      expect(titles).toEqual(['Ferry timetable cut for the winter', 'Ferry crews strike over unpaid overtime']);
      // the form shows the filters it applied; the page fits the screen
      expect(await page.getByLabel('Outlet').inputValue()).toBe(outlet.toLowerCase());
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // the bookmarked address gives the same list
      const again = await browser.context.newPage();
      await again.goto(address.toString());
      expect(await again.locator('table tbody td:first-child a').allTextContents()).toEqual(titles);
      await again.close();
      await page.getByRole('link', { name: 'Clear the filters' }).click();
      await page.waitForURL(`${server.url}/articles`);
      await page.close();
    });
  }
});
