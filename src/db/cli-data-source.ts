import 'reflect-metadata';
import { loadConfig } from '../config';
import { createDataSource } from './data-source';
import { startEmbeddedPostgres } from './embedded';

/**
 * DataSource for the TypeORM CLI (migration:generate / migration:run): the same
 * database `npm start` uses, the embedded one included.
 */
export default (async () => {
  const config = loadConfig();
  const url =
    config.DATABASE_URL ??
    (await startEmbeddedPostgres({ dataDir: config.DATA_DIR, port: config.EMBEDDED_PG_PORT })).url;
  return createDataSource({ url });
})();
