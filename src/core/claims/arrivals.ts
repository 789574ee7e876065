/**
 * People arriving, a flow rather than a stock: “it registered 14,300 new arrivals in the first week of July”, “an average of
 * 2,000 arrivals a day”. A count of its own, `arrivals`: never compared with how many refugees a country hosts. A rate
 * (“a day”, “per week”, “each week”) is counted in its own unit, `person per day`, so a day's rate meets no week's total.
 */
import type { Token } from '../text/tokenize';
import type { Figure } from './qualifier';
import type { ReadFigure } from './types';

/** What `arrivals` found: the unit (with its rate, if any) and the token range of the claim. */
export type ArrivalFigure = ReadFigure;

/** Nouns of people arriving: “14,300 new arrivals”. */
const ARRIVAL_NOUNS: ReadonlySet<string> = new Set(['arrivals', 'arrivées', 'entrants']);
/** Words that may describe arrivals before their noun: “new arrivals”, “daily arrivals”, “refugee arrivals”. */
const ARRIVAL_MODIFIERS: ReadonlySet<string> = new Set(['new', 'refugee', 'migrant', 'registered', 'recorded', 'recent', 'fresh']);
/** Units of a rate after “a”, “per” or “each”: “2,000 arrivals a day”. */
const RATE_UNITS: ReadonlyMap<string, string> = new Map([['day', 'day'], ['week', 'week'], ['month', 'month']]);
/** Words of a rate before its figure: “weekly arrivals of 14,300”. */
const RATE_ADVERBS: ReadonlyMap<string, string> = new Map([['daily', 'day'], ['weekly', 'week'], ['monthly', 'month']]);

/** Arrivals counted at `f`, or null. */
export function arrivals(tokens: Token[], f: Figure): ArrivalFigure | null {
  if (f.raw.yearLike || f.raw.age) return null;
  let k = f.raw.end;
  let rate = RATE_ADVERBS.get(tokens[k]?.lower ?? '') ?? null; // “14,300 weekly arrivals”
  if (rate) k++;
  while (k <= f.raw.end + 2 && ARRIVAL_MODIFIERS.has(tokens[k]?.lower ?? '')) k++;
  let start = f.start;
  if (!ARRIVAL_NOUNS.has(tokens[k]?.lower ?? '')) {
    // “weekly arrivals of 14,300”, “new arrivals reached 9,800”
    const before = tokens[f.start - 1]?.lower === 'of' || tokens[f.start - 1]?.lower === 'at' ? f.start - 2 : -1;
    if (before < 0 || !ARRIVAL_NOUNS.has(tokens[before]?.lower ?? '')) return null;
    start = before;
    rate = RATE_ADVERBS.get(tokens[before - 1]?.lower ?? '') ?? null;
    if (rate) start = before - 1;
    return { kind: 'count', measure: 'arrivals', unit: rate ? `person per ${rate}` : 'person', group: null, start, end: f.raw.end, valueEnd: f.raw.end };
  }
  let end = k + 1;
  // “2,000 arrivals a day”, “per week”, “each week”
  const per = tokens[end]?.lower;
  const unit = RATE_UNITS.get(tokens[end + 1]?.lower ?? '');
  if (!rate && unit && (per === 'a' || per === 'per' || per === 'each' || per === 'every')) { rate = unit; end += 2; }
  return { kind: 'count', measure: 'arrivals', unit: rate ? `person per ${rate}` : 'person', group: null, start, end, valueEnd: f.raw.end };
}
