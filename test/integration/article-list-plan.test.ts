import type { DataSource } from 'typeorm';
import { articleListQuery } from '../../src/db/repositories/article.repository';
import { keysetArticles } from '../../src/db/repositories/api-list.repository';
import { openTestDataSource } from '../support/db';

/**
 * The plan of a statement with sequential scans, bitmaps and sorts priced out, as on a large
 * archive: on the test's small table a plan keeps a Sort only when no index gives the order.
 */
async function planOf(ds: DataSource, sql: string, params: unknown[]): Promise<string> {
  return ds.transaction(async (tx) => {
    await tx.query(`SET LOCAL enable_seqscan = off; SET LOCAL enable_bitmapscan = off; SET LOCAL enable_sort = off`);
    const rows: Array<{ 'QUERY PLAN': string }> = await tx.query(`EXPLAIN ${sql}`, params);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  });
}

describe('article lists at archive scale', () => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = await openTestDataSource();
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('the dashboard and /articles read their page from the list index instead of sorting every article', async () => {
    const [sql, params] = articleListQuery(ds.manager, { limit: 20, offset: 40 }).getQueryAndParameters();
    const plan = await planOf(ds, sql, params);
    expect(plan).toContain('articles_listed_idx');
    expect(plan).not.toMatch(/\bSort\b/);
  });

  it('the API list seeks its keyset page in the same index', async () => {
    let captured: [string, unknown[]] | null = null;
    const em = { query: async (q: string, p: unknown[]) => ((captured = [q, p]), []) } as unknown as DataSource['manager'];
    await keysetArticles(em, { limit: 20, after: { key: '2024-03-01 00:00:00+00', id: 1000 } });
    const plan = await planOf(ds, captured![0], captured![1]);
    expect(plan).toContain('articles_listed_idx');
    expect(plan).toMatch(/Index Cond: \(ROW\(COALESCE/);
    expect(plan).not.toMatch(/\bSort\b/);
  });
});
