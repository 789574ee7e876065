import pino from 'pino';
import type { DataSource } from 'typeorm';
import { createApp, type AppDeps } from '../../src/app';

/** The real application on the test database, with logs silenced and no background timers. */
export function buildTestApp(dataSource: DataSource, overrides: Partial<AppDeps> = {}) {
  return createApp({
    dataSource,
    logger: pino({ level: 'silent' }),
    secret: 'test-secret-test-secret-test-secret-1234',
    sessionPruneMinutes: 0,
    ...overrides,
  });
}
