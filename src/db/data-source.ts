import path from 'node:path';
import { DataSource } from 'typeorm';
import { defaultPoolSize } from '../config';
import { entities } from './entities';

/** Options for the one DataSource. */
export interface DataSourceOptions {
  url: string;
  poolSize?: number;
  logging?: boolean;
}

/**
 * The application's DataSource. The schema belongs to the migrations in ../migrations
 * (never synchronize); the glob follows this file's extension so it works from src
 * (.ts under Jest/tsx) and from dist (.js).
 */
export function createDataSource(options: DataSourceOptions): DataSource {
  const ext = path.extname(__filename);
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities,
    migrations: [path.join(__dirname, '..', '..', 'migrations', `*${ext}`)],
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    logging: options.logging ?? false,
    extra: {
      max: options.poolSize ?? defaultPoolSize(),
      connectionTimeoutMillis: 10_000,
      application_name: 'whosaid',
    },
  });
}

/** Opens the DataSource and applies pending migrations; returns the names applied. */
export async function openDatabase(options: DataSourceOptions): Promise<{ dataSource: DataSource; applied: string[] }> {
  const dataSource = createDataSource(options);
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return { dataSource, applied: applied.map((m) => m.name) };
  } catch (err) {
    await dataSource.destroy();
    throw err;
  }
}
