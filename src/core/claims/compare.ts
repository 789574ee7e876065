/**
 * Comparing two figures and two periods: interval overlap, a point estimate for
 * ratios, and whether two claims speak about the same stretch of time.
 */
import type { ClaimValue, ImpliedStart, TopicClaim } from './types';
import { PRECISION_DAYS, parseIsoDay } from './dates';

/** Qualifiers that give only one bound: “over 300”, “up to 50”. */
const OPEN: ReadonlySet<string> = new Set(['over', 'at-least', 'up-to', 'under']);

/** Bounds with unbounded sides as ±Infinity. */
export function bounds(v: ClaimValue): [number, number] {
  return [v.low ?? 0, v.high ?? Infinity];
}

/** True when the figure is a one-sided bound. */
export function isOpen(v: ClaimValue): boolean {
  return OPEN.has(v.qualifier);
}

/** One number for ratios: the stated figure, or the geometric middle of a vague or ranged one. */
export function pointOf(v: ClaimValue): number {
  if ((v.qualifier === 'vague' || v.qualifier === 'range') && v.low !== null && v.high !== null) return Math.sqrt(Math.max(v.low, 1e-9) * v.high);
  return v.stated;
}

/** Intervals that cannot both hold, allowing a relative tolerance for rounding. */
export function disjoint(a: ClaimValue, b: ClaimValue, tolerance = 0): boolean {
  const [al, ah] = bounds(a);
  const [bl, bh] = bounds(b);
  return ah * (1 + tolerance) < bl || bh * (1 + tolerance) < al;
}

/** Two claims cover the same stretch of time: stated periods that overlap, or no periods and said within `windowDays`. */
export function samePeriod(a: TopicClaim, b: TopicClaim, windowDays: number): boolean {
  const af = parseIsoDay(a.time?.from);
  const at = parseIsoDay(a.time?.to);
  const bf = parseIsoDay(b.time?.from);
  const bt = parseIsoDay(b.time?.to);
  if (a.time || b.time) {
    if (af === null || at === null || bf === null || bt === null) return false;
    return af <= bt && bf <= at;
  }
  const sa = parseIsoDay(a.saidAt);
  const sb = parseIsoDay(b.saidAt);
  return sa !== null && sb !== null && Math.abs(sa - sb) <= windowDays;
}

/** Stated periods that do not overlap (unstated periods never are). */
export function periodsApart(a: TopicClaim, b: TopicClaim): boolean {
  if (!a.time || !b.time) return false;
  const af = parseIsoDay(a.time.from);
  const at = parseIsoDay(a.time.to);
  const bf = parseIsoDay(b.time.from);
  const bt = parseIsoDay(b.time.to);
  return af !== null && at !== null && bf !== null && bt !== null && (at < bf || bt < af);
}

/** Days between two implied-start intervals (0 when they overlap) and the tolerance their precisions allow. */
export function startGap(a: ImpliedStart, b: ImpliedStart): { gap: number; tolerance: number } {
  const ae = parseIsoDay(a.earliest) ?? -Infinity;
  const al = parseIsoDay(a.latest) ?? Infinity;
  const be = parseIsoDay(b.earliest) ?? -Infinity;
  const bl = parseIsoDay(b.latest) ?? Infinity;
  const gap = Math.max(be - al, ae - bl, 0);
  return { gap, tolerance: Math.max(PRECISION_DAYS[a.precision], PRECISION_DAYS[b.precision]) };
}

/** One formatter for every figure (`toLocaleString` builds a new one on each call). */
const FIGURE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/**
 * The words after a figure for its unit: “%”, “USD”, a duration in the singular or plural, a
 * counted noun as written (already plural: “homes”, “miles”), nothing for people and ranks.
 */
function unitWords(unit: string | null, v: ClaimValue): string {
  if (!unit || unit === 'person' || unit === 'rank') return '';
  if (unit === 'percent') return '%';
  if (/^[A-Z]{3}$/.test(unit)) return ` ${unit}`; // a currency code
  const one = v.stated === 1;
  if (unit.endsWith('s')) {
    // a counted noun kept as the article wrote it, or a unit such as “times”
    if (!one || unit === 'times') return ` ${unit}`;
    return ` ${/(?:ss|sh|ch|x|z)es$/.test(unit) ? unit.slice(0, -2) : unit.slice(0, -1)}`;
  }
  if (one) return ` ${unit}`;
  return ` ${/[^aeiou]y$/.test(unit) ? `${unit.slice(0, -1)}ies` : `${unit}s`}`;
}

/** “over 3 years”, “300–400”, “about 1,200”, “45%”: a figure as a reader would say it. */
export function describeValue(v: ClaimValue | null, unit: string | null): string {
  if (!v) return 'no figure';
  const u = unitWords(unit, v);
  const n = (x: number): string => (unit === 'rank' ? `No. ${FIGURE.format(x)}` : FIGURE.format(x));
  switch (v.qualifier) {
    case 'over': return `over ${n(v.low ?? v.stated)}${u}`;
    case 'at-least': return `at least ${n(v.low ?? v.stated)}${u}`;
    case 'up-to': case 'under': return `up to ${n(v.high ?? v.stated)}${u}`;
    case 'nearly': return `nearly ${n(v.stated)}${u}`;
    case 'about': return `about ${n(v.stated)}${u}`;
    case 'vague': case 'range': return `${n(v.low ?? 0)}–${n(v.high ?? v.stated)}${u}`;
    default: return `${n(v.stated)}${u}`;
  }
}
