/**
 * Durations as dates: “for over three years” said on 2016-12-18 began on or before
 * 2013-12-18; “under siege since 2013” began during 2013; “the siege began in March 2015”.
 */
import type { Token } from '../text/tokenize';
import type { ClaimValue, ImpliedStart, Measure, Precision } from './types';
import { isoDay, subtractDuration, unitPrecision } from './dates';
import { DURATION_CONTEXT, TIME_UNITS } from './data/measures';
import { ORDINALS } from './data/rankings';
import type { TimePhrase } from './time-ref';

const CONTEXT_BACK = 10;
const VERB_BACK = 3;
const DAYS_PER: Readonly<Record<Precision, number>> = { year: 365.25, month: 30.44, week: 7, day: 1 };

/** “began”, “started”: a date after them is when something started. */
const START_VERBS: ReadonlySet<string> = new Set(['began', 'begun', 'started', 'imposed', 'erupted', 'broke', 'launched', 'begin', 'start']);

/** Implied start of a duration figure said on day `said`; null without a publication date. */
export function impliedStart(value: ClaimValue, unit: string, said: number | null): ImpliedStart | null {
  if (said === null) return null;
  return {
    earliest: value.high === null ? null : isoDay(subtractDuration(said, value.high, unit)),
    latest: value.low === null ? null : isoDay(subtractDuration(said, value.low, unit)),
    precision: unitPrecision(unit),
  };
}

/** Nearest duration context word before token k: “besieged since 2013” → siege-duration. */
export function contextBefore(tokens: Token[], k: number): { measure: Measure; at: number } | null {
  for (let j = k - 1; j >= 0 && k - j <= CONTEXT_BACK; j--) {
    const m = DURATION_CONTEXT.get(tokens[j].lower);
    if (m) return { measure: m, at: j };
  }
  return null;
}

/** A “since 2013” duration: value in years (or months) and the start interval. */
export function sinceDuration(p: TimePhrase, said: number | null): { value: ClaimValue | null; unit: string; start: ImpliedStart } | null {
  if (!p.since || p.precision === 'day' || p.since.from === null || p.since.to === null) return null;
  const unit = p.precision === 'year' ? 'year' : p.precision === 'month' ? 'month' : 'week';
  const start: ImpliedStart = { earliest: isoDay(p.since.from), latest: isoDay(p.since.to), precision: p.precision };
  if (said === null) return { value: null, unit, start };
  const per = DAYS_PER[p.precision];
  const low = Math.max(0, Math.floor(((said - p.since.to) / per) * 10) / 10);
  const high = Math.floor(((said - p.since.from) / per) * 10) / 10;
  return { value: { low, high, stated: low, qualifier: 'range' }, unit, start };
}

/** “the siege began in March 2015”: a start verb just before an absolute date. */
export function startDate(tokens: Token[], p: TimePhrase): ImpliedStart | null {
  if (p.since || p.from === null || p.to === null || p.to - p.from > 366) return null;
  let verb = false;
  for (let j = p.start - 1; j >= 0 && p.start - j <= VERB_BACK && !verb; j--) verb = START_VERBS.has(tokens[j].lower);
  return verb ? { earliest: isoDay(p.from), latest: isoDay(p.to), precision: p.precision } : null;
}

/** Words before “its Nth day” that put something in it: “now in its fourth day”, “enters second day”, “entered its third week”. */
const INTO: ReadonlySet<string> = new Set(['in', 'into', 'entered', 'enters', 'entering', 'enter']);
const ITS: ReadonlySet<string> = new Set(['its', 'their', 'the', 'a']);

/**
 * “the siege, now in its fourth day”: a duration of at least three days and less than four (N−1 to N units), when a
 * word before it says what lasts (siege, war, detention); token range of the ordinal and its unit, or null.
 */
export function ordinalDuration(tokens: Token[], k: number, said: number | null): { measure: Measure; at: number; unit: string; value: ClaimValue; start: ImpliedStart | null } | null {
  const n = ORDINALS.get(tokens[k].lower);
  const unit = n === undefined ? undefined : TIME_UNITS.get(tokens[k + 1]?.lower ?? '');
  if (n === undefined || !unit || tokens[k + 1].lower.endsWith('s')) return null;
  let j = k - 1;
  if (ITS.has(tokens[j]?.lower ?? '')) j--;
  if (!INTO.has(tokens[j]?.lower ?? '')) return null;
  const ctx = contextBefore(tokens, j + 1);
  if (!ctx) return null;
  const value: ClaimValue = { low: n - 1, high: n, stated: n, qualifier: 'range' };
  return { measure: ctx.measure, at: ctx.at, unit, value, start: impliedStart(value, unit, said) };
}
