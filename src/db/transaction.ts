import type { DataSource, EntityManager } from 'typeorm';

/** Runs `work` in one transaction; everything inside must use the given EntityManager. */
export function withTransaction<T>(dataSource: DataSource, work: (em: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction(work);
}
