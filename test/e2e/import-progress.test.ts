import type { BrowserContext, Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { CLI_ACTOR } from '../../src/services/audit';
import { createImport, processImport } from '../../src/services/imports';
import { buildArticleText } from '../factories/article.factory';
import { browserAvailable, closeSignedInBrowser, openSignedInBrowser, type SignedInBrowser } from '../support/browser';

jest.setTimeout(120_000);

const run = browserAvailable() ? describe : describe.skip;

/** The value shown beside a term of the page's facts list. */
async function fact(page: Page, term: string): Promise<string> {
  return (await page.locator('dl.facts dt', { hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]').innerText()).trim();
}

async function until(probe: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}

run('in a browser: the import progress page', () => {
  let ds: DataSource;
  let server: SignedInBrowser['server'];
  let context: BrowserContext;
  let opened: SignedInBrowser | undefined;

  beforeAll(async () => {
    // signed in once through the real form; the session cookie serves every page below
    opened = await openSignedInBrowser('editor', '/login');
    ({ ds, server, context } = opened);
  });
  afterAll(() => closeSignedInBrowser(opened));

  it('updates the figures in place while rows are handled, keeping focus, and loads the page once more at the end', async () => {
    const tag = `p${Date.now().toString(36)}`;
    const content = Buffer.from(
      [
        JSON.stringify({ title: `First ${tag}`, text: buildArticleText({ speaker: 'Rosa Lindqvist' }) }),
        JSON.stringify({ title: `Second ${tag}`, text: buildArticleText({ speaker: 'Kwame Mensah' }) }),
        JSON.stringify({ title: `No text ${tag}` }),
      ].join('\n'),
    );
    // no worker here: the test moves the import along itself
    const { batchId } = await createImport({ dataSource: ds }, { content, filename: `live-${tag}.jsonl` }, CLI_ACTOR);
    const page = await context.newPage();
    let loads = 0;
    page.on('load', () => loads++);
    await page.goto(`${server.url}/imports/${batchId}`);
    expect(await page.locator('meta[http-equiv="refresh"]').count()).toBe(0);
    expect(await fact(page, 'State')).toBe('waiting for a worker');
    expect(await fact(page, 'Remaining')).toBe('3');
    // with the script running, the Refresh link is not needed
    expect(await page.getByRole('link', { name: 'Refresh' }).isVisible()).toBe(false);
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await page.getByRole('link', { name: 'all imports' }).focus();

    await ds.query(`UPDATE import_batches SET status = 'running', started_at = now() WHERE id = $1`, [batchId]);
    await ds.query(`UPDATE import_rows SET status = 'failed', error = 'set aside by the test', updated_at = now() WHERE batch_id = $1 AND row_number = 2`, [batchId]);
    await until(async () => (await fact(page, 'Failed')) === '1');
    expect(await fact(page, 'State')).toBe('running');
    expect(await fact(page, 'Remaining')).toBe('2');
    expect(await page.locator('progress').getAttribute('value')).toBe('1');
    expect(await page.locator('[data-fact="percent"]').innerText()).toBe('33%');
    // the same document, focus where it was
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('all imports');
    expect(loads).toBe(1);

    await processImport({ dataSource: ds }, batchId);
    await until(async () => loads === 2);
    await page.waitForLoadState();
    expect(await fact(page, 'State')).toBe('finished');
    expect(await fact(page, 'Stored')).toBe('1');
    expect(await fact(page, 'Failed')).toBe('2');
    expect(await page.getByRole('heading', { name: 'Failed rows' }).count()).toBe(1);
    // once: the finished page reads nothing more
    await new Promise((r) => setTimeout(r, 4500));
    expect(loads).toBe(2);
    await page.close();
  });
});
