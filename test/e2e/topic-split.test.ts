import type { BrowserContext } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { browserAvailable, closeSignedInBrowser, openSignedInBrowser, type SignedInBrowser } from '../support/browser';
import { ingest, uniqueTag } from '../support/speakers';

jest.setTimeout(90_000);

const run = browserAvailable() ? describe : describe.skip;

run('in a browser: merging two articles’ topics and splitting them again', () => {
  let ds: DataSource;
  let server: SignedInBrowser['server'];
  let context: BrowserContext;
  let opened: SignedInBrowser | undefined;

  beforeAll(async () => {
    // signed in once through the real form; the session cookie serves every page below
    opened = await openSignedInBrowser('editor', '/topics');
    ({ ds, server, context } = opened);
  });
  afterAll(() => closeSignedInBrowser(opened));

  it('gives the topic left with one article’s figures its “(article N)” label back after the split', async () => {
    const tag = uniqueTag(3);
    const wire = await ingest(ds, `Dock workers at ${tag} walked off the job on Monday. About 2,400 workers joined the walkout, the union said.`, { outlet: 'Northwire' });
    const courier = await ingest(ds, `Dock workers at ${tag} stayed away on Monday. About 3,100 workers joined the walkout, the union told reporters.`, { outlet: 'Daily Courier' });
    const claimOf = async (article: number) => (await ds.query('SELECT id, topic_id FROM claims WHERE article_id = $1', [article]))[0] as { id: number; topic_id: number };
    const [home, moved] = [await claimOf(wire), await claimOf(courier)];
    const page = await context.newPage();
    await page.goto(`${server.url}/topics/${moved.topic_id}`);
    await page.getByLabel('Merge into topic number').fill(String(home.topic_id));
    await page.getByRole('button', { name: 'Merge' }).click();
    await page.goto(`${server.url}/topics/${home.topic_id}`);
    expect(await page.locator('h1').innerText()).toBe('Unspecified subject — people counted');

    await page.goto(`${server.url}/claims/${moved.id}`);
    await page.getByLabel('or a new topic named').fill(`Walkout at ${tag}, by the Courier`);
    await page.getByRole('button', { name: 'Move claim' }).click();
    await page.waitForLoadState();
    await page.goto(`${server.url}/topics/${home.topic_id}`);
    expect(await page.locator('h1').innerText()).toBe(`Unspecified subject — people counted (article ${wire})`);
    await page.close();
  });
});
