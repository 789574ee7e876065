import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import {
  findUserByTokenHash,
  insertApiToken,
  listApiTokens,
  revokeApiToken,
  touchApiToken,
} from '../db/repositories/api-token.repository';
import { findUserByEmail } from '../db/repositories/user.repository';
import { withTransaction } from '../db/transaction';
import { NotFoundError, validationError } from '../errors';
import { type Actor, recordAudit } from './audit';

const PREFIX = 'wsd_';

/** The stored form of a token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const tokenNameSchema = z.object({ name: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters') });

/** Creates a personal token for a user; the token is returned once and only its hash is kept. */
export async function createApiToken(
  deps: { dataSource: DataSource },
  userId: number,
  raw: unknown,
  actor: Actor,
): Promise<{ id: number; token: string; name: string }> {
  const parsed = tokenNameSchema.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const token = PREFIX + randomBytes(32).toString('base64url');
  return withTransaction(deps.dataSource, async (em) => {
    const row = await insertApiToken(em, { userId, name: parsed.data.name, prefix: token.slice(0, 10), tokenHash: hashToken(token) });
    await recordAudit(em, actor, { action: 'token.create', targetType: 'api_token', targetId: row.id, after: { userId, name: row.name } });
    return { id: row.id, token, name: row.name };
  });
}

/** Creates a token for the account with this e-mail (command line). */
export async function createApiTokenForEmail(deps: { dataSource: DataSource }, email: string, name: string, actor: Actor) {
  const user = await findUserByEmail(deps.dataSource.manager, email.trim().toLowerCase());
  if (!user || user.disabled) throw new NotFoundError(`There is no enabled account for ${email}`);
  return createApiToken(deps, user.id, { name }, actor);
}

/** A user's tokens (without secrets). */
export function listTokens(deps: { dataSource: DataSource }, userId: number) {
  return listApiTokens(deps.dataSource.manager, userId);
}

/** Revokes one of the user's tokens. */
export async function revokeToken(deps: { dataSource: DataSource }, userId: number, id: number, actor: Actor): Promise<void> {
  await withTransaction(deps.dataSource, async (em) => {
    if (!(await revokeApiToken(em, userId, id))) throw new NotFoundError('There is no such active token');
    await recordAudit(em, actor, { action: 'token.revoke', targetType: 'api_token', targetId: id, after: { userId } });
  });
}

/** The user a bearer token belongs to, or null for an unknown or revoked token. */
export async function userForToken(deps: { dataSource: DataSource }, token: string) {
  if (!token.startsWith(PREFIX) || token.length > 200) return null;
  const found = await findUserByTokenHash(deps.dataSource.manager, hashToken(token));
  if (found) await touchApiToken(deps.dataSource.manager, found.tokenId);
  return found?.user ?? null;
}
