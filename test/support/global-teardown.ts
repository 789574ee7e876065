import fs from 'node:fs';

/** Stops the throw-away PostgreSQL started by global-setup and removes its files. */
export default async function globalTeardown(): Promise<void> {
  const pg = (globalThis as { __WHOSAID_PG__?: { server: { stop(): Promise<void> }; root: string } }).__WHOSAID_PG__;
  if (!pg) return;
  await pg.server.stop();
  fs.rmSync(pg.root, { recursive: true, force: true });
}
