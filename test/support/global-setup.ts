import 'reflect-metadata';
import path from 'node:path';
import { openDatabase } from '../../src/db/data-source';
import { freePort, makeTempDataDir, startEmbeddedPostgres } from '../../src/db/embedded';

/**
 * Starts one throw-away embedded PostgreSQL for the whole run (unless DATABASE_URL is
 * set), migrates it once, and hands its URL to the test workers.
 */
export default async function globalSetup(): Promise<void> {
  let url = process.env.DATABASE_URL;
  if (!url) {
    const dataDir = makeTempDataDir();
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'whosaid_test' });
    (globalThis as { __WHOSAID_PG__?: unknown }).__WHOSAID_PG__ = { server, root: path.dirname(dataDir) };
    url = server.url;
    process.env.DATABASE_URL = url;
  }
  const { dataSource } = await openDatabase({ url, poolSize: 2 });
  await dataSource.destroy();
  process.env.WHOSAID_TEST_DATABASE_URL = url;
}
