import type { DataSource } from 'typeorm';
import { putSetting } from '../../src/db/repositories/setting.repository';
import { createSettingsCache } from '../../src/services/settings';
import { openFreshDatabase, openTestDataSource } from '../support/db';

describe('installation settings cache', () => {
  let admin: DataSource;
  let db: DataSource;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    admin = await openTestDataSource();
    // A database of its own: settings are installation-wide and other tests read them.
    ({ db, drop } = await openFreshDatabase(admin));
  });
  afterAll(async () => {
    await drop();
    await admin.destroy();
  });

  /** Counts the statements that read the settings table while `run` goes. */
  async function settingsReads(run: () => Promise<unknown>): Promise<number> {
    const spy = jest.spyOn(db.manager, 'query');
    try {
      await run();
      return spy.mock.calls.filter(([sql]) => /FROM settings/.test(String(sql))).length;
    } finally {
      spy.mockRestore();
    }
  }

  it('reads every setting in one statement, and requests arriving while it runs share it', async () => {
    await putSetting(db.manager, 'organisation_name', 'Fact Desk');
    await putSetting(db.manager, 'divergence_factor', 3);
    const cache = createSettingsCache({ dataSource: db }, 60_000);
    let results: Array<Awaited<ReturnType<typeof cache.get>>> = [];
    const reads = await settingsReads(async () => {
      results = await Promise.all(Array.from({ length: 20 }, () => cache.get()));
    });
    expect(reads).toBe(1);
    for (const r of results) {
      expect(r.organisationName).toBe('Fact Desk');
      expect(r.divergenceFactor).toBe(3);
      expect(r.anonymousRead).toBe(false);
    }
    expect(await settingsReads(() => cache.get())).toBe(0);
  });

  it('serves the cached value until it expires or is invalidated, then reads the stored one', async () => {
    const cache = createSettingsCache({ dataSource: db }, 60_000);
    await putSetting(db.manager, 'organisation_name', 'Old Desk');
    expect((await cache.get()).organisationName).toBe('Old Desk');
    await putSetting(db.manager, 'organisation_name', 'New Desk');
    expect((await cache.get()).organisationName).toBe('Old Desk');
    cache.invalidate();
    expect((await cache.get()).organisationName).toBe('New Desk');

    const short = createSettingsCache({ dataSource: db }, 0);
    expect((await short.get()).organisationName).toBe('New Desk');
    await putSetting(db.manager, 'organisation_name', 'Newer Desk');
    expect((await short.get()).organisationName).toBe('Newer Desk');
  });
});
