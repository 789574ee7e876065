import type { EntityManager } from 'typeorm';

/** A setting's stored value, or undefined. */
export async function getSetting(em: EntityManager, key: string): Promise<unknown> {
  const rows: Array<{ value: unknown }> = await em.query('SELECT value FROM settings WHERE key = $1', [key]);
  return rows[0]?.value;
}

/** The stored values of these settings, by key (absent keys are left out), in one statement. */
export async function getSettings(em: EntityManager, keys: string[]): Promise<Map<string, unknown>> {
  const rows: Array<{ key: string; value: unknown }> = await em.query('SELECT key, value FROM settings WHERE key = ANY($1::text[])', [keys]);
  return new Map(rows.map((r) => [r.key, r.value]));
}

/** Stores a setting's value. */
export async function putSetting(em: EntityManager, key: string, value: unknown): Promise<void> {
  await em.query(
    `INSERT INTO settings (key, value, updated_at) VALUES ($1, $2, now())
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
    [key, JSON.stringify(value)],
  );
}
