import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { getSetting, getSettings, putSetting } from '../db/repositories/setting.repository';
import { anyUserExists } from '../db/repositories/user.repository';
import { withTransaction } from '../db/transaction';
import { validationError } from '../errors';
import { type Actor, recordAudit } from './audit';

/** One step of the rating scale verdicts use, best first. */
export interface Rating {
  label: string;
  definition: string;
}

/** Installation settings admins change at run time. */
export interface InstallationSettings {
  /** Whether visitors who are not signed in may read (articles, quotes, speakers). Default: no. */
  anonymousRead: boolean;
  /** Who publishes the verdicts (the author of ClaimReview). */
  organisationName: string;
  /** Public address of the installation (absolute links in ClaimReview); null: taken from each request. */
  siteUrl: string | null;
  /** Ratings from best to worst. */
  ratingScale: Rating[];
  /** Figures for the same period further apart than this factor are a divergence. */
  divergenceFactor: number;
}

export const DEFAULT_RATING_SCALE: Rating[] = [
  { label: 'Accurate', definition: 'The claim is correct and nothing significant is missing.' },
  { label: 'Mostly accurate', definition: 'The claim is correct but needs clarification or additional information.' },
  { label: 'Mixed', definition: 'The claim is partly correct and partly wrong.' },
  { label: 'Misleading', definition: 'The claim contains correct elements but gives a wrong impression.' },
  // “Unsupported” above “False”: ClaimReview reads the last rating as the worst (ratingValue 1), and a claim
  // nobody could check is not as bad as one shown to be wrong
  { label: 'Unsupported', definition: 'There is no evidence for the claim, or the evidence does not allow a conclusion.' },
  { label: 'False', definition: 'The claim is wrong.' },
];

/** Default divergence factor: figures more than twice apart. */
export const DEFAULT_DIVERGENCE_FACTOR = 2;

const DEFAULTS: InstallationSettings = { anonymousRead: false, organisationName: 'whosaid', siteUrl: null, ratingScale: DEFAULT_RATING_SCALE, divergenceFactor: DEFAULT_DIVERGENCE_FACTOR };

/** Where each setting is stored. */
const KEYS: Record<keyof InstallationSettings, string> = {
  anonymousRead: 'anonymous_read',
  organisationName: 'organisation_name',
  siteUrl: 'site_url',
  ratingScale: 'rating_scale',
  divergenceFactor: 'divergence_factor',
};

const ratingSchema = z.object({ label: z.string().trim().min(1).max(60), definition: z.string().trim().min(1).max(300) });
const siteUrlSchema = z
  .string()
  .trim()
  .max(300)
  .refine((s) => /^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/i.test(s), 'Enter an http or https address, like https://factcheck.example.org.')
  .transform((s) => s.replace(/\/+$/, ''));
const schema = z.object({
  anonymousRead: z.boolean(),
  organisationName: z.string().trim().min(1, 'Enter the name verdicts are published under.').max(120),
  siteUrl: siteUrlSchema.nullable(),
  ratingScale: z
    .array(ratingSchema)
    .min(2, 'A scale needs at least two ratings.')
    .max(12, 'A scale has at most twelve ratings.')
    .refine((r) => new Set(r.map((x) => x.label.toLowerCase())).size === r.length, 'Each rating needs its own label.'),
  divergenceFactor: z.number({ error: 'Enter a number, like 2.' }).min(1.1, 'Use a factor of at least 1.1.').max(100, 'Use a factor of at most 100.'),
});

async function read(em: EntityManager): Promise<InstallationSettings> {
  const out = { ...DEFAULTS };
  const stored = await getSettings(em, Object.values(KEYS));
  for (const key of Object.keys(KEYS) as Array<keyof InstallationSettings>) {
    const value = stored.get(KEYS[key]);
    const parsed = schema.shape[key].safeParse(value);
    if (value !== undefined && parsed.success) (out as Record<string, unknown>)[key] = parsed.data;
  }
  return out;
}

/**
 * Reads settings, cached for a few seconds so pages do not query them on every request; when
 * the cache runs out, the requests arriving meanwhile share one read.
 */
export function createSettingsCache(deps: { dataSource: DataSource }, ttlMs = 5_000) {
  let cached: { at: number; value: InstallationSettings } | null = null;
  let reading: Promise<InstallationSettings> | null = null;
  let hasUsers = false;
  return {
    /** Whether any account exists (once true, it stays true: accounts are disabled, never deleted). */
    async hasUsers(): Promise<boolean> {
      if (!hasUsers) hasUsers = await anyUserExists(deps.dataSource.manager);
      return hasUsers;
    },
    async get(): Promise<InstallationSettings> {
      if (cached && Date.now() - cached.at < ttlMs) return cached.value;
      if (!reading) {
        const current = (reading = read(deps.dataSource.manager));
        void current.then(
          (value) => {
            if (reading === current) cached = { at: Date.now(), value };
          },
          () => undefined,
        ).finally(() => {
          if (reading === current) reading = null;
        });
      }
      return reading;
    },
    invalidate(): void {
      cached = null;
      reading = null;
    },
  };
}

/**
 * The divergence factor as stored, read inside the caller's transaction (topic refreshes run
 * in ingest and edit transactions, which have no settings cache).
 */
export async function divergenceFactorOf(em: EntityManager): Promise<number> {
  return divergenceFactorFrom(await getSetting(em, KEYS.divergenceFactor));
}

/** The settings key of the divergence factor, for statements that read it along with other rows. */
export const DIVERGENCE_FACTOR_KEY = KEYS.divergenceFactor;

/** The divergence factor from its stored value (the default when missing or invalid). */
export function divergenceFactorFrom(stored: unknown): number {
  const parsed = schema.shape.divergenceFactor.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_DIVERGENCE_FACTOR;
}

/** Settings as loaded by the cache. */
export type SettingsCache = ReturnType<typeof createSettingsCache>;

/**
 * Reads a rating scale written one rating a line, “Label: definition”.
 * Blank lines are skipped; a line without a colon is reported.
 */
export function parseRatingScale(text: string): Rating[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return lines.map((line, i) => {
    const at = line.indexOf(':');
    if (at <= 0) throw validationError([{ path: ['ratingScale'], message: `Line ${i + 1} needs a label, a colon and a definition.` }]);
    return { label: line.slice(0, at).trim(), definition: line.slice(at + 1).trim() };
  });
}

/** The scale as the settings form shows it. */
export function formatRatingScale(scale: Rating[]): string {
  return scale.map((r) => `${r.label}: ${r.definition}`).join('\n');
}

/** Field errors of settings as they would be after `patch`; null when they are valid. */
export function settingsErrors(current: InstallationSettings, patch: Partial<InstallationSettings>): Record<string, string[]> | null {
  const parsed = schema.safeParse({ ...current, ...patch });
  return parsed.success ? null : (validationError(parsed.error.issues).details as Record<string, string[]>);
}

/**
 * Changes the given settings (the others keep their values) and records what changed.
 * Invalid values change nothing and come back as field errors.
 */
export async function updateSettings(deps: { dataSource: DataSource }, patch: Partial<InstallationSettings>, actor: Actor): Promise<void> {
  await withTransaction(deps.dataSource, async (em) => {
    const current = await read(em);
    const parsed = schema.safeParse({ ...current, ...patch });
    if (!parsed.success) throw validationError(parsed.error.issues);
    const next = parsed.data;
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const key of Object.keys(KEYS) as Array<keyof InstallationSettings>) {
      if (JSON.stringify(current[key]) === JSON.stringify(next[key])) continue;
      await putSetting(em, KEYS[key], next[key]);
      before[key] = current[key];
      after[key] = next[key];
    }
    if (Object.keys(after).length === 0) return;
    await recordAudit(em, actor, { action: 'settings.update', targetType: 'settings', targetId: Object.keys(after).join(','), before, after });
  });
}
