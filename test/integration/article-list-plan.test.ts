import type { DataSource } from 'typeorm';
import { articleListQuery } from '../../src/db/repositories/article.repository';
import { keysetArticles } from '../../src/db/repositories/api-list.repository';
import { findArticlePage, type ArticleFilter } from '../../src/db/repositories/article-list.repository';
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

  /** The plan of the /articles page's query for these filters, deep in the list. */
  async function filteredPlan(filter: ArticleFilter, place: 'after' | 'before'): Promise<string> {
    let captured: [string, unknown[]] | null = null;
    const em = { query: async (q: string, p: unknown[]) => ((captured = [q, p]), []) } as unknown as DataSource['manager'];
    await findArticlePage(em, filter, { limit: 25, [place]: { key: '2016-03-01 00:00:00+00', id: 1000 } });
    return planOf(ds, captured![0], captured![1]);
  }

  it("an outlet's page seeks its position in the outlet's index, either way, without sorting", async () => {
    for (const place of ['after', 'before'] as const) {
      const plan = await filteredPlan({ outlet: 'Harbour Gazette', from: new Date('2015-01-01') }, place);
      expect(plan).toContain('articles_outlet_listed_idx');
      expect(plan).toMatch(/Index Cond: \(\(lower\(outlet\) = .*ROW\(COALESCE/);
      expect(plan).not.toMatch(/\bSort\b/);
    }
  });

  it("a date range is read from the list's index; words of the title from their own", async () => {
    const dated = await filteredPlan({ from: new Date('2016-01-01'), to: new Date('2016-02-01') }, 'after');
    expect(dated).toContain('articles_listed_idx');
    expect(dated).not.toMatch(/\bSort\b/);
    const words = await ds.transaction(async (tx) => {
      await tx.query('SET LOCAL enable_seqscan = off');
      let captured: [string, unknown[]] | null = null;
      const em = { query: async (q: string, p: unknown[]) => ((captured = [q, p]), []) } as unknown as DataSource['manager'];
      await findArticlePage(em, { words: 'ferry strike' }, { limit: 25 });
      const rows: Array<{ 'QUERY PLAN': string }> = await tx.query(`EXPLAIN ${captured![0]}`, captured![1]);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    expect(words).toContain('articles_title_search_idx');
  });
});
