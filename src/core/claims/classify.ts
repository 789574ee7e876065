/**
 * Decide what a figure measures from the words around it: a time unit after it
 * (duration), “percent”, a currency, a unit noun, or a counted group and an event word.
 */
import type { Token } from '../text/tokenize';
import type { ClaimKind, Measure } from './types';
import type { Figure } from './qualifier';
import {
  CHAIN_WORDS, CURRENCIES, DURATION_CONTEXT, DURATION_LEADS, GROUP_NOUNS, MEASURE_WORDS, PERCENT_WORDS, TIME_UNITS, UNIT_NOUNS,
} from './data/measures';
import { MONTHS, YEAR_PREPOSITIONS } from './data/calendar';

/** What the figure counts and the token range [start, end) of the words that say so. */
export interface Classified {
  kind: ClaimKind;
  measure: Measure;
  unit: string | null;
  group: string | null;
  start: number;
  end: number;
  /** End of the figure with its unit: “over three years”, “40 percent”. */
  valueEnd: number;
}

const CONTEXT_BACK = 14;
const MEASURE_BACK = 5;
const CHAIN_MAX = 5;
/** Words ending in “s” that are not plural nouns (“killed 30 this week”, “displaced 300 across the region”). */
const NOT_PLURAL: ReadonlySet<string> = new Set([
  'this', 'thus', 'was', 'has', 'is', 'its', 'his', 'hers', 'ours', 'theirs', 'yours', 'as', 'us', 'across', 'always',
  'perhaps', 'towards', 'afterwards', 'whereas', 'besides', 'less', 'unless', 'nevertheless', 'others', 'overseas', 'various',
  'numerous', 'serious', 'previous', 'various', 'alongside', 'since', 'does', 'goes',
]);
/** Words that end no group: determiners, prepositions, relatives (“of those who”, “of voters in the”). */
const LINKING: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'all', 'in', 'on', 'at', 'of', 'for',
  'from', 'to', 'by', 'with', 'who', 'which', 'whom', 'whose',
]);
/** Words after a group that start what is said of it: “71 percent of supporters |approved|”, “of voters |and| …”. */
const AFTER_GROUP: ReadonlySet<string> = new Set(['and', 'or', 'but', 'as', 'than', 'said', 'says', 'told', 'approve', 'view', 'put', 'made', 'make', 'say', 'think', 'support', 'back', 'want', 'favour', 'favor', 'oppose', 'believe', 'agree', 'disagree', 'plan', 'expect', 'live', 'use', 'own', 'voted']);

/**
 * Whether token t ends a group named after “percent of”: a word from AFTER_GROUP, or a past form after a noun
 * (“of union members |approved|”; “of |registered| voters” opens the group).
 */
function endsGroup(t: Token, afterNoun: boolean): boolean {
  return AFTER_GROUP.has(t.lower) || (afterNoun && !t.cap && t.lower.length > 4 && t.lower.endsWith('ed'));
}

/** Places people are driven from: “forced from their homes”, “driven out of their villages”. */
const HOMES: ReadonlySet<string> = new Set(['home', 'homes', 'houses', 'villages', 'towns', 'land', 'city', 'cities', 'neighbourhoods', 'neighborhoods']);
const DRIVEN: ReadonlySet<string> = new Set(['forced', 'driven', 'chased', 'pushed', 'evicted', 'expelled', 'uprooted']);
const GROUP_ADJECTIVES = new Set(['innocent', 'unarmed', 'young', 'elderly', 'more', 'other', 'additional', 'further', 'local', 'civilian', 'foreign']);

/** “under siege … for over three years” → siege-duration; nearest context word wins. */
function durationMeasure(tokens: Token[], from: number, to: number): { measure: Measure; at: number } {
  for (let k = to; k <= to + 2; k++) { // “three-year siege”, “years of war”
    const m = tokens[k] ? DURATION_CONTEXT.get(tokens[k].lower) : undefined;
    if (m) return { measure: m, at: k };
  }
  for (let k = from - 1; k >= 0 && from - k <= CONTEXT_BACK; k--) {
    const m = DURATION_CONTEXT.get(tokens[k].lower);
    if (m) return { measure: m, at: k };
  }
  return { measure: 'duration', at: -1 };
}

/** “for over three years”, “lasted two years”, “three-year siege”, “five years of war”; not “in the past 18 months”. */
function duration(tokens: Token[], f: Figure, unit: string): Classified | null {
  const unitEnd = f.raw.attachedUnit ? f.raw.end : f.raw.end + 1;
  const lead = tokens[f.start - 1]?.lower ?? '';
  const after = tokens[unitEnd]?.lower ?? '';
  const ofContext = after === 'of' && DURATION_CONTEXT.has(tokens[unitEnd + 1]?.lower ?? '');
  const attachedContext = f.raw.attachedUnit !== null && DURATION_CONTEXT.has(after);
  if (!DURATION_LEADS.has(lead) && !ofContext && !attachedContext) return null;
  const { measure, at } = durationMeasure(tokens, f.start, unitEnd);
  const end = at >= unitEnd ? at + 1 : unitEnd;
  return { kind: 'duration', measure, unit, group: null, start: f.start, end, valueEnd: unitEnd };
}

/** Verbs that carry a toll to its new figure: “rose to”, “has climbed to”, “stands at”. */
const TOLL_VERBS: ReadonlySet<string> = new Set(['rose', 'risen', 'rises', 'climbed', 'climbs', 'reached', 'reaches', 'stands', 'stood', 'increased', 'jumped', 'hit', 'passed', 'topped', 'exceeded', 'surpassed', 'is', 'was']);
/** How far before its figure a toll may be named when a phrase stands between: “the death toll from the earthquake in Turkey rose to 12,391”. */
const TOLL_BACK = 12;

/**
 * “The death toll from Monday's earthquake rose to 5,894”: the token of “toll” (or “casualties”,
 * “fatalities”) before a verb that carries it to the figure, further back than the figure's own
 * words, with no full stop or quote mark between; -1 when there is none.
 */
function tollBefore(tokens: Token[], figureStart: number): number {
  let verb = -1;
  for (let b = figureStart - 1; b >= 0 && figureStart - b <= 3; b--) if (TOLL_VERBS.has(tokens[b].lower)) { verb = b; break; }
  if (verb < 0) return -1;
  for (let b = verb - 1; b >= 0 && figureStart - b <= TOLL_BACK; b--) {
    const t = tokens[b];
    if (t.kind === 'mark' || t.kind === 'break' || (t.kind === 'punct' && t.text !== ',' && t.text !== "'" && t.text !== '’')) return -1;
    if (t.lower === 'toll' || t.lower === 'fatalities' || t.lower === 'casualties') return b;
  }
  return -1;
}

/** Endings of plural nouns that name people: protesters, demonstrators, migrants, students, journalists, Syrians, refugees, relatives. */
const PEOPLE_ENDING = /(?:ers|ors|ants|ents|ists|ans|ees|ives)$/;

/**
 * A lower-case word that reads as a plural noun of things: “municipalities”, “states”, “bridges” (not of people:
 * “protesters”, “passengers”, “migrants”).
 */
function pluralOfThings(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.cap || t.lower.length < 4 || !t.lower.endsWith('s')) return false;
  const w = t.lower;
  return !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is') && !w.endsWith("'s") && !w.endsWith('’s')
    && !PEOPLE_ENDING.test(w) && !NOT_PLURAL.has(w) && !CHAIN_WORDS.has(w) && !MEASURE_WORDS.has(w);
}

/** “300 civilians have been killed”, “killing at least 45 people”, “the death toll rose to 300”. */
function count(tokens: Token[], f: Figure): Classified | null {
  let k = f.raw.end;
  if (f.raw.vague && tokens[k]?.lower === 'of') k++; // “dozens of children”
  let adjectives = 0;
  while (adjectives < 2 && tokens[k] && (GROUP_ADJECTIVES.has(tokens[k].lower) || (tokens[k].cap && GROUP_NOUNS.has(tokens[k + 1]?.lower ?? '')))) { k++; adjectives++; }
  const groupTok = tokens[k] && GROUP_NOUNS.has(tokens[k].lower) ? k : -1;
  if (groupTok >= 0) k++;
  let measure: Measure | undefined;
  let end = groupTok >= 0 ? groupTok + 1 : f.raw.end;
  for (let c = 0; tokens[k] && c <= CHAIN_MAX; c++, k++) {
    const m = MEASURE_WORDS.get(tokens[k].lower);
    if (m) { measure = m; end = k + 1; break; }
    // “4,000 people have been forced from their homes”
    if (DRIVEN.has(tokens[k].lower) && (tokens[k + 1]?.lower === 'from' || tokens[k + 1]?.lower === 'out')) {
      for (let h = k + 2; h <= k + 5 && tokens[h]?.kind === 'word'; h++) if (HOMES.has(tokens[h].lower)) { measure = 'displacement'; end = h + 1; break; }
      break;
    }
    if (!CHAIN_WORDS.has(tokens[k].lower)) break;
  }
  // “displaced across eleven municipalities”: a figure followed by a plural noun of things counts those, not people
  if (!measure && groupTok < 0 && pluralOfThings(tokens[f.raw.end + adjectives])) return null;
  let start = f.start;
  for (let b = f.start - 1; !measure && b >= 0 && f.start - b <= MEASURE_BACK; b--) {
    const t = tokens[b];
    if (t.kind === 'num' || (t.kind === 'punct' && t.text !== ',') || t.kind === 'mark') break;
    const m = MEASURE_WORDS.get(t.lower);
    if (m) { measure = m; start = b; }
  }
  if (!measure) {
    const toll = tollBefore(tokens, f.start);
    if (toll >= 0) { measure = MEASURE_WORDS.get(tokens[toll].lower); start = toll; }
  }
  if (!measure && groupTok >= 0) measure = MEASURE_WORDS.get(tokens[groupTok].lower) ?? 'people';
  if (!measure) return null;
  const group = groupTok >= 0 ? tokens[groupTok].text : null;
  const unit = measure === 'attacks' ? 'attack' : 'person';
  return { kind: 'count', measure, unit, group, start, end, valueEnd: f.raw.end };
}

/** “40 percent of the buildings”, “$1.2 billion”, “500 tonnes”. */
function shareOrAmount(tokens: Token[], f: Figure): Classified | null {
  const next = tokens[f.raw.end];
  if (!next) return null;
  if (PERCENT_WORDS.has(next.lower) && (next.lower !== 'per' || tokens[f.raw.end + 1]?.lower === 'cent')) {
    let end = f.raw.end + (next.lower === 'per' ? 2 : 1);
    let group: string | null = null;
    if (tokens[end]?.lower === 'of') { // “40 percent of the city's buildings”
      let k = end + 1;
      while (tokens[k] && k - end <= 4 && tokens[k].kind === 'word' && !MEASURE_WORDS.has(tokens[k].lower) && !CHAIN_WORDS.has(tokens[k].lower) && !endsGroup(tokens[k], k > end + 1 && !LINKING.has(tokens[k - 1].lower))) k++;
      // “34% of GOP voters in the average” → voters; “40 percent of the $48 million”: a determiner alone names no group
      let g = k - 1;
      while (g > end && LINKING.has(tokens[g].lower)) g--;
      if (g > end) { group = tokens[g].text; end = g + 1; }
    }
    return { kind: 'percentage', measure: 'share', unit: 'percent', group, start: f.start, end, valueEnd: f.raw.end + (next.lower === 'per' ? 2 : 1) };
  }
  const sign = CURRENCIES.get(tokens[f.raw.start - 1]?.lower ?? '');
  const word = CURRENCIES.get(next.lower);
  const end = word ? f.raw.end + 1 : f.raw.end;
  if (sign || word) return { kind: 'amount', measure: 'money', unit: (sign ?? word) as string, group: null, start: f.start, end, valueEnd: end };
  if (UNIT_NOUNS.has(next.lower)) return { kind: 'amount', measure: 'quantity', unit: next.lower, group: null, start: f.start, end: f.raw.end + 1, valueEnd: f.raw.end + 1 };
  return null;
}

/** Classify a qualified figure; null when it makes no claim (“12-year-old”, “in 2015”, “December 18”). */
export function classify(tokens: Token[], f: Figure): Classified | null {
  const raw = f.raw;
  if (raw.age) return null;
  const unit = raw.attachedUnit ?? TIME_UNITS.get(tokens[raw.end]?.lower ?? '');
  if (unit) return duration(tokens, f, unit);
  // “December 18”, “18 December”: a day of the month
  if (MONTHS.has(tokens[raw.start - 1]?.lower ?? '') || MONTHS.has(tokens[raw.end]?.lower ?? '')) return null;
  // “since 2013”, “in 2015”: a year, not a head count
  if (raw.yearLike && YEAR_PREPOSITIONS.has(tokens[raw.start - 1]?.lower ?? '')) return null;
  const c = shareOrAmount(tokens, f) ?? count(tokens, f);
  if (c && raw.yearLike && (c.kind !== 'count' || c.start < f.start || c.end === raw.end)) return null;
  return c;
}
