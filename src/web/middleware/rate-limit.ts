import type { RequestHandler } from 'express';
import { RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { AppError } from '../../errors';
import { postgresLimiter } from '../../services/rate-limits';

/** The costly kinds of request that are rate-limited. */
export type LimitName = 'search' | 'verify' | 'export';

/** Requests allowed per key in each window, for each kind. */
export interface RateLimitSettings {
  search: number;
  verify: number;
  export: number;
  windowSeconds: number;
  /** Prefix of the counters' keys (tests give each app its own). */
  keyPrefix?: string;
}

/** Generous defaults: a person searching by hand never meets them; a script hammering the server does. */
export const DEFAULT_RATE_LIMITS: RateLimitSettings = { search: 120, verify: 60, export: 20, windowSeconds: 60 };

/** One guard per kind of request. */
export type RateLimiters = Record<LimitName, RequestHandler>;

/**
 * Builds the guards on the shared PostgreSQL limiter. Keys are the signed-in user (session or
 * API token) or else the client address. Every answer carries `RateLimit-Limit`,
 * `RateLimit-Remaining` and `RateLimit-Reset`; past the limit, a 429 with `Retry-After`.
 */
export function createRateLimiters(dataSource: DataSource, settings: Partial<RateLimitSettings> = {}): RateLimiters {
  const s = { ...DEFAULT_RATE_LIMITS, ...settings };
  const prefix = s.keyPrefix ?? 'rl';
  const guard = (name: LimitName): RequestHandler => {
    const limiter = postgresLimiter(dataSource, { keyPrefix: `${prefix}_${name}`, points: s[name], duration: s.windowSeconds });
    return async (req, res, next) => {
      const key = req.user ? `user:${req.user.id}` : `ip:${req.ip ?? 'unknown'}`;
      const headers = (r: RateLimiterRes) => {
        res.setHeader('RateLimit-Limit', String(s[name]));
        res.setHeader('RateLimit-Remaining', String(Math.max(0, r.remainingPoints)));
        res.setHeader('RateLimit-Reset', String(Math.ceil(r.msBeforeNext / 1000)));
        res.setHeader('RateLimit-Policy', `${s[name]};w=${s.windowSeconds}`);
      };
      try {
        headers(await limiter().consume(key, 1));
        next();
      } catch (err) {
        if (!(err instanceof RateLimiterRes)) return next(err);
        headers(err);
        const wait = Math.max(1, Math.ceil(err.msBeforeNext / 1000));
        next(Object.assign(new AppError(429, 'rate_limited', `Too many ${name} requests. Try again in ${wait} second(s).`, { limit: s[name], windowSeconds: s.windowSeconds }), { retryAfter: wait }));
      }
    };
  };
  return { search: guard('search'), verify: guard('verify'), export: guard('export') };
}

const pass: RequestHandler = (_req, _res, next) => next();

/** The guard of one kind from a router's dependencies (none when the app was built without limits). */
export function rateLimit(deps: { rateLimiters?: RateLimiters }, name: LimitName): RequestHandler {
  return deps.rateLimiters?.[name] ?? pass;
}
