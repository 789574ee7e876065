import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

interface PgQueryable {
  query(q: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * Runs a statement as a named prepared statement: parsed once per connection, and planned
 * once when a generic plan serves (PostgreSQL decides after five runs). On the transaction's
 * connection when `em` belongs to one, else on a pooled connection. The name is derived
 * from the text, so each distinct statement has its own.
 */
export async function queryPrepared<T>(em: EntityManager, text: string, values: unknown[], name?: string): Promise<T[]> {
  const statement = name ?? `whosaid-${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
  const runner = em.queryRunner;
  const target: PgQueryable =
    runner && !runner.isReleased ? ((await runner.connect()) as PgQueryable) : ((em.connection.driver as PostgresDriver).master as PgQueryable);
  return (await target.query({ name: statement, text, values })).rows as T[];
}
