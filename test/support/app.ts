import pino from 'pino';
import type { DataSource } from 'typeorm';
import { createApp } from '../../src/app';

/** The real application on the test database, with logs silenced. */
export function buildTestApp(dataSource: DataSource, overrides: { showErrorDetails?: boolean } = {}) {
  return createApp({
    dataSource,
    logger: pino({ level: 'silent' }),
    secret: 'test-secret-test-secret-test-secret-1234',
    ...overrides,
  });
}
