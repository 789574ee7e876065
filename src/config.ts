import os from 'node:os';
import { z } from 'zod';

/**
 * Every setting whosaid reads from the environment. This file is the only reader of
 * `process.env`; the README's configuration table mirrors it.
 */
const schema = z.object({
  /**
   * production | development | test; unset means production. Only an explicit `development` shows
   * error details (stack traces, SQL fragments) on 500 pages: a deployment that forgets the
   * variable must not hand them to every visitor.
   */
  NODE_ENV: z.enum(['production', 'development', 'test']).default('production'),
  /** Port the web server listens on. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Address the web server binds to. */
  HOST: z.string().min(1).default('0.0.0.0'),
  /** PostgreSQL connection string; when unset an embedded server is started under DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** Where the embedded PostgreSQL keeps its data (relative to the working directory). */
  DATA_DIR: z.string().min(1).default('.data'),
  /** Port of the embedded PostgreSQL server. */
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  /** Size of the database connection pool (default: see defaultPoolSize). */
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(() => defaultPoolSize()),
  /** pino log level. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Secret used to sign CSRF tokens and cookies; generated per process when unset (forms then break across restarts). */
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Largest accepted request body (article text included), e.g. "2mb". */
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(kb|mb)$/i, 'must look like 512kb or 2mb')
    .default('2mb'),
  /** Minutes without activity after which a signed-in session ends. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(60 * 24 * 30).default(120),
  /** Hours after sign-in after which a session ends whatever the activity. */
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(12),
  /** Host names or addresses the URL fetcher may reach even when private or on other ports (comma-separated; empty by default). */
  FETCH_ALLOWED_HOSTS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean),
    ),
  /** Run the background job worker inside the web process (set false when `npm run worker` runs separately). */
  RUN_WORKER: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Searches (page, API, search feed) allowed per user or address in each rate-limit window. */
  RATE_LIMIT_SEARCH: z.coerce.number().int().min(1).max(1_000_000).default(120),
  /** Verifications (page and API) allowed per user or address in each window. */
  RATE_LIMIT_VERIFY: z.coerce.number().int().min(1).max(1_000_000).default(60),
  /** Exports (CSV and JSON) allowed per user or address in each window. */
  RATE_LIMIT_EXPORT: z.coerce.number().int().min(1).max(1_000_000).default(20),
  /** Length of the rate-limit window in seconds. */
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  /** Set cookies with the Secure flag (behind HTTPS). */
  COOKIE_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

/**
 * Database connections per process when DB_POOL_SIZE is unset: twice the machine's cores, at
 * least 4. PostgreSQL runs one process per connection; when more of them are busy than the
 * cores can serve, they take turns with the web process, which serves every request on one
 * thread, and pages wait longer than if their statements had queued in the pool. On two cores,
 * speaker pages under 50 clients were served about 15% faster with 4 connections than with 10
 * (README, "Speakers at archive scale").
 */
export function defaultPoolSize(cores = os.availableParallelism()): number {
  return Math.max(4, 2 * cores);
}

/** The validated configuration. */
export type Config = z.infer<typeof schema>;

/** Whether 500 pages show the error's stack trace: only when NODE_ENV says development. */
export function showsErrorDetails(config: Pick<Config, 'NODE_ENV'>): boolean {
  return config.NODE_ENV === 'development';
}

/** Thrown when the environment is invalid; lists every problem at once. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment (or the given object), failing with every problem listed. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const input: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = env[key];
    if (value !== undefined && value !== '') input[key] = value;
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  return parsed.data;
}
