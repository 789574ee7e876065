import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { browserAvailable, closeSignedInBrowser, openSignedInBrowser, type SignedInBrowser } from '../support/browser';
import { seedArticle } from '../support/seed';

jest.setTimeout(60_000);

const run = browserAvailable() ? describe : describe.skip;

run('in a browser: pasting an article', () => {
  let ds: DataSource;
  let server: SignedInBrowser['server'];
  let context: BrowserContext;
  let opened: SignedInBrowser | undefined;

  beforeAll(async () => {
    // signed in once through the real form; the session cookie serves every page below
    opened = await openSignedInBrowser('editor', '/articles/new');
    ({ ds, server, context } = opened);
  });
  afterAll(() => closeSignedInBrowser(opened));

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

  it('converts pasted HTML to plain text and says so', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/articles/new`);
    const tag = Date.now().toString(36);
    await page.getByLabel('Title').fill(`Town to rebuild ${tag}`);
    await page.getByLabel('Article text').fill(`<p>KOVARY (ref ${tag}) - The council met.</p>\n<p>"We <u>will</u> rebuild the town," said Mayor Jan Novak.</p>\n<script>alert("x")</script>`);
    await page.getByRole('button', { name: 'Find the quotes' }).click();
    await page.waitForURL(/\/articles\/\d+\?notice=created-from-html/);
    expect(await page.getByRole('status').innerText()).toContain('The text you pasted was HTML: it was converted to plain text first');
    expect(await page.locator('.quote-item .quote-text').allInnerTexts()).toEqual([expect.stringContaining('We will rebuild the town')]);
    expect((await page.locator('.quote-item .speaker').allInnerTexts()).map((s) => s.trim())).toEqual(['Jan Novak']);
    expect(await page.locator('main').innerText()).not.toContain('alert(');
  });

  it('stops a text over the size limit before sending it, keeping the form, and explains a refused one', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/articles/new`);
    expect(await page.locator('#f-text-limit').innerText()).toContain('Up to 1,000,000 characters, and 2 MB for the whole form as sent.');
    const title = `Very long ${Date.now().toString(36)}`;
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Outlet').fill('Coast Daily');
    // 2.25 MB pasted at once, as the tester did
    const chars = await page.getByLabel('Article text').evaluate((el: HTMLTextAreaElement) => {
      el.value = 'The council met again to discuss the floods. '.repeat(50_000);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      return el.value.length;
    });
    expect(chars).toBe(2_250_000);
    const requests: string[] = [];
    page.on('request', (r) => r.method() === 'POST' && requests.push(r.url()));
    await page.getByRole('button', { name: 'Find the quotes' }).click();
    const warning = page.locator('#f-text-size');
    await warning.waitFor({ state: 'visible' });
    expect(await warning.innerText()).toMatch(/^The text is 2,250,000 characters; an article can have at most 1,000,000\. Shorten it, import it as a file under Imports, or give only its address\.$/);
    expect(new URL(page.url()).pathname).toBe('/articles/new');
    expect(requests).toEqual([]);
    // nothing was cut: the whole text, the title and the outlet are still in the form
    expect(await page.getByLabel('Article text').evaluate((el: HTMLTextAreaElement) => el.value.length)).toBe(chars);
    expect(await page.getByLabel('Title').inputValue()).toBe(title);
    expect(await page.getByLabel('Article text').getAttribute('aria-invalid')).toBe('true');

    // under the characters but over the body limit once sent (letters outside ASCII take 6 bytes URL-encoded)
    await page.getByLabel('Article text').evaluate((el: HTMLTextAreaElement) => {
      el.value = 'Рада знову зібралася. '.repeat(20_000);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.getByRole('button', { name: 'Find the quotes' }).click();
    await page.waitForFunction(() => /^The form is [\d.]+ MB as sent; whosaid accepts at most 2 MB\./.test(document.getElementById('f-text-size')!.textContent ?? ''));
    expect(requests).toEqual([]);

    // Sent all the same (as a browser without the script would): the server's page says what happened and what to do.
    await Promise.all([page.waitForNavigation(), page.locator('form.stack').evaluate((f: HTMLFormElement) => f.submit())]);
    expect(await page.title()).toBe('Too large to send · whosaid');
    const main = await page.locator('main').innerText();
    expect(main).toContain('is more than the 2 MB whosaid accepts in one request. Nothing was stored.');
    expect(main).toContain('Import it as a file under Imports');
    await page.getByRole('link', { name: 'Back to the form' }).click();
    await page.waitForURL(`${server.url}/articles/new`);
    const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM articles WHERE title = $1', [title]);
    expect(n).toBe(0);
  });

  it('is readable on a phone-sized screen', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`${server.url}/articles`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
