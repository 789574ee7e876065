/**
 * A sentence cut out of the article around a figure: its tokens are taken from the engine's
 * cut of the article when it is at hand, else the sentence is tokenised on its own, so only
 * sentences holding numbers pay for tokens. Token offsets plus `shift` are offsets in the text.
 */
import { tokenAt, tokenize, type Token } from '../text/tokenize';
import { NAME_ABBREVIATIONS } from '../data/abbreviations';

/** Longest stretch scanned either side of a figure for the sentence edges. */
export const MAX_SENTENCE_CHARS = 600;

/** One sentence: the article text, where the sentence starts and ends, and its tokens (whose offsets plus `shift` are offsets in the text). */
export interface Sentence {
  text: string;
  base: number;
  end: number;
  tokens: Token[];
  shift: number;
}

const CLOSERS = new Set(['"', '”', '’', '»', ')', '\'']);

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\r' || c === '\u00a0';
}

/** . ! ? … — the sentence scans run over every character, and test this before calling `endsAt`. */
function isEnderCode(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 8230;
}

/** “… on Sunday. Shamkhani also …” — a sentence ender followed by a space (a closing mark may sit between). */
function endsAt(text: string, k: number): number {
  const c = text.charCodeAt(k);
  if (!isEnderCode(c)) return -1;
  let j = k + 1;
  while (j < text.length && CLOSERS.has(text[j]) && j - k < 3) j++;
  if (!(j >= text.length || isSpace(text[j]) || text[j] === '\n')) return -1;
  // “TARNBY, Nov. 30 (Wire) —”, “on Jan. 5”: a month's stop before a day of the month ends no sentence
  // (“Rs. 500 crore”: so does a currency's)
  if (c === 46 && j === k + 1 && isSpace(text[j]) && isDigit(text.charCodeAt(j + 1)) && /(?:^|[^A-Za-z])Rs$/.test(text.slice(Math.max(0, k - 3), k))) return -1;
  if (c === 46 && j === k + 1 && isSpace(text[j]) && isDigit(text.charCodeAt(j + 1)) && MONTH_STOPS.has(text.slice(Math.max(0, k - 4), k).replace(/^.*[^A-Za-z]/, '').toLowerCase())) return -1;
  // “The siege, which began at about 9 a.m. on Monday, had lasted 22 hours”: a time of day before a word in lower case
  if (c === 46 && j === k + 1 && isSpace(text[j]) && isLowerLetter(text.charCodeAt(j + 1)) && k >= 3 && text[k - 2] === '.' && /^[ap]\.m$/i.test(text.slice(k - 3, k))) return -1;
  // “died at St. Cyril General Hospital”, “Mt. Hood”: the stop of an abbreviation that opens a place's name
  // (such an abbreviation is capitalised: without a capital in the four characters before the stop, no slice is cut)
  if (c === 46 && j === k + 1 && isSpace(text[j]) && hasCapital(text, Math.max(0, k - 4), k) && NAME_ABBREVIATIONS.has(text.slice(Math.max(0, k - 4), k).replace(/^.*[^A-Za-z]/, ''))) return -1;
  return j;
}

/** Some character of text[from, to) is an ASCII capital. */
function hasCapital(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

function isLowerLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Month abbreviations written with a stop: “Nov. 30”. */
const MONTH_STOPS: ReadonlySet<string> = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** Offset where the sentence holding `p` starts, looking back at most MAX_SENTENCE_CHARS. */
export function sentenceStart(text: string, p: number): number {
  const limit = Math.max(0, p - MAX_SENTENCE_CHARS);
  for (let k = p - 1; k >= limit; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) return k + 1;
    if (!isEnderCode(c)) continue; // (most characters: no call)
    const j = endsAt(text, k);
    if (j >= 0 && j <= p) return j;
  }
  return limit;
}

/** Offset just past the end of the sentence holding `p`, looking ahead at most MAX_SENTENCE_CHARS. */
export function sentenceEnd(text: string, p: number): number {
  const limit = Math.min(text.length, p + MAX_SENTENCE_CHARS);
  for (let k = p; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) return k;
    if (!isEnderCode(c)) continue;
    const j = endsAt(text, k);
    if (j >= 0) return j;
  }
  return limit;
}

/** Bounds of the sentence holding offset `p`, starting no earlier than `minStart`. */
export function sentenceBounds(text: string, p: number, minStart = 0): { start: number; end: number } {
  let start = Math.max(sentenceStart(text, p), minStart);
  while (start < p && (isSpace(text[start]) || text[start] === '\n')) start++;
  return { start, end: Math.max(sentenceEnd(text, p), p + 1) };
}

/**
 * Tokenise text[start, end) as a sentence. With the article's own tokens (`cut`, from the
 * engine), the sentence takes the ones that lie exactly inside it, which are the tokens a
 * fresh cut of the sentence would give: a token cannot run across a sentence's edges, which
 * sit at blanks and newlines. Only when a token does straddle an edge (a sentence cut at its
 * length limit, mid-word) is the sentence cut afresh.
 */
export function cutSentence(text: string, start: number, end: number, cut: Token[] | null = null): Sentence {
  const range = cut ? tokensWithin(cut, start, end) : null;
  if (cut && range) return { text, base: start, end, tokens: cut.slice(range.a, range.b), shift: 0 };
  return { text, base: start, end, tokens: tokenize(text.slice(start, end)), shift: start };
}

/** Tokens [a, b) of the article lying in text[start, end), or null when a token runs across either edge. */
function tokensWithin(tokens: Token[], start: number, end: number): { a: number; b: number } | null {
  const a = tokenAt(tokens, start);
  const b = tokenAt(tokens, end);
  const aligned = (a === 0 || tokens[a - 1].end <= start) && (b === 0 || tokens[b - 1].end <= end);
  return aligned ? { a, b } : null;
}

/** Absolute offsets of tokens [a, b) of a sentence. */
export function tokenRange(s: Sentence, a: number, b: number): { start: number; end: number } {
  return { start: s.shift + s.tokens[a].start, end: s.shift + s.tokens[b - 1].end };
}
