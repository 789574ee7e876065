/**
 * Turn a raw figure and the qualifier before it into bounds: “over three” → [3, ∞),
 * “nearly 300” → [270, 300], “up to 50” → [0, 50], “about 1,000” → [900, 1100].
 */
import type { Token } from '../text/tokenize';
import type { ClaimValue, Qualifier } from './types';
import { APPROX_SPREAD, QUALIFIERS } from './data/numbers';
import type { RawNumber } from './quantity';

/** A qualified figure: the value and the token where its qualifier starts. */
export interface Figure {
  raw: RawNumber;
  start: number;
  value: ClaimValue;
}

/** The longest qualifier phrase (three words at most) ending just before token i. */
function qualifierBefore(tokens: Token[], i: number): { kind: Qualifier; start: number } | null {
  for (let len = 3; len >= 1; len--) {
    const a = i - len;
    if (a < 0) continue;
    let phrase = tokens[a].lower;
    for (let k = a + 1; k < i; k++) phrase += ' ' + tokens[k].lower;
    const kind = QUALIFIERS.get(phrase);
    if (kind) return { kind, start: a };
  }
  return null;
}

const CURRENCY_SIGNS = new Set(['$', '€', '£']);

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}

/** Apply the qualifier before a raw figure. */
export function qualify(tokens: Token[], raw: RawNumber): Figure {
  // “between 200 and 300” keeps “between” in the span
  const betweenStart = raw.range && tokens[raw.start - 1]?.lower === 'between' ? raw.start - 1 : raw.start;
  // “over $1 million”: the qualifier sits before the currency sign
  const lead = CURRENCY_SIGNS.has(tokens[raw.start - 1]?.text ?? '') ? raw.start - 1 : raw.start;
  const q = raw.range ? null : qualifierBefore(tokens, lead);
  const base: Qualifier = raw.range ? 'range' : raw.vague ? 'vague' : 'exact';
  const kind = q?.kind ?? base;
  const { low, high, stated } = raw;
  let value: ClaimValue;
  switch (kind) {
    case 'over': value = { low: high, high: null, stated, qualifier: kind }; break;
    case 'at-least': value = { low, high: null, stated, qualifier: kind }; break;
    case 'nearly': value = { low: round(low * (1 - APPROX_SPREAD)), high, stated, qualifier: kind }; break;
    case 'about': value = raw.vague ? { low, high, stated, qualifier: kind } : { low: round(low * (1 - APPROX_SPREAD)), high: round(high * (1 + APPROX_SPREAD)), stated, qualifier: kind }; break;
    case 'up-to': case 'under': value = { low: 0, high, stated, qualifier: kind }; break;
    default: value = { low, high, stated, qualifier: kind };
  }
  return { raw, start: q ? q.start : Math.min(betweenStart, lead), value };
}
