import type { BrowserContext, Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { browserAvailable, closeSignedInBrowser, openSignedInBrowser, type SignedInBrowser } from '../support/browser';
import { cap, uniqueTag } from '../support/speakers';

jest.setTimeout(90_000);

const run = browserAvailable() ? describe : describe.skip;

run('in a browser: speakers across articles', () => {
  let ds: DataSource;
  let server: SignedInBrowser['server'];
  let context: BrowserContext;
  let opened: SignedInBrowser | undefined;
  const cspErrors: string[] = [];

  beforeAll(async () => {
    // signed in once through the real form; the session cookie serves every page below
    opened = await openSignedInBrowser('editor', '/speakers');
    ({ ds, server, context } = opened);
  });
  afterAll(() => closeSignedInBrowser(opened));

  async function newPage(): Promise<Page> {
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && cspErrors.push(m.text()));
    return page;
  }

  async function paste(page: Page, text: string, outlet: string, date: string): Promise<void> {
    await page.goto(`${server.url}/articles/new`);
    await page.getByLabel('Title').fill(`Report ${uniqueTag(3)}`);
    await page.getByLabel('Outlet').fill(outlet);
    await page.getByLabel('Published date').fill(date);
    await page.getByLabel('Article text').fill(text);
    await page.getByRole('button', { name: 'Find the quotes' }).click();
    await page.waitForURL(/\/articles\/\d+/);
  }

  it('lands quotes from outlets that spell a name differently on one speaker page, found by a misspelled search', async () => {
    const tag = uniqueTag();
    const page = await newPage();
    await paste(
      page,
      `Secretary of Iran’s Supreme National Security Council (SNSC) Ali Shamkh${tag}ani met the envoy in Tehran.\n“The liberation of Aleppo exposed the West,” Shamkh${tag}ani said.`,
      'Press TV',
      '2016-12-18',
    );
    await paste(page, `“We will not retreat from Aleppo,” said Ali Shamkh${tag}any, the Iranian security chief.`, 'Reuters', '2017-03-02');

    await page.goto(`${server.url}/speakers`);
    await page.getByLabel('Name').fill(`shamk${tag}ani`);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: `Ali Shamkh${tag}ani` }).click();
    await page.waitForURL(/\/speakers\/\d+$/);

    expect(await page.locator('h1').innerText()).toBe(`Ali Shamkh${tag}ani`);
    expect(await page.locator('.quote-count').innerText()).toBe('2');
    const quotes = await page.locator('.timeline-item blockquote').allInnerTexts();
    expect(quotes[0]).toContain('not retreat from Aleppo');
    expect(quotes[1]).toContain('liberation of Aleppo');
    expect(await page.locator('.roles').innerText()).toContain('Secretary, Supreme National Security Council (SNSC), Iran');
    expect(await page.locator('.aliases').innerText()).toContain(`Ali Shamkh${tag}any`);

    // A quote leads to its place in the article.
    await page.locator('.timeline-item blockquote a').last().click();
    await page.waitForURL(/\/articles\/\d+#q-0$/);
    expect(await page.locator('#q-0').innerText()).toContain('liberation of Aleppo');
    await page.close();
  });

  it('lists a fuller name among the other names on the speaker page, and the name with a title before it only on the editor page', async () => {
    const sur = cap(`sal${uniqueTag()}eh`);
    const page = await newPage();
    await paste(
      page,
      `Colonel Omar ${sur} told reporters that “the road to the port is open again”.\n“Nobody should doubt it,” said Omar Abdel ${sur}, the commander of the garrison.`,
      'Wire',
      '2024-02-01',
    );
    await page.goto(`${server.url}/speakers?q=${encodeURIComponent(sur.toLowerCase())}`);
    await page.getByRole('link', { name: `Omar ${sur}`, exact: true }).click();
    await page.waitForURL(/\/speakers\/\d+$/);
    const aliases = await page.locator('.aliases').innerText();
    expect(aliases).toContain(`Omar Abdel ${sur}`);
    expect(aliases).not.toContain('Colonel');
    await page.goto(`${page.url()}/manage`);
    expect(await page.locator('body').innerText()).toContain(`Colonel Omar ${sur}`);
    await page.close();
  });

  it('merges two speakers and splits them again from the editor pages, with the history showing both', async () => {
    const sur = cap(`ner${uniqueTag()}`);
    const page = await newPage();
    await paste(page, `“The port reopens on Monday,” said Anton ${sur}, the harbour master.`, 'Wire', '2021-04-01');
    await paste(page, `“Cargo volumes doubled,” said Antonio ${sur}, a shipping analyst.`, 'Wire', '2021-05-01');

    await page.goto(`${server.url}/speakers?q=${encodeURIComponent(sur.toLowerCase())}`);
    const hrefOf = async (name: string) => Number((await page.getByRole('link', { name }).getAttribute('href'))!.split('/').pop());
    const anton = await hrefOf(`Anton ${sur}`);
    const antonio = await hrefOf(`Antonio ${sur}`);

    await page.goto(`${server.url}/speakers/${anton}/manage`);
    await page.getByLabel('Speaker number to merge into this one').fill(String(antonio));
    await page.getByRole('button', { name: `Merge into Anton ${sur}` }).click();
    // the confirmation names the speaker typed before anything moves; the Confirm button has the focus
    await page.waitForURL(/\/merge\/preview$/);
    expect(await page.locator('tr[data-side="merged"]').innerText()).toContain(`Antonio ${sur}`);
    await page.keyboard.press('Enter');
    await page.waitForURL(/done=merged/);
    expect(await page.getByRole('status').innerText()).toContain('Speakers merged');
    expect(await page.locator('.history').innerText()).toContain(`Merged “Antonio ${sur}”`);

    await page.goto(`${server.url}/speakers/${antonio}`);
    await page.waitForURL(new RegExp(`/speakers/${anton}$`));
    expect(await page.locator('.quote-count').innerText()).toBe('2');

    await page.goto(`${server.url}/speakers/${anton}/split`);
    await page.getByLabel(/Cargo volumes doubled/).check();
    await page.getByLabel('New speaker’s name').fill(`Antonio ${sur}`);
    await page.getByRole('button', { name: 'Move the ticked quotes' }).click();
    await page.waitForURL(/done=split/);
    expect(await page.locator('h1').innerText()).toBe(`Manage Antonio ${sur}`);

    await page.goto(`${server.url}/speakers/${anton}`);
    expect(await page.locator('.quote-count').innerText()).toBe('1');
    await page.goto(`${server.url}/speakers/${anton}/manage`);
    const history = await page.locator('.history').innerText();
    expect(history).toContain('Split');
    expect(history).toContain('Merged');

    // Undo the split from the history: the quote comes back.
    await page.locator('.history tr', { hasText: 'Split' }).getByRole('button', { name: 'Undo' }).click();
    await page.waitForURL(/done=undone/);
    await page.goto(`${server.url}/speakers/${anton}`);
    expect(await page.locator('.quote-count').innerText()).toBe('2');
    await page.close();
  });

  it('is readable on a phone-sized screen and runs without CSP errors', async () => {
    const page = await newPage();
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`${server.url}/speakers`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(cspErrors).toEqual([]);
    await page.close();
  });
});
