import type { DataSource } from 'typeorm';
import { getSetting, putSetting } from '../db/repositories/setting.repository';
import { anyUserExists } from '../db/repositories/user.repository';
import { withTransaction } from '../db/transaction';
import { type Actor, recordAudit } from './audit';

/** Installation settings admins change at run time. */
export interface InstallationSettings {
  /** Whether visitors who are not signed in may read (articles, quotes, speakers). Default: no. */
  anonymousRead: boolean;
}

const DEFAULTS: InstallationSettings = { anonymousRead: false };

/** Reads settings, cached for a few seconds so pages do not query them on every request. */
export function createSettingsCache(deps: { dataSource: DataSource }, ttlMs = 5_000) {
  let cached: { at: number; value: InstallationSettings } | null = null;
  let hasUsers = false;
  return {
    /** Whether any account exists (once true, it stays true: accounts are disabled, never deleted). */
    async hasUsers(): Promise<boolean> {
      if (!hasUsers) hasUsers = await anyUserExists(deps.dataSource.manager);
      return hasUsers;
    },
    async get(): Promise<InstallationSettings> {
      if (cached && Date.now() - cached.at < ttlMs) return cached.value;
      const anonymousRead = await getSetting(deps.dataSource.manager, 'anonymous_read');
      const value = { anonymousRead: typeof anonymousRead === 'boolean' ? anonymousRead : DEFAULTS.anonymousRead };
      cached = { at: Date.now(), value };
      return value;
    },
    invalidate(): void {
      cached = null;
    },
  };
}

/** Changes settings and records the change. */
export async function updateSettings(deps: { dataSource: DataSource }, next: InstallationSettings, actor: Actor): Promise<void> {
  await withTransaction(deps.dataSource, async (em) => {
    const before = await getSetting(em, 'anonymous_read');
    await putSetting(em, 'anonymous_read', next.anonymousRead);
    await recordAudit(em, actor, {
      action: 'settings.update',
      targetType: 'settings',
      targetId: 'anonymous_read',
      before: { anonymousRead: before ?? DEFAULTS.anonymousRead },
      after: next,
    });
  });
}
