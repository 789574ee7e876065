/**
 * Time phrases in a sentence, resolved against the publication day: “last week”,
 * “since Sunday”, “in 2015”, “in the past 18 months”, “on December 18, 2016”.
 */
import type { Token } from '../text/tokenize';
import type { Precision } from './types';
import { addMonths, civil, dayNumber, monthLength, subtractDuration, unitPrecision, weekday } from './dates';
import { DAY_WORDS, MONTHS, PERIOD_PREPOSITIONS, PREVIOUS_WORDS, WEEKDAYS } from './data/calendar';
import { TIME_UNITS } from './data/measures';
import { readNumber } from './quantity';
import { WordShapes } from '../text/word-shapes';

/** A time phrase: token range, resolved day numbers (inclusive), and for “since X” the X itself. */
export interface TimePhrase {
  start: number;
  end: number;
  from: number | null;
  to: number | null;
  precision: Precision;
  relative: boolean;
  since: { from: number | null; to: number | null } | null;
  /** “over the same period”: the period of a figure before it, which the caller resolves (from and to are null here). */
  same?: true;
}

/** An absolute or weekday date at token j: “2015”, “March 2015”, “December 18, 2016”, “18 December”, “Sunday”. */
interface DatePoint { from: number | null; to: number | null; precision: Precision; end: number; relative: boolean }

function isYear(t: Token | undefined): number | null {
  if (!t || t.kind !== 'num' || t.text.length !== 4) return null;
  const y = Number(t.text);
  return y >= 1900 && y <= 2100 ? y : null;
}

function isDay(t: Token | undefined): number | null {
  if (!t || t.kind !== 'num' || t.text.length > 2) return null;
  const d = Number(t.text);
  return d >= 1 && d <= 31 ? d : null;
}

/** The latest weekday `wd` on or before day `said`. */
function lastWeekday(said: number, wd: number): number {
  return said - ((weekday(said) - wd + 7) % 7);
}

/** A month with no year is the latest such month up to publication. */
function monthYear(m: number, said: number | null, y: number | null): number | null {
  if (y !== null) return y;
  if (said === null) return null;
  const sy = civil(said).y;
  return dayNumber(sy, m, 1) <= said ? sy : sy - 1;
}

/** Month and weekday names: a date point opens with one of them or with a number. */
const CALENDAR_SHAPES = new WordShapes([...MONTHS.keys(), ...WEEKDAYS.keys()]);

function datePoint(tokens: Token[], j: number, said: number | null): DatePoint | null {
  const t = tokens[j];
  if (!t || (t.kind !== 'num' && !CALENDAR_SHAPES.hasShape(t.shape))) return null;
  const year = isYear(t);
  if (year !== null) return { from: dayNumber(year, 1, 1), to: dayNumber(year, 12, 31), precision: 'year', end: j + 1, relative: false };
  const wd = WEEKDAYS.get(t.lower);
  if (wd !== undefined) {
    const z = said === null ? null : lastWeekday(said, wd);
    return { from: z, to: z, precision: 'day', end: j + 1, relative: true };
  }
  let k = j;
  const dayFirst = isDay(t) !== null && MONTHS.has(tokens[j + 1]?.lower ?? '') ? isDay(t) : null; // “18 December”
  if (dayFirst !== null) k++;
  const m = MONTHS.get(tokens[k]?.lower ?? '');
  if (m === undefined || (!tokens[k].cap && tokens[k].lower === 'may')) return null;
  k++;
  let day = dayFirst;
  // “since Aug. 28”: an abbreviated month's stop before its day
  if (day === null && tokens[k]?.text === '.' && tokens[k - 1].text.length <= 4 && isDay(tokens[k + 1]) !== null) k++;
  if (day === null && isDay(tokens[k]) !== null) { day = isDay(tokens[k]); k++; } // “December 18”
  if (tokens[k]?.text === ',' && isYear(tokens[k + 1]) !== null) k++;
  const explicit = isYear(tokens[k]);
  if (explicit !== null) k++;
  const y = monthYear(m, said, explicit);
  if (y === null) return { from: null, to: null, precision: day ? 'day' : 'month', end: k, relative: true };
  if (day !== null) {
    const z = dayNumber(y, m, Math.min(day, monthLength(y, m)));
    return { from: z, to: z, precision: 'day', end: k, relative: explicit === null };
  }
  return { from: dayNumber(y, m, 1), to: dayNumber(y, m, monthLength(y, m)), precision: 'month', end: k, relative: explicit === null };
}

/** “last week” / “this month” / “last year”: calendar periods around publication. */
function calendarPeriod(word: string, unit: string, said: number): [number, number] {
  const previous = word !== 'this';
  const { y, m } = civil(said);
  if (unit === 'week') { const monday = said - ((weekday(said) + 6) % 7); return previous ? [monday - 7, monday - 1] : [monday, said]; }
  if (unit === 'month') { const first = dayNumber(y, m, 1); return previous ? [addMonths(first, -1), first - 1] : [first, said]; }
  const jan1 = dayNumber(y, 1, 1);
  return previous ? [dayNumber(y - 1, 1, 1), jan1 - 1] : [jan1, said];
}

const CALENDAR_UNITS = new Set(['week', 'month', 'year']);
const ROLLING_PREPOSITIONS = new Set(['in', 'within', 'over', 'during', 'across']);

/** “last week”, “this year”, “last Sunday”, “over the past 18 months”, “in a week”, “within three days”. */
function periodAt(tokens: Token[], k: number, said: number | null): TimePhrase | null {
  let j = k;
  const prep = PERIOD_PREPOSITIONS.has(tokens[j].lower) ? tokens[j++].lower : null;
  const the = tokens[j]?.lower === 'the';
  if (the) j++;
  const word = tokens[j]?.lower ?? '';
  if (the && word === 'same' && prep !== null) return samePeriodAt(tokens, k, j + 1);
  const previous = PREVIOUS_WORDS.has(word) || word === 'this';
  if (previous) j++;
  const next = tokens[j]?.lower ?? '';
  const wd = WEEKDAYS.get(next);
  if (previous && !the && wd !== undefined) { // “last Sunday”
    const z = said === null ? null : lastWeekday(said - 1, wd);
    return { start: k, end: j + 1, from: z, to: z, precision: 'day', relative: true, since: null };
  }
  const singular = TIME_UNITS.get(next);
  if (previous && !the && singular && CALENDAR_UNITS.has(singular) && !next.endsWith('s')) { // “last week” (calendar)
    const p = said === null ? null : calendarPeriod(word, singular, said);
    return { start: k, end: j + 1, from: p ? p[0] : null, to: p ? p[1] : null, precision: unitPrecision(singular), relative: true, since: null };
  }
  // “over the past 18 months” (rolling); “for three years” is a duration claim, not a period
  if (!(previous || (prep !== null && ROLLING_PREPOSITIONS.has(prep)))) return null;
  let amount = 1;
  if (tokens[j] && (tokens[j].lower === 'a' || tokens[j].lower === 'an')) j++;
  else if (tokens[j] && !TIME_UNITS.has(tokens[j].lower)) {
    const n = readNumber(tokens, j);
    if (!n || n.vague || n.attachedUnit) return null;
    amount = n.high;
    j = n.end;
  }
  const unit = TIME_UNITS.get(tokens[j]?.lower ?? '');
  if (!unit) return null;
  // “would spend $280 million over three years”: a stretch ahead of the day it was said, not the three years before it
  if (!previous && futureBefore(tokens, k)) {
    const to = said === null ? null : subtractDuration(said, -amount, unit);
    return { start: k, end: j + 1, from: said, to, precision: unit === 'hour' ? 'day' : unitPrecision(unit), relative: true, since: null };
  }
  const from = said === null ? null : subtractDuration(said, amount, unit);
  return { start: k, end: j + 1, from, to: said, precision: unit === 'hour' ? 'day' : unitPrecision(unit), relative: true, since: null };
}

/** Words of what is yet to happen: “will spend”, “would cost”, “plans to hire”, “pledged to build”. */
const FUTURE_WORDS: ReadonlySet<string> = new Set([
  'will', 'would', 'shall', "'ll", '’ll', 'plans', 'plan', 'planned', 'planning', 'pledged', 'pledges', 'pledge', 'promised', 'promises',
  'intends', 'intend', 'intended', 'aims', 'aim', 'proposes', 'proposed', 'budgeted', 'earmarked',
]);
/** How far before a period its clause's word of the future may stand: “would spend $280 million on staffing over three years”. */
const FUTURE_BACK = 12;

/**
 * A word of the future opens the clause of the period at token k (“The province would spend $280 million over three
 * years”, “will be phased in over five years”), with no stop, quote mark or other time between; not a future in the past
 * (“would have died within days”).
 */
export function futureBefore(tokens: Token[], k: number): boolean {
  for (let b = k - 1; b >= 0 && k - b <= FUTURE_BACK; b--) {
    const t = tokens[b];
    if (t.kind === 'mark' || t.kind === 'break' || (t.kind === 'punct' && t.text !== ',' && t.text !== '$' && t.text !== '€' && t.text !== '£')) return false;
    if (FUTURE_WORDS.has(t.lower)) return tokens[b + 1]?.lower !== 'have';
  }
  return false;
}

/** Nouns of a stretch of time after “the same”: “over the same period”, “in the same months”. */
const SAME_STRETCHES: ReadonlySet<string> = new Set(['period', 'time', 'timeframe', 'stretch', 'months', 'weeks', 'days', 'years', 'span']);
/** Words after “the same period” that shift it to another one: “the same period last year”, “… of 2024”, “… a year earlier”. */
const SHIFTED: ReadonlySet<string> = new Set(['last', 'a', 'of', 'in', 'the', 'one', 'previous', 'before', 'ago', 'earlier']);

/**
 * “said 180 children had died … over the same period”: the period of the figure told before, which the phrase points back
 * to (resolved by the caller). “The same period last year” is another period, of no day known here (from and to null, so
 * it is compared with nothing).
 */
function samePeriodAt(tokens: Token[], k: number, j: number): TimePhrase | null {
  const noun = tokens[j]?.lower ?? '';
  if (!SAME_STRETCHES.has(noun)) return null;
  let end = j + 1;
  if (noun === 'time' && tokens[end]?.lower === 'frame') end++;
  // “during the same time slot” is no stretch of time; “over the same time, …” is
  else if (noun === 'time' && tokens[end]?.kind === 'word') return null;
  const shifted = SHIFTED.has(tokens[end]?.lower ?? '') && tokens[end + 1]?.kind !== undefined && (tokens[end].lower !== 'a' || TIME_UNITS.has(tokens[end + 1].lower));
  const phrase: TimePhrase = { start: k, end, from: null, to: null, precision: 'day', relative: true, since: null };
  if (!shifted) phrase.same = true;
  return phrase;
}

/** “since Sunday”, “since 2013”, “since March 2011”. */
function sinceAt(tokens: Token[], k: number, said: number | null): TimePhrase | null {
  const d = datePoint(tokens, k + 1, said);
  if (!d) return null;
  // “since Sunday” said on a Sunday means a week ago
  if (d.relative && d.precision === 'day' && d.from !== null && d.from === said && WEEKDAYS.has(tokens[k + 1].lower)) { d.from -= 7; d.to = d.from; }
  return { start: k, end: d.end, from: d.from, to: said, precision: d.precision, relative: true, since: { from: d.from, to: d.to } };
}

/** “on Sunday”, “in 2015”, “in March 2015”, “on December 18, 2016”, or a bare “Sunday” / “March 3”. */
function dateAt(tokens: Token[], k: number, said: number | null): TimePhrase | null {
  const lead = tokens[k].lower;
  const prep = lead === 'on' || PERIOD_PREPOSITIONS.has(lead) || lead === 'by';
  const d = datePoint(tokens, prep ? k + 1 : k, said);
  if (!d || (!prep && d.precision === 'year')) return null;
  return { start: k, end: d.end, from: d.from, to: d.to, precision: d.precision, relative: d.relative, since: null };
}

/** “yesterday”, “today”. */
function dayWordAt(tokens: Token[], k: number, said: number | null): TimePhrase | null {
  const back = DAY_WORDS.get(tokens[k].lower) ?? 0;
  const z = said === null ? null : said - back;
  return { start: k, end: k + 1, from: z, to: z, precision: 'day', relative: true, since: null };
}

/** Quarters of a year by their ordinal: “third-quarter revenue”, “for the fourth quarter”. */
const QUARTERS: ReadonlyMap<string, number> = new Map([['first', 1], ['second', 2], ['third', 3], ['fourth', 4]]);

/**
 * “third-quarter revenue”, “in the fourth quarter”, “the second quarter of 2024”: a quarter of a year. With no year, the
 * latest such quarter begun by publication (“fourth-quarter revenue” in February is last year's; “for the fourth
 * quarter” late in October is this one). Analysts' third-quarter forecast and a company's fourth-quarter guidance, given
 * the same day, are two periods, not one figure told two ways.
 */
function quarterAt(tokens: Token[], k: number, said: number | null): TimePhrase | null {
  const joined = /^(first|second|third|fourth)-quarter$/.exec(tokens[k].lower);
  const q = QUARTERS.get(joined ? joined[1] : tokens[k].lower);
  if (q === undefined || (!joined && tokens[k + 1]?.lower !== 'quarter')) return null;
  let end = joined ? k + 1 : k + 2;
  let y: number | null = null;
  if (tokens[end]?.lower === 'of' && isYear(tokens[end + 1]) !== null) { y = isYear(tokens[end + 1]); end += 2; }
  const firstMonth = 3 * (q - 1) + 1;
  const year = monthYear(firstMonth, said, y);
  if (year === null) return { start: k, end, from: null, to: null, precision: 'month', relative: true, since: null };
  const from = dayNumber(year, firstMonth, 1);
  return { start: k, end, from, to: dayNumber(year, firstMonth + 2, monthLength(year, firstMonth + 2)), precision: 'month', relative: y === null, since: null };
}

type PhraseParser = (tokens: Token[], k: number, said: number | null) => TimePhrase | null;

/** Which parsers to try at a token, by its lower-case text; dates are tried at every word. */
const PARSERS: ReadonlyMap<string, readonly PhraseParser[]> = new Map<string, readonly PhraseParser[]>([
  ...[...PERIOD_PREPOSITIONS].map((w) => [w, [periodAt, dateAt]] as [string, readonly PhraseParser[]]),
  ...[...PREVIOUS_WORDS, 'this', 'the'].map((w) => [w, [periodAt]] as [string, readonly PhraseParser[]]),
  ['since', [sinceAt]], ['on', [dateAt]], ['by', [dateAt]],
  ...[...DAY_WORDS.keys()].map((w) => [w, [dayWordAt]] as [string, readonly PhraseParser[]]),
  ...[...QUARTERS.keys()].flatMap((w) => [[w, [quarterAt]], [`${w}-quarter`, [quarterAt]]] as Array<[string, readonly PhraseParser[]]>),
]);

/** Words at which some parser starts (most words of a sentence are turned away by shape). */
const OPENER_SHAPES = new WordShapes([...PARSERS.keys(), ...MONTHS.keys(), ...WEEKDAYS.keys()]);

/** Every time phrase in a sentence, left to right, not overlapping. */
export function findTimePhrases(tokens: Token[], said: number | null): TimePhrase[] {
  const out: TimePhrase[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || !OPENER_SHAPES.hasShape(t.shape)) continue;
    const parsers = PARSERS.get(t.lower) ?? (MONTHS.has(t.lower) || WEEKDAYS.has(t.lower) ? [dateAt] : null);
    if (!parsers) continue;
    for (const p of parsers) {
      const found = p(tokens, k, said);
      if (found) { out.push(found); k = found.end - 1; break; }
    }
  }
  return out;
}
