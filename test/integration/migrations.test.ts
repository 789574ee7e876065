import type { DataSource } from 'typeorm';
import { openTestDataSource } from '../support/db';

describe('migrations', () => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = await openTestDataSource();
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('leave no difference between the entities and the migrated schema', async () => {
    const sql = await ds.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('have all been applied', async () => {
    expect(await ds.showMigrations()).toBe(false);
  });

  it('reject a quote whose start is not before its end', async () => {
    const [{ id }] = await ds.query(
      `INSERT INTO articles (title, body, content_hash, source) VALUES ('t', 'body', md5(random()::text) || md5(random()::text), 'api') RETURNING id`,
    );
    await expect(
      ds.query(
        `INSERT INTO quotes (article_id, position, speaker_kind, text, start_offset, end_offset, segments, kind, attribution_form, attribution_rule, evidence, confidence)
         VALUES ($1, 0, 'unknown', 'x', 5, 5, '[]', 'direct', 'none', 'none', '', 0.5)`,
        [id],
      ),
    ).rejects.toThrow(/quotes_offsets_check/);
  });
});
