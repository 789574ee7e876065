/**
 * Decide what a figure measures from the words around it: a time unit after it
 * (duration), “percent”, a currency, a unit noun, or a counted group and an event word.
 */
import type { Token } from '../text/tokenize';
import type { ClaimKind, Measure } from './types';
import type { Figure } from './qualifier';
import {
  CASE_QUALIFIERS, CASE_VERBS, CHAIN_WORDS, CURRENCIES, CURRENCIES_LOWER_ONLY, DURATION_CONTEXT, DURATION_LEADS, EXIT_PARTICLES, EXIT_VERBS, GROUP_NOUNS, HELD_GROUPS, ILLNESS_WORDS, MEASURE_WORDS, NATIONAL_CURRENCIES,
  NATION_WORDS_MAX, PERCENT_WORDS, SCALED_CURRENCIES, TIME_UNITS, UNIT_NOUNS, UNIT_SPELLINGS,
} from './data/measures';
import { MONTHS, YEAR_PREPOSITIONS } from './data/calendar';
import { NUMBER_WORDS, SCALES } from './data/numbers';
import { votes } from './votes';
import { weapons } from './weapons';
import { outage } from './outages';
import { arrivals } from './arrivals';
import { strikers } from './strikers';
import { record } from './records';
import { LEAST_THINGS, thingCount } from './things';
import { changeOfObject } from './object-change';
import { futureBefore } from './time-ref';

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
  /** A change read as a fall (“fell 12 percent”, “-20 percent”): its figure is negative. */
  fall?: true;
  /** A duration that puts no start before the day it was told: a term agreed or a stretch to come (“a five-year contract”, “to last 48 hours”). */
  noStart?: true;
  /** “paid over three years”: “over” opens the stretch the deed took, no qualifier of its figure (three years, not more). */
  period?: true;
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
  'from', 'to', 'by', 'with', 'who', 'which', 'whom', 'whose', 'them', 'they', 'it', 'us', 'you', 'while', 'under', 'over',
]);
/** Words after a group that start what is said of it: “71 percent of supporters |approved|”, “of voters |and| …”. */
const AFTER_GROUP: ReadonlySet<string> = new Set(['and', 'or', 'but', 'as', 'than', 'said', 'says', 'told', 'approve', 'view', 'put', 'made', 'make', 'say', 'think', 'support', 'back', 'want', 'favour', 'favor', 'oppose', 'believe', 'agree', 'disagree', 'plan', 'expect', 'live', 'use', 'own', 'voted',
  // “52.3 percent of the vote against 45.9 percent for Hartvig”
  'against', 'versus', 'vs']);

/**
 * Whether token t ends a group named after “percent of”: a word from AFTER_GROUP, or a past form after a noun
 * (“of union members |approved|”; “of |registered| voters” opens the group).
 */
function endsGroup(t: Token, afterNoun: boolean): boolean {
  return AFTER_GROUP.has(t.lower) || (afterNoun && !t.cap && t.lower.length > 4 && t.lower.endsWith('ed'));
}

/** Prepositions of time that end a share's group: “of those affected |within| five days”. */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['within', 'during', 'until', 'till', 'before', 'after', 'since']);

/** What a share is of, named before it: “inflation hit 8.2 percent”, “turnout was 61 percent”. */
export const INDICATORS: ReadonlySet<string> = new Set([
  'inflation', 'unemployment', 'joblessness', 'growth', 'gdp', 'turnout', 'approval', 'poverty', 'deficit', 'debt', 'rate', 'rates',
  'support', 'margin', 'yield', 'yields', 'wages', 'prices', 'productivity', 'exports', 'imports', 'sales', 'revenue', 'profits',
  'profit', 'earnings', 'output', 'participation', 'vaccination', 'occupancy', 'literacy', 'mortality', 'obesity', 'stake', 'tariff', 'tariffs', 'rents',
  'containment',
]);
/** What an amount of money is: “in emergency aid”, “the damage is closer to …”. */
const MONEY_WHAT: ReadonlySet<string> = new Set([
  'aid', 'damage', 'damages', 'cost', 'costs', 'budget', 'deficit', 'debt', 'funding', 'loan', 'loans', 'investment', 'revenue',
  'sales', 'profit', 'profits', 'loss', 'losses', 'fine', 'fines', 'compensation', 'ransom', 'salary', 'salaries', 'spending',
  'tax', 'taxes', 'bonus', 'bonuses', 'reconstruction', 'subsidies', 'bailout', 'assistance', 'relief', 'donations', 'savings',
  'fee', 'fees', 'payments', 'settlement', 'bail', 'income', 'wealth', 'earnings', 'exports', 'imports', 'pay', 'pensions', 'bill',
  'shortfall', 'gap', 'hole', 'overrun', 'surplus',
]);
/** Words a rate is named by: “interest rate”, “unemployment rate”. */
const RATE_KINDS: ReadonlySet<string> = new Set([
  'interest', 'unemployment', 'jobless', 'poverty', 'mortality', 'vaccination', 'birth', 'growth', 'inflation', 'tax', 'exchange',
  'mortgage', 'savings', 'participation', 'literacy', 'crime', 'homicide', 'murder', 'suicide', 'infection', 'death', 'approval',
]);
/** How far before its figure a share's or an amount's subject may be named. */
const NAMED_BACK = 8;

/**
 * The nearest word of `words` before the figure at `from`, in its clause (no other figure, percent sign or punctuation
 * between): “Unemployment stood at 5.1 percent”. A rate takes the word naming it: “interest rate”.
 */
export function namedBefore(tokens: Token[], from: number, words: ReadonlySet<string>): { text: string; start: number } | null {
  for (let b = from - 1; b >= 0 && from - b <= NAMED_BACK; b--) {
    const t = tokens[b];
    // “Turnout, at 64 per cent, was the highest in years”: what the figure is of, set off before “at”
    if (t.text === ',' && b === from - 2 && tokens[from - 1].lower === 'at' && words.has(tokens[b - 1]?.lower ?? '')) continue;
    if (t.kind !== 'word' || PERCENT_WORDS.has(t.lower) || CURRENCIES.has(t.lower) || t.lower === 'and' || t.lower === 'but') return null;
    if (!words.has(t.lower)) continue;
    const kind = tokens[b - 1];
    if ((t.lower === 'rate' || t.lower === 'rates') && kind?.kind === 'word' && RATE_KINDS.has(kind.lower)) return { text: `${kind.text} ${t.text}`, start: b - 1 };
    return { text: t.text, start: b };
  }
  return null;
}

/** Nouns after a share that say what it is: “the bank's 2 percent target”, “a 30 percent stake”. */
const SHARE_NOUNS_AFTER: ReadonlySet<string> = new Set(['target', 'goal', 'threshold', 'ceiling', 'cap', 'limit', 'stake', 'majority', 'tariff', 'tariffs', 'discount']);
/** Verbs before a share that say what it is, as their noun: “The company has offered 4.5 percent”. */
const SHARE_VERBS: ReadonlyMap<string, string> = new Map([
  ['offered', 'offer'], ['offering', 'offer'], ['offers', 'offer'], ['demanded', 'demand'], ['demanding', 'demand'], ['demands', 'demand'],
]);
/** Words opening a clause set off by commas between a rate and its figure: “unemployment, now 5.1 percent”, “…, which …,”. */
const ASIDE_OPENERS: ReadonlySet<string> = new Set(['now', 'currently', 'which', 'who', 'already', 'still']);
/** Words that narrow an indicator: “core inflation”, “youth unemployment”; and terms of a yield: “10-year yields”. */
const INDICATOR_KINDS: ReadonlySet<string> = new Set(['core', 'headline', 'underlying', 'youth', 'services']);
const TERM = /^[\p{L}\p{N}]+-(?:year|month)$/u;

/**
 * What a share is of when it is not named right before it: the indicator before the size of a change (“bond yields
 * climbed 11 basis points to 4.38 percent”, “raised its interest rate by a quarter of a percentage point to 4.75
 * percent”), before a clause set off by commas (“Core inflation, which strips out food and energy, was 3.6 percent”,
 * “unemployment, now 5.1 percent, was likely to rise to 5.8 percent”), a noun right after the share (“its 2 percent
 * target”) or a verb right before it (“offered 4.5 percent”). An indicator takes the word narrowing it (“core
 * inflation”, “two-year yields”). `end` is where the share ends; the result's `end` where its claim ends.
 */
function shareNamedFar(tokens: Token[], start: number, end: number): { text: string; end: number } | null {
  const after = tokens[end];
  if (after?.kind === 'word' && SHARE_NOUNS_AFTER.has(after.lower)) return { text: after.text, end: end + 1 };
  const verb = SHARE_VERBS.get(tokens[start - 1]?.lower ?? '');
  if (verb) return { text: verb, end };
  let at = start;
  // past the size of a change: back to its verb or its “by”
  if (tokens[at - 1]?.lower === 'to') {
    for (let b = at - 2; b >= 0 && at - b <= 10; b--) {
      const t = tokens[b];
      if (t.kind === 'mark' || t.kind === 'break' || t.kind === 'punct') break;
      if (t.lower === 'by') { at = b; break; }
      if (RISE_WORDS.has(t.lower) || FALL_WORDS.has(t.lower) || CHANGE_WORDS.has(t.lower)) { at = b + 1; break; }
    }
  }
  for (let pass = 0; pass < 2; pass++) {
    const named = namedBefore(tokens, at, INDICATORS);
    if (named) return { text: narrowed(tokens, named), end };
    // a clause set off by commas just before (“, which strips out food and energy,”) or opening right before the share
    let close = -1;
    for (let b = at - 1; b >= 0 && at - b <= 6; b--) {
      const t = tokens[b];
      if (t.text === ',') { close = b; break; }
      if (t.kind !== 'word') return null;
    }
    if (close < 0) return null;
    let open = -1;
    if (ASIDE_OPENERS.has(tokens[close + 1]?.lower ?? '') && close + 1 < at) open = close;
    else {
      for (let b = close - 1; b >= 0 && close - b <= 15; b--) {
        const t = tokens[b];
        if (t.kind === 'mark' || t.kind === 'break' || (t.kind === 'punct' && t.text !== ',' && t.text !== '.')) return null;
        if (t.text === ',') { if (ASIDE_OPENERS.has(tokens[b + 1]?.lower ?? '')) open = b; break; }
      }
    }
    if (open < 0) return null;
    at = open;
  }
  return null;
}

/** The indicator with the word narrowing it: “core inflation”, “two-year government bond yields” → “two-year yields”. */
function narrowed(tokens: Token[], named: { text: string; start: number }): string {
  const before = tokens[named.start - 1];
  if (before?.kind === 'word' && INDICATOR_KINDS.has(before.lower)) return `${before.lower} ${named.text}`;
  for (let b = named.start - 1; b >= 0 && named.start - b <= 3 && tokens[b].kind === 'word'; b--) {
    if (TERM.test(tokens[b].lower)) return `${tokens[b].lower} ${named.text}`;
  }
  return named.text;
}

/** Words of the stretch a business's growth is told for: “full-year revenue growth”, “annual sales growth”. */
const GROWTH_SPANS = /^(?:full-year|annual|yearly|half-year|first-half|second-half|quarterly|(?:first|second|third|fourth)-quarter)$/;
/** What a business's “growth” before a figure is a rise of: “revenue growth of 12 percent”, “sales growth of 4%”. */
const GROWING: ReadonlySet<string> = new Set(['revenue', 'revenues', 'sales', 'profit', 'profits', 'earnings', 'wages', 'exports', 'imports', 'output']);

/** Words before an indicator that narrow no line of it: “net profit”, “quarterly revenue” are the profit and revenue. */
const WHOLE_LINE: ReadonlySet<string> = new Set([
  'net', 'total', 'overall', 'gross', 'group', 'quarterly', 'annual', 'yearly', 'monthly', 'weekly', 'full-year', 'half-year',
  'first-quarter', 'second-quarter', 'third-quarter', 'fourth-quarter', 'reported', 'adjusted', 'headline', 'underlying', 'the', 'its',
  'their', 'his', 'her', 'our', 'this', 'that', 'a', 'an', 'company', 'company’s', "company's", 'firm', 'firm’s', "firm's",
]);
/** Words of a clause's frame, never a line of business: “while revenue rose”, “with revenue dipping”. */
const LINK_WORDS: ReadonlySet<string> = new Set([
  'while', 'whereas', 'with', 'without', 'whose', 'which', 'same', 'percentage', 'as', 'and', 'but', 'or', 'where', 'when', 'if',
  'because', 'although', 'though', 'so', 'since', 'after', 'before', 'of', 'in', 'on', 'at', 'for', 'from', 'by', 'to', 'per', 'than',
  'also', 'only', 'still', 'even', 'just', 'both', 'each', 'every', 'all', 'other', 'such', 'more', 'less', 'said', 'says', 'say',
]);
/** Words that may open the phrase of a narrowed indicator: “its cloud revenue”, “the group's hardware sales”. */
const LINE_OPENERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);

/**
 * The indicator with the line of business or kind it is of, when a noun right before it names one at the head of its
 * phrase: “Cloud revenue alone climbed 41 percent”, “its hardware sales fell” → “Cloud revenue”, “hardware sales” (a
 * line's change is no change of the whole); “youth unemployment” as `narrowed` reads it; otherwise the indicator alone.
 */
function lineOf(tokens: Token[], named: { text: string; start: number }): string {
  const kind = narrowed(tokens, named);
  if (kind !== named.text) return kind;
  const before = tokens[named.start - 1];
  if (before?.kind !== 'word' || WHOLE_LINE.has(before.lower) || LINK_WORDS.has(before.lower) || /\d/.test(before.text) || /[’']s$/.test(before.lower)) return named.text;
  const opener = tokens[named.start - 2];
  const heads = !opener || opener.kind === 'punct' || opener.kind === 'break' || opener.kind === 'mark' || LINE_OPENERS.has(opener.lower) || /[’']s$/.test(opener.lower) || opener.text === "'s" || opener.text === '’s';
  // (a capital inside a sentence is a name's: “Nordika revenue” is the company's revenue, not a line of it)
  const atStart = !opener || opener.kind === 'break' || (opener.kind === 'punct' && /^[.!?]$/.test(opener.text));
  if (!heads || (before.cap && !atStart)) return named.text;
  return `${before.text} ${named.text}`;
}

/** Verbs and adverbs of a change, before “from” and the figure it started from. */
const CHANGE_WORDS: ReadonlySet<string> = new Set([
  'rose', 'risen', 'rising', 'raised', 'raising', 'raises', 'increased', 'increasing', 'climbed', 'climbing', 'jumped', 'up', 'down',
  'revised', 'revising', 'lowered', 'lowering', 'fell', 'fallen', 'falling', 'dropped', 'dropping', 'cut', 'cutting', 'grew',
  'doubled', 'updated', 'updating', 'corrected', 'correcting', 'increase', 'rise', 'revision',
]);

/** Words of a change in what was counted, not of a count set right: “up from”, “rose to 45 from 30”, not “revised from”. */
const MOVED_WORDS: ReadonlySet<string> = new Set([
  'rose', 'risen', 'rising', 'increased', 'increasing', 'climbed', 'climbing', 'jumped', 'up', 'down', 'fell', 'fallen', 'falling',
  'dropped', 'dropping', 'grew', 'doubled', 'increase', 'rise',
]);

/**
 * The figure at `start` follows “from” after a word of a rise or fall in what was counted (“up from 42,200”, “rose to 45
 * from 30”), not after a count set right (“revised its toll from 22”): the figure an earlier period had.
 */
export function movedFrom(tokens: Token[], start: number): boolean {
  if (tokens[start - 1]?.lower !== 'from') return false;
  let moved = false;
  // (“revised its toll to 40 on Tuesday, down from 52”: a count set right, though “down” says which way, anywhere in the clause)
  for (let b = start - 2; b >= 0 && start - b <= MOVED_BACK; b--) {
    const t = tokens[b];
    if (t.kind === 'mark' || t.kind === 'break' || (t.kind === 'punct' && t.text !== ',')) break;
    if (!CHANGE_WORDS.has(t.lower)) continue;
    if (!MOVED_WORDS.has(t.lower)) return false;
    if (start - b <= 8) moved = true;
  }
  return moved;
}

/** How far back in its clause a word of a count set right is looked for before “from”. */
const MOVED_BACK = 16;

/** Signs of a currency before its figure: “to $4 billion from $5 billion”. */
const CURRENCY_SIGNS: ReadonlySet<string> = new Set(['$', '€', '£']);

/** The figure at `start` follows “from” in a change (“raising its toll from 22”, “up from 4.6 percent”). */
function changedFrom(tokens: Token[], start: number): boolean {
  if (tokens[start - 1]?.lower !== 'from') return false;
  for (let b = start - 2; b >= 0 && start - b <= 8; b--) {
    const t = tokens[b];
    if (t.kind === 'mark' || t.kind === 'break' || (t.kind === 'punct' && t.text !== ',')) return false;
    if (CHANGE_WORDS.has(t.lower)) return true;
    // “cut its growth forecast for next year to 0.9 percent from 1.4 percent”: “to” a figure, then “from” one, however
    // far the verb stands: the new figure and the one it replaced
    if (t.kind === 'num' && start - b <= 4 && (tokens[b - 1]?.lower === 'to' || (CURRENCY_SIGNS.has(tokens[b - 1]?.text ?? '') && tokens[b - 2]?.lower === 'to'))) return true;
  }
  return false;
}

/** Places people are driven from: “forced from their homes”, “driven out of their villages”. */
const HOMES: ReadonlySet<string> = new Set(['home', 'homes', 'houses', 'villages', 'towns', 'land', 'city', 'cities', 'neighbourhoods', 'neighborhoods']);
const DRIVEN: ReadonlySet<string> = new Set(['forced', 'driven', 'chased', 'pushed', 'evicted', 'expelled', 'uprooted']);
/** Verbs of leaving one's home: “had left their homes”, “abandoned their villages”. */
const LEAVING: ReadonlySet<string> = new Set(['left', 'leave', 'leaving', 'abandoned', 'abandoning', 'deserted', 'fled', 'quit']);
/** Possessives of the people whose homes they are: “their homes”. */
const PEOPLES: ReadonlySet<string> = new Set(['their', 'its', 'his', 'her']);
const GROUP_ADJECTIVES = new Set(['innocent', 'unarmed', 'young', 'elderly', 'more', 'other', 'additional', 'further', 'local', 'civilian', 'foreign', 'political']);

/** Verbs of lasting whose subject is what lasts, however long the phrase between: “The siege, which began …, had lasted 22 hours”. */
const LASTING: ReadonlySet<string> = new Set(['lasted', 'lasting', 'lasts', 'last']);
/** How far back a verb of lasting may find what lasts. */
const LASTING_BACK = 30;

/** Words of a ban or a disqualification: what lasts after them is no detention, siege or war. */
const BANS: ReadonlySet<string> = new Set(['banned', 'ban', 'bans', 'barred', 'disqualified', 'disqualification', 'suspended', 'suspension']);

/** “under siege … for over three years” → siege-duration; nearest context word wins. */
function durationMeasure(tokens: Token[], from: number, to: number, lasting: boolean): { measure: Measure; at: number } {
  for (let k = to; k <= to + 2; k++) { // “three-year siege”, “years of war”
    const m = tokens[k] ? DURATION_CONTEXT.get(tokens[k].lower) : undefined;
    if (m) return { measure: m, at: k };
  }
  const reach = lasting ? LASTING_BACK : CONTEXT_BACK;
  for (let k = from - 1; k >= 0 && from - k <= reach; k--) {
    // “jailed for nine years and banned from driving for 11 years”: the 11 years are the ban's, not the prison term's
    if (BANS.has(tokens[k].lower)) break;
    const m = DURATION_CONTEXT.get(tokens[k].lower);
    if (m) return { measure: m, at: k };
  }
  return { measure: 'duration', at: -1 };
}

/**
 * Nouns of a spell whose length a figure right before them tells (“a 35-hour strike”, “18 months of delays”): a duration,
 * of no siege, war or detention.
 */
const SPELLS: ReadonlySet<string> = new Set(['strike', 'walkout', 'stoppage', 'shutdown', 'delay', 'delays', 'blackout', 'closure']);
/** Nouns of waiting before the figure of how long: “the average wait had fallen to 14 weeks”. */
const WAITS: ReadonlySet<string> = new Set(['wait', 'waits', 'waiting']);
/** How far before the lead of its figure a wait may be named: “the average wait had fallen to”. */
const WAIT_BACK = 4;

/** A noun of waiting within a few words before token `lead`, in its clause. */
function waitBefore(tokens: Token[], lead: number): boolean {
  for (let b = lead - 1; b >= 0 && lead - b <= WAIT_BACK; b--) {
    const t = tokens[b];
    if (t.kind !== 'word') return false;
    if (WAITS.has(t.lower)) return true;
  }
  return false;
}

/** Nouns of an agreement's term: “a five-year contract”. */
const TERMS: ReadonlySet<string> = new Set(['contract', 'lease']);

/**
 * Past forms of deeds done bit by bit, after which “over” opens the stretch they took: “the bribes had been paid over
 * three years”, “the wall was built over five years”. Not verbs of staying or waiting (“served over three years”, “waited
 * over a year”, “spent over three years in prison”), where “over” is “more than”.
 */
const SPREAD_DEEDS: ReadonlySet<string> = new Set([
  'paid', 'spread', 'built', 'constructed', 'collected', 'stolen', 'stole', 'run', 'ran', 'raised', 'amassed', 'accumulated', 'embezzled',
  'siphoned', 'laundered', 'transferred', 'funnelled', 'funneled', 'channelled', 'channeled', 'disbursed', 'distributed', 'delivered',
  'sold', 'bought', 'gathered', 'compiled', 'recorded', 'conducted', 'carried', 'staged', 'phased', 'repaid', 'invested',
  'donated', 'received', 'hired', 'recruited', 'trained', 'planted', 'installed', 'shed', 'cut', 'seized', 'smuggled', 'extorted',
]);
/** Particles a deed may take before “over”: “paid out over three years”, “phased in over five years”. */
const DEED_PARTICLES: ReadonlySet<string> = new Set(['out', 'in', 'back', 'off', 'up', 'down']);
/** Words after a stretch that put it before the day told, not up to it: “paid over three years ago”. */
const BEFORE_WORDS: ReadonlySet<string> = new Set(['ago', 'earlier', 'before', 'previously', 'later']);

/**
 * “The judge said the bribes had been paid over three years”: “over” right after a past deed opens the stretch it took,
 * up to about the day told; not a deed still to come (“will be paid over three years”, a stretch ahead, read in
 * time-ref).
 */
function deedPeriod(tokens: Token[], f: Figure, unitEnd: number): boolean {
  if (f.start + 1 !== f.raw.start || tokens[f.start].lower !== 'over' || BEFORE_WORDS.has(tokens[unitEnd]?.lower ?? '')) return false;
  const verb = DEED_PARTICLES.has(tokens[f.start - 1]?.lower ?? '') ? f.start - 2 : f.start - 1;
  return verb >= 0 && SPREAD_DEEDS.has(tokens[verb].lower) && !futureBefore(tokens, verb + 1);
}

/** Auxiliaries of a perfect: “had been paid”, “has built”. */
const PERFECT: ReadonlySet<string> = new Set(['has', 'have', 'had']);
/** How far after a deed's stretch a past time may be told: “built over 40 years in the 14th century”. */
const PAST_TIME_REACH = 4;

/**
 * A deed's stretch before “over” at token `over` lasted up to about the day told only in a perfect (“the bribes had been
 * paid over three years”, “has built over five years”) with no past time of its own after it; a simple past (“The
 * cathedral was built over 40 years”) or a stated past (“had been built over 40 years in the 14th century”, “… in 1990”)
 * ended at a time the sentence does not tie to the day told.
 */
function endsWhenTold(tokens: Token[], over: number, unitEnd: number): boolean {
  let v = DEED_PARTICLES.has(tokens[over - 1]?.lower ?? '') ? over - 2 : over - 1;
  let b = v - 1;
  if (tokens[b]?.lower === 'been') b--;
  if (tokens[b]?.kind === 'word' && tokens[b].lower.endsWith('ly')) b--;
  if (!PERFECT.has(tokens[b]?.lower ?? '')) return false;
  for (v = unitEnd; v < tokens.length && v - unitEnd < PAST_TIME_REACH; v++) {
    const t = tokens[v];
    if (t.kind === 'punct' || t.kind === 'mark' || t.kind === 'break') break;
    if (/^(?:1\d|20)\d\d(?:s|['’]s)?$/.test(t.lower) || t.lower === 'century' || t.lower === 'centuries' || /^\d{1,2}(?:st|nd|rd|th)$/.test(t.lower)) return false;
  }
  return true;
}

/** Words before “last” that make it a verb of lasting: “is scheduled to last”, “will last”. */
const LAST_AFTER: ReadonlySet<string> = new Set(['to', 'will', 'would', 'could', 'may', 'might', 'should', 'can', 'must']);

/** “for over three years”, “lasted two years”, “three-year siege”, “five years of war”; not “in the past 18 months”. */
function duration(tokens: Token[], f: Figure, unit: string): Classified | null {
  const unitEnd = f.raw.attachedUnit ? f.raw.end : f.raw.end + 1;
  // “the siege had lasted “four days, almost to the minute””: a verb of lasting before the quote mark (not “for “a
  // thousand years””, a figure of speech quoted)
  const leadAt = tokens[f.start - 1]?.kind === 'mark' && LASTING.has(tokens[f.start - 2]?.lower ?? '') ? f.start - 2 : f.start - 1;
  const lead = tokens[leadAt]?.lower ?? '';
  const after = tokens[unitEnd]?.lower ?? '';
  const ofContext = after === 'of' && (DURATION_CONTEXT.has(tokens[unitEnd + 1]?.lower ?? '') || SPELLS.has(tokens[unitEnd + 1]?.lower ?? ''));
  const attachedContext = f.raw.attachedUnit !== null && (DURATION_CONTEXT.has(after) || SPELLS.has(after));
  // “the average wait had fallen to 14 weeks”: how long people wait, a length of its own that began no weeks before
  const waited = (lead === 'to' || lead === 'at') && waitBefore(tokens, leadAt);
  // “nine years in prison”, “sentenced to nine years”
  const inDetention = after === 'in' && DURATION_CONTEXT.get(tokens[unitEnd + 1]?.lower ?? '') === 'detention-duration';
  let sentencedTo = false; // “sentenced (him) to”
  for (let b = leadAt - 1; lead === 'to' && !sentencedTo && b >= 0 && b >= leadAt - 2; b--) sentencedTo = DURATION_CONTEXT.get(tokens[b].lower) === 'detention-duration';
  // “The strike is scheduled to last 48 hours”, “will last three days”: a verb of lasting after “to” or a modal (not “in
  // the last 48 hours”, a stretch of the past)
  const toLast = lead === 'last' && LAST_AFTER.has(tokens[leadAt - 1]?.lower ?? '');
  const period = deedPeriod(tokens, f, unitEnd);
  if (!DURATION_LEADS.has(lead) && !ofContext && !attachedContext && !inDetention && !sentencedTo && !toLast && !waited && !period) return null;
  const { measure, at } = durationMeasure(tokens, f.start, unitEnd, LASTING.has(lead));
  const spell = at < 0 && (SPELLS.has(after) ? unitEnd + 1 : ofContext && SPELLS.has(tokens[unitEnd + 1]?.lower ?? '') ? unitEnd + 2 : -1);
  const end = at >= unitEnd ? at + 1 : spell && spell > 0 ? spell : unitEnd;
  const d: Classified = { kind: 'duration', measure, unit, group: null, start: period ? f.raw.start : f.start, end, valueEnd: unitEnd };
  if (period) d.period = true;
  // (a term agreed, “a five-year contract”, a stretch to come, “to last 48 hours”, or a wait, began no years before it
  // was told; nor did a deed's stretch that ended before then, “was built over 40 years in the 14th century”)
  if (toLast || waited || (attachedContext && TERMS.has(after)) || (period && !endsWhenTold(tokens, f.start, unitEnd))) d.noStart = true;
  return d;
}

/** Verbs that carry a toll to its new figure: “rose to”, “has climbed to”, “stands at”. */
const TOLL_VERBS: ReadonlySet<string> = new Set([
  'rose', 'risen', 'rises', 'climbed', 'climbs', 'reached', 'reaches', 'stands', 'stood', 'increased', 'jumped', 'hit', 'passed', 'topped', 'exceeded', 'surpassed', 'is', 'was',
  // a count corrected: “the number of survivors was revised down to 29”
  'revised', 'corrected', 'lowered', 'raised',
]);
/** How far before its figure a toll may be named when a phrase stands between: “the death toll from the earthquake in Turkey rose to 12,391”. */
const TOLL_BACK = 12;
/**
 * How far before the verb carrying it a toll may be named, when the verb stands further from the figure than “rose to”:
 * “The confirmed death toll from last week's earthquake in Malatya province has been revised down to 287”.
 */
const TOLL_VERB_BACK = 10;

/** The nearest of `verbs` within three tokens before the figure at `figureStart` (“rose to”, “had reached”), or -1. */
function verbBefore(tokens: Token[], figureStart: number, verbs: ReadonlySet<string>): number {
  for (let b = figureStart - 1; b >= 0 && figureStart - b <= 3; b--) if (verbs.has(tokens[b].lower)) return b;
  return -1;
}

/**
 * “The death toll from Monday's earthquake rose to 5,894”: the token of “toll” (or “casualties”,
 * “fatalities”) before a verb that carries it to the figure, further back than the figure's own
 * words, with no full stop or quote mark between; -1 when there is none.
 */
function tollBefore(tokens: Token[], figureStart: number): number {
  const verb = verbBefore(tokens, figureStart, TOLL_VERBS);
  if (verb < 0) return tollCarried(tokens, figureStart);
  for (let b = verb - 1; b >= 0 && (figureStart - b <= TOLL_BACK || verb - b <= TOLL_VERB_BACK); b--) {
    const t = tokens[b];
    // (“The death toll from Monday's magnitude 6.8 earthquake … rose to 302”: a quake's magnitude stands between)
    if (t.kind === 'num' && magnitude(tokens, b, b + 1)) continue;
    if (t.kind === 'num' || t.kind === 'mark' || t.kind === 'break' || (t.kind === 'punct' && t.text !== ',' && t.text !== "'" && t.text !== '’')) return -1;
    if (t.lower === 'toll' || t.lower === 'fatalities' || t.lower === 'casualties') return b;
    // “The number of people confirmed dead … rose to 19”, “the number of survivors was revised down to 29”
    if (MEASURE_WORDS.has(t.lower) && numberOfBefore(tokens, b)) return b;
  }
  return -1;
}

/** Verbs that carry a toll named after them to a figure after “to”: “raised the death toll … to 214”. */
const CARRYING_TOLL: ReadonlySet<string> = new Set(['raised', 'raises', 'raising', 'lowered', 'lowers', 'revised', 'revises', 'put', 'puts', 'brought', 'brings', 'pushed', 'pushes', 'took', 'takes', 'updated', 'corrected']);

/**
 * “Health authorities raised the death toll from this week's heatwave to 214”: “toll” after a verb carrying it, then a
 * phrase, then “to” (or “at”) and the figure at `figureStart`, with no stop, quote mark or other figure between; the
 * token of “toll”, or -1.
 */
function tollCarried(tokens: Token[], figureStart: number): number {
  const to = tokens[figureStart - 1]?.lower;
  if (to !== 'to' && to !== 'at') return -1;
  for (let b = figureStart - 2; b >= 0 && figureStart - b <= TOLL_BACK; b--) {
    const t = tokens[b];
    if (t.kind === 'num' || t.kind === 'mark' || t.kind === 'break' || (t.kind === 'punct' && t.text !== "'" && t.text !== '’')) return -1;
    if (t.lower !== 'toll') continue;
    for (let v = b - 1; v >= 0 && b - v <= 3; v--) if (CARRYING_TOLL.has(tokens[v].lower)) return b;
    return -1;
  }
  return -1;
}

/**
 * “The number of patients waiting more than a year for hospital treatment has reached 412,000”: the group noun after
 * “the number of” before a verb that carries it to the figure at `figureStart`, with no full stop, quote mark or other
 * figure between; its token, or -1.
 */
function peopleNumberBefore(tokens: Token[], figureStart: number): number {
  const verb = verbBefore(tokens, figureStart, TOLL_VERBS);
  if (verb < 0) return -1;
  for (let b = verb - 1; b >= 0 && verb - b <= TOLL_VERB_BACK; b--) {
    const t = tokens[b];
    if (t.kind === 'num' || t.kind === 'mark' || t.kind === 'break' || (t.kind === 'punct' && t.text !== ',')) return -1;
    if (GROUP_NOUNS.has(t.lower) && tokens[b - 1]?.lower === 'of' && COUNTED.has(tokens[b - 2]?.lower ?? '')) return b;
  }
  return -1;
}

/**
 * “The number of homes destroyed rose to 37”: a noun of things counted as units (“homes”, “buildings”) after “the number
 * of” before a verb that carries it to the figure at `figureStart`; its token, or -1.
 */
function thingsNumberBefore(tokens: Token[], figureStart: number): number {
  const verb = verbBefore(tokens, figureStart, TOLL_VERBS);
  if (verb < 0) return -1;
  for (let b = verb - 1; b >= 2 && verb - b <= TOLL_VERB_BACK; b--) {
    const t = tokens[b];
    if (t.kind !== 'word') return -1;
    if (UNIT_NOUNS.has(t.lower) && tokens[b - 1].lower === 'of' && COUNTED.has(tokens[b - 2].lower)) return b;
  }
  return -1;
}

/** How far before its event word “the number of” may stand: “the number of people confirmed dead”. */
const NUMBER_OF_BACK = 4;

/** Nouns of a count named before what it counts: “the number of people confirmed dead”, “the count of people killed”. */
const COUNTED: ReadonlySet<string> = new Set(['number', 'count', 'tally']);

/** “number of” stands just before the event word at token b. */
function numberOfBefore(tokens: Token[], b: number): boolean {
  for (let k = b - 1; k > 0 && b - k <= NUMBER_OF_BACK; k--) {
    if (tokens[k].kind !== 'word') return false;
    // (also “The government's count of people killed … stood at 318”, “the tally of dead”)
    if (tokens[k].lower === 'of' && COUNTED.has(tokens[k - 1].lower)) return true;
  }
  return false;
}

/** Things whose names end like people's (“numbers”, “letters”, “centres”). */
const THINGS_LIKE_PEOPLE: ReadonlySet<string> = new Set([
  'numbers', 'letters', 'papers', 'orders', 'towers', 'centers', 'centres', 'computers', 'containers', 'shelters', 'borders',
  'chambers', 'matters', 'layers', 'meters', 'metres', 'kilometers', 'kilometres', 'liters', 'litres', 'offers', 'answers',
  'powers', 'quarters', 'sectors', 'factors', 'doors', 'floors', 'colors', 'colours', 'errors', 'motors', 'rumors', 'rumours',
  'helicopters', 'tankers', 'trailers', 'vouchers', 'banners', 'posters', 'rivers', 'waters', 'corners', 'figures', 'hours',
  'points', 'percents', 'events', 'elements', 'documents', 'statements', 'agreements', 'payments', 'segments', 'instruments',
  'tournaments', 'apartments', 'departments', 'governments', 'parliaments', 'settlements', 'investments', 'treatments',
]);
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
    && (!PEOPLE_ENDING.test(w) || THINGS_LIKE_PEOPLE.has(w)) && !NOT_PLURAL.has(w) && !CHAIN_WORDS.has(w) && !MEASURE_WORDS.has(w);
}

/** From token `from`, up to two lower-case words and then a plural noun of things (not a counted group of people). */
function thingsCounted(tokens: Token[], from: number): boolean {
  for (let j = from; j <= from + 2; j++) {
    const t = tokens[j];
    if (!t || t.kind !== 'word' || t.cap || GROUP_NOUNS.has(t.lower) || MEASURE_WORDS.has(t.lower) || CHAIN_WORDS.has(t.lower)) return false;
    if (pluralOfThings(t)) return true;
  }
  return false;
}

/** A verb of driving people from their homes just before the figure at `start` (“forced more than 12,000”, “has driven some 300”). */
function drivenBefore(tokens: Token[], start: number): boolean {
  for (let b = start - 1; b >= 0 && start - b <= 4; b--) {
    const t = tokens[b];
    if (t.kind !== 'word') return false;
    if (DRIVEN.has(t.lower)) return true;
  }
  return false;
}

/** Verbs of falling ill before “ill” or “sick”: “31 people fell ill”. */
const FALLING_ILL: ReadonlySet<string> = new Set(['fell', 'fallen', 'falling', 'fall', 'became', 'become', 'becoming', 'got', 'gotten', 'getting']);

/** Words between people and their symptoms: “people with symptoms”, “patients showing symptoms”. */
const SYMPTOMS_LEADS: ReadonlySet<string> = new Set(['with', 'showing', 'reporting', 'displaying', 'having']);

/** Gatherings and their size, counted only as “a crowd of 800”, “the rally at about 4,000”. */
const GATHERINGS: ReadonlySet<string> = new Set(['crowd', 'turnout', 'rally', 'demonstration', 'vigil']);

/** Verbs of taking part, before “part”: “38,000 people took part”. */
const PART_TAKING: ReadonlySet<string> = new Set(['took', 'take', 'takes', 'taking', 'taken']);
/** Verbs of turning out, before “out”: “thousands turned out”, “20,000 people came out in the rain”. */
const TURNING_OUT: ReadonlySet<string> = new Set(['turned', 'turn', 'turns', 'turning', 'came', 'come', 'comes', 'coming']);

/** Words between a crowd and its size: “a crowd of 800”, “put the crowd at 50,000”. */
const COUNTED_AFTER: ReadonlySet<string> = new Set(['of', 'at']);

/** Nouns that say which people a group noun after them counts: “police officers”, “aid workers”, “health workers”. */
const GROUP_MODIFIERS: ReadonlySet<string> = new Set(['police', 'security', 'prison', 'aid', 'health', 'rescue', 'relief', 'army', 'border', 'camp', 'polling', 'election', 'factory', 'farm', 'hospital',
  // (“Three dock workers were killed”)
  'dock', 'port', 'construction', 'mine', 'rail', 'railway', 'oil', 'steel', 'shipyard']);

/** Group nouns that count homes, not people: “210,000 families”. */
const HOUSEHOLDS: ReadonlySet<string> = new Set(['families', 'households']);

/** Words after a figure that make it an increment: “three more deaths”, “12 additional victims”. */
const INCREMENTS: ReadonlySet<string> = new Set(['more', 'additional', 'further', 'extra']);

/** “a year”, “per year”, “each month” from token k: a figure counted per period. */
function perPeriod(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.lower;
  return (w === 'a' || w === 'per' || w === 'each' || w === 'every') && TIME_UNITS.has(tokens[k + 1]?.lower ?? '');
}

/** Words joining a clause with its own figure to the next: “… were missing and 140 …”. */
const CLAUSE_JOINS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas']);

/** A figure within the few words before token `b`, with no punctuation between (“38 people were still missing”). */
function figureJustBefore(tokens: Token[], b: number): boolean {
  for (let j = b - 1; j >= 0 && b - j <= 6; j--) {
    const t = tokens[j];
    if (t.kind === 'num' || NUMBER_WORDS.has(t.lower)) return true;
    if (t.kind !== 'word') return false;
  }
  return false;
}

/** Measure words that are nouns of people (“the hostages”, “refugees”): they name a group, not an event done to a figure after them. */
const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'hostages', 'detainees', 'prisoners', 'evacuees', 'refugees', 'asylum-seekers', 'protesters', 'demonstrators', 'marchers', 'strikers', 'idps',
]);

/**
 * The figure names what it counts right after it with a plural noun that is no counted group (“two visitors”); a
 * counted group (“leaving nine people inside”) may be the people the noun before it named.
 */
function countsOwnNoun(tokens: Token[], groupTok: number, next: number): boolean {
  if (groupTok >= 0) return false;
  const t = tokens[next];
  return !!t && t.kind === 'word' && !t.cap && t.lower.length > 3 && t.lower.endsWith('s') && !t.lower.endsWith('ss')
    && !NOT_PLURAL.has(t.lower) && !CHAIN_WORDS.has(t.lower) && !MEASURE_WORDS.has(t.lower) && !LINKING.has(t.lower);
}

/** Words that may stand between a verb and the figure it governs: “released the three”, “freed all 1,000”. */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'all', 'another', 'its', 'their', 'his', 'her', 'some', 'a', 'an']);

/** Tokens [from, to) are at most two determiners. */
function determinersOnly(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 2) return false;
  for (let j = from; j < to; j++) if (!DETERMINERS.has(tokens[j].lower)) return false;
  return true;
}

/** Words before a number word that make it point back to people already named: “the two women”, “these three men”. */
const REFERRING: ReadonlySet<string> = new Set(['the', 'these', 'those']);

/**
 * “the two women”, “these three men”: an exact number word with no qualifier after a determiner of reference. Not a
 * whole the sentence takes some of (“two of the three people who survived”), nor a vague one (“the thousands of people”).
 */
function referenceToPeople(tokens: Token[], f: Figure): boolean {
  return f.start === f.raw.start && f.raw.end - f.raw.start === 1 && tokens[f.raw.start].kind === 'word' && !f.raw.vague
    && REFERRING.has(tokens[f.raw.start - 1]?.lower ?? '') && tokens[f.raw.start - 2]?.lower !== 'of';
}

/** Verbs of burying the dead, right before their figure: “had buried 410 of its residents”. */
const BURYING: ReadonlySet<string> = new Set(['buried', 'bury', 'burying', 'buries']);

/** Nouns of a home people are left without: “without shelter”, “without homes”, “without a roof”. */
const SHELTERS: ReadonlySet<string> = new Set(['shelter', 'homes', 'home', 'housing', 'roof']);

/**
 * “in need of shelter”, “without shelter”, “are now without homes” from token k: people left homeless. The token just past
 * the words, or -1.
 */
function needShelter(tokens: Token[], k: number): number {
  if (tokens[k]?.lower === 'without') {
    const at = tokens[k + 1]?.lower === 'a' ? k + 2 : k + 1;
    return SHELTERS.has(tokens[at]?.lower ?? '') ? at + 1 : -1;
  }
  return tokens[k]?.lower === 'in' && tokens[k + 1]?.lower === 'need' && tokens[k + 2]?.lower === 'of' && tokens[k + 3]?.lower === 'shelter' ? k + 4 : -1;
}

/** Possessives of a pronoun before a figure: “his two children”, “Parent Sarah Doyle, whose two children attend the school”. */
const PRONOUN_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'our', 'your', 'whose']);
/** Nouns of kin counted in words to name one family's members: “his two children”, “their three sons”. */
const KIN_NOUNS: ReadonlySet<string> = new Set([
  'children', 'kids', 'sons', 'daughters', 'brothers', 'sisters', 'siblings', 'parents', 'grandchildren', 'grandsons',
  'granddaughters', 'cousins', 'nephews', 'nieces', 'babies', 'twins', 'relatives', 'wives', 'husbands',
]);

/**
 * The figure names particular people or a day, not a count: a number word after a pronoun's possessive and before kin
 * (“her brother and his two children were still trapped”, “a couple and their two children were among the passengers”),
 * or a year after one (“at the time of his 2004 death”).
 */
function ownPeople(tokens: Token[], f: Figure): boolean {
  if (f.start !== f.raw.start || !PRONOUN_POSSESSIVES.has(tokens[f.start - 1]?.lower ?? '')) return false;
  if (f.raw.yearLike) return true;
  return f.raw.end - f.raw.start === 1 && tokens[f.raw.start].kind === 'word' && !f.raw.vague && KIN_NOUNS.has(tokens[f.raw.end]?.lower ?? '');
}

/** “300 civilians have been killed”, “killing at least 45 people”, “the death toll rose to 300”. */
function count(tokens: Token[], f: Figure): Classified | null {
  if (ownPeople(tokens, f)) return null;
  let k = f.raw.end;
  // “three more deaths had been confirmed, bringing the toll to 68”: an increment is no toll (its total is the claim)
  // (“will treat 100,000 extra patients a year”: a yearly figure of its own, no increment of a count)
  if (INCREMENTS.has(tokens[k]?.lower ?? '')) {
    if (!GROUP_NOUNS.has(tokens[k + 1]?.lower ?? '') || !perPeriod(tokens, k + 2)) return null;
    k++;
  }
  if (f.raw.vague && tokens[k]?.lower === 'of') k++; // “dozens of children”
  let adjectives = 0;
  // (“63 police officers”, “four aid workers”: a noun naming which ones, before the group)
  while (adjectives < 2 && tokens[k] && (GROUP_ADJECTIVES.has(tokens[k].lower) || ((tokens[k].cap || GROUP_MODIFIERS.has(tokens[k].lower)) && GROUP_NOUNS.has(tokens[k + 1]?.lower ?? '')))) { k++; adjectives++; }
  // “38 cases of people who had been abducted”: the people are counted, case by case
  if (adjectives === 0 && tokens[k]?.lower === 'cases' && tokens[k + 1]?.lower === 'of' && GROUP_NOUNS.has(tokens[k + 2]?.lower ?? '')) k += 2;
  let groupTok = tokens[k] && GROUP_NOUNS.has(tokens[k].lower) ? k : -1;
  if (groupTok >= 0) k++;
  // “an average of 4.2 people per household”: a ratio, no head count
  if (groupTok >= 0 && tokens[k]?.lower === 'per') return null;
  let measure: Measure | undefined;
  let end = groupTok >= 0 ? groupTok + 1 : f.raw.end;
  // “has forced more than 12,000 people from their homes” — the driving verb before the figure, the homes after the group
  const from = tokens[k]?.lower;
  if (groupTok >= 0 && (from === 'from' || from === 'out') && drivenBefore(tokens, f.start)) {
    for (let h = k + 1; h <= k + 4 && tokens[h]?.kind === 'word'; h++) if (HOMES.has(tokens[h].lower)) { measure = 'displacement'; end = h + 1; break; }
  }
  // “at least 60 people with symptoms”, “41 patients showing symptoms of the fever”: the sick an outbreak's count is of
  if (groupTok >= 0 && GROUP_NOUNS.get(tokens[groupTok].lower) === 'civilian' && SYMPTOMS_LEADS.has(from ?? '')) {
    for (let h = k + 1; h <= k + 3 && tokens[h]?.kind === 'word'; h++) if (tokens[h].lower === 'symptoms') { measure = 'cases'; end = h + 1; break; }
  }
  for (let c = 0; !measure && tokens[k] && c <= CHAIN_MAX; c++, k++) {
    const m = MEASURE_WORDS.get(tokens[k].lower);
    // “2 protest marches”, “a crowd”: the events and the crowd are counted from before them, not after (“a rally of 4,000”)
    if (m === 'turnout' && GATHERINGS.has(tokens[k].lower)) break;
    // “Rescuers reached nine miners who had been trapped”: a state that has ended counts no one still in it
    if ((m === 'besieged' || m === 'missing' || m === 'detention') && tokens[k - 1]?.lower === 'been' && tokens[k - 2]?.lower === 'had') break;
    if (m) { measure = m; end = k + 1; break; }
    // “31 people fell ill”, “had become sick”: the sick of an outbreak
    if (FALLING_ILL.has(tokens[k].lower) && (tokens[k + 1]?.lower === 'ill' || tokens[k + 1]?.lower === 'sick')) { measure = 'cases'; end = k + 2; break; }
    // “Seven hostages came out this morning”, “were set free”: let out, no longer held
    if (groupTok >= 0 && HELD_GROUPS.has(tokens[groupTok].lower) && EXIT_VERBS.has(tokens[k].lower) && EXIT_PARTICLES.has(tokens[k + 1]?.lower ?? '')) {
      measure = 'releases'; end = k + 2; break;
    }
    // “38,000 people took part”, “thousands turned out”, “came out”: those taking part (after
    // those held, whose coming out is their release)
    const verb = k;
    if (groupTok >= 0 && ((PART_TAKING.has(tokens[verb]?.lower ?? '') && tokens[verb + 1]?.lower === 'part') || (TURNING_OUT.has(tokens[verb]?.lower ?? '') && tokens[verb + 1]?.lower === 'out'))) {
      measure = 'turnout'; end = verb + 2; break;
    }
    // “said that ‘no more than 90,000 citizens’ had left their homes”: a partial quote of the figure, its verb after it
    if (c === 0 && groupTok === k - 1 && tokens[k].kind === 'mark' && tokens[k + 1]?.kind === 'word') continue;
    // “90,000 citizens had left their homes”, “abandoned their villages”
    if (LEAVING.has(tokens[k].lower) && PEOPLES.has(tokens[k + 1]?.lower ?? '') && HOMES.has(tokens[k + 2]?.lower ?? '')) { measure = 'displacement'; end = k + 3; break; }
    // “4,000 people have been forced from their homes”
    if (DRIVEN.has(tokens[k].lower) && (tokens[k + 1]?.lower === 'from' || tokens[k + 1]?.lower === 'out')) {
      for (let h = k + 2; h <= k + 5 && tokens[h]?.kind === 'word'; h++) if (HOMES.has(tokens[h].lower)) { measure = 'displacement'; end = h + 1; break; }
      break;
    }
    if (!CHAIN_WORDS.has(tokens[k].lower)) break;
  }
  // “displaced across eleven municipalities”: a figure followed by a plural noun of things counts those, not people
  // (also past an adjective or two: “three different numbers”, “two new bridges”); after a verb of a deed, it is a count
  // of those things (“led three expeditions”, “published more than 120 papers”, “opened five new hubs”)
  if (!measure && groupTok < 0 && thingsCounted(tokens, f.raw.end + adjectives)) {
    const noun = adjectives === 0 && !f.raw.vague && !f.raw.yearLike && f.raw.stated >= LEAST_THINGS ? thingCount(tokens, f.start, f.raw.end) : -1;
    if (noun < 0) return null;
    return { kind: 'amount', measure: 'quantity', unit: tokens[noun].lower, group: null, start: f.start, end: noun + 1, valueEnd: noun + 1 };
  }
  let start = f.start;
  for (let b = f.start - 1; !measure && b >= 0 && f.start - b <= MEASURE_BACK; b--) {
    const t = tokens[b];
    // (“the death toll from this week's heatwave to 214”: a possessive's apostrophe ends no clause)
    const possessive = (t.text === "'" || t.text === '’') && tokens[b + 1]?.lower === 's' && tokens[b + 1].start === t.end;
    if (t.kind === 'num' || (t.kind === 'punct' && t.text !== ',' && !possessive) || t.kind === 'mark') break;
    // “38 people were still missing and 140 remained in hospital”: the words before “and” count the figure before them
    if (CLAUSE_JOINS.has(t.lower) && figureJustBefore(tokens, b)) break;
    const m = MEASURE_WORDS.get(t.lower);
    // “a crowd of about 230”, “put the turnout at 4 million” — a crowd is counted right after it, not “the crowd booed when one …”
    if (m === 'turnout' && !(COUNTED_AFTER.has(tokens[b + 1]?.lower ?? '') && f.start - (b + 2) <= 1)) continue;
    // “released three hostages”, “freed all 1,000”: a release governs the figure right after it (not “a poll released Sunday, three of four”)
    if ((m === 'releases' || m === 'rescued') && !determinersOnly(tokens, b + 1, f.start)) continue;
    // “the hostages included embassy staff, two visitors …”: a noun of people before a figure that counts people of its own
    // names whom they are among, not what the figure counts
    if (m && PEOPLE_NOUNS.has(t.lower) && countsOwnNoun(tokens, groupTok, f.raw.end + adjectives)) break;
    if (m) { measure = m; start = b; }
  }
  // “the city had buried 410 of its residents”: the dead a place buried (not “40 people were buried under the rubble”,
  // who may be alive)
  if (!measure && BURYING.has(tokens[f.start - 1]?.lower ?? '')) { measure = 'deaths'; start = f.start - 1; }
  // “left an estimated 1.2 million in need of shelter”: the displaced
  const shelterless = measure ? -1 : needShelter(tokens, k);
  if (shelterless >= 0) { measure = 'displacement'; end = shelterless; }
  if (!measure) {
    const toll = tollBefore(tokens, f.start);
    if (toll >= 0) { measure = MEASURE_WORDS.get(tokens[toll].lower); start = toll; }
  }
  // “The number of patients waiting more than a year for hospital treatment has reached 412,000”: the people counted
  // named before the verb carrying their number to the figure
  if (!measure && groupTok < 0) {
    const named = peopleNumberBefore(tokens, f.start);
    if (named >= 0) { groupTok = named; start = named; }
  }
  // “The number of homes destroyed rose to 37”: things counted, named the same way
  if (!measure && groupTok < 0) {
    const thing = thingsNumberBefore(tokens, f.start);
    if (thing >= 0) return { kind: 'amount', measure: 'quantity', unit: tokens[thing].lower, group: null, start: thing - 2, end: f.raw.end, valueEnd: f.raw.end };
  }
  if (!measure && groupTok >= 0) {
    // “an exchange between the two women”, “the three men left together”: people the story has named, counted in words
    // to refer to them, not a head count
    if (referenceToPeople(tokens, f)) return null;
    // “according to two people familiar with the matter”, “three sources said”: how many told the
    // reporter, not a count the story makes
    if (SOURCE_POSTMODIFIERS.has(tokens[groupTok + 1]?.lower ?? '') || SOURCE_NOUNS.has(tokens[groupTok].lower)) return null;
    measure = MEASURE_WORDS.get(tokens[groupTok].lower) ?? 'people';
  }
  if (!measure) return null;
  // “people retired at 65 and died at 72”: the age they died at, not how many died
  if (groupTok < 0 && f.start === f.raw.start && tokens[f.start - 1]?.lower === 'at' && start === f.start - 2 && DYING.has(tokens[start].lower)) return null;
  // a head count of no event is checked only when it is a number: “changed how millions of patients are treated” counts
  // no one to check
  if (measure === 'people' && f.raw.vague) return null;
  // “at least 11 people had died, including two firefighters”: some of the figure before, not a toll of its own (compared
  // with the toll, it read as one that fell from 11 to 2); a group of its own is still that group's count (“including 12
  // children”)
  if (partOfWhole(tokens, f.start) && (groupTok < 0 || GROUP_NOUNS.get(tokens[groupTok].lower) === 'civilian')) return null;
  // “the difference reflected two deaths that had been reported to the state”: what two tolls differ by, no toll
  if (explainsDifference(tokens, f.start)) return null;
  // “put thousands of lives at risk”, “endangered hundreds of lives”: lives in danger are no one's death, and no toll
  if (measure === 'deaths' && tokens[end - 1]?.lower === 'lives' && livesInDanger(tokens, start, end)) return null;
  // “Our crews saved 31 lives tonight”: the lives saved are people rescued, not deaths (“claimed 31 lives” is a toll)
  if (measure === 'deaths' && tokens[end - 1]?.lower === 'lives' && savedBefore(tokens, start)) measure = 'rescued';
  // “Police rescued three hostages”: people held, let go
  if (measure === 'rescued' && groupTok >= 0 && HELD_GROUPS.has(tokens[groupTok].lower)) measure = 'releases';
  // “The last seven hostages held in a disused mill were freed on Monday”: the clause says they were let go
  if (measure === 'detention' && groupTok >= 0 && HELD_GROUPS.has(tokens[groupTok].lower) && freedAfter(tokens, groupTok + 1)) measure = 'releases';
  // “the 2008 turnout”: a year naming which one, not a count
  if (measure === 'turnout' && f.raw.yearLike) return null;
  const group = groupTok >= 0 ? tokens[groupTok].text : null;
  // “about 210,000 families”: families are counted as families, never compared with a count of people
  const unit = measure === 'attacks' ? 'attack' : groupTok >= 0 && HOUSEHOLDS.has(tokens[groupTok].lower) ? 'family' : 'person';
  return { kind: 'count', measure, unit, group, start, end, valueEnd: f.raw.end };
}

/** Verbs of letting the held go, after “were” or “been”: “were freed”, “have been released”. */
const FREED: ReadonlySet<string> = new Set(['freed', 'released', 'liberated']);
/** How far after the held the verb of their clause may stand: “hostages held in a disused mill on the outskirts of Ridgefield were freed”. */
const FREED_REACH = 16;

/** The verb of the clause opening at `from`, within reach and before any punctuation or other figure, lets the held go. */
function freedAfter(tokens: Token[], from: number): boolean {
  for (let h = from; h < tokens.length && h - from <= FREED_REACH; h++) {
    const t = tokens[h];
    if (t.kind !== 'word') return false;
    if (FREED.has(t.lower) && (tokens[h - 1].lower === 'were' || tokens[h - 1].lower === 'been' || tokens[h - 1].lower === 'was')) return true;
  }
  return false;
}

/** Verbs of saving people: “saved 31 lives”, “helped save hundreds of lives”. */
const SAVING: ReadonlySet<string> = new Set(['saved', 'save', 'saves', 'saving', 'spared', 'spare', 'spares', 'sparing']);

/** A verb of saving stands just before the figure at token `at`, past “the” or “a”: “saved 31 lives”, “spared the lives”. */
function savedBefore(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= 2; k--) {
    if (SAVING.has(tokens[k].lower)) return true;
    if (tokens[k].lower !== 'the' && tokens[k].lower !== 'a') return false;
  }
  return false;
}

/** Verbs of putting lives in danger: “endangered hundreds of lives”, “risking thousands of lives”. */
const ENDANGERING: ReadonlySet<string> = new Set([
  'risk', 'risks', 'risked', 'risking', 'endanger', 'endangers', 'endangered', 'endangering', 'threaten', 'threatens',
  'threatened', 'threatening', 'jeopardise', 'jeopardised', 'jeopardize', 'jeopardized', 'imperil', 'imperilled', 'imperiled',
]);

/** Lives [start, end) are in danger, not lost: “at risk” or “in danger” after them, or a verb of endangering before. */
function livesInDanger(tokens: Token[], start: number, end: number): boolean {
  const a = tokens[end]?.lower;
  const b = tokens[end + 1]?.lower;
  if ((a === 'at' && b === 'risk') || (a === 'in' && (b === 'danger' || b === 'jeopardy'))) return true;
  for (let k = start - 1; k >= 0 && start - k <= 2; k--) {
    if (ENDANGERING.has(tokens[k].lower)) return true;
    if (tokens[k].lower !== 'the' && tokens[k].lower !== 'of') return false;
  }
  return false;
}

/** Verbs of dying before “at” and an age: “died at 72” (not “put the toll at 210”). */
const DYING: ReadonlySet<string> = new Set(['died', 'dies', 'die', 'dying']);

/** The figure at `start` is some of a whole named before it: “…, including two firefighters”, “among them three children”. */
function partOfWhole(tokens: Token[], start: number): boolean {
  const before = tokens[start - 1]?.lower;
  return before === 'including' || before === 'includes' || ((before === 'them' || before === 'whom') && tokens[start - 2]?.lower === 'among')
    // “63 police officers had been injured, nine of them seriously”: some of the figure just told
    || (before === ',' && tokens[start + 1]?.lower === 'of' && (tokens[start + 2]?.lower === 'them' || tokens[start + 2]?.lower === 'whom'));
}

/** Nouns of how far two figures are apart: “the difference reflected two deaths …”. */
const DIFFERENCES: ReadonlySet<string> = new Set(['difference', 'discrepancy', 'gap']);
/** How far before the figure its clause may name the difference. */
const DIFFERENCE_BACK = 5;

/** “the difference reflected two deaths …”, “the gap was due to three deaths”: the figure says why two figures differ. */
function explainsDifference(tokens: Token[], start: number): boolean {
  for (let b = start - 1; b > 0 && start - b <= DIFFERENCE_BACK; b--) {
    const t = tokens[b];
    if (t.kind !== 'word') return false;
    if (DIFFERENCES.has(t.lower)) return REFERRING.has(tokens[b - 1].lower) || tokens[b - 1].lower === 'this';
  }
  return false;
}

/** Words before “cases” that make them new ones, a day's increment and not the outbreak's count: “40 new cases”. */
const NEW_CASES: ReadonlySet<string> = new Set(['new', 'more', 'additional', 'further', 'extra', 'fresh']);

/** The sentence names an illness or an outbreak: its “cases” are cases of it. */
function namesIllness(tokens: Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) if (ILLNESS_WORDS.has(tokens[k].lower)) return true;
  return false;
}

/** “cases of cholera”, “cases of the Velmora fever”: an illness within a few words after “of”. */
function ofIllness(tokens: Token[], k: number): boolean {
  if (tokens[k]?.lower !== 'of') return false;
  for (let j = k + 1; j <= k + 4 && tokens[j]?.kind === 'word'; j++) if (ILLNESS_WORDS.has(tokens[j].lower)) return true;
  return false;
}

/** “142 cases had been confirmed”: a verb of confirming after the cases, past an auxiliary chain. */
function confirmedAfter(tokens: Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j - k <= 3; j++) {
    if (CASE_VERBS.has(tokens[j].lower)) return true;
    if (!CHAIN_WORDS.has(tokens[j].lower)) return false;
  }
  return false;
}

/**
 * “cases” at token `at` counts the sick: qualified (“confirmed cases”), of an illness, confirmed, or in a sentence about one
 * or after sentences naming one (`illnessNear`).
 */
function sickCases(tokens: Token[], at: number, qualified: boolean, illnessNear: boolean): boolean {
  return qualified || ofIllness(tokens, at + 1) || confirmedAfter(tokens, at + 1) || illnessNear || namesIllness(tokens);
}

/**
 * The qualifiers of cases from token `from`: “suspected and confirmed”, “laboratory-confirmed”, “cholera”, “Velmora fever”.
 * Returns the token of “cases”, whether a qualifier or an illness named them, and whether they are new ones.
 */
function caseWords(tokens: Token[], from: number): { at: number; qualified: boolean; fresh: boolean } | null {
  let j = from;
  let qualified = false;
  let fresh = false;
  for (; j < tokens.length && j - from < 6; j++) {
    const t = tokens[j];
    if (t.kind !== 'word') return null;
    if (CASE_QUALIFIERS.has(t.lower) || ILLNESS_WORDS.has(t.lower)) { qualified = true; continue; }
    if (NEW_CASES.has(t.lower)) { fresh = true; continue; }
    if ((t.lower === 'and' || t.lower === 'or') && j > from) continue;
    // “Velmora fever cases”, “Zika cases”: an illness's name before its word or before “cases”
    if (t.cap && j > 0 && (ILLNESS_WORDS.has(tokens[j + 1]?.lower ?? '') || tokens[j + 1]?.lower === 'cases')) continue;
    break;
  }
  return tokens[j]?.lower === 'cases' ? { at: j, qualified, fresh } : null;
}

/** Verbs that carry a count of cases to its figure, besides a toll's: “put the number of cases at 163”. */
const CASE_TOLL_VERBS: ReadonlySet<string> = new Set([...TOLL_VERBS, 'at', 'risen', 'grown', 'grew', 'reached', 'climbed', 'stood']);

/**
 * “the number of confirmed cases had risen to 64”, “put the number of suspected and confirmed cases at 163”: the cases
 * named before a verb that carries them to the figure at `figureStart`; the token where they are named, or -1.
 */
function casesBefore(tokens: Token[], figureStart: number, illnessNear: boolean): number {
  const verb = verbBefore(tokens, figureStart, CASE_TOLL_VERBS);
  if (verb < 0) return -1;
  for (let b = verb - 1; b >= 0 && figureStart - b <= TOLL_BACK; b--) {
    const t = tokens[b];
    if (t.kind === 'num' || t.kind === 'mark' || t.kind === 'break' || (t.kind === 'punct' && t.text !== ',')) return -1;
    if (MEASURE_WORDS.has(t.lower) && t.lower !== 'infections') return -1;
    if (t.lower !== 'cases') continue;
    let q = b;
    while (q > 0 && (CASE_QUALIFIERS.has(tokens[q - 1].lower) || ((tokens[q - 1].lower === 'and' || tokens[q - 1].lower === 'or') && CASE_QUALIFIERS.has(tokens[q - 2]?.lower ?? '')))) q--;
    if (NEW_CASES.has(tokens[q - 1]?.lower ?? '')) return -1;
    return sickCases(tokens, b, q < b, illnessNear) ? q : -1;
  }
  return -1;
}

/**
 * An outbreak's count of cases: “We have 23 confirmed cases”, “71 suspected and confirmed cases”, “142 cases had been
 * confirmed”, “the number of confirmed cases had risen to 64”. New cases (“40 new cases”) are a day's increment, no count.
 * Cases of a court (“a dozen cases far worse”) are not the sick: only cases qualified, of an illness, or in a sentence
 * naming one.
 */
function caseCount(tokens: Token[], f: Figure, illnessNear: boolean): Classified | null {
  const after = caseWords(tokens, f.raw.end);
  if (after) {
    if (after.fresh || !sickCases(tokens, after.at, after.qualified, illnessNear)) return null;
    const group = after.at > f.raw.end ? qualifierText(tokens, f.raw.end, after.at) : null;
    return { kind: 'count', measure: 'cases', unit: 'person', group, start: f.start, end: after.at + 1, valueEnd: f.raw.end };
  }
  const before = casesBefore(tokens, f.start, illnessNear);
  if (before < 0) return null;
  let at = before;
  while (tokens[at].lower !== 'cases') at++;
  return { kind: 'count', measure: 'cases', unit: 'person', group: at > before ? qualifierText(tokens, before, at) : null, start: before, end: f.raw.end, valueEnd: f.raw.end };
}

/** The qualifying words of cases, as written: “suspected and confirmed”. */
function qualifierText(tokens: Token[], from: number, to: number): string | null {
  const words: string[] = [];
  for (let k = from; k < to; k++) if (CASE_QUALIFIERS.has(tokens[k].lower) || ((tokens[k].lower === 'and' || tokens[k].lower === 'or') && words.length > 0)) words.push(tokens[k].text);
  while (words.length > 0 && (words[words.length - 1] === 'and' || words[words.length - 1] === 'or')) words.pop();
  return words.length > 0 ? words.join(' ') : null;
}

/** Verbs and adverbs of a change in percent told before it: “profit rose 7.5 percent”, “shares were down 3 percent”. */
export const RISE_WORDS: ReadonlySet<string> = new Set([
  'rose', 'risen', 'rises', 'rising', 'increased', 'increases', 'climbed', 'climbs', 'jumped', 'jumps', 'grew', 'grown', 'grows', 'gained',
  'gains', 'surged', 'surges', 'soared', 'soars', 'advanced', 'up', 'rallied', 'added', 'expanded', 'expands',
]);
export const FALL_WORDS: ReadonlySet<string> = new Set([
  'fell', 'fallen', 'falls', 'falling', 'dropped', 'drops', 'dropping', 'declined', 'declines', 'declining', 'slid', 'slides', 'slumped',
  'slumps', 'plunged', 'plunges', 'tumbled', 'tumbles', 'sank', 'sunk', 'sinks', 'down', 'lost', 'loses', 'decreased', 'decreases',
  'shrank', 'shrunk', 'shrinks', 'contracted', 'contracts', 'eased', 'retreated', 'dipped', 'dips',
]);
/** Qualifiers that make a figure after a verb of change the level reached: “rose above 50 percent”. */
const LEVEL_BOUNDS: ReadonlySet<string> = new Set(['above', 'below', 'beneath', 'under']);
const MAKE: ReadonlySet<string> = new Set(['make', 'makes', 'made', 'making']);
/** Nouns of a change told after its figure: “a 12 percent fall in profit”, “a 5% increase”. */
const RISE_NOUNS: ReadonlySet<string> = new Set(['rise', 'increase', 'jump', 'gain', 'growth', 'surge', 'climb', 'hike']);
const FALL_NOUNS: ReadonlySet<string> = new Set(['fall', 'drop', 'decline', 'decrease', 'slump', 'plunge', 'loss', 'cut', 'dip', 'contraction', 'reduction']);

/**
 * Whether a figure in percent is a change and which way: “net profit fell 12 percent”, “rose by 7.5 percent”, “a 12
 * percent fall”, “-20 percent” → -1 or 1; a level is 0 (“inflation rose to 8.2 percent”, “up from 4.6 percent”, “a
 * share of 12 percent”). `end` is just past the percent word.
 */
function changeDirection(tokens: Token[], f: Figure, end: number): -1 | 0 | 1 {
  const sign = tokens[f.raw.start - 1];
  // “-20 percent”, “−3.5%”: a minus sign written against its number (a dash between words is no sign: “2019 - 20 percent”)
  if (sign && (sign.text === '-' || sign.text === '−') && sign.end === tokens[f.raw.start].start && (!tokens[f.raw.start - 2] || tokens[f.raw.start - 2].end < sign.start)) return -1;
  if (sign && sign.text === '+' && sign.end === tokens[f.raw.start].start) return 1;
  // “approval ratings have risen above 50 percent”, “fallen below 5 percent”: the level reached
  if (f.start < f.raw.start && LEVEL_BOUNDS.has(tokens[f.start].lower)) return 0;
  let b = f.start - 1;
  // “fell a further 44%”, “rose another 3 percent”
  if (tokens[b]?.lower === 'further' || tokens[b]?.lower === 'additional') b--;
  if (tokens[b]?.lower === 'a' || tokens[b]?.lower === 'an' || tokens[b]?.lower === 'another') b--;
  if (tokens[b]?.lower === 'by') b--; // “rose by 7.5 percent”
  const verb = tokens[b];
  // (“voters who make up 14 percent of the electorate”: a share)
  if (verb?.kind === 'word' && !(verb.lower === 'up' && MAKE.has(tokens[b - 1]?.lower ?? ''))) {
    if (FALL_WORDS.has(verb.lower)) return -1;
    if (RISE_WORDS.has(verb.lower)) return 1;
  }
  // “bringing the loss over the week to more than 80%”: a loss or gain carried to its figure
  const carried = carriedChange(tokens, f.start);
  if (carried !== 0) return carried;
  // “about 2% below 2023”, “3 percent higher than last year”: a change against an earlier period, not a share of it
  const against = againstPeriod(tokens, end);
  if (against) return against.sign;
  // “a 12 percent fall in profit”, “a 5.2% year-on-year increase”; not “a 6.5 percent growth rate”
  for (let k = end; k <= end + 1 && tokens[k]?.kind === 'word'; k++) {
    const rate = tokens[k + 1]?.lower === 'rate' || tokens[k + 1]?.lower === 'rates';
    if (FALL_NOUNS.has(tokens[k].lower)) return rate ? 0 : -1;
    if (RISE_NOUNS.has(tokens[k].lower)) return rate ? 0 : 1;
  }
  return 0;
}

/** Words after a figure in percent that set it below or above something: “2% below 2023”, “3 percent higher than”. */
const BELOW_WORDS: ReadonlySet<string> = new Set(['below', 'lower', 'less', 'down', 'under', 'fewer']);
const ABOVE_WORDS: ReadonlySet<string> = new Set(['above', 'higher', 'more', 'up', 'over']);
/** Words between “below”/“higher” and the period: “lower than in 2023”, “down on last year”, “below the 2023 level”. */
const AGAINST_LINKS: ReadonlySet<string> = new Set(['than', 'on', 'in', 'from', 'the', 'its', 'their', 'that', 'of']);
/** Words that name an earlier period after such a link: “last year”, “the previous quarter”, “a year earlier”. */
const EARLIER_PERIODS: ReadonlySet<string> = new Set(['last', 'previous', 'prior', 'preceding', 'same', 'year-earlier', 'year-ago']);

/**
 * The figure in percent ending at `end` is set below or above an earlier period: “about 2% below 2023”, “3 percent higher
 * than last year”, “5% down on the previous quarter” → -1 or 1; 0 when what follows is no period (“2% below the target”).
 */
function againstPeriod(tokens: Token[], end: number): { sign: -1 | 1; end: number } | null {
  const w = tokens[end]?.lower ?? '';
  const sign = BELOW_WORDS.has(w) ? -1 : ABOVE_WORDS.has(w) ? 1 : 0;
  if (sign === 0) return null;
  let k = end + 1;
  while (k <= end + 3 && AGAINST_LINKS.has(tokens[k]?.lower ?? '')) k++;
  const t = tokens[k];
  if (!t) return null;
  // (the period is part of the claim: it is what the figure is set against, not when the figure holds)
  if (t.kind === 'num' && /^(?:1[89]|20)\d\d$/.test(t.text)) return { sign, end: k + 1 };
  if (EARLIER_PERIODS.has(t.lower)) return { sign, end: tokens[k + 1]?.kind === 'word' ? k + 2 : k + 1 };
  // “a year earlier”, “a year ago”
  if ((t.lower === 'a' || t.lower === 'one') && /^(?:year|month|quarter|week)$/.test(tokens[k + 1]?.lower ?? '') && /^(?:earlier|ago|before)$/.test(tokens[k + 2]?.lower ?? '')) return { sign, end: k + 3 };
  return null;
}

/** What a change set against an earlier period is of, named earlier in its clause: “Exports fell to 3.1 billion euros, about 2% below 2023”. */
function indicatorOfClause(tokens: Token[], from: number): { text: string; start: number } | null {
  for (let b = from - 1; b >= 0 && from - b <= NAMED_BACK + 6; b--) {
    const t = tokens[b];
    if (t.kind === 'mark' || t.kind === 'break' || (t.kind === 'punct' && t.text !== ',')) return null;
    if (INDICATORS.has(t.lower)) return { text: t.text, start: b };
  }
  return null;
}

/** Nouns of a change a price's loss or gain is carried by: “bringing the loss over the week to 80%”. */
const CARRIED_CHANGES: ReadonlyMap<string, -1 | 1> = new Map([['loss', -1], ['losses', -1], ['gain', 1], ['gains', 1]]);
/** How far before “to” and its figure the loss or gain may be named. */
const CARRIED_BACK = 6;

/**
 * “bringing the loss over the week to more than 80%”, “taking its gains this year to 35 percent”: “to” before the figure
 * at `start` and a noun of loss or gain before it in the clause; -1, 1, or 0 when there is none (“a fall in unemployment to
 * 5 percent” is a level reached).
 */
function carriedChange(tokens: Token[], start: number): -1 | 0 | 1 {
  if (tokens[start - 1]?.lower !== 'to') return 0;
  for (let b = start - 2; b >= 0 && start - b <= CARRIED_BACK + 1; b--) {
    const t = tokens[b];
    if (t.kind !== 'word') return 0;
    const d = CARRIED_CHANGES.get(t.lower);
    if (d) return d;
  }
  return 0;
}

/** Adjectives that may stand between a figure and its unit noun: “affordable”, “new”, “social”, “electric”. */
const UNIT_ADJECTIVE = /^(?:new|affordable|social|public|private|electric|empty|vacant|council|[a-z]+(?:able|ible|ed))$/;

/** Time units a speed is told per: “120 miles per hour”. */
const SPEED_TIMES: ReadonlySet<string> = new Set(['hour', 'day']);

/** “two percentage points”, “0.5 percentage point”. */
const POINT_WORDS: ReadonlySet<string> = new Set(['points', 'point', 'pts', 'pt']);

/**
 * The currency named by the words from token k on, after a figure, and how many words name it: “5 million euros”
 * (EUR, 1), “1.41 billion Swedish crowns” (SEK, 2), “South Korean won” (KRW, 3), “5 billion won” (KRW, 1: a word
 * that is a currency only after a scale). Null when the words name none.
 */
export function currencyAfter(tokens: Token[], k: number): { unit: string; width: number } | null {
  let nation = '';
  for (let n = 1; n <= NATION_WORDS_MAX; n++) {
    const w = tokens[k + n - 1];
    if (!w || w.kind !== 'word') break;
    nation = nation ? `${nation} ${w.lower}` : w.lower;
    const code = NATIONAL_CURRENCIES.get(`${nation} ${tokens[k + n]?.lower ?? ''}`);
    if (code && tokens[k + n].kind === 'word') return { unit: code, width: n + 1 };
  }
  const word = tokens[k]?.lower ?? '';
  const unit = CURRENCIES_LOWER_ONLY.has(word) && tokens[k].cap ? undefined : CURRENCIES.get(word);
  if (unit) return { unit, width: 1 };
  const scaled = SCALED_CURRENCIES.get(word);
  if (scaled && SCALES.has(tokens[k - 1]?.lower ?? '')) return { unit: scaled, width: 1 };
  return null;
}

/** “40 percent of the buildings”, “$1.2 billion”, “500 tonnes”. */
function shareOrAmount(tokens: Token[], f: Figure): Classified | null {
  const next = tokens[f.raw.end];
  if (!next) return null;
  if (PERCENT_WORDS.has(next.lower) && (next.lower !== 'per' || tokens[f.raw.end + 1]?.lower === 'cent')) {
    // “two percentage points”: a difference of shares, a unit of its own (never compared with a share in percent)
    const points = next.lower === 'percentage' && POINT_WORDS.has(tokens[f.raw.end + 1]?.lower ?? '');
    const width = next.lower === 'per' || points ? 2 : 1;
    let end = f.raw.end + width;
    let group: string | null = null;
    if (tokens[end]?.lower === 'of') { // “40 percent of the city's buildings”
      let k = end + 1;
      // (“90 percent of those affected within five days”: a figure or a word of time after the group is no part of it)
      while (tokens[k] && k - end <= 4 && tokens[k].kind === 'word' && !MEASURE_WORDS.has(tokens[k].lower) && !CHAIN_WORDS.has(tokens[k].lower) && !NUMBER_WORDS.has(tokens[k].lower) && !TIME_PREPOSITIONS.has(tokens[k].lower) && !endsGroup(tokens[k], k > end + 1 && !LINKING.has(tokens[k - 1].lower))) k++;
      // “34% of GOP voters in the average” → voters; “40 percent of the $48 million”: a determiner alone names no group
      let g = k - 1;
      while (g > end && LINKING.has(tokens[g].lower)) g--;
      if (g > end) { group = tokens[g].text; end = g + 1; }
    }
    // “5 percent contained”: the share of a fire held in
    if (group === null && tokens[end]?.lower === 'contained') { group = 'containment'; end += 1; }
    // “inflation hit 8.2 percent”, “its benchmark interest rate … to 4.75 percent”: what the share is of, before it
    const named = group === null ? namedBefore(tokens, f.start, INDICATORS) : null;
    if (named) group = named.text;
    // further off: past the size of a change (“to 4.38 percent”) or a clause set off by commas, or a noun after it
    // (“its 2 percent target”), a verb before it (“offered 4.5 percent”): different rates are never one topic
    const far = group === null ? shareNamedFar(tokens, f.start, end) : null;
    if (far) { group = far.text; end = far.end; }
    // “net profit fell 12 percent”: a change, not a share of 12 percent (the two are never compared)
    let direction = points ? 0 : changeDirection(tokens, f, f.raw.end + width);
    // “full-year revenue growth of 12 to 13 percent”: a rise of the revenue, not a share of it
    const grown = named && direction === 0 && !points && named.text.toLowerCase() === 'growth' ? tokens[named.start - 1] : undefined;
    if (named && grown?.kind === 'word' && GROWING.has(grown.lower)) {
      direction = 1;
      named.start -= 1;
      // (“full-year revenue growth”, guidance for a year, is no quarter's revenue change told the same day)
      const span = tokens[named.start - 1];
      group = span?.kind === 'word' && GROWTH_SPANS.test(span.lower) ? `${span.lower} ${grown.text}` : grown.text;
      if (group !== grown.text) named.start -= 1;
    }
    // “Cloud revenue alone climbed 41 percent”: the change of a line of the business, not of the whole
    if (named && direction !== 0 && group === named.text) group = lineOf(tokens, named);
    // “will cut emissions by 40 percent”, “cut the bonus of its workers, about 4,000 people, by 40 percent”: a change done
    // to what stands between its verb and “by”, which names what changed
    // (“would cut emissions by only 10 percent”)
    const by = tokens[f.start - 1]?.lower === 'by' ? f.start - 1 : tokens[f.start - 2]?.lower === 'by' && (tokens[f.start - 1].lower === 'only' || tokens[f.start - 1].lower === 'just') ? f.start - 2 : -1;
    const done = direction === 0 && !points && by > 0 && !RISE_WORDS.has(tokens[by - 1]?.lower ?? '') && !FALL_WORDS.has(tokens[by - 1]?.lower ?? '') ? changeOfObject(tokens, by) : null;
    if (done) {
      direction = done.sign;
      if (group === null && done.object) group = done.object.text;
    }
    // (“Exports fell to 3.1 billion euros, about 2% below 2023”: the change is of what the clause named)
    const against = points || direction === 0 ? null : againstPeriod(tokens, f.raw.end + width);
    if (against && end === f.raw.end + width) {
      end = against.end;
      if (group === null) group = indicatorOfClause(tokens, f.start)?.text ?? null;
    }
    const unit = points ? 'percentage point' : 'percent';
    const c: Classified = { kind: 'percentage', measure: direction === 0 ? 'share' : 'change', unit, group, start: named ? named.start : f.start, end, valueEnd: f.raw.end + width };
    if (direction < 0) c.fall = true;
    return c;
  }
  // (“Rs. 500 crore”: a sign written as an abbreviation with its stop)
  const signAt = tokens[f.raw.start - 1]?.text === '.' && tokens[f.raw.start - 2]?.kind === 'word' ? f.raw.start - 2 : f.raw.start - 1;
  const sign = CURRENCIES.get(tokens[signAt]?.lower ?? '');
  const after = currencyAfter(tokens, f.raw.end);
  const word = after?.unit;
  const valueEnd = f.raw.end + (after?.width ?? 0);
  let end = valueEnd;
  if (sign || word) {
    // “150 million euros in emergency aid”, “the damage is closer to 2 billion euros”: what the money is
    let group: string | null = null;
    let start = f.start;
    if (tokens[end]?.lower === 'in') {
      for (let k = end + 1; k <= end + 3 && tokens[k]?.kind === 'word'; k++) if (MONEY_WHAT.has(tokens[k].lower)) { group = tokens[k].text; end = k + 1; break; }
    }
    // “a $48 million shortfall”: the word right after the amount
    if (group === null && MONEY_WHAT.has(tokens[end]?.lower ?? '') && !tokens[end].cap) { group = tokens[end].text; end += 1; }
    const named = group === null ? namedBefore(tokens, f.start, MONEY_WHAT) : null;
    if (named) { group = named.text; start = named.start; }
    return { kind: 'amount', measure: 'money', unit: (sign ?? word) as string, group, start, end, valueEnd };
  }
  // “418,300 metric tons”: two words of one unit, spelt as the unit it is (“121,900 tons” and “tonnes” too)
  const spelt = UNIT_SPELLINGS.get(`${next.lower} ${tokens[f.raw.end + 1]?.lower ?? ''}`);
  if (spelt) return { kind: 'amount', measure: 'quantity', unit: spelt, group: null, start: f.start, end: f.raw.end + 2, valueEnd: f.raw.end + 2 };
  // “1,150 affordable units”, “400 new apartments”: one lower-case adjective before the unit noun
  if (next.kind === 'word' && !next.cap && !UNIT_NOUNS.has(next.lower) && UNIT_ADJECTIVE.test(next.lower) && UNIT_NOUNS.has(tokens[f.raw.end + 1]?.lower ?? '')) {
    return { kind: 'amount', measure: 'quantity', unit: tokens[f.raw.end + 1].lower, group: null, start: f.start, end: f.raw.end + 2, valueEnd: f.raw.end + 2 };
  }
  if (UNIT_NOUNS.has(next.lower)) {
    // “winds of 120 miles per hour”, “80 kilometers an hour”: a speed, whose unit is the whole rate (not a distance of 120 miles)
    const per = tokens[f.raw.end + 1]?.lower;
    const time = TIME_UNITS.get(tokens[f.raw.end + 2]?.lower ?? '');
    if ((per === 'per' || per === 'an' || per === 'a') && time && SPEED_TIMES.has(time)) {
      return { kind: 'amount', measure: 'quantity', unit: `${next.lower} per ${time}`, group: null, start: f.start, end: f.raw.end + 3, valueEnd: f.raw.end + 3 };
    }
    return { kind: 'amount', measure: 'quantity', unit: UNIT_SPELLINGS.get(next.lower) ?? next.lower, group: null, start: f.start, end: f.raw.end + 1, valueEnd: f.raw.end + 1 };
  }
  return null;
}

/** Words after a group of people that make them a story's sources: “people familiar with …”, “officials briefed on …”. */
const SOURCE_POSTMODIFIERS: ReadonlySet<string> = new Set(['familiar', 'briefed', 'knowledgeable']);
/** Nouns that are a story's sources when counted: “two sources said”. */
const SOURCE_NOUNS: ReadonlySet<string> = new Set(['source', 'sources']);

/** Words after “too” that judge a figure just said: “one death is one too many”. */
const TOO: ReadonlySet<string> = new Set(['many', 'few', 'much', 'little']);

/** Words of a quake that a bare figure before them measures: “a 6.8 earthquake”, “a 5.1 aftershock”. */
const QUAKES: ReadonlySet<string> = new Set(['earthquake', 'quake', 'tremor', 'temblor', 'aftershock']);

/**
 * The figure in tokens [start, end) is a quake's magnitude, never a count of anything: “Monday's magnitude 6.8
 * earthquake”, “a magnitude of 7.1”, “6.8 on the Richter scale”, “a 6.8-magnitude quake” (read as a word), “a 5.1
 * aftershock” (not “47 aftershocks”, which are counted).
 */
export function magnitude(tokens: Token[], start: number, end: number): boolean {
  const before = tokens[start - 1]?.lower === 'of' ? tokens[start - 2] : tokens[start - 1];
  if (before?.lower === 'magnitude') return true;
  const after = tokens[end]?.lower ?? '';
  if (after === 'magnitude' || (after === 'on' && tokens[end + 1]?.lower === 'the' && tokens[end + 2]?.lower === 'richter')) return true;
  return tokens[start].text.includes('.') && QUAKES.has(after);
}

/** The words after a figure ending at `end` make it a time of day: “2 a.m.”, “11 pm”, “2:30”, “9 o'clock”. */
function clockTime(tokens: Token[], end: number): boolean {
  const w = tokens[end]?.lower;
  if (w === 'am' || w === 'pm' || w === 'o’clock' || w === "o'clock") return true;
  if ((w === 'a' || w === 'p') && tokens[end + 1]?.text === '.' && tokens[end + 2]?.lower === 'm') return true;
  return tokens[end]?.text === ':' && tokens[end + 1]?.kind === 'num' && /^\d\d$/.test(tokens[end + 1].text);
}

/**
 * Classify a qualified figure; null when it makes no claim (“12-year-old”, “in 2015”, “December 18”). `illnessNear`: the
 * sentences just before name an illness, so “cases” here are its sick though this sentence names none.
 */
export function classify(tokens: Token[], f: Figure, illnessNear = false): Classified | null {
  const raw = f.raw;
  if (raw.age) return null;
  if (magnitude(tokens, raw.start, raw.end)) return null;
  // “Four lives lost is four too many”: the figure said again to judge it is no second claim of it
  if (tokens[raw.end]?.lower === 'too' && TOO.has(tokens[raw.end + 1]?.lower ?? '')) return null;
  const unit = raw.attachedUnit ?? TIME_UNITS.get(tokens[raw.end]?.lower ?? '');
  if (unit) return duration(tokens, f, unit);
  // “December 18”, “18 December”, “Feb. 18”: a day of the month
  const monthBefore = tokens[raw.start - 1]?.text === '.' ? tokens[raw.start - 2] : tokens[raw.start - 1];
  if (MONTHS.has(monthBefore?.lower ?? '') || MONTHS.has(tokens[raw.end]?.lower ?? '')) return null;
  // “fled at 2 a.m.”, “at 2:30”, “at 9 o'clock”: a time of day is never a count
  if (clockTime(tokens, raw.end)) return null;
  // “since 2013”, “in 2015”: a year, not a head count
  if (raw.yearLike && YEAR_PREPOSITIONS.has(tokens[raw.start - 1]?.lower ?? '')) return null;
  // “raising its toll from 22”, “rose to 45 from 30”: the figure a change started from is no longer anyone's claim (the
  // drafts read it as an earlier period's figure when that period is named: “up from 42,200 in 2023”)
  if (changedFrom(tokens, f.start)) return null;
  // (homes without power before “homes” as a unit of things: “About 400,000 homes without power”)
  // “they have lost four of their last five”: a side's record
  const r = record(tokens, f);
  if (r) return { kind: 'count', measure: r.measure, unit: r.unit, group: null, start: r.start, end: r.end, valueEnd: r.valueEnd };
  const c = outage(tokens, f) ?? shareOrAmount(tokens, f) ?? votes(tokens, f) ?? caseCount(tokens, f, illnessNear) ?? weapons(tokens, f) ?? arrivals(tokens, f) ?? strikers(tokens, f) ?? count(tokens, f);
  if (c && raw.yearLike && (c.kind !== 'count' || c.start < f.start || c.end === raw.end)) return null;
  return c;
}
