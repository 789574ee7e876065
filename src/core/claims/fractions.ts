/**
 * Changes told as a fraction after “by”: “spending will rise by a third”, “the budget was cut by a quarter”, “sales fell
 * by half”, “by nearly two-thirds” — a change in percent (+33.3, −25, −50, −66.7), as “rose 12 percent” is. A fraction
 * alone (“a third of voters”) is no change and is left as it was.
 */
import type { Token } from '../text/tokenize';
import type { ClaimValue } from './types';
import type { RawNumber } from './quantity';
import { qualify } from './qualifier';
import { FALL_WORDS, RISE_WORDS } from './classify';
import { CHANGING, OBJECT_BACK, changeOfObject } from './object-change';

/** Verbs of a change before “by” and its fraction, both ways, in every form: “will rise by”, “was cut by”, “slashed by”. */
const RISING: ReadonlySet<string> = new Set([
  ...RISE_WORDS, 'rise', 'increase', 'increasing', 'grow', 'growing', 'climb', 'jump', 'surge', 'soar', 'expand', 'raise', 'raised', 'raises',
  'raising', 'boost', 'boosted', 'boosts', 'boosting',
]);
const FALLING: ReadonlySet<string> = new Set([
  ...FALL_WORDS, 'fall', 'drop', 'decline', 'decrease', 'shrink', 'cut', 'cuts', 'cutting', 'reduce', 'reduced', 'reduces', 'reducing', 'slash',
  'slashed', 'slashes', 'slashing', 'lower', 'lowered', 'lowers', 'lowering', 'trim', 'trimmed', 'trims', 'shed',
]);

/** Denominators by their word, singular and plural: “a third”, “two-thirds”. */
const PARTS: ReadonlyMap<string, number> = new Map([
  ['half', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4], ['fourth', 4], ['fourths', 4], ['fifth', 5], ['fifths', 5],
  ['tenth', 10], ['tenths', 10],
]);
/** Numerators before a part: “a third”, “one-fifth”, “three quarters”. */
const NUMERATORS: ReadonlyMap<string, number> = new Map([['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4]]);
/** Qualifier words that may stand between “by” and the fraction: “by more than a third”, “by nearly half”, “by at least a quarter”. */
const QUALIFYING: ReadonlySet<string> = new Set([
  'more', 'less', 'than', 'nearly', 'almost', 'about', 'around', 'roughly', 'some', 'over', 'at', 'least', 'up', 'to', 'just', 'well',
  'approximately', 'close', 'under',
]);
/** Words after a fraction that make it part of something else: “by half a million”, “by a third of a point”, “by a quarter point”. */
const NOT_AFTER: ReadonlySet<string> = new Set(['of', 'a', 'an', 'million', 'billion', 'trillion', 'thousand', 'hundred', 'point', 'points', 'percent', 'per', '%']);

/** A fraction at token k: its value in percent and its end, or null. “half” needs no numerator; plurals need one above one. */
function fractionAt(tokens: Token[], k: number): { percent: number; end: number } | null {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return null;
  const dash = /^(one|two|three|four)-([a-z]+)$/.exec(t.lower); // “two-thirds”, “one-quarter”
  let num: number | undefined;
  let part: string;
  let end: number;
  if (dash) { num = NUMERATORS.get(dash[1]); part = dash[2]; end = k + 1; }
  else if (t.lower === 'half') { num = 1; part = 'half'; end = k + 1; }
  else { num = NUMERATORS.get(t.lower); part = tokens[k + 1]?.lower ?? ''; end = k + 2; }
  const den = PARTS.get(part);
  if (num === undefined || den === undefined || num >= den || (num > 1) !== part.endsWith('s') || (part === 'half' && num !== 1)) return null;
  if (NOT_AFTER.has(tokens[end]?.lower ?? '')) return null;
  return { percent: Math.round((num / den) * 1000) / 10, end };
}

/** A change by a fraction found at “by” (token k): the figure's token range and its value, negative for a fall. */
export interface FractionChange { start: number; end: number; valueStart: number; value: ClaimValue; object: { text: string; start: number } | null }

/**
 * “Spending on defence will rise by a third”: at a “by” after a verb of change (one adverb may stand between: “fell
 * sharply by half”), or a few words after a verb of change done to something (“cut the bonus by nearly half”), the
 * fraction after it and any qualifier (“by more than a third”); null otherwise.
 */
export function fractionChangeAt(tokens: Token[], k: number): FractionChange | null {
  if (tokens[k]?.lower !== 'by') return null;
  let v = k - 1;
  if (tokens[v]?.kind === 'word' && tokens[v].lower.endsWith('ly') && tokens[v].lower.length > 3) v--;
  const verb = tokens[v]?.lower ?? '';
  let sign = RISING.has(verb) ? 1 : FALLING.has(verb) ? -1 : 0;
  // “reduced the volume of trades by half”: a verb of change done to what stands between, in the same clause; past an
  // apposition set off by commas (“cut the bonus of its plant workers, about 4,000 people, by nearly half”)
  const done = sign === 0 ? changeOfObject(tokens, k) : null;
  if (done) sign = done.sign;
  if (sign === 0) return null;
  let j = k + 1;
  while (j - k <= 3 && QUALIFYING.has(tokens[j]?.lower ?? '') && !fractionAt(tokens, j)) j++;
  const f = fractionAt(tokens, j);
  if (!f) return null;
  const p = f.percent;
  const raw: RawNumber = { start: j, end: f.end, low: p, high: p, stated: p, vague: false, range: false, attachedUnit: null, yearLike: false, age: false };
  const q = qualify(tokens, raw);
  // (a qualifier read past “by” is no qualifier: “by” itself is never one)
  if (q.start <= k) return null;
  const x = q.value;
  const value: ClaimValue = sign > 0 ? x : { low: x.high === null ? null : -x.high, high: x.low === null ? null : -x.low, stated: -x.stated, qualifier: x.qualifier };
  return { start: q.start, end: f.end, valueStart: q.start, value, object: done?.object ?? null };
}

/** Words a fraction after “by” may open with, for the anchor scan: “by a third”, “by half”, “by two-thirds”, “by nearly half”. */
const FRACTION_LEAD = /^(?:(?:more than|less than|nearly|almost|about|around|roughly|some|over|at least|up to|just over|well over|close to|approximately) )?(?:(?:a|an|one|two|three|four)[ -](?:half|thirds?|quarters?|fourths?|fifths?|tenths?)|half)\b/i;

/** The word of text ending just before `end` (after spaces): its start and lower-cased text. */
function wordBefore(text: string, end: number): { start: number; word: string } {
  let e = end;
  while (e > 0 && text.charCodeAt(e - 1) === 32) e--;
  let s = e;
  while (s > 0 && /[A-Za-z]/.test(text[s - 1])) s--;
  return { start: s, word: text.slice(s, e).toLowerCase() };
}

/**
 * The anchor scan's test at offset s, just after “by ”: a fraction follows and a verb of change stands before “by”
 * (“will rise by a third”, “fell sharply by half”); cheap enough for every word after “by”.
 */
export function fractionChangeText(text: string, s: number): boolean {
  if (s < 3 || text.slice(s - 3, s).toLowerCase() !== 'by ' || /[A-Za-z]/.test(text[s - 4] ?? '')) return false;
  if (!FRACTION_LEAD.test(text.slice(s, s + 32))) return false;
  let verb = wordBefore(text, s - 3);
  if (verb.word.endsWith('ly') && verb.word.length > 3) verb = wordBefore(text, verb.start);
  if (RISING.has(verb.word) || FALLING.has(verb.word)) return true;
  // “cutting greenhouse gas emissions by a third”: as `fractionChangeAt`, words only between the verb and “by”, past an
  // apposition between commas (“cut the bonus of its workers, about 4,000 people, by nearly half”)
  let w = wordBefore(text, appositionText(text, s - 3));
  for (let n = 1; n < OBJECT_BACK && w.word !== '' && w.start > 0 && text.charCodeAt(w.start - 1) === 32; n++) {
    w = wordBefore(text, w.start);
    if (CHANGING.has(w.word)) return true;
  }
  return false;
}

/** How far back the opening comma of an apposition before “by” may stand, in characters. */
const APPOSITION_CHARS = 60;

/**
 * Where the words before “by” at offset `by` are read back from, as `appositionBefore`: the opening comma of an
 * apposition closed by a comma just before “by”, else `by` itself.
 */
function appositionText(text: string, by: number): number {
  let e = by;
  while (e > 0 && text.charCodeAt(e - 1) === 32) e--;
  if (text[e - 1] !== ',') return by;
  for (let i = e - 2; i >= 0 && e - i <= APPOSITION_CHARS; i--) {
    const c = text[i];
    // (“4,000”: a comma inside a figure opens nothing)
    if (c === ',' && !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''))) return i;
    if (/[.;:!?()"“”\n]/.test(c) && !(c === '.' && /\d/.test(text[i + 1] ?? ''))) return by;
  }
  return by;
}
