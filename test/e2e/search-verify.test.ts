import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { BrowserContext } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { buildTestApp } from '../support/app';
import { createTestUser, tokenFor } from '../support/auth';
import { browserAvailable, launchBrowser, signInContext } from '../support/browser';
import { openTestDataSource } from '../support/db';
import { startTestServer } from '../support/server';

jest.setTimeout(60_000);

const run = browserAvailable() ? describe : describe.skip;

run('in a browser: search, a quote page with its citation, and verification', () => {
  let ds: DataSource;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  const tag = `w${randomUUID().replace(/[^a-z]/g, '').slice(0, 7)}`;
  const words = `The ${tag} ferry will run every hour from the first of June`;
  const dropped = `The ${tag} night crossing stays for the summer`;
  let accountId: number;
  const master = `Ko${tag}`;

  beforeAll(async () => {
    ds = await openTestDataSource();
    await request(buildTestApp(ds))
      .post('/api/v1/articles')
      .set('Authorization', `Bearer ${await tokenFor(ds, 'editor')}`)
      .send({ title: `Pier ${tag} plans`, outlet: 'Island Weekly', publishedAt: '2024-05-21', text: `The harbour board met on Monday.\n“There will be no new pier at ${tag},” said Malin Øberg. “There is no money. There is only the old quay.”` })
      .expect(201);
    // the page as first published, then edited: the night crossing promise is gone from version 2
    for (const text of [
      `Islanders welcomed the news.\n“${words},” said Malin Øberg, the ferry company's manager.\n“${dropped},” Øberg added.`,
      `Islanders welcomed the news on Tuesday.\n“${words},” said Malin Øberg, the ferry company's manager.`,
    ]) {
      await request(buildTestApp(ds))
        .post('/api/v1/articles')
        .set('Authorization', `Bearer ${await tokenFor(ds, 'editor')}`)
        .send({ title: 'Island ferry timetable', outlet: 'Harbour Gazette', publishedAt: '2024-05-20', url: `https://gazette.example/${tag}`, text })
        .expect(201);
    }
    // a quote over three paragraphs, each opening with a mark and the last one closing it
    const account = await request(buildTestApp(ds))
      .post('/api/v1/articles')
      .set('Authorization', `Bearer ${await tokenFor(ds, 'editor')}`)
      .send({
        title: `Collision off ${tag} point`, outlet: 'Harbour Gazette', publishedAt: '2024-06-02',
        // (a surname of this run's own: the test database is shared with other files)
        text: `The harbour master, Ines ${master}, gave this account of the collision:\n“We saw the trawler turn across the channel at full speed.\n“By the time the pilot boat reached her, the ferry had already struck her stern.\n“Nobody was hurt, and that is a miracle,” ${master} said.`,
      })
      .expect(201);
    accountId = account.body.article.id;
    server = await startTestServer(ds);
    browser = await launchBrowser();
    context = browser.context;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const viewer = await createTestUser(ds, 'viewer');
    await signInContext(context, server.url, viewer, '/search');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await ds?.destroy();
  });

  it('searches, opens the quote page and copies a citation', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/search`);
    await page.getByLabel('Words to find').fill(`${tag} ferry`);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\?q=/);
    // the edited page's quote once, in its current version, naming the earlier one
    expect(await page.getByRole('status').innerText()).toBe('1 quote matches.');
    expect(await page.locator('mark.hit').allInnerTexts()).toEqual(expect.arrayContaining(['ferry']));
    expect(await page.locator('ol.results .versions').innerText()).toBe('also in an earlier version: v1');
    await page.getByRole('link', { name: 'quote page' }).click();
    await page.waitForURL(/\/quotes\/\d+$/);
    expect(await page.locator('blockquote.big').innerText()).toContain(words);
    await page.locator('button[data-copy="cite-plain"]').click();
    await page.getByRole('button', { name: 'Copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`“${words}” — Malin Øberg, quoted in Harbour Gazette, Island ferry timetable (2024-05-20). https://gazette.example/${tag}`);
  });

  it('shows a quote over three paragraphs in its paragraphs, each on its own line', async () => {
    const [q] = await ds.query('SELECT id, segments FROM quotes WHERE article_id = $1 ORDER BY position LIMIT 1', [accountId]);
    expect(q.segments).toHaveLength(3);
    const page = await context.newPage();
    await page.goto(`${server.url}/quotes/${q.id}`);
    const lines = (await page.locator('p.context').innerText()).split('\n').filter((l) => l.trim());
    expect(lines).toHaveLength(3); // the quote's three paragraphs, not one run of text with marks in its middle
    expect(lines[0]).toMatch(/^“We saw the trawler/);
    expect(lines[1]).toMatch(/^“By the time/);
    expect(lines[2]).toMatch(/^“Nobody was hurt/);
  });

  it('lists a speaker’s quotes from the filters alone, with no words typed', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/search`);
    await page.getByText('Filters and order').click();
    await page.getByLabel('Speaker (name or #number)').fill('Malin Øberg');
    await page.getByLabel('Outlet').fill('Harbour Gazette');
    await page.getByLabel('Speaker (name or #number)').press('Enter');
    await page.waitForURL(/\/search\?.*speaker=\d+/);
    expect(await page.getByRole('status').innerText()).toBe('1 quote matches.');
    expect(await page.locator('ol.results blockquote').innerText()).toContain(words);
    expect(await page.locator('select#f-sort').inputValue()).toBe('newest');
  });

  it('finds a quote an edit removed once “Earlier versions too” is ticked', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/search?q=${encodeURIComponent(`${tag} crossing`)}`);
    expect(await page.getByRole('status').innerText()).toBe('No quotes match.');
    await page.getByText('Filters and order').click();
    await page.getByLabel('Earlier versions too').check();
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/earlier=1/);
    expect(await page.getByRole('status').innerText()).toBe('1 quote matches.');
    expect(await page.locator('ol.results blockquote').innerText()).toContain(dropped);
    expect(await page.locator('ol.results .earlier-version').innerText()).toBe('only in an earlier version (v1): a later edit removed it');
  });

  it('writes the quote box in the page’s font, as every other field', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/verify`);
    const fonts = await page.evaluate(() => {
      const font = (el: Element) => getComputedStyle(el).fontFamily;
      return { page: font(document.body), quote: font(document.getElementById('f-quote')!), speaker: font(document.getElementById('f-speaker')!) };
    });
    expect(fonts).toEqual({ page: fonts.page, quote: fonts.page, speaker: fonts.page });
    expect(fonts.page).toContain('sans-serif');
    await page.close();
  });

  it('tells an altered quote from the real one', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/verify`);
    await page.getByLabel('The quote').fill(words.replace('every hour', 'twice a day'));
    await page.getByLabel('Said to be by').fill('Malin Øberg');
    await page.getByRole('button', { name: 'Check' }).click();
    await page.waitForURL(/\/verify\?quote=/);
    expect(await page.locator('#verdict').innerText()).toMatch(/^Altered: the closest real quote, by Malin Øberg, differs/);
    expect(await page.locator('.diff del').first().innerText()).toContain('every hour');
    expect(await page.locator('.diff ins').first().innerText()).toContain('twice a day');
  });

  it('confirms a quote pasted whole that the article split around “said Malin Øberg”', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/verify`);
    await page.getByLabel('The quote').fill(`There will be no new pier at ${tag}. There is no money. There is only the old quay.`);
    await page.getByLabel('Said to be by').fill('Malin Øberg');
    await page.getByRole('button', { name: 'Check' }).click();
    await page.waitForURL(/\/verify\?quote=/);
    expect(await page.locator('#verdict').innerText()).toBe('Yes: these are the words as stored, said by Malin Øberg.');
    expect(await page.locator('.changes').count()).toBe(0);
    expect(await page.locator('ol.list .joined').first().innerText()).toBe('one quote split around its attribution (2 parts, read together)');
  });

  it('says who else a later correction credits the words to, in the verdict itself', async () => {
    const fees = `The ${tag} harbour fees will double next spring`;
    const token = await tokenFor(ds, 'editor');
    for (const [title, outlet, publishedAt, text] of [
      ['Harbour fees to rise', 'Harbour Gazette', '2024-05-22', `The ferry company answered questions on Wednesday.\n“${fees},” said Malin Øberg.`],
      ['Correction: harbour fees', 'Island Weekly', '2024-05-24', `Correction: An earlier report wrongly attributed a quote to the ferry manager, Malin Øberg. The words “${fees}” were spoken by the harbour master, Sven Lind, not by Ms Øberg.`],
    ]) await request(buildTestApp(ds)).post('/api/v1/articles').set('Authorization', `Bearer ${token}`).send({ title, outlet, publishedAt, text }).expect(201);
    const page = await context.newPage();
    await page.goto(`${server.url}/verify?quote=${encodeURIComponent(fees)}&speaker=${encodeURIComponent('Malin Øberg')}`);
    const verdict = page.locator('#verdict');
    expect(await verdict.innerText()).toMatch(/^Disputed: these are the words as stored, but articles credit them to different speakers/);
    expect(await verdict.locator('.dispute').innerText()).toBe('Credited to Malin Øberg in Harbour fees to rise (Harbour Gazette), 2024-05-22, not reviewed; to Sven Lind in Correction: harbour fees (Island Weekly), 2024-05-24, not reviewed.');
    await verdict.getByRole('link', { name: 'Correction: harbour fees' }).click();
    await page.waitForURL(/\/articles\/\d+#q-0$/);
  });
});
