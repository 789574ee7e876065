import type { Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { createTestUser } from '../support/auth';
import { browserAvailable, launchBrowser, signInWith } from '../support/browser';
import { openTestDataSource } from '../support/db';
import { startTestServer } from '../support/server';
import { ingest } from '../support/speakers';
import { siegeAccounts } from '../support/siege-accounts';

jest.setTimeout(180_000);

const run = browserAvailable() ? describe : describe.skip;

/** How far the page reaches past the viewport, in CSS pixels (0: it fits). */
function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

run('in a browser on a phone: a topic of 64 accounts of a siege, half at odds with the other half', () => {
  let ds: DataSource;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let topicId: number;
  let articleIds: number[];

  beforeAll(async () => {
    ds = await openTestDataSource();
    articleIds = [];
    for (const a of siegeAccounts(64)) articleIds.push(await ingest(ds, a.text, a));
    [{ topic_id: topicId }] = await ds.query('SELECT topic_id FROM claims WHERE article_id = $1', [articleIds[0]]);
    server = await startTestServer(ds);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await ds?.destroy();
  });

  it('shows the claims and the conflicts a page at a time, each with its own pager, and fits a 390 px screen', async () => {
    const viewer = await createTestUser(ds, 'viewer');
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/login`);
    await signInWith(page, viewer);
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));

    // the topic is the 64 accounts, no fewer and none of another test's (the database is shared): the pages are
    // checked against them, claim by claim
    const stored: Array<{ id: number; article_id: number }> = await ds.query(
      'SELECT id, article_id FROM claims WHERE topic_id = $1 AND NOT superseded ORDER BY said_at, id',
      [topicId],
    );
    expect(stored.map((c) => c.article_id).sort((a, b) => a - b)).toEqual([...articleIds].sort((a, b) => a - b));
    const claimIds = stored.map((c) => String(c.id));
    const tableIds = async () => (await page.locator('table.topic-claims tbody tr').evaluateAll((rows) => rows.map((r) => r.id))).map((id) => id.replace(/^claim-/, ''));

    await page.goto(`${server.url}/topics/${topicId}`);
    expect(await tableIds()).toEqual(claimIds.slice(0, 50));
    expect(await page.getByRole('navigation', { name: 'Pages of claims' }).textContent()).toContain('claims 1–50 of 64');
    // the chart draws every claim of the table's pages, each once
    const drawn = await page.locator('svg.timeline a.chart-point').evaluateAll((points) => points.map((p) => p.getAttribute('data-claim-id') ?? ''));
    expect([...drawn].sort()).toEqual([...claimIds].sort());
    expect(await page.locator('.findings-summary').textContent()).toContain('64 claims of 64 are at odds with another');
    const conflicts = page.getByRole('navigation', { name: 'Pages of conflicts' });
    const shown = await page.locator('ul.findings li').count();
    expect(shown).toBe(50);
    const total = Number((await conflicts.textContent())!.match(/of ([\d,]+)/)![1].replace(/,/g, ''));
    // 32 × 32 pairs disagree; the topic keeps three findings a claim at most
    expect(total).toBeGreaterThan(50);
    expect(total).toBeLessThanOrEqual(3 * 64);
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    // the claims' pager moves the table on and keeps the conflicts where they were
    await page.getByRole('navigation', { name: 'Pages of claims' }).getByRole('link', { name: 'Next →' }).click();
    await page.waitForURL(/[?&]page=2/);
    expect(await tableIds()).toEqual(claimIds.slice(50));
    expect(await page.getByRole('navigation', { name: 'Pages of claims' }).textContent()).toContain('claims 51–64 of 64');
    expect(await page.locator('ul.findings li').count()).toBe(50);

    // the conflicts' pager shows the rest of them
    await page.getByRole('navigation', { name: 'Pages of conflicts' }).getByRole('link', { name: 'Next →' }).click();
    await page.waitForURL(/[?&]conflicts=2/);
    expect(await page.locator('ul.findings li').count()).toBe(Math.min(50, total - 50));
    expect(await tableIds()).toEqual(claimIds.slice(50));
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.close();
  });
});
