/**
 * Read a figure at a token: digits (“3,000”, “1.2 million”, “200-300”), number words
 * (“twenty-five”, “three hundred and fifty”, “a dozen”) and vague amounts (“tens of thousands”).
 */
import type { Token } from '../text/tokenize';
import { NUMBER_WORDS, SCALES, VAGUE_COUNTS, VAGUE_SCALES } from './data/numbers';
import { TIME_UNITS } from './data/measures';

/** A figure before qualifiers: token range [start, end) and bounds. */
export interface RawNumber {
  start: number;
  end: number;
  low: number;
  high: number;
  stated: number;
  vague: boolean;
  range: boolean;
  /** “three-year”, “18-month” carry their unit inside the token. */
  attachedUnit: string | null;
  /** “1999”…“2100” written alone: probably a year, not a count. */
  yearLike: boolean;
  /** “12-year-old”: an age, never a claim on its own. */
  age: boolean;
}

const MAX_WORDS = 8;
const VAGUE_HIGH = 9.99;

/** “3,000” → 3000, “1.2” → 1.2; NaN for anything else. */
function parseDigits(s: string): number {
  let clean = '';
  for (let i = 0; i < s.length; i++) if (s[i] !== ',') clean += s[i];
  return clean.length > 0 && clean.length <= 16 ? Number(clean) : NaN;
}

/** “5bn”, “1.2m”, “10k” → value; NaN when the suffix is not a scale. */
function digitsWithSuffix(s: string): number {
  let k = 0;
  while (k < s.length && ((s[k] >= '0' && s[k] <= '9') || s[k] === '.' || s[k] === ',')) k++;
  const scale = SCALES.get(s.slice(k));
  return k > 0 && scale !== undefined ? parseDigits(s.slice(0, k)) * scale : NaN;
}

/** One word or hyphenated word as a number: “twenty-five” → 25, “18” → 18. */
function wordValue(w: string): number {
  if (w.length === 0) return NaN;
  if (w[0] >= '0' && w[0] <= '9') return parseDigits(w);
  const parts = w.split('-');
  let v = 0;
  for (const p of parts) {
    const n = NUMBER_WORDS.get(p);
    if (n === undefined || n === 0.5) return NaN;
    v += n;
  }
  return v;
}

interface Extra { stated?: number; vague?: boolean; range?: boolean; attachedUnit?: string | null; yearLike?: boolean; age?: boolean }

/** A figure without the binary rounding error of scaling it: 4.1 × 10⁹ is 4,100,000,000, not 4,099,999,999.9999995. */
function tidy(x: number): number {
  return Number.isFinite(x) && x !== Math.trunc(x) ? Number(x.toPrecision(15)) : x;
}

function make(start: number, end: number, low: number, high: number, x: Extra = {}): RawNumber {
  return {
    start, end, low: tidy(low), high: tidy(high), stated: tidy(x.stated ?? low), vague: x.vague ?? false, range: x.range ?? false,
    attachedUnit: x.attachedUnit ?? null, yearLike: x.yearLike ?? false, age: x.age ?? false,
  };
}

/** “three-year”, “18-month”, “12-year-old”: a number with its unit attached. */
function attached(t: Token, i: number): RawNumber | null {
  const parts = t.lower.split('-');
  if (parts.length < 2 || parts.length > 4) return null;
  const age = parts[parts.length - 1] === 'old';
  const unitWord = parts[age ? parts.length - 2 : parts.length - 1];
  const unit = TIME_UNITS.get(unitWord);
  if (!unit) return null;
  const v = wordValue(parts.slice(0, age ? -2 : -1).join('-'));
  return Number.isFinite(v) ? make(i, i + 1, v, v, { attachedUnit: unit, age }) : null;
}

/** “twenty-five thousand”, “three hundred and fifty”, “a dozen”, “half a million”. */
function wordNumber(tokens: Token[], i: number): RawNumber | null {
  let total = 0;
  let current = 0;
  let seen = false;
  let k = i;
  if ((tokens[k].lower === 'a' || tokens[k].lower === 'an') && tokens[k + 1] && (SCALES.has(tokens[k + 1].lower) || tokens[k + 1].lower === 'dozen')) { current = 1; k++; }
  for (; k < tokens.length && k - i < MAX_WORDS; k++) {
    const w = tokens[k].lower;
    const scale = tokens[k].kind === 'word' && w.length > 2 ? SCALES.get(w) : undefined;
    if (scale !== undefined) {
      if (scale === 100) current = (current || 1) * 100;
      else { total += (current || 1) * scale; current = 0; }
      seen = true;
      continue;
    }
    if (w === 'half' && tokens[k + 1]?.lower === 'a' && SCALES.has(tokens[k + 2]?.lower ?? '')) { current += 0.5; k++; seen = true; continue; }
    if (w === 'dozen') { current = (current || 1) * 12; seen = true; continue; }
    // “three hundred and fifty”
    if (w === 'and' && seen && Number.isFinite(wordValue(tokens[k + 1]?.lower ?? ''))) continue;
    const v = tokens[k].kind === 'word' ? wordValue(w) : NaN;
    // “twenty five” joins; “three two” does not
    if (!Number.isFinite(v) || (seen && current % 100 !== 0 && !(current % 10 === 0 && v < 10))) break;
    current += v;
    seen = true;
  }
  if (!seen || k === i) return null;
  const value = total + current;
  return make(i, k, value, value);
}

/** “dozens”, “hundreds of thousands”, “several hundred”, “a few thousand”. */
function vagueNumber(tokens: Token[], i: number): RawNumber | null {
  let k = i;
  if (tokens[k].lower === 'a' && VAGUE_COUNTS.has(tokens[k + 1]?.lower ?? '')) k++;
  const count = VAGUE_COUNTS.get(tokens[k].lower);
  if (count) {
    const scale = SCALES.get(tokens[k + 1]?.lower ?? '');
    if (scale === undefined || scale < 100) return null;
    return make(i, k + 2, count[0] * scale, count[1] * scale, { vague: true });
  }
  let scale = VAGUE_SCALES.get(tokens[k].lower);
  if (scale === undefined) return null;
  k++;
  // “tens of thousands”, “hundreds of thousands”
  while (tokens[k]?.lower === 'of' && VAGUE_SCALES.has(tokens[k + 1]?.lower ?? '') && k - i < MAX_WORDS) {
    scale *= VAGUE_SCALES.get(tokens[k + 1].lower) ?? 1;
    k += 2;
  }
  return make(i, k, 2 * scale, Math.round(VAGUE_HIGH * scale), { vague: true });
}

/** Read the figure starting at token i, or null. */
export function readNumber(tokens: Token[], i: number): RawNumber | null {
  const t = tokens[i];
  if (t.kind === 'num') {
    const dash = t.text.indexOf('-');
    if (dash > 0) { // “200-300”
      const a = parseDigits(t.text.slice(0, dash));
      const b = parseDigits(t.text.slice(dash + 1));
      return a < b ? make(i, i + 1, a, b, { range: true, stated: a }) : null;
    }
    let v = parseDigits(t.text);
    if (!Number.isFinite(v)) return null;
    let end = i + 1;
    const scale = tokens[end] && tokens[end].lower.length > 2 ? SCALES.get(tokens[end].lower) : undefined;
    if (scale !== undefined) { v *= scale; end++; }
    const yearLike = end === i + 1 && t.text.length === 4 && v >= 1900 && v <= 2100;
    return make(i, end, v, v, { yearLike });
  }
  if (t.kind !== 'word') return null;
  if (t.lower[0] >= '0' && t.lower[0] <= '9') {
    const v = digitsWithSuffix(t.lower);
    if (Number.isFinite(v)) return make(i, i + 1, v, v);
  }
  return attached(t, i) ?? vagueNumber(tokens, i) ?? wordNumber(tokens, i);
}

/** “between 200 and 300”, “200 to 300”: extend a figure into a range when a second figure follows. */
export function readRange(tokens: Token[], n: RawNumber): RawNumber {
  const joiner = tokens[n.end]?.lower;
  const between = tokens[n.start - 1]?.lower === 'between';
  if (!(joiner === 'to' || (joiner === 'and' && between) || (joiner === '-' && tokens[n.end + 1]))) return n;
  const second = tokens[n.end + 1] ? readNumber(tokens, n.end + 1) : null;
  if (!second || second.high <= n.low || second.yearLike !== n.yearLike) return n;
  return make(n.start, second.end, n.low, second.high, { stated: n.stated, range: true, attachedUnit: second.attachedUnit, yearLike: n.yearLike });
}
