import type { EntityManager } from 'typeorm';
import { UserEntity } from '../entities/user.entity';

/** The user with this (lower-cased) e-mail address. */
export function findUserByEmail(em: EntityManager, email: string): Promise<UserEntity | null> {
  return em.getRepository(UserEntity).findOne({ where: { email } });
}

/** One user by id. */
export function findUserById(em: EntityManager, id: number): Promise<UserEntity | null> {
  return em.getRepository(UserEntity).findOne({ where: { id } });
}

/** Whether any user exists (an empty installation offers the one-time setup page). */
export async function anyUserExists(em: EntityManager): Promise<boolean> {
  const rows: Array<{ exists: boolean }> = await em.query('SELECT EXISTS (SELECT 1 FROM users) AS exists');
  return rows[0].exists;
}

/** Inserts a user; a taken e-mail surfaces as PostgreSQL error 23505. */
export function insertUser(
  em: EntityManager,
  data: Pick<UserEntity, 'email' | 'passwordHash' | 'role' | 'displayName'>,
): Promise<UserEntity> {
  const repo = em.getRepository(UserEntity);
  return repo.save(repo.create({ ...data, disabled: false, lastLoginAt: null }));
}

/** All users, by e-mail. */
export function listUsers(em: EntityManager): Promise<UserEntity[]> {
  return em.getRepository(UserEntity).find({ order: { email: 'ASC' } });
}

/** Changes a user's role, name, password hash or disabled flag. */
export async function updateUser(
  em: EntityManager,
  id: number,
  changes: Partial<Pick<UserEntity, 'role' | 'disabled' | 'displayName' | 'passwordHash' | 'lastLoginAt'>>,
): Promise<void> {
  await em.getRepository(UserEntity).update({ id }, changes);
}

/** Number of enabled admins (the last one cannot be demoted or disabled). */
export function countActiveAdmins(em: EntityManager): Promise<number> {
  return em.getRepository(UserEntity).count({ where: { role: 'admin', disabled: false } });
}
