import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { buildArticleInput, buildArticleText } from '../factories/article.factory';
import { buildTestApp } from '../support/app';
import { createTestUser, tokenFor } from '../support/auth';
import { browserAvailable, launchBrowser, signInContext } from '../support/browser';
import { openTestDataSource } from '../support/db';
import { startTestServer } from '../support/server';

jest.setTimeout(60_000);

const run = browserAvailable() ? describe : describe.skip;

/**
 * Where each label of a filter form sits against the controls: a label is with its own control
 * when that control is the next one on its line or right under it, and no other control is
 * close beside it on its line.
 */
async function misplacedLabels(page: Page, form: string): Promise<string[]> {
  return page.locator(form).evaluate((root) => {
    const controls = [...root.querySelectorAll('input:not([type=hidden]), select')] as HTMLElement[];
    const problems: string[] = [];
    for (const label of root.querySelectorAll('label[for]')) {
      const own = document.getElementById(label.getAttribute('for')!)!;
      const l = label.getBoundingClientRect();
      const o = own.getBoundingClientRect();
      const sameLine = (r: DOMRect) => r.top < l.bottom && r.bottom > l.top;
      const beside = (r: DOMRect) => sameLine(r) && (Math.abs(r.left - l.right) < 40 || Math.abs(l.left - r.right) < 40);
      // on its line, after it, with no other field between (a row of label and field spread apart is fine)
      const after = (r: DOMRect) => sameLine(r) && r.left >= l.right - 1;
      const next = controls.filter((c) => after(c.getBoundingClientRect())).sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left)[0];
      const under = o.top >= l.bottom - 1 && o.top - l.bottom < 16 && o.left < l.right && o.right > l.left;
      const name = label.textContent!.trim();
      if (next !== own && !under) problems.push(`“${name}” is not beside or above its own field`);
      for (const other of controls) {
        if (other !== own && beside(other.getBoundingClientRect())) problems.push(`“${name}” sits beside the field of “${document.querySelector(`label[for="${other.id}"]`)?.textContent?.trim()}”`);
      }
    }
    return problems;
  });
}

run('in a browser on a phone: filter forms', () => {
  let ds: DataSource;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;

  beforeAll(async () => {
    ds = await openTestDataSource();
    server = await startTestServer(ds);
    browser = await launchBrowser();
    const admin = await createTestUser(ds, 'admin');
    await signInContext(browser.context, server.url, admin, '/admin/audit');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await ds?.destroy();
  });

  it('keeps each label with its own field at 390 px', async () => {
    const posted = await request(buildTestApp(ds)).post('/api/v1/articles').set('Authorization', `Bearer ${await tokenFor(ds, 'editor')}`)
      .send(buildArticleInput({ text: buildArticleText({ speaker: 'Oksana Demchenko' }) })).expect(201);
    const speakerId = posted.body.article.quotes[0].speaker.id;
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const out = path.join(__dirname, '..', 'bench', 'out');
    fs.mkdirSync(out, { recursive: true });
    const forms: Array<[string, string]> = [
      ['/admin/audit', 'form.filters'],
      ['/articles', 'form.filters'],
      ['/speakers', 'form.filters'],
      ['/claims', 'form.filters'],
      ['/review', 'form.filters'],
      ['/search?q=harbour', '.search-form .filters'],
      [`/speakers/${speakerId}`, 'form.filters'],
      [`/speakers/${speakerId}/split`, 'form.filters'],
    ];
    for (const [url, form] of forms) {
      await page.goto(`${server.url}${url}`);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await page.locator(form).screenshot({ path: path.join(out, `filters-390${url.replace(/[/?=]+/g, '-')}.png`) });
      expect({ url, problems: await misplacedLabels(page, form) }).toEqual({ url, problems: [] });
      // (the page, and the widest element's opening words, name what overflows)
      const widest = await page.evaluate(() => {
        let best: Element | null = null;
        for (const el of Array.from(document.querySelectorAll('body *'))) if (el.getBoundingClientRect().right > 390 && (!best || el.contains(best) === false)) best = el;
        return { width: document.documentElement.scrollWidth, what: best ? `${best.tagName.toLowerCase()}.${best.className}: ${(best.textContent ?? '').trim().slice(0, 80)}` : '' };
      });
      expect({ url, overflow: widest.width > 390 ? `${widest.width}px: ${widest.what}` : null }).toEqual({ url, overflow: null });
    }
    await page.close();
  });

  it('keeps every search filter label on one line on a wide screen', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${server.url}/search?q=harbour&from=2024-01-01&to=2024-12-31`);
    const wrapped = await page.locator('.search-form .filters').evaluate((root) =>
      [...root.querySelectorAll('label')].flatMap((label) => {
        const lines = parseFloat(getComputedStyle(label).lineHeight) || parseFloat(getComputedStyle(label).fontSize) * 1.6;
        return label.getBoundingClientRect().height > lines * 1.5 ? [`“${label.textContent!.trim()}” wraps (${Math.round(label.getBoundingClientRect().width)} px wide)`] : [];
      }),
    );
    expect(wrapped).toEqual([]);
    await page.close();
  });
});
