import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../src/db/data-source';

/** Opens a DataSource on the test database (migrated once by global setup). */
export async function openTestDataSource(): Promise<DataSource> {
  const url = process.env.WHOSAID_TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) throw new Error('No test database: global setup did not run');
  const ds = createDataSource({ url, poolSize: 4 });
  await ds.initialize();
  return ds;
}
