/**
 * Homes left without power by a storm or an earthquake: “About 400,000 homes without power”, “118,000 of its customers are
 * without electricity”, “52,000 households lost power”, “cut power to 60,000 homes”. A count of its own, `outages`,
 * so one storm's figures from several utilities meet, and never with a count of houses destroyed; in what the article
 * counts: “9,200 customers” are not 9,200 homes (a utility's customers are the homes and businesses it supplies).
 */
import type { Token } from '../text/tokenize';
import type { Figure } from './qualifier';
import type { ReadFigure } from './types';

/** What `outage` found: the homes counted (as written) and the token range of the claim. */
export type OutageFigure = ReadFigure & { group: string };

/** What a utility counts cut off: “homes”, “customers”, “households”, “properties”, “homes and businesses”. */
export const SUPPLIED: ReadonlySet<string> = new Set(['homes', 'households', 'customers', 'properties', 'premises', 'businesses', 'houses', 'connections']);
/** Words of the supply: “without power”, “lost electricity”, “no electric service”. */
const SUPPLY: ReadonlySet<string> = new Set(['power', 'electricity', 'electric', 'supply', 'supplies']);
/** Words before the supply that say it is gone: “without power”, “lost power”, “have no electricity”, “off supply”. */
const CUT: ReadonlySet<string> = new Set(['without', 'lost', 'lose', 'losing', 'no', 'off']);
/** Verbs of cutting the supply before “power to”: “cut power to 60,000 homes”, “knocked out power to”. */
const CUTTING: ReadonlySet<string> = new Set(['cut', 'cutting', 'cuts', 'out', 'knocked', 'severed', 'disrupted', 'interrupted']);
/** How far after the homes the supply may be named: “118,000 of its customers in the north are without electricity”. */
const SUPPLY_REACH = 6;

/** The unit of what is counted cut off: “customers” → customer, “homes” → home. */
const SUPPLIED_UNITS: ReadonlyMap<string, string> = new Map([
  ['homes', 'home'], ['houses', 'home'], ['households', 'household'], ['customers', 'customer'], ['properties', 'property'],
  ['premises', 'premises'], ['businesses', 'business'], ['connections', 'connection'],
]);

/** The homes counted right after the figure ending at `end` (past “of its”, “of their”): the tokens of their nouns, or null. */
function suppliedAfter(tokens: Token[], end: number): { first: number; last: number } | null {
  let k = end;
  if (tokens[k]?.lower === 'of' && (tokens[k + 1]?.lower === 'its' || tokens[k + 1]?.lower === 'their' || tokens[k + 1]?.lower === 'the')) k += 2;
  if (!SUPPLIED.has(tokens[k]?.lower ?? '')) return null;
  // “homes and businesses”
  const last = tokens[k + 1]?.lower === 'and' && SUPPLIED.has(tokens[k + 2]?.lower ?? '') ? k + 2 : k;
  return { first: k, last };
}

/** “without power”, “lost power”, “have no electricity” within reach after token `from`; the end of the phrase, or -1. */
function supplyCut(tokens: Token[], from: number): number {
  for (let k = from; k < tokens.length && k - from <= SUPPLY_REACH; k++) {
    const t = tokens[k];
    if (t.kind === 'mark' || t.kind === 'break' || (t.kind === 'punct' && t.text !== ',')) return -1;
    if (SUPPLY.has(t.lower) && CUT.has(tokens[k - 1]?.lower ?? '')) return k + 1;
    // “the power was off at 52,000 homes” is not read; “in the dark”
    if (t.lower === 'dark' && tokens[k - 1]?.lower === 'the' && tokens[k - 2]?.lower === 'in') return k + 1;
  }
  return -1;
}

/** “cut power to 60,000 homes”, “knocked out electricity to”: the supply cut right before the figure at `start`. */
function cutBefore(tokens: Token[], start: number): boolean {
  const to = start - 1;
  return to > 1 && tokens[to].lower === 'to' && SUPPLY.has(tokens[to - 1].lower) && CUTTING.has(tokens[to - 2].lower);
}

/** Nouns of the supply being cut: “power cuts”, “power outages”, “blackouts”. */
const OUTAGE_NOUNS: ReadonlySet<string> = new Set(['cuts', 'cut', 'outages', 'outage', 'failures', 'blackouts']);
/** How far before the figure the cut may be named: “Power cuts now affect 41,000 homes”, “Power cuts stand at 52,000 homes”. */
const CUT_NAMED_BACK = 5;

/**
 * “Power cuts now affect 41,000 homes”, “Blackouts hit 30,000 customers”: the cut is named before the figure, in its
 * clause (a blackout alone is of power; a cut names its supply: “job cuts affect 400 workers” is none).
 */
function cutNamedBefore(tokens: Token[], start: number): boolean {
  for (let k = start - 1; k >= 0 && start - k <= CUT_NAMED_BACK; k--) {
    const t = tokens[k];
    if (t.kind !== 'word') return false;
    if (!OUTAGE_NOUNS.has(t.lower)) continue;
    return t.lower === 'blackouts' || SUPPLY.has(tokens[k - 1]?.lower ?? '');
  }
  return false;
}

/** Homes without power at `f`, or null. */
export function outage(tokens: Token[], f: Figure): OutageFigure | null {
  if (f.raw.yearLike || f.raw.age) return null;
  const supplied = suppliedAfter(tokens, f.raw.end);
  if (!supplied) return null;
  const at = supplied.last;
  const group = tokens.slice(supplied.first, at + 1).map((t) => t.lower).join(' ');
  // (“homes and businesses” are a utility's customers)
  const unit = at > supplied.first ? 'customer' : SUPPLIED_UNITS.get(tokens[at].lower) ?? 'home';
  if (cutBefore(tokens, f.start) || cutNamedBefore(tokens, f.start)) return { kind: 'count', measure: 'outages', unit, group, start: f.start, end: at + 1, valueEnd: f.raw.end };
  const end = supplyCut(tokens, at + 1);
  return end < 0 ? null : { kind: 'count', measure: 'outages', unit, group, start: f.start, end, valueEnd: f.raw.end };
}
