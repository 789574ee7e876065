import type { BrowserContext, Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { createTestUser } from '../support/auth';
import { browserAvailable, launchBrowser, signInWith } from '../support/browser';
import { openTestDataSource } from '../support/db';
import { seedArticle } from '../support/seed';
import { startTestServer } from '../support/server';
import { cap, ingest, uniqueTag } from '../support/speakers';

jest.setTimeout(90_000);

const run = browserAvailable() ? describe : describe.skip;

run('in a browser: a fact-checker signs in, works the review queue and rates a claim', () => {
  let ds: DataSource;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  let outlet: string;
  let rebel: string;
  let seedId: number;
  const consoleErrors: string[] = [];

  const open = async (url: string): Promise<Page> => {
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(`${url}: ${m.text()}`));
    await page.goto(`${server.url}${url}`);
    return page;
  };

  beforeAll(async () => {
    ds = await openTestDataSource();
    const tag = uniqueTag(3);
    outlet = `Geneva Wire ${cap(tag)}`;
    rebel = `Peter Va${tag}`;
    await ingest(
      ds,
      [
        'GENEVA — Talks on a ceasefire in the north resumed on Tuesday after a week-long pause.',
        `“The shelling must stop before anything else is discussed,” a Western diplomat said on condition of anonymity.`,
        '“Nobody has told us anything about the corridors.”',
        `${rebel}, the head of the opposition delegation, said the talks were “serious but slow”.`,
      ].join('\n'),
      { outlet, title: `Ceasefire talks resume ${tag}` },
    );
    // The seed article, made unique to this test so other tests' copies are not touched.
    seedId = await ingest(ds, `${seedArticle().trimEnd()}\nThis report was compiled by the ${cap(tag)} desk.`, { outlet: 'Press TV', publishedAt: '2016-12-18', title: 'Iran security chief on Aleppo' });
    server = await startTestServer(ds);
    browser = await launchBrowser();
    context = browser.context;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await ds?.destroy();
  });

  it('signs in through the form and lands on the review queue', async () => {
    const editor = await createTestUser(ds, 'editor');
    const page = await open(`/review?outlet=${encodeURIComponent(outlet)}`);
    await page.waitForURL(/\/login\?next=/);
    await signInWith(page, editor);
    await page.waitForURL(/\/review\?outlet=/);
    expect(await page.locator('.review-item').count()).toBe(2);
    expect(await page.getByRole('link', { name: 'Review' }).getAttribute('aria-current')).toBe('page');
    await page.close();
  });


  it('shows the whole speaker placeholder on a 390 px screen', async () => {
    const page = await open(`/review?outlet=${encodeURIComponent(outlet)}`);
    await page.setViewportSize({ width: 390, height: 844 });
    const fits = await page.$$eval('.speaker-form input[name=speaker]', (inputs) =>
      (inputs as HTMLInputElement[]).map((input) => {
        const style = getComputedStyle(input);
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return { placeholder: input.placeholder, text: Math.ceil(ctx.measureText(input.placeholder).width), room };
      }),
    );
    expect(fits.length).toBeGreaterThan(0);
    for (const f of fits) expect(f.text).toBeLessThanOrEqual(f.room);
    await page.close();
  });
  it('corrects a misattributed quote with the keyboard, and every page reflects it', async () => {
    const page = await open(`/review?outlet=${encodeURIComponent(outlet)}`);
    const item = page.locator('.review-item', { hasText: 'Nobody has told us anything' });
    await expect(item.count()).resolves.toBe(1);
    // The first item has focus; j moves to the next, s jumps to its speaker field.
    await page.locator('.review-item').first().waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('review-item'))).toBe(true);
    const items = await page.locator('.review-item').evaluateAll((els) => els.map((e) => e.id));
    const target = await item.getAttribute('id');
    if (items.indexOf(target!) === 1) await page.keyboard.press('j');
    await page.keyboard.press('s');
    const field = item.locator('input[name="speaker"]');
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(rebel);
    await page.keyboard.press('Enter');
    await page.waitForURL(/notice=quote-reassigned/);
    expect(await page.locator('.notice').textContent()).toContain('Speaker changed');
    expect(await page.locator('.review-item').count()).toBe(1);

    const quoteId = Number(target!.replace('quote-', ''));
    await page.goto(`${server.url}/quotes/${quoteId}`);
    expect(await page.locator('.attribution').textContent()).toContain(rebel);
    expect(await page.locator('.reviewed').first().textContent()).toBe('corrected by a person');
    await page.locator('.attribution a', { hasText: rebel }).click();
    await page.waitForURL(/\/speakers\/\d+/);
    expect(await page.locator('.timeline-item', { hasText: 'Nobody has told us anything' }).count()).toBe(1);
    await page.goto(`${server.url}/articles/${(await ds.query('SELECT article_id FROM quotes WHERE id = $1', [quoteId]))[0].article_id}`);
    expect(await page.locator('.quote-item', { hasText: 'Nobody has told us' }).locator('.speaker').textContent()).toContain(rebel);

    // Confirming the remaining item with c empties the queue.
    await page.goto(`${server.url}/review?outlet=${encodeURIComponent(outlet)}`);
    await page.keyboard.press('c');
    await page.waitForURL(/notice=quote-confirmed/);
    expect(await page.locator('.review-queue .empty').textContent()).toContain('No quote matching these filters waits for review.');
    await page.close();
  });

  it('after confirming an item with the keyboard, moves on to the item after it, not back to the first', async () => {
    const wire = `Relief Desk ${cap(uniqueTag(3))}`;
    await ingest(
      ds,
      [
        'KHARTOUM — Aid convoys waited at the border crossing for a third day on Thursday.',
        '“The lorries are loaded and the drivers are ready,” an aid worker said.',
        '“We were told the road is mined beyond the second checkpoint,” a convoy driver said.',
        '“Nobody will sign the permits before the weekend,” a customs officer said.',
        '“The clinics in the camps have run out of antibiotics,” a nurse said.',
      ].join('\n'),
      { outlet: wire, title: 'Convoys wait at the border' },
    );
    const page = await open(`/review?outlet=${encodeURIComponent(wire)}`);
    await page.locator('.review-item').first().waitFor();
    const before = await page.locator('.review-item').evaluateAll((els) => els.map((e) => e.id));
    expect(before.length).toBe(4);
    const focused = () => page.evaluate(() => document.activeElement?.id ?? null);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    expect(await focused()).toBe(before[1]);
    await page.keyboard.press('c');
    await page.waitForURL(/notice=quote-confirmed/);
    await page.locator('.review-item').first().waitFor();
    expect(await page.locator('.review-item').count()).toBe(3);
    // the item after the confirmed one has the focus: c again confirms it
    expect(await focused()).toBe(before[2]);
    await page.keyboard.press('c');
    await page.waitForFunction((id) => !document.getElementById(id), before[2]);
    expect(await focused()).toBe(before[3]);
    // the last item confirmed, the one before it takes the focus
    await page.keyboard.press('c');
    await page.waitForFunction((id) => !document.getElementById(id), before[3]);
    expect(await focused()).toBe(before[0]);
    await page.close();
  });

  it('leaves a filter field with Escape, so j/k work again without the mouse', async () => {
    // an outlet of its own: the first test empties its outlet's queue
    const outlet = `Harbour Desk ${cap(uniqueTag(3))}`;
    await ingest(
      ds,
      [
        'PIRAEUS — Ferry crews stayed ashore on Friday as the strike entered its second day.',
        '“We will sail when the contracts are signed,” a deckhand said.',
        '“Nobody has asked us what we need,” a ticket clerk said.',
      ].join('\n'),
      { outlet, title: 'Ferry strike enters second day' },
    );
    const page = await open(`/review?outlet=${encodeURIComponent(outlet)}`);
    await page.locator('.review-item').first().waitFor();
    const items = await page.locator('.review-item').evaluateAll((els) => els.map((e) => e.id));
    const outletField = page.getByLabel('Outlet', { exact: true });
    await outletField.focus();
    await page.keyboard.press('End');
    await page.keyboard.type('cn');
    // typing in the field triggers no shortcut
    expect(await outletField.inputValue()).toBe(`${outlet}cn`);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('INPUT');
    await page.keyboard.press('j');
    expect(await outletField.inputValue()).toBe(`${outlet}cn`);
    expect(await page.evaluate(() => document.activeElement?.id ?? null)).toBe(items[0]);
    // and in an item's field, Escape goes back to the item, as before
    await page.keyboard.press('s');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.id ?? null)).toBe(items[0]);
    await page.close();
  });

  it('wraps the rating choices between words on a 390 px screen, never inside one', async () => {
    const [claim] = await ds.query(`SELECT id FROM claims WHERE article_id = $1 AND measure = 'siege-duration'`, [seedId]);
    const page = await open(`/claims/${claim.id}`);
    await page.setViewportSize({ width: 390, height: 844 });
    // each word of each choice (its rating and its definition) as the lines it is laid out on
    const words = await page.$$eval('.rating-choice', (labels) =>
      labels.flatMap((label) => {
        const out: Array<{ word: string; lines: number }> = [];
        const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const m of node.textContent!.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, m.index!);
            range.setEnd(node, m.index! + m[0].length);
            out.push({ word: m[0], lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size });
          }
        }
        return out;
      }),
    );
    expect(words.map((w) => w.word)).toEqual(expect.arrayContaining(['Accurate', 'Misleading', 'Unsupported']));
    expect(words.filter((w) => w.lines !== 1)).toEqual([]);
    // and the form still fits the screen
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });

  it('rates the seed article’s siege claim with a source and a reference figure, and publishes valid ClaimReview', async () => {
    const [claim] = await ds.query(`SELECT id FROM claims WHERE article_id = $1 AND measure = 'siege-duration'`, [seedId]);
    const page = await open(`/claims/${claim.id}`);
    await page.getByLabel(/False/).check();
    await page.getByLabel('Explanation').fill('Fuaa and Kafraya were fully encircled in March 2015, according to the local council and UN access reports.');
    await page.getByLabel('Address 1').fill('https://reliefweb.example/report/fuaa-kafraya-access');
    await page.locator('#f-source1Title').fill('Humanitarian access update');
    await page.locator('#f-source1Publisher').fill('UN OCHA');
    await page.getByLabel('Figure', { exact: true }).fill('21');
    await page.getByLabel('Unit').selectOption('month');
    await page.getByLabel('Source address').fill('https://records.example/encirclement');
    await page.getByLabel('Source title').fill('Local council records');
    await page.getByLabel(/Publish now/).check();
    await page.getByRole('button', { name: 'Save verdict' }).click();
    await page.waitForURL(/notice=verdict-added/);

    const verdict = page.locator('.verdict');
    expect(await verdict.locator('.rating strong').textContent()).toBe('False');
    expect(await verdict.locator('.tag').textContent()).toBe('published');
    expect(await verdict.locator('.figure-error').textContent()).toContain('claimed over 3 years; the reference shows 21 months: overstated by at least 15 months (+71%)');
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      reviewRating: { '@type': 'Rating', alternateName: 'False', ratingValue: 1, bestRating: 6, worstRating: 1 },
      itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Ali Shamkhani' }, datePublished: '2016-12-18' },
    });
    expect(jsonLd.claimReviewed).toContain('for over three years');
    expect(jsonLd.url).toBe(`${server.url}/claims/${claim.id}#verdict-${jsonLd.url.split('-').pop()}`);
    await page.close();
    expect(consoleErrors).toEqual([]);
  });
});
