import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import type { Role } from '../../src/web/middleware/auth';
import { createTestUser } from './auth';
import { openTestDataSource } from './db';
import { startTestServer } from './server';

/** Where Debian installs Chromium (override with CHROMIUM_PATH). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** True when a browser can run here; when WHOSAID_REQUIRE_BROWSER is set (CI) a missing browser is an error. */
export function browserAvailable(): boolean {
  const ok = fs.existsSync(CHROMIUM);
  if (!ok && process.env.WHOSAID_REQUIRE_BROWSER) {
    throw new Error(`Chromium is required but missing at ${CHROMIUM}: apt-get install -y chromium`);
  }
  if (!ok) process.stderr.write(`Skipping browser tests: no Chromium at ${CHROMIUM} (apt-get install -y chromium)\n`);
  return ok;
}

/** Starts headless Chromium with a throw-away profile and no background networking. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const { chromium } = await import('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Fills the sign-in form the page shows and sends it (the caller waits for where it leads). */
export async function signInWith(page: Page, user: { email: string; password: string }): Promise<void> {
  await page.getByLabel('E-mail address').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * Signs the browser context in as `user` through the real form: opens `path` (a page that sends a
 * visitor to sign in first, or `/login` itself), signs in and waits to be back on it. The session
 * cookie then serves every page the context opens.
 */
export async function signInContext(context: BrowserContext, base: string, user: { email: string; password: string }, path: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${base}${path}`);
  if (path !== '/login') await page.waitForURL(/\/login\?next=/);
  await signInWith(page, user);
  await page.waitForURL((u) => (path === '/login' ? !u.pathname.startsWith('/login') : `${u.pathname}${u.search}` === path));
  await page.close();
}

/** What most page tests start from: the test database, a server on it, and a browser signed in there. */
export interface SignedInBrowser {
  ds: DataSource;
  server: Awaited<ReturnType<typeof startTestServer>>;
  browser: Awaited<ReturnType<typeof launchBrowser>>;
  context: BrowserContext;
}

/**
 * Opens the test database, starts a server on it and a browser, and signs the browser in as a new
 * user of `role` through the real form at `path`. What was opened is closed again if a step fails.
 */
export async function openSignedInBrowser(role: Role, path: string): Promise<SignedInBrowser> {
  const opened: Partial<SignedInBrowser> = {};
  try {
    opened.ds = await openTestDataSource();
    opened.server = await startTestServer(opened.ds);
    opened.browser = await launchBrowser();
    opened.context = opened.browser.context;
    await signInContext(opened.context, opened.server.url, await createTestUser(opened.ds, role), path);
    return opened as SignedInBrowser;
  } catch (err) {
    await closeSignedInBrowser(opened);
    throw err;
  }
}

/** Closes what `openSignedInBrowser` opened: the browser, the server, the database connection. */
export async function closeSignedInBrowser(opened: Partial<SignedInBrowser> | undefined): Promise<void> {
  await opened?.browser?.close();
  await opened?.server?.close();
  await opened?.ds?.destroy();
}
