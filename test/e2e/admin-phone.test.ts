import request from 'supertest';
import type { DataSource } from 'typeorm';
import { buildTestApp } from '../support/app';
import { createTestUser, tokenFor } from '../support/auth';
import { browserAvailable, launchBrowser, signInContext } from '../support/browser';
import { openTestDataSource } from '../support/db';
import { startTestServer } from '../support/server';

jest.setTimeout(60_000);

const run = browserAvailable() ? describe : describe.skip;

run('in a browser on a phone: the list of users', () => {
  let ds: DataSource;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;

  beforeAll(async () => {
    ds = await openTestDataSource();
    server = await startTestServer(ds);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await ds?.destroy();
  });

  it('keeps /admin/users within a 390 px screen: each user is a block of labelled lines, hidden labels included', async () => {
    const admin = await createTestUser(ds, 'admin');
    for (const role of ['editor', 'editor', 'viewer', 'viewer', 'admin'] as const) await createTestUser(ds, role);
    await signInContext(browser.context, server.url, admin, '/admin/users');
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/admin/users`);
    expect(await page.locator('table tbody tr').count()).toBeGreaterThanOrEqual(6);
    const widths = await page.evaluate(() => {
      const wrap = document.querySelector('.table-wrap')!;
      return { page: document.documentElement.scrollWidth, table: wrap.scrollWidth, frame: wrap.clientWidth };
    });
    // Every column stays in view: neither the frame nor the page scrolls sideways.
    expect(widths.table).toBeLessThanOrEqual(widths.frame + 1);
    expect(widths.page).toBeLessThanOrEqual(390);
    expect(await page.locator('table tbody tr').first().locator('td[data-label="Role"]').isVisible()).toBe(true);
    await page.close();
  });

  it('shows claims and topics on a phone as labelled blocks, figure and topic in view', async () => {
    const tag = `q${Date.now().toString(36)}`;
    await request(buildTestApp(ds)).post('/api/v1/articles').set('Authorization', `Bearer ${await tokenFor(ds, 'editor')}`)
      .send({ title: `Flood toll ${tag}`, outlet: 'Riverline', publishedAt: '2026-03-14', text: `The National Disaster Management Office said 87 people had died in the floods in Bresk${tag} valley.\n\nThe Ministry of Health put the number of dead at 112, citing hospital records.` })
      .expect(201);
    // (the context is still signed in as the admin of the test before)
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ['/claims', '/topics']) {
      await page.goto(`${server.url}${path}`);
      const fit = await page.evaluate(() => {
        const wrap = document.querySelector('.table-wrap')!;
        const cells = [...document.querySelectorAll('table tbody tr:first-child td')].map((td) => td.getBoundingClientRect().right);
        return { page: document.documentElement.scrollWidth, table: wrap.scrollWidth - wrap.clientWidth, right: Math.max(...cells) };
      });
      expect(fit.page).toBeLessThanOrEqual(390);
      expect(fit.table).toBeLessThanOrEqual(1);
      expect(fit.right).toBeLessThanOrEqual(390);
    }
    await page.goto(`${server.url}/claims`);
    expect(await page.locator('table tbody tr').first().locator('td[data-label="Figure"]').isVisible()).toBe(true);
    await page.close();
  });
});
