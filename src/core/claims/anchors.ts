/**
 * Find where a claim could start, over the tokens the engine cut: a digit, a number word,
 * a vague amount (“dozens”), “the” + superlative, or a comparative with “than” close behind.
 * Figure anchors only count when their sentence has a word saying what is counted (checked on
 * the characters when a sentence's edge cuts a word).
 */
import { NUMBER_WORDS, SCALES, VAGUE_COUNTS, VAGUE_SCALES } from './data/numbers';
import { COMPARATIVES, MULTIPLIERS, ORDINALS, SUPERLATIVES } from './data/rankings';
import {
  CURRENCIES, DURATION_CONTEXT, GROUP_NOUNS, MEASURE_WORDS, PERCENT_WORDS, TIME_UNITS, UNIT_NOUNS,
} from './data/measures';
import { WordTrie } from './word-trie';
import type { Token } from '../text/tokenize';

/** Anchor kinds: a figure, a ranking (“the deadliest”), a comparison (“higher than”). */
export const FIGURE = 1;
export const RANK = 2;
export const COMPARE = 3;

const MAX_WORD = 14;
const THAN_REACH = 40;

const ANCHORS = new WordTrie([
  ...[...NUMBER_WORDS.keys(), ...SCALES.keys(), ...VAGUE_SCALES.keys(), ...VAGUE_COUNTS.keys()].map((w) => [w, FIGURE] as const),
  ...[...SUPERLATIVES, ...ORDINALS.keys()].map((w) => [w, RANK] as const),
  ...[...COMPARATIVES].map((w) => [w, COMPARE] as const),
  ...[...MULTIPLIERS.keys()].map((w) => [w, RANK] as const),
]);

/** Words that say what a figure counts: “killed”, “civilians”, “years”, “percent”, “dollars”, “siege”. */
const SUPPORT = new WordTrie([
  ...MEASURE_WORDS.keys(), ...GROUP_NOUNS.keys(), ...TIME_UNITS.keys(), ...PERCENT_WORDS, ...CURRENCIES.keys(), ...UNIT_NOUNS,
  ...DURATION_CONTEXT.keys(), 'cent',
].map((w) => [w, 1] as const));

const SUPPORT_CHARS = new Set([37, 36, 8364, 163]); // % $ € £

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** “the deadliest”, “Syria’s second-largest”: a ranking word needs “the ” or “’s ” just before it. */
function rankLead(text: string, s: number): boolean {
  const before = text.slice(Math.max(0, s - 4), s).toLowerCase();
  return before.endsWith('the ') || before.endsWith('s ') || s > 0 && text[s - 1] === '-';
}

/** True when text[start, end) has a word or sign saying what a figure counts. */
export function hasSupport(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (SUPPORT_CHARS.has(c)) return true;
    if (!isLetter(c)) continue;
    const s = i;
    while (i < end && isLetter(text.charCodeAt(i))) i++;
    if (i - s <= MAX_WORD && SUPPORT.match(text, s, i)) return true;
  }
  return false;
}

/**
 * Scan state over the article's tokens: only word and number tokens are looked at, and inside
 * a word its ASCII letter runs and digits (“twenty-five” is read as “twenty” and “five”, “G20”
 * as a figure at its digit); `than` is where the next “than” is, so comparatives check it in
 * constant time.
 */
export interface TokenAnchorScan {
  text: string;
  tokens: readonly Token[];
  than: number;
}

/** An anchor: its character offset, the token holding it, and its kind. */
export interface TokenAnchor {
  at: number;
  tok: number;
  kind: number;
}

/** The first anchor inside word token t (index k), or null. */
function anchorInWord(scan: TokenAnchorScan, t: Token, k: number): TokenAnchor | null {
  const w = t.text;
  const n = w.length;
  let j = 0;
  while (j < n) {
    const c = w.charCodeAt(j);
    if (c >= 48 && c <= 57) return { at: t.start + j, tok: k, kind: FIGURE };
    if (!isLetter(c)) { j++; continue; }
    const s = j;
    while (j < n && isLetter(w.charCodeAt(j))) j++;
    if (j - s > MAX_WORD) continue;
    const kind = ANCHORS.match(w, s, j);
    if (kind === 0) continue;
    const at = t.start + s;
    if (kind === FIGURE) return { at, tok: k, kind };
    if (kind === RANK && rankLead(scan.text, at)) return { at, tok: k, kind };
    if (kind === COMPARE) {
      const after = t.start + j;
      if (scan.than < after) scan.than = scan.text.indexOf('than', after) >>> 0;
      if (scan.than - after <= THAN_REACH) return { at, tok: k, kind };
    }
  }
  return null;
}

/** Next anchor in tokens from index `from` on, or null. */
export function nextTokenAnchor(scan: TokenAnchorScan, from: number): TokenAnchor | null {
  const tokens = scan.tokens;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === 'num') return { at: t.start, tok: k, kind: FIGURE };
    if (t.kind !== 'word') continue;
    const a = anchorInWord(scan, t, k);
    if (a) return a;
  }
  return null;
}

/** `hasSupport` over tokens [from, to) of the article. */
export function tokensHaveSupport(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.kind === 'punct') {
      if (SUPPORT_CHARS.has(t.text.charCodeAt(0))) return true;
      continue;
    }
    if (t.kind !== 'word') continue;
    const w = t.text;
    const n = w.length;
    let j = 0;
    while (j < n) {
      if (!isLetter(w.charCodeAt(j))) { j++; continue; }
      const s = j;
      while (j < n && isLetter(w.charCodeAt(j))) j++;
      if (j - s <= MAX_WORD && SUPPORT.match(w, s, j)) return true;
    }
  }
  return false;
}
