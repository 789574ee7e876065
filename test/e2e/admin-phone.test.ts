import type { DataSource } from 'typeorm';
import { createTestUser } from '../support/auth';
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

  it('keeps /admin/users within a 390 px screen: the wide table scrolls inside its frame, hidden labels included', async () => {
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
    // The table is wider than the screen, so the frame scrolls; the page itself does not.
    expect(widths.table).toBeGreaterThan(widths.frame);
    expect(widths.page).toBeLessThanOrEqual(390);
    await page.close();
  });
});
