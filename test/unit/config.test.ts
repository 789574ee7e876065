import os from 'node:os';
import { ConfigError, defaultPoolSize, loadConfig, showsErrorDetails } from '../../src/config';

describe('configuration', () => {
  it('has working defaults', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.DATA_DIR).toBe('.data');
    expect(c.DATABASE_URL).toBeUndefined();
  });

  it('shows error details only when NODE_ENV says development, never when it is unset', () => {
    expect(showsErrorDetails(loadConfig({}))).toBe(false);
    expect(showsErrorDetails(loadConfig({ NODE_ENV: 'production' }))).toBe(false);
    expect(showsErrorDetails(loadConfig({ NODE_ENV: 'test' }))).toBe(false);
    expect(showsErrorDetails(loadConfig({ NODE_ENV: 'development' }))).toBe(true);
  });

  it('sizes the connection pool from the cores unless told', () => {
    expect(defaultPoolSize(1)).toBe(4);
    expect(defaultPoolSize(2)).toBe(4);
    expect(defaultPoolSize(8)).toBe(16);
    expect(loadConfig({}).DB_POOL_SIZE).toBe(defaultPoolSize(os.availableParallelism()));
    expect(loadConfig({ DB_POOL_SIZE: '25' }).DB_POOL_SIZE).toBe(25);
  });

  it('lists every problem at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', SESSION_SECRET: 'short' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const key of ['PORT', 'DATABASE_URL', 'LOG_LEVEL', 'SESSION_SECRET']) expect(problems).toContain(key);
  });
});
