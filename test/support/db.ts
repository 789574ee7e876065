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

/** A migrated database of its own (an empty installation, or settings other tests must not see); drop() removes it. */
export async function openFreshDatabase(admin: DataSource): Promise<{ db: DataSource; url: string; drop(): Promise<void> }> {
  const name = `whosaid_fresh_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(process.env.WHOSAID_TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? '');
  url.pathname = `/${name}`;
  const db = createDataSource({ url: url.toString(), poolSize: 3 });
  await db.initialize();
  await db.runMigrations({ transaction: 'each' }); // as the app runs them: a migration may run outside a transaction (VACUUM)
  return {
    db,
    url: url.toString(),
    async drop() {
      await db.destroy();
      await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
    },
  };
}
