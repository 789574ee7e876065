import { hash, verify } from '@node-rs/argon2';
import type { RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { findUserByEmail, updateUser } from '../db/repositories/user.repository';
import { AppError } from '../errors';
import { recordAudit } from './audit';
import { postgresLimiter } from './rate-limits';
import { ARGON2_OPTIONS } from './users';

/** Failed sign-ins allowed per account and per address in the window. */
export const LOGIN_LIMITS: { perAccount: number; perIp: number; windowSeconds: number } = { perAccount: 5, perIp: 30, windowSeconds: 15 * 60 };

/** The same answer for an unknown e-mail and a wrong password, so accounts cannot be discovered. */
export const BAD_CREDENTIALS = 'The e-mail address or password is not right.';

/** Sign-in with rate limits kept in PostgreSQL (shared by every web process). */
export interface Authenticator {
  login(email: string, password: string, ip: string): Promise<{ id: number; email: string; role: 'viewer' | 'editor' | 'admin' }>;
}

/** Builds the sign-in use case on the application's database. */
export function createAuthenticator(
  deps: { dataSource: DataSource },
  options: { limits?: Partial<typeof LOGIN_LIMITS>; keyPrefix?: string } = {},
): Authenticator {
  const limits = { ...LOGIN_LIMITS, ...options.limits };
  const prefix = options.keyPrefix ?? 'login';
  const perAccountLimiter = postgresLimiter(deps.dataSource, { keyPrefix: `${prefix}_account`, points: limits.perAccount, duration: limits.windowSeconds });
  const perIpLimiter = postgresLimiter(deps.dataSource, { keyPrefix: `${prefix}_ip`, points: limits.perIp, duration: limits.windowSeconds });
  // Verifying against a real hash for unknown accounts keeps the timing of both answers alike.
  let dummyHash: Promise<string> | null = null;

  return {
    async login(rawEmail, password, ip) {
      dummyHash ??= hash('not-a-real-password-for-timing', ARGON2_OPTIONS);
      const [perAccount, perIp] = [perAccountLimiter(), perIpLimiter()];
      const email = rawEmail.trim().toLowerCase().slice(0, 254);
      const [acct, addr] = await Promise.all([perAccount.get(email), perIp.get(ip)]);
      const blocked = [acct && acct.consumedPoints >= limits.perAccount ? acct : null, addr && addr.consumedPoints >= limits.perIp ? addr : null].filter(
        (r): r is RateLimiterRes => r !== null,
      );
      if (blocked.length) {
        const wait = Math.ceil(Math.max(...blocked.map((r) => r.msBeforeNext)) / 1000);
        await recordAudit(deps.dataSource.manager, { id: null, label: email || 'anonymous', ip }, { action: 'user.login_blocked', targetType: 'user', targetId: null, after: { email } });
        throw Object.assign(new AppError(429, 'too_many_attempts', `Too many sign-in attempts. Try again in ${Math.ceil(wait / 60)} minute(s).`), {
          retryAfter: wait,
        });
      }
      const user = email ? await findUserByEmail(deps.dataSource.manager, email) : null;
      const ok = user && !user.disabled ? await verify(user.passwordHash, password) : (await verify(await dummyHash, password), false);
      if (!ok || !user) {
        await Promise.all([perAccount.penalty(email, 1), perIp.penalty(ip, 1)]);
        await recordAudit(deps.dataSource.manager, { id: null, label: email || 'anonymous', ip }, {
          action: 'user.login_failed',
          targetType: 'user',
          targetId: user?.id ?? null,
          after: { email },
        });
        throw new AppError(401, 'bad_credentials', BAD_CREDENTIALS);
      }
      await perAccount.delete(email);
      await updateUser(deps.dataSource.manager, user.id, { lastLoginAt: new Date() });
      await recordAudit(deps.dataSource.manager, { id: user.id, label: user.email, ip }, { action: 'user.login', targetType: 'user', targetId: user.id });
      return { id: user.id, email: user.email, role: user.role };
    },
  };
}
