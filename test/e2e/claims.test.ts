import type { BrowserContext } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { buildTestApp } from '../support/app';
import { createTestUser, tokenFor } from '../support/auth';
import { browserAvailable, launchBrowser, signInContext } from '../support/browser';
import { claimOfEach, claimsScenario, postArticles } from '../support/claims-scenario';
import { openTestDataSource } from '../support/db';
import { startTestServer } from '../support/server';

jest.setTimeout(60_000);

const run = browserAvailable() ? describe : describe.skip;

run('in a browser: a topic timeline and a claim page', () => {
  let ds: DataSource;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  let claims: Awaited<ReturnType<typeof claimOfEach>>;
  let articleIds: number[];

  beforeAll(async () => {
    ds = await openTestDataSource();
    articleIds = await postArticles(buildTestApp(ds), await tokenFor(ds, 'editor'), claimsScenario().articles);
    claims = await claimOfEach(ds, articleIds);
    server = await startTestServer(ds);
    browser = await launchBrowser();
    context = browser.context;
    const viewer = await createTestUser(ds, 'viewer');
    await signInContext(context, server.url, viewer, '/topics');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await ds?.destroy();
  });

  it('draws the death-toll topic: one point per claim in speaker colours, four conflicts marked, nothing blocked by the CSP', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${server.url}/topics/${claims[0].topicId}`);
    const chart = page.locator('svg.timeline');
    await chart.waitFor();
    expect(await chart.locator('a.chart-point').count()).toBe(4);
    for (const c of claims.slice(0, 4)) expect(await chart.locator(`a.chart-point[data-claim-id="${c.id}"]`).count()).toBe(1);
    expect(await chart.locator('line.conflict-mark, line.revision-mark').count()).toBe(4);
    expect(await chart.locator('line.revision-mark').count()).toBe(1); // the UN spokesman's own figure, revised: dotted blue, no conflict
    expect(await chart.locator('circle.conflict-ring').count()).toBe(4);
    expect(await chart.locator('a.chart-point[data-shape="open-up"]').count()).toBe(2); // “at least 300”, “at least 450”
    const colours = await chart.locator('a.chart-point > circle:not(.conflict-ring)').evaluateAll((els) => els.map((e) => e.getAttribute('fill')));
    expect(new Set(colours).size).toBe(3); // three speakers: the UN spokesman twice, the ministry, the monitor
    const box = await chart.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(await page.locator('table.topic-claims tbody tr').count()).toBe(4);
    expect(await page.locator('.finding-kind').allTextContents()).toEqual(expect.arrayContaining(['Contradiction', 'Divergence', 'Revision']));
    expect(errors).toEqual([]);

    await chart.locator(`a.chart-point[data-claim-id="${claims[1].id}"]`).click();
    await page.waitForURL(new RegExp(`/claims/${claims[1].id}$`));
    expect(await page.locator('mark.claim-span').textContent()).toContain('30');
    expect(await page.locator('.finding').count()).toBe(3);
    await page.locator('a.article-link').click();
    await page.waitForURL(new RegExp(`/articles/${articleIds[1]}#q-0$`));
    expect(await page.getByRole('heading', { name: 'Claims in this article' }).count()).toBe(1);
    await page.close();
  });

  it('draws the siege topic with the duration mismatch', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/topics/${claims[4].topicId}`);
    const chart = page.locator('svg.timeline');
    expect(await chart.locator('a.chart-point').count()).toBe(2);
    expect(await chart.locator('line.conflict-duration-mismatch').count()).toBe(1);
    expect(await page.locator('.finding-kind').allTextContents()).toEqual(['Duration arithmetic']);
    await page.close();
  });
});
