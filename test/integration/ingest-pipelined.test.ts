/**
 * A bulk batch prepared (validated and analysed) while the batch before it is still being stored:
 * a text that batch stores meanwhile is a duplicate of it, and the rest of the batch is stored in
 * its one transaction as usual.
 */
import type { DataSource } from 'typeorm';
import { ingestArticleBatch, prepareArticleBatch, storeArticleBatch } from '../../src/services/ingest-batch';
import { openTestDataSource } from '../support/db';
import { cap, uniqueTag } from '../support/speakers';

describe('bulk batches prepared ahead', () => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = await openTestDataSource();
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('store a text stored since they were prepared as a duplicate, and the others in one batch', async () => {
    const name = cap(uniqueTag(3));
    const row = (i: number) => ({ title: `Harbour ${i}`, outlet: `Gazette ${name}`, publishedAt: '2025-03-0' + i, text: `“The ferry will sail on day ${i},” said Ines ${name}, the harbour master of ${name}port.` });
    const first = [row(1), row(2)];
    const second = [row(2), row(3), row(4), { title: '', text: 'no title' }];
    const prepared = await prepareArticleBatch({ dataSource: ds }, second, 'import');
    // the batch before is stored after the second was prepared (as when an import pipelines them)
    const before = await ingestArticleBatch({ dataSource: ds }, first, 'import');
    const calls: number[][] = [];
    const outcomes = await storeArticleBatch({ dataSource: ds }, prepared, async (_em, stored) => void calls.push(stored.map((s) => s.index)));

    expect(before.map((o) => 'articleId' in o && o.duplicate)).toEqual([false, false]);
    const [again, fresh, fresher, bad] = outcomes;
    expect(again).toMatchObject({ articleId: (before[1] as { articleId: number }).articleId, duplicate: true });
    expect(fresh).toMatchObject({ duplicate: false });
    expect(fresher).toMatchObject({ duplicate: false });
    expect('error' in bad).toBe(true);
    // both new texts in the batch's one transaction, not one article at a time
    expect(calls).toEqual([[1, 2]]);
    const [speaker] = await ds.query('SELECT id, quote_count FROM speakers WHERE name = $1', [`Ines ${name}`]);
    // one speaker, quoted once in each of the four stored articles
    expect(speaker.quote_count).toBe(4);
    const stored = await ds.query('SELECT count(*)::int AS n FROM articles WHERE outlet = $1', [`Gazette ${name}`]);
    expect(stored[0].n).toBe(4);
  });
});
