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
