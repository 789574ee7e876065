import type { BrowserContext } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ingestArticle } from '../../src/services/ingest-article';
import { createTestUser } from '../support/auth';
import { browserAvailable, launchBrowser, signInContext } from '../support/browser';
import { openTestDataSource } from '../support/db';
import { startTestServer } from '../support/server';

jest.setTimeout(60_000);

const run = browserAvailable() ? describe : describe.skip;

run('in a browser: what a silent edit changed', () => {
  let ds: DataSource;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  let firstId: number;
  let secondId: number;
  const tag = `e${process.pid}${Date.now()}`.replace(/\d/g, (d) => 'abcdefghij'[Number(d)]);
  const town = `Ostrav${tag}`;

  beforeAll(async () => {
    ds = await openTestDataSource();
    const story = (deaths: string, missing: string, closing: string) =>
      `Flash floods swept through ${town} overnight, officials said on Wednesday.\n` +
      `“The water has killed ${deaths} people in ${town} since Tuesday,” Mayor Irena Kovalchik said at a briefing.\n` +
      `“${closing},” Kovalchik added.\n` +
      `Rescue officials said ${missing} people were still missing in ${town} on Wednesday evening.`;
    const canonicalUrl = `https://news.example.test/floods-${tag}`;
    const first = await ingestArticle(
      { dataSource: ds },
      { title: `Floods in ${town}`, text: story('31', '12', 'We are doing everything we can to reach the villages cut off by the water'), publishedAt: new Date('2025-04-02') },
      'url',
      { canonicalUrl },
    );
    const second = await ingestArticle(
      { dataSource: ds },
      { title: `Floods in ${town}`, text: story('38', '15', 'We are doing everything we can to reach the villages'), publishedAt: new Date('2025-04-02') },
      'url',
      { page: { canonicalUrl } },
    );
    firstId = first.articleId;
    secondId = second.articleId;
    server = await startTestServer(ds);
    browser = await launchBrowser();
    context = browser.context;
    await signInContext(context, server.url, await createTestUser(ds, 'viewer'), '/articles');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await ds?.destroy();
  });

  it('shows the edited quote and the changed toll on a phone, and leads from the old figure to its claim', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/articles/${secondId}`);
    const figures = page.getByRole('region', { name: 'What changed in the figures since version 1' });
    await figures.waitFor();
    const changed = figures.locator('li', { hasText: 'Kovalchik' });
    expect(await changed.count()).toBe(1);
    expect(await changed.locator('del').textContent()).toBe('31 (since Tuesday)');
    expect(await changed.locator('ins').textContent()).toBe('38 (since Tuesday)');
    expect(await changed.textContent()).toContain('according to Irena Kovalchik');
    // the toll changed; so did the number missing, which the rescue officials gave
    expect(await figures.locator('li', { hasText: 'Changed' }).count()).toBe(2);
    const quotes = page.getByRole('region', { name: 'What changed in the quotes since version 1' });
    // both quotes were edited: the toll inside the mayor's words, and the end of her second quote
    expect(await quotes.locator('li', { hasText: 'Altered' }).count()).toBe(2);
    expect((await quotes.locator('li del').allTextContents()).map((t) => t.trim())).toEqual(['31', 'cut off by the water']);
    // the rescue officials' report, outside quote marks, was edited too
    const statements = page.getByRole('region', { name: 'What changed in the reported statements since version 1' });
    const edited = statements.locator('li', { hasText: 'Altered' });
    expect(await edited.count()).toBe(1);
    expect(await edited.locator('del').textContent()).toContain('12');
    expect(await edited.locator('ins').textContent()).toContain('15');
    // nothing in the sections is wider than the phone
    const overflow = await page.evaluate(() => [...document.querySelectorAll('section.changes')].some((s) => s.scrollWidth > s.clientWidth + 1));
    expect(overflow).toBe(false);
    const shots = path.join(__dirname, '..', 'bench', 'out');
    mkdirSync(shots, { recursive: true });
    await figures.screenshot({ path: path.join(shots, 'article-versions-phone.png') });
    await changed.locator('del').click();
    await page.waitForURL(/\/claims\/\d+$/);
    expect(await page.textContent('body')).toContain('From version 1 of its page');
    expect(await page.locator(`a[href="/articles/${secondId}"]`).count()).toBeGreaterThan(0);
    // the first version has nothing to compare with
    await page.goto(`${server.url}/articles/${firstId}`);
    expect(await page.getByRole('region', { name: /What changed/ }).count()).toBe(0);
    await page.close();
  });
});
