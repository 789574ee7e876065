import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

interface PgQueryable {
  query(q: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * Runs a statement as the named prepared statement `name`: parsed once per connection, and
 * planned once when a generic plan serves (PostgreSQL decides after five runs). On the
 * transaction's connection when `em` belongs to one, else on a pooled connection. One name
 * must always carry the same text.
 */
export async function queryPrepared<T>(em: EntityManager, name: string, text: string, values: unknown[]): Promise<T[]> {
  const runner = em.queryRunner;
  const target: PgQueryable =
    runner && !runner.isReleased ? ((await runner.connect()) as PgQueryable) : ((em.connection.driver as PostgresDriver).master as PgQueryable);
  return (await target.query({ name, text, values })).rows as T[];
}

const names = new Map<string, string>();

/**
 * A statement name for a text built at run time (one per filter combination, say): `prefix`
 * and a hash of the text, so one name always carries the same text. Memoised: the texts come
 * from a fixed set of code paths.
 */
export function statementName(prefix: string, text: string): string {
  const key = `${prefix}\u0000${text}`;
  let name = names.get(key);
  if (!name) names.set(key, (name = `${prefix}-${createHash('sha1').update(text).digest('hex').slice(0, 16)}`));
  return name;
}
