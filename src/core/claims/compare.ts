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

/** Days in one of each unit of time a duration is stated in. */
const DAYS_IN: ReadonlyMap<string, number> = new Map([
  ['hour', 1 / 24], ['day', 1], ['week', 7], ['month', 365.25 / 12], ['year', 365.25], ['decade', 3652.5], ['century', 36525],
]);

/**
 * How many `to` one `from` makes: 12 for years in months, 1 for the same unit (or none), null
 * when the two cannot be compared (dollars and euros, homes and people).
 */
export function unitFactor(from: string | null, to: string | null): number | null {
  if (from === to) return 1;
  const a = from === null ? undefined : DAYS_IN.get(from);
  const b = to === null ? undefined : DAYS_IN.get(to);
  return a !== undefined && b !== undefined ? a / b : null;
}

/** A figure in another unit (“2 years” in months is 24), or null when the units cannot be compared. */
export function inUnit(v: ClaimValue, from: string | null, to: string | null): ClaimValue | null {
  const f = unitFactor(from, to);
  if (f === null) return null;
  if (f === 1) return v;
  return { low: v.low === null ? null : v.low * f, high: v.high === null ? null : v.high * f, stated: v.stated * f, qualifier: v.qualifier };
}

/**
 * Two claims' figures in one unit (the first's), or null when their units cannot be compared:
 * 2 years and 36 months are compared as 24 and 36 months, dollars and euros not at all.
 */
export function comparableValues(a: { value: ClaimValue | null; unit: string | null }, b: { value: ClaimValue | null; unit: string | null }): [ClaimValue, ClaimValue] | null {
  if (!a.value || !b.value) return null;
  const bv = inUnit(b.value, b.unit, a.unit);
  return bv ? [a.value, bv] : null;
}

/** One number for ratios: the stated figure, or the geometric middle of a vague or ranged one. */
export function pointOf(v: ClaimValue): number {
  if ((v.qualifier === 'vague' || v.qualifier === 'range') && v.low !== null && v.high !== null) {
    // (a range reaching zero or below, “fell 3 to 5 percent”, has no geometric middle: its midpoint)
    return v.low > 0 ? Math.sqrt(v.low * v.high) : (v.low + v.high) / 2;
  }
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

/** Formatters for every figure (`toLocaleString` builds a new one on each call). */
const FIGURE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const STATED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });
const SCALES: ReadonlyArray<readonly [number, string]> = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];

/** Whether `x` has no more than three decimals, as a figure someone stated has (4.75, 0.125). */
const stated = (x: number): boolean => Math.abs(x * 1000 - Math.round(x * 1000)) < 1e-6;

/**
 * A number with the precision it was stated with: a central bank's 4.75% is not 4.8%, and
 * “1.2 million units” is not 1,200,000 units. A figure worked out from others (a month in
 * days is 30.4375) is not stated, so it keeps one decimal.
 */
function figureNumber(x: number): string {
  for (const [size, word] of SCALES) {
    if (Math.abs(x) >= size && stated(x / size)) return `${STATED.format(x / size)} ${word}`;
  }
  return stated(x) ? STATED.format(x) : FIGURE.format(x);
}

/**
 * The words after a figure for its unit: “%”, “USD”, a duration in the singular or plural, a
 * counted noun as written (already plural: “homes”, “miles”), nothing for people and ranks.
 */
function unitWords(unit: string | null, v: ClaimValue): string {
  if (!unit || unit === 'person' || unit === 'rank') return '';
  if (unit === 'percent') return '%';
  if (/^[A-Z]{3}$/.test(unit)) return ` ${unit}`; // a currency code
  if (unit.startsWith('of ')) return ` ${unit}`; // a record: “4 of last 5”
  const one = v.stated === 1;
  // a rate: “2,000 people per day”, “120 miles per hour”
  const per = unit.indexOf(' per ');
  if (per > 0) {
    const head = unit.slice(0, per);
    return ` ${head === 'person' ? (one ? 'person' : 'people') : head}${unit.slice(per)}`;
  }
  if (unit.endsWith('s')) {
    // a counted noun kept as the article wrote it, or a unit such as “times”
    if (!one || unit === 'times') return ` ${unit}`;
    return ` ${/(?:ss|sh|ch|x|z)es$/.test(unit) ? unit.slice(0, -2) : unit.slice(0, -1)}`;
  }
  if (one) return ` ${unit}`;
  return ` ${/[^aeiou]y$/.test(unit) ? `${unit.slice(0, -1)}ies` : `${unit}s`}`;
}

/**
 * A bare number with its unit, where no measure names what is counted (a spread, a reference
 * figure): “300 people”, “1 person”, “2–36 months”, “45%”, “No. 3”.
 */
export function figureWithUnit(low: number, high: number | null, unit: string | null): string {
  const n = figureNumber;
  const span = high === null || high === low ? n(low) : `${n(low)}–${n(high)}`;
  if (unit === 'rank') return `No. ${span}`;
  const top = high ?? low;
  if (unit === 'person') return `${span} ${top === 1 ? 'person' : 'people'}`;
  return `${span}${unitWords(unit, { low: null, high: null, stated: top, qualifier: 'exact' })}`;
}

/** “over 3 years”, “300–400”, “about 1,200”, “45%”: a figure as a reader would say it. */
export function describeValue(v: ClaimValue | null, unit: string | null): string {
  if (!v) return 'no figure';
  const u = unitWords(unit, v);
  const n = (x: number): string => (unit === 'rank' ? `No. ${figureNumber(x)}` : figureNumber(x));
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
