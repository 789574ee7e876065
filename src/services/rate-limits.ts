import { RateLimiterPostgres } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** A counter of `points` per `duration` seconds under `keyPrefix`. */
export interface LimiterOptions {
  keyPrefix: string;
  points: number;
  duration: number;
}

/**
 * A rate limiter kept in PostgreSQL's `rate_limits` table (created by a migration), so every
 * web process shares the counts. Built on first use: the connection pool exists only once
 * the DataSource is initialised. Sign-in and the search, verify and export limits all use it.
 */
export function postgresLimiter(dataSource: DataSource, options: LimiterOptions): () => RateLimiterPostgres {
  let limiter: RateLimiterPostgres | null = null;
  return () =>
    (limiter ??= new RateLimiterPostgres({
      storeClient: (dataSource.driver as PostgresDriver).master,
      storeType: 'pool',
      tableName: 'rate_limits',
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: options.keyPrefix,
      points: options.points,
      duration: options.duration,
    }));
}
