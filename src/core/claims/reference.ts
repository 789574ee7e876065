/**
 * A claimed figure against the figure the records show: the signed error a verdict keeps
 * (“claimed over 3 years; the records show 20 months: overstated by at least 16 months
 * (+80%)”). Durations convert between units; other units must match.
 */
import type { ClaimValue } from './types';
import { describeValue, isOpen } from './compare';

/** Days in each duration unit. */
const DAYS: Readonly<Record<string, number>> = { hour: 1 / 24, day: 1, week: 7, month: 30.4375, year: 365.25, decade: 3652.5 };

/** A figure the fact-checker found, in `unit`. */
export interface ReferenceFigure {
  value: number;
  unit: string;
}

/** How a claimed figure compares with the reference. */
export interface ReferenceComparison {
  /** Unit the figures below are expressed in (the finer of the two for durations). */
  unit: string;
  claimed: number;
  reference: number;
  /** Claimed minus reference: positive when the claim overstates. */
  error: number;
  /** Error relative to the reference (0.8 = 80% above it); null when the reference is 0. */
  relative: number | null;
  /** `consistent`: the reference lies within the bounds the claim gives (“over 300” and 412). */
  direction: 'overstated' | 'understated' | 'consistent';
  /** True when the claim is a one-sided bound that makes the error a minimum (“over 3 years”). */
  atLeast: boolean;
  summary: string;
}

/** Units a reference figure may be given in for a claim in `unit`. */
export function compatibleUnits(unit: string | null): string[] {
  if (unit !== null && unit in DAYS) return Object.keys(DAYS);
  return [unit ?? 'person'];
}

/** `value` from unit `from` to unit `to`; null when they cannot be converted. */
export function convert(value: number, from: string, to: string): number | null {
  if (from === to) return value;
  if (from in DAYS && to in DAYS) return (value * DAYS[from]) / DAYS[to];
  return null;
}

/** The finer of two units (days before months); `a` when they are not durations. */
function finer(a: string, b: string): string {
  return a in DAYS && b in DAYS && DAYS[b] < DAYS[a] ? b : a;
}

const round = (x: number): number => Math.round(x * 10) / 10;
const FIGURE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

function amount(x: number, unit: string): string {
  const n = FIGURE.format(Math.abs(round(x)));
  if (unit === 'person') return n;
  if (unit === 'percent') return `${n}%`;
  return `${n} ${unit}${Math.abs(round(x)) === 1 ? '' : 's'}`;
}

/**
 * Compares a claimed figure in `claimUnit` with a reference figure. Null when the units
 * cannot be compared (people against months).
 */
export function compareWithReference(value: ClaimValue, claimUnit: string | null, ref: ReferenceFigure): ReferenceComparison | null {
  const from = claimUnit ?? 'person';
  const unit = finer(from, ref.unit);
  const claimed = convert(value.stated, from, unit);
  const reference = convert(ref.value, ref.unit, unit);
  const low = value.low === null ? null : convert(value.low, from, unit);
  const high = value.high === null ? null : convert(value.high, from, unit);
  if (claimed === null || reference === null) return null;
  const error = claimed - reference;
  const within = (low === null || reference >= low - 1e-9) && (high === null || reference <= high + 1e-9);
  const direction = within ? 'consistent' : reference < (low ?? claimed) ? 'overstated' : 'understated';
  // “over 3 years” against 20 months: the claim says more than 3 years, so it overstates by 16 months at least.
  const atLeast = isOpen(value) && ((direction === 'overstated' && high === null) || (direction === 'understated' && low === null));
  const relative = reference === 0 ? null : error / reference;
  const pct = relative === null ? '' : ` (${relative >= 0 ? '+' : '−'}${Math.abs(Math.round(relative * 100))}%)`;
  const said = `claimed ${describeValue(value, claimUnit)}; the reference shows ${amount(ref.value, ref.unit)}`;
  const verdict =
    direction === 'consistent'
      ? 'consistent with the claim'
      : `${direction} by ${atLeast ? 'at least ' : ''}${amount(error, unit)}${pct}`;
  return { unit, claimed: round(claimed), reference: round(reference), error: round(error), relative: relative === null ? null : Math.round(relative * 1000) / 1000, direction, atLeast, summary: `${said}: ${verdict}` };
}

/**
 * A denied figure (“There were never 14 hostages”) against a reference figure: the denial holds
 * unless the reference lies within the figure denied. Its error is no claimed figure's: only the words.
 */
export function compareDenialWithReference(value: ClaimValue, claimUnit: string | null, ref: ReferenceFigure): { unit: string; summary: string } | null {
  const c = compareWithReference(value, claimUnit, ref);
  if (!c) return null;
  const verdict = c.direction === 'consistent' ? 'the reference shows the figure denied' : 'consistent with the denial';
  return { unit: c.unit, summary: `denied ${describeValue(value, claimUnit)}; the reference shows ${amount(ref.value, ref.unit)}: ${verdict}` };
}
