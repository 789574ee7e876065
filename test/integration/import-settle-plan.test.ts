import type { DataSource } from 'typeorm';
import { openTestDataSource } from '../support/db';

describe('settling import rows when a fetch ends', () => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = await openTestDataSource();
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('finds the rows waiting on a fetch request by index, not by reading every import row', async () => {
    const plan = await ds.transaction(async (tx) => {
      await tx.query(`SET LOCAL enable_seqscan = off`);
      const rows: Array<{ 'QUERY PLAN': string }> = await tx.query(
        `EXPLAIN UPDATE import_rows SET status = 'done' WHERE ingest_request_id = $1 AND status = 'fetching'`,
        [1],
      );
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('import_rows_fetching_request_idx');
  });
});
