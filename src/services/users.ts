import { hash } from '@node-rs/argon2';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import type { UserEntity } from '../db/entities/user.entity';
import {
  anyUserExists,
  countActiveAdmins,
  findUserById,
  insertUser,
  listUsers,
  updateUser,
} from '../db/repositories/user.repository';
import { withTransaction } from '../db/transaction';
import { ConflictError, NotFoundError, ValidationError, validationError } from '../errors';
import { type Actor, recordAudit } from './audit';

/** argon2id parameters (OWASP's recommended minimum: 19 MiB, 2 passes). */
export const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Roles a user can have. */
export const ROLES = ['viewer', 'editor', 'admin'] as const;

const passwordSchema = z
  .string()
  .min(12, 'must be at least 12 characters')
  .max(256, 'must be at most 256 characters');

/** A new account. */
export const newUserSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, 'must be at most 254 characters')
    .pipe(z.email('must be an e-mail address')),
  password: passwordSchema,
  role: z.enum(ROLES, 'must be viewer, editor or admin'),
  displayName: z
    .string()
    .trim()
    .max(100, 'must be at most 100 characters')
    .optional()
    .transform((v) => v || null),
});

/** A user as shown in lists (no hash). */
export type PublicUser = Pick<UserEntity, 'id' | 'email' | 'displayName' | 'role' | 'disabled' | 'lastLoginAt' | 'createdAt'>;

function toPublic(u: UserEntity): PublicUser {
  const { id, email, displayName, role, disabled, lastLoginAt, createdAt } = u;
  return { id, email, displayName, role, disabled, lastLoginAt, createdAt };
}

/** Creates an account with an argon2id password hash; the e-mail must be free. */
export async function createUser(deps: { dataSource: DataSource }, raw: unknown, actor: Actor): Promise<PublicUser> {
  const parsed = newUserSchema.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const input = parsed.data;
  const passwordHash = await hash(input.password, ARGON2_OPTIONS);
  try {
    return await withTransaction(deps.dataSource, async (em) => {
      const user = await insertUser(em, { email: input.email, passwordHash, role: input.role, displayName: input.displayName });
      await recordAudit(em, actor, {
        action: 'user.create',
        targetType: 'user',
        targetId: user.id,
        after: { email: user.email, role: user.role },
      });
      return toPublic(user);
    });
  } catch (err) {
    if ((err as { code?: string }).code === '23505') {
      throw new ConflictError(`There is already an account for ${input.email}`, { email: ['is already registered'] });
    }
    throw err;
  }
}

/**
 * Creates the first admin on an empty installation. The check and the insert share a
 * lock so two visitors racing on the setup page cannot both become admin.
 */
export async function createFirstAdmin(deps: { dataSource: DataSource }, raw: unknown, ip: string | null): Promise<PublicUser> {
  return withTransaction(deps.dataSource, async (em) => {
    await em.query('LOCK TABLE users IN EXCLUSIVE MODE');
    if (await anyUserExists(em)) throw new ConflictError('whosaid is already set up: sign in instead.');
    const parsed = newUserSchema.safeParse({ ...(raw as object), role: 'admin' });
    if (!parsed.success) throw validationError(parsed.error.issues);
    const passwordHash = await hash(parsed.data.password, ARGON2_OPTIONS);
    const user = await insertUser(em, {
      email: parsed.data.email,
      passwordHash,
      role: 'admin',
      displayName: parsed.data.displayName,
    });
    await recordAudit(em, { id: user.id, label: user.email, ip }, {
      action: 'user.setup',
      targetType: 'user',
      targetId: user.id,
      after: { email: user.email, role: 'admin' },
    });
    return toPublic(user);
  });
}

/** Every account, by e-mail. */
export async function listAccounts(deps: { dataSource: DataSource }): Promise<PublicUser[]> {
  return (await listUsers(deps.dataSource.manager)).map(toPublic);
}

/** Changes a user's role or disabled flag; the last enabled admin stays an enabled admin. */
export async function changeUser(
  deps: { dataSource: DataSource },
  id: number,
  changes: { role?: UserEntity['role']; disabled?: boolean },
  actor: Actor,
): Promise<void> {
  await withTransaction(deps.dataSource, async (em) => {
    await em.query('LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE');
    const user = await findUserById(em, id);
    if (!user) throw new NotFoundError(`There is no user ${id}`);
    const demotes = (changes.role && changes.role !== 'admin') || changes.disabled === true;
    if (user.role === 'admin' && !user.disabled && demotes && (await countActiveAdmins(em)) <= 1) {
      throw new ValidationError('whosaid needs at least one enabled admin: promote another user first.');
    }
    const before = { role: user.role, disabled: user.disabled };
    await updateUser(em, id, changes);
    await recordAudit(em, actor, { action: 'user.update', targetType: 'user', targetId: id, before, after: { ...before, ...changes } });
  });
}
