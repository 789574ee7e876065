/**
 * Calendar arithmetic on day numbers (days since 1970-01-01), so claims can resolve
 * “last week” or “three years” without reading the clock or building Date objects.
 */
import type { Precision } from './types';

/** Day number of a civil date (proleptic Gregorian); month 1–12. */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date of a day number. */
export function civil(z: number): { y: number; m: number; d: number } {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** Days in a month. */
export function monthLength(y: number, m: number): number {
  return dayNumber(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - dayNumber(y, m, 1);
}

/** “2016-12-18” or “2016-12-18T09:30:00Z” → day number; null when not a date. */
export function parseIsoDay(s: string | undefined | null): number | null {
  if (!s || s.length < 10) return null;
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (s[4] !== '-' || s[7] !== '-' || !Number.isInteger(y) || !(m >= 1 && m <= 12) || !(d >= 1 && d <= monthLength(y, m))) return null;
  return dayNumber(y, m, d);
}

/** Day number → “YYYY-MM-DD”. */
export function isoDay(z: number): string {
  const { y, m, d } = civil(z);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** Move by whole months, clamping the day (Mar 31 − 1 month → Feb 28/29). */
export function addMonths(z: number, months: number): number {
  const { y, m, d } = civil(z);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  return dayNumber(ny, nm, Math.min(d, monthLength(ny, nm)));
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(z: number): number {
  return (((z + 4) % 7) + 7) % 7;
}

/** Days a unit of precision spans, used as the tolerance when comparing dates. */
export const PRECISION_DAYS: Readonly<Record<Precision, number>> = { day: 1, week: 7, month: 31, year: 366 };

/** Move back by an amount of a time unit: (said, 3, 'year') → three years earlier; fractions go to months or days. */
export function subtractDuration(z: number, amount: number, unit: string): number {
  switch (unit) {
    case 'decade': return addMonths(z, -Math.round(amount * 120));
    case 'year': return addMonths(z, -Math.round(amount * 12));
    case 'month': return Number.isInteger(amount) ? addMonths(z, -amount) : z - Math.round(amount * 30.44);
    case 'week': return z - Math.round(amount * 7);
    case 'day': return z - Math.round(amount);
    case 'hour': return z - Math.ceil(amount / 24);
    default: return z;
  }
}

/** The precision a time unit carries: a duration in years is good to a year. */
export function unitPrecision(unit: string): Precision {
  return unit === 'year' || unit === 'decade' ? 'year' : unit === 'month' ? 'month' : unit === 'week' ? 'week' : 'day';
}
