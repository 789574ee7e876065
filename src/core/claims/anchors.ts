/**
 * Find where a claim could start without tokenising the article: a digit, a number word,
 * a vague amount (“dozens”), “the” + superlative, or a comparative with “than” close behind.
 * Figure anchors only count when their sentence has a word saying what is counted.
 */
import { WEAPONS } from './weapons';
import { SUPPLIED } from './outages';
import { NUMBER_WORDS, SCALES, VAGUE_COUNTS, VAGUE_SCALES } from './data/numbers';
import { COMPARATIVES, MULTIPLIERS, ORDINALS, SUPERLATIVES } from './data/rankings';
import {
  CURRENCIES, DURATION_CONTEXT, GROUP_NOUNS, MEASURE_WORDS, PERCENT_WORDS, TIME_UNITS, UNIT_NOUNS,
} from './data/measures';
import { WordTrie } from './word-trie';
import { fractionChangeText } from './fractions';
import { WordShapes } from '../text/word-shapes';
import { NOT_PLAIN, tokenAt, type Token } from '../text/tokenize';

/** Anchor kinds: a figure, a ranking (“the deadliest”), a comparison (“higher than”). */
export const FIGURE = 1;
export const RANK = 2;
export const COMPARE = 3;
/** A change by a fraction: “will rise by a third”, “fell by half” (no figure word needs support there). */
export const FRACTION = 4;

const MAX_WORD = 14;
const THAN_REACH = 40;

const ANCHOR_WORDS: readonly (readonly [string, number])[] = [
  ...[...NUMBER_WORDS.keys(), ...SCALES.keys(), ...VAGUE_SCALES.keys(), ...VAGUE_COUNTS.keys()].map((w) => [w, FIGURE] as const),
  ...[...SUPERLATIVES, ...ORDINALS.keys()].map((w) => [w, RANK] as const),
  // a first within a span of time: “the first strike since 2017” (see `firstWithin`)
  ['first', RANK] as const,
  ...[...COMPARATIVES].map((w) => [w, COMPARE] as const),
  ...[...MULTIPLIERS.keys()].map((w) => [w, RANK] as const),
];
const ANCHORS = new WordTrie(ANCHOR_WORDS);
/** Most words are no anchor: a token's shape turns them away without reading the word. */
const ANCHOR_SHAPES = new WordShapes(ANCHOR_WORDS.map(([w]) => w));

/** Words that say what a figure counts: “killed”, “civilians”, “years”, “percent”, “dollars”, “siege”, “votes”. */
const SUPPORT_WORDS: readonly string[] = [
  ...MEASURE_WORDS.keys(), ...GROUP_NOUNS.keys(), ...TIME_UNITS.keys(), ...PERCENT_WORDS, ...CURRENCIES.keys(), ...UNIT_NOUNS,
  ...DURATION_CONTEXT.keys(), 'cent', 'votes', 'ballots', 'cases', ...WEAPONS, ...SUPPLIED, 'arrivals',
  // workers on strike: “were on strike”, “walked out”, “failed to report for work”
  'strike', 'walked', 'work',
  // a chamber's tally: “MPs voted 312 to 250”, “The motion was defeated 48-52”
  'voted', 'vote', 'passed', 'defeated', 'rejected', 'approved',
  // a side's record: “they have lost four of their last five”
  'won', 'lost', 'drew', 'drawn',
  // (“the correct figure for Monday was 49”)
  'figure',
];
const SUPPORT = new WordTrie(SUPPORT_WORDS.map((w) => [w, 1] as const));

/** % $ € £ ₹ — compared, not looked up: this runs on every character of a sentence. */
function isSupportSign(c: number): boolean {
  return c === 37 || c === 36 || c === 8364 || c === 163 || c === 8377;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * Scan state: where the next “than” is, so comparatives check it in constant time; and the
 * engine's tokens of the text when at hand, walked instead of the characters (`tok`: the
 * walk's position, which only moves forward).
 */
export interface AnchorScan {
  text: string;
  than: number;
  tokens: Token[] | null;
  tok: number;
}

/** “the deadliest”, “Syria’s second-largest”: a ranking word needs “the ” or “’s ” just before it. */
function rankLead(text: string, s: number): boolean {
  const before = text.slice(Math.max(0, s - 4), s).toLowerCase();
  return before.endsWith('the ') || before.endsWith('s ') || s > 0 && text[s - 1] === '-';
}

/** Next anchor at or after `from`: its offset and kind, or null. */
export function nextAnchor(scan: AnchorScan, from: number): { at: number; kind: number } | null {
  return scan.tokens ? anchorByTokens(scan, scan.tokens, from) : anchorInChars(scan, from, scan.text.length);
}

/**
 * The same answer as the character scan, read from the tokens: letters and digits only occur
 * inside word and number tokens, and a word of ASCII letters only (no `NOT_PLAIN`) is exactly
 * one letter run, so it is looked up whole, and only when its shape may be an anchor's; any
 * other word or number (“F-16”, “twenty-five”, “Syria’s”), and a token `from` falls inside,
 * is scanned by characters.
 */
function anchorByTokens(scan: AnchorScan, tokens: Token[], from: number): { at: number; kind: number } | null {
  const { text } = scan;
  let k = scan.tok;
  while (k < tokens.length && tokens[k].end <= from) k++;
  for (; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' && t.kind !== 'num') continue;
    scan.tok = k;
    // “rise by a third”: fractions are no anchors of their own (“a third of voters”), only after a verb of change and “by”
    if (t.start >= from && k > 0 && tokens[k - 1].lower === 'by' && fractionChangeText(text, t.start)) return { at: t.start, kind: FRACTION };
    if (t.start < from || (t.shape & NOT_PLAIN) !== 0) {
      const a = anchorInChars(scan, Math.max(from, t.start), t.end);
      if (a) return a;
      continue;
    }
    if (!ANCHOR_SHAPES.hasShape(t.shape) || t.end - t.start > MAX_WORD) continue;
    const kind = ANCHORS.match(text, t.start, t.end);
    if (kind === FIGURE) return { at: t.start, kind };
    if (kind === RANK && rankLead(text, t.start)) return { at: t.start, kind };
    if (kind === COMPARE) {
      if (scan.than < t.end) scan.than = text.indexOf('than', t.end) >>> 0;
      if (scan.than - t.end <= THAN_REACH) return { at: t.start, kind };
    }
  }
  scan.tok = k;
  return null;
}

/** The first anchor starting in text[from, to) (its word may run on past `to`). */
function anchorInChars(scan: AnchorScan, from: number, to: number): { at: number; kind: number } | null {
  const { text } = scan;
  const n = text.length;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return { at: i, kind: FIGURE };
    if (!isLetter(c)) { i++; continue; }
    const s = i;
    if (s >= 3 && text.charCodeAt(s - 1) === 32 && fractionChangeText(text, s)) return { at: s, kind: FRACTION };
    while (i < n && isLetter(text.charCodeAt(i))) i++;
    const kind = i - s <= MAX_WORD && (s === 0 || !isLetter(text.charCodeAt(s - 1))) ? ANCHORS.match(text, s, i) : 0;
    if (kind === FIGURE) return { at: s, kind };
    if (kind === RANK && rankLead(text, s)) return { at: s, kind };
    if (kind === COMPARE) {
      if (scan.than < i) scan.than = text.indexOf('than', i) >>> 0; // -1 → far away; linear: only moves forward
      if (scan.than - i <= THAN_REACH) return { at: s, kind };
    }
  }
  return null;
}

const SUPPORT_SHAPES = new WordShapes(SUPPORT_WORDS);

/**
 * True when text[start, end) has a word or sign saying what a figure counts; read from the
 * tokens when at hand, as `anchorByTokens` reads them (signs are one-character tokens).
 */
export function hasSupport(text: string, start: number, end: number, tokens: Token[] | null = null): boolean {
  if (!tokens) return supportInChars(text, start, end);
  let k = tokenAt(tokens, start);
  // a sentence cut at its length limit may start inside a word
  if (k > 0 && tokens[k - 1].end > start && supportInChars(text, start, Math.min(tokens[k - 1].end, end))) return true;
  for (; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.start >= end) return false;
    if (t.kind === 'punct') { if (isSupportSign(text.charCodeAt(t.start))) return true; continue; }
    if (t.kind !== 'word' && t.kind !== 'num') continue;
    if (t.end > end || (t.shape & NOT_PLAIN) !== 0) {
      if (supportInChars(text, t.start, Math.min(t.end, end))) return true;
      continue;
    }
    if (SUPPORT_SHAPES.hasShape(t.shape) && t.end - t.start <= MAX_WORD && SUPPORT.match(text, t.start, t.end)) return true;
  }
  return false;
}

function supportInChars(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isSupportSign(c)) return true;
    if (!isLetter(c)) continue;
    const s = i;
    while (i < end && isLetter(text.charCodeAt(i))) i++;
    if (i - s <= MAX_WORD && SUPPORT.match(text, s, i)) return true;
  }
  return false;
}
