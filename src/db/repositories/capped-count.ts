import type { EntityManager } from 'typeorm';

/** Rows counted exactly; beyond this a list gives the planner's estimate instead of counting every row. */
export const COUNT_CAP = 1000;

/** A list's total: exact up to COUNT_CAP, else the planner's estimate (shown as “about”). */
export interface CappedTotal {
  total: number;
  totalExact: boolean;
}

/**
 * The rows of `SELECT … FROM … WHERE …` (given as `rowsSql`, selecting anything), counted up to
 * COUNT_CAP + 1 and estimated beyond: a page deep in a list of 100,000 rows does not pay for a
 * count of all of them on every view. The estimate comes from the planner (EXPLAIN, nothing
 * executed) and is never below the cap.
 */
export async function cappedCount(em: EntityManager, rowsSql: string, params: unknown[]): Promise<CappedTotal> {
  const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM (${rowsSql} LIMIT ${COUNT_CAP + 1}) x`, params);
  if (n <= COUNT_CAP) return { total: n, totalExact: true };
  return { total: Math.max(COUNT_CAP + 1, Math.round(await plannedRows(em, rowsSql, params))), totalExact: false };
}

/** The planner's estimate of the rows a statement returns (EXPLAIN, nothing executed). */
export async function plannedRows(em: EntityManager, sql: string, params: unknown[]): Promise<number> {
  const [row] = await em.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
  return Number((row['QUERY PLAN'] as Array<{ Plan: { 'Plan Rows': number } }>)[0].Plan['Plan Rows']) || 0;
}
