import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { openDatabase } from './data-source';
import { type EmbeddedServer, startEmbeddedPostgres } from './embedded';

/** An open database, with the embedded server behind it when there is one. */
export interface Database {
  dataSource: DataSource;
  embedded: EmbeddedServer | null;
  applied: string[];
  /** Closes the DataSource, then the embedded server. */
  close(): Promise<void>;
}

/** Connects to DATABASE_URL, or starts the embedded PostgreSQL under DATA_DIR, then migrates. */
export async function connectDatabase(
  config: Config,
  log: (m: string) => void = () => undefined,
  options: { shareRunning?: boolean } = {},
): Promise<Database> {
  let embedded: EmbeddedServer | null = null;
  let url = config.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: config.DATA_DIR, port: config.EMBEDDED_PG_PORT, log, shareRunning: options.shareRunning });
    url = embedded.url;
  }
  try {
    const { dataSource, applied } = await openDatabase({ url, poolSize: config.DB_POOL_SIZE });
    return {
      dataSource,
      embedded,
      applied,
      async close() {
        if (dataSource.isInitialized) await dataSource.destroy();
        if (embedded) await embedded.stop();
      },
    };
  } catch (err) {
    if (embedded) await embedded.stop();
    throw err;
  }
}
