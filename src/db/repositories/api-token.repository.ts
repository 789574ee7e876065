import type { EntityManager } from 'typeorm';
import { ApiTokenEntity } from '../entities/api-token.entity';
import type { UserEntity } from '../entities/user.entity';

/** Stores a new token (its hash only). */
export function insertApiToken(
  em: EntityManager,
  data: Pick<ApiTokenEntity, 'userId' | 'name' | 'prefix' | 'tokenHash'>,
): Promise<ApiTokenEntity> {
  const repo = em.getRepository(ApiTokenEntity);
  return repo.save(repo.create({ ...data, lastUsedAt: null, revokedAt: null }));
}

/** The enabled user owning an unrevoked token with this hash. */
export async function findUserByTokenHash(
  em: EntityManager,
  tokenHash: string,
): Promise<{ tokenId: number; user: Pick<UserEntity, 'id' | 'email' | 'role'> } | null> {
  const rows: Array<{ token_id: number; id: number; email: string; role: UserEntity['role'] }> = await em.query(
    `SELECT t.id AS token_id, u.id, u.email, u.role
       FROM api_tokens t JOIN users u ON u.id = t.user_id
      WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND NOT u.disabled`,
    [tokenHash],
  );
  const r = rows[0];
  return r ? { tokenId: r.token_id, user: { id: r.id, email: r.email, role: r.role } } : null;
}

/** Records a token's use (at most once a minute, to keep writes rare). */
export async function touchApiToken(em: EntityManager, id: number): Promise<void> {
  await em.query(
    `UPDATE api_tokens SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
    [id],
  );
}

/** A user's tokens, newest first. */
export function listApiTokens(em: EntityManager, userId: number): Promise<ApiTokenEntity[]> {
  return em.getRepository(ApiTokenEntity).find({ where: { userId }, order: { id: 'DESC' } });
}

/** Revokes one of a user's tokens; returns false when there is no such live token. */
export async function revokeApiToken(em: EntityManager, userId: number, id: number): Promise<boolean> {
  const res = await em.query(
    `UPDATE api_tokens SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL RETURNING id`,
    [id, userId],
  );
  return (res[0]?.length ?? res.length ?? 0) > 0;
}
