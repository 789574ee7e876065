import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { createTestUser } from '../support/auth';
import { browserAvailable, launchBrowser, signInContext } from '../support/browser';
import { openTestDataSource } from '../support/db';
import { seedArticle } from '../support/seed';
import { startTestServer } from '../support/server';

jest.setTimeout(60_000);

const run = browserAvailable() ? describe : describe.skip;

run('in a browser: pasting an article', () => {
  let ds: DataSource;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;

  beforeAll(async () => {
    ds = await openTestDataSource();
    server = await startTestServer(ds);
    browser = await launchBrowser();
    context = browser.context;
    // Sign in once through the real form; the session cookie serves every page below.
    const editor = await createTestUser(ds, 'editor');
    await signInContext(context, server.url, editor, '/articles/new');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await ds?.destroy();
  });

  it('shows the seed article with its three quotes highlighted and attributed to Ali Shamkhani', async () => {
    const page = await context.newPage();
    const cspErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && cspErrors.push(m.text()));
    await page.goto(`${server.url}/articles/new`);
    const text = seedArticle();
    await page.getByLabel('Title').fill("Iran's Shamkhani meets Russia's envoy on Syria");
    await page.getByLabel('Outlet').fill('Press TV');
    await page.getByLabel('Published date').fill('2016-12-18');
    await page.getByLabel('Article text').fill(text);
    await page.getByRole('button', { name: 'Find the quotes' }).click();
    await page.waitForURL(/\/articles\/\d+/);

    expect(await page.getByRole('status').innerText()).toMatch(/Article stored and analysed|already in whosaid/);
    const marks = page.locator('mark.q');
    const speakers = await marks.evaluateAll((els) => els.map((e) => e.getAttribute('data-speaker')));
    const quoteTexts = await page.locator('.quote-item .quote-text').allInnerTexts();
    expect(quoteTexts.length).toBe(3);
    expect(new Set(speakers)).toEqual(new Set(['Ali Shamkhani']));
    expect(quoteTexts[0]).toContain('The liberation of Aleppo once again exposed');
    const listed = await page.locator('.quote-item .speaker').allInnerTexts();
    expect(listed.map((s) => s.trim())).toEqual(['Ali Shamkhani', 'Ali Shamkhani', 'Ali Shamkhani']);
    expect(await page.locator('.legend').innerText()).toContain('Ali Shamkhani');

    // The speaker's name is announced when a highlighted quote gets keyboard focus.
    await marks.first().focus();
    expect(await marks.first().getAttribute('aria-label')).toMatch(/^Quote by Ali Shamkhani: /);
    expect(cspErrors).toEqual([]);

    fs.mkdirSync(path.join(__dirname, '..', 'bench', 'out'), { recursive: true });
    await page.screenshot({ path: path.join(__dirname, '..', 'bench', 'out', 'article-page.png'), fullPage: true });
  });

  it('keeps the form input and shows the problems when the title is missing', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/articles/new`);
    await page.getByLabel('Article text').fill('“We are ready,” said Lena Park.');
    await page.getByRole('button', { name: 'Find the quotes' }).click();
    expect(await page.getByRole('alert').innerText()).toContain('Title is required');
    expect(await page.getByLabel('Article text').inputValue()).toBe('“We are ready,” said Lena Park.');
  });

  it('is readable on a phone-sized screen', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`${server.url}/articles`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
