/**
 * A single left-to-right pass that cuts article text into word, number, punctuation,
 * quote-mark and paragraph-break tokens. No regex in the loop: characters are classified
 * by code, with a per-code table for non-ASCII letters filled on first sight.
 */

/** What a token is. `break` stands for one or more newlines (a paragraph end). */
export type TokenKind = 'word' | 'num' | 'punct' | 'mark' | 'break';

/** One token with UTF-16 offsets into the article. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: TokenKind;
  /** First character is an upper-case letter. */
  cap: boolean;
  /**
   * `shapeOf(lower)`, lets word tables turn the token away without reading its string again;
   * plus `NOT_PLAIN` for a word or number that is not only ASCII letters.
   */
  shape: number;
}

/** Characters that open or close quotations (straight single quotes are treated as apostrophes). */
export const QUOTE_MARK_CHARS = new Set(['"', '“', '”', '„', '‟', '«', '»', '‘', '’', '‚', '‹', '›', '〝', '〞', '＂']);

import { SHAPE_SIZE, shapeOf } from './word-shapes';

const LETTER = /\p{L}|\p{M}/u;
const APOSTROPHE = 0x27; // '
const RIGHT_SINGLE = 0x2019; // ’

/** Per UTF-16 code: 0 not yet known, 1 letter or mark, 2 neither. */
const letterTable = new Uint8Array(0x10000);
/** Per UTF-16 code: 0 not yet known, 1 differs from its lower case, 2 does not. */
const upperTable = new Uint8Array(0x10000);
/** Per UTF-16 code: 1 opens or closes quotations. */
const markTable = new Uint8Array(0x10000);
for (const m of QUOTE_MARK_CHARS) markTable[m.charCodeAt(0)] = 1;

function isLetterCode(c: number): boolean {
  let v = letterTable[c];
  if (v === 0) {
    v = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    letterTable[c] = v;
  }
  return v === 1;
}

function isUpperCode(c: number): boolean {
  let v = upperTable[c];
  if (v === 0) {
    const ch = String.fromCharCode(c);
    v = ch !== ch.toLowerCase() ? 1 : 2;
    upperTable[c] = v;
  }
  return v === 1;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** a-z, A-Z, 0-9 and any letter or combining mark (NaN past the end is not a word character). */
function isWordCode(c: number): boolean {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  return c > 127 && isLetterCode(c);
}

/** Characters with no glyph that may sit inside a word: C1 controls, soft hyphen, zero-width (non-)joiner, word joiner, BOM. */
function isInvisibleCode(c: number): boolean {
  return (c >= 0x80 && c <= 0x9f) || c === 0xad || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff;
}

/** Â to ß: the first byte of a two-byte UTF-8 sequence read as Latin-1 (× aside). */
function isMisreadLead(c: number): boolean {
  return c >= 0xc2 && c <= 0xdf && c !== 0xd7;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x200b;
}

/** Single-character token strings by code. */
const charStrings: (string | undefined)[] = new Array<string | undefined>(0x10000).fill(undefined);

function charString(c: number): string {
  let s = charStrings[c];
  if (s === undefined) {
    s = String.fromCharCode(c);
    charStrings[c] = s;
  }
  return s;
}

/** Set in `Token.shape` of words and numbers with any character other than an ASCII letter. */
export const NOT_PLAIN = 1 << 16;

const RESERVE_CAP = 1 << 14;
const SHAPE_MASK = SHAPE_SIZE - 1;
const BREAK_SHAPE = shapeOf('\n');

/** Arabic articles written before a name with a hyphen: al-, el-, ad-, as-, at-, az-, an-, ar-. */
const ARTICLE_PREFIX: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'as', 'at', 'az', 'an', 'ar']);

/** Cut text into tokens. Apostrophes and hyphens between letters stay inside words (Iran’s, anti-war, don't). */
export function tokenize(text: string): Token[] {
  const n = text.length;
  // about one token per five characters in prose: reserving n/4 slots up front (trimmed at the end)
  // avoids regrowing and copying the list a dozen times per article; capped, as very large
  // preallocated arrays are kept as slow dictionaries, and past the cap the list grows as usual
  const tokens: Token[] = new Array<Token>(Math.min((n >> 2) + 16, RESERVE_CAP));
  let count = 0;
  let i = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    if (c0 === 10) {
      const s = i;
      i++;
      for (let c = text.charCodeAt(i); i < n && (c === 10 || isSpaceCode(c)); c = text.charCodeAt(++i));
      tokens[count++] = { start: s, end: s + 1, text: '\n', lower: '\n', kind: 'break', cap: false, shape: BREAK_SHAPE };
      continue;
    }
    if (isSpaceCode(c0)) { i++; continue; }
    if (!isWordCode(c0)) {
      const ch = charString(c0);
      tokens[count++] = { start: i, end: i + 1, text: ch, lower: ch, kind: markTable[c0] === 1 ? 'mark' : 'punct', cap: false, shape: (Math.imul(Math.imul(1, 31) + c0, 131) + c0) & SHAPE_MASK };
      i++;
      continue;
    }
    const s = i;
    let digits = true;
    // any upper-case ASCII or non-ASCII character: only such words can differ from their lower case
    let folds = (c0 >= 65 && c0 <= 90) || c0 > 127;
    let plain = (c0 >= 97 && c0 <= 122) || (c0 >= 65 && c0 <= 90);
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c >= 97 && c <= 122) { digits = false; i++; continue; } // a-z: the common case first
      if (isWordCode(c)) {
        if (!isDigitCode(c)) digits = false;
        if ((c >= 65 && c <= 90) || c > 127) folds = true;
        if (!(c >= 65 && c <= 90)) plain = false;
        i++;
        continue;
      }
      // PeÃ±a, TrÃ©vidic, JosÃ© — UTF-8 read as Latin-1 turns é into “Ã©”: the second character (a symbol in
      // U+00A1–U+00BF, guillemets aside, which the quote scanner reads as marks) stays with the letter before it
      if (c >= 0xa1 && c <= 0xbf && c !== 0xab && c !== 0xbb && isMisreadLead(text.charCodeAt(i - 1))) {
        folds = true;
        plain = false;
        i++;
        continue;
      }
      // Iran’s, anti-war, 3,000, 2.5 — joiners between two word characters; so are invisible characters (a soft
      // hyphen, a zero-width joiner, a stray C1 control left by a wrong decoding) that would otherwise cut a word in two
      const apostrophe = c === APOSTROPHE || c === RIGHT_SINGLE;
      const joiner = apostrophe || c === 45 || ((c === 44 || c === 46) && digits && isDigitCode(text.charCodeAt(i + 1))) || (c > 127 && isInvisibleCode(c));
      if (joiner && i + 1 < n && isWordCode(text.charCodeAt(i + 1))) {
        const d = text.charCodeAt(i + 1);
        if (c > 127 || (d >= 65 && d <= 90) || d > 127) folds = true; // Iran’s: the apostrophe itself is non-ASCII
        plain = false;
        i += 2;
        continue;
      }
      // the three countries’ officials — a plural possessive keeps its apostrophe
      if (apostrophe) {
        const p = text.charCodeAt(i - 1);
        if ((p === 115 || p === 83) && !isWordCode(text.charCodeAt(i + 1)) && i - s > 2) { plain = false; i++; continue; }
      }
      break;
    }
    const kind: TokenKind = digits && isDigitCode(c0) ? 'num' : 'word';
    const t = text.slice(s, i);
    const lower = kind === 'word' && folds ? t.toLowerCase() : t;
    // (“al-Mansouri”, “el-Sisi”: an Arabic article before a capitalised name makes a name word)
    const cap = kind === 'word' && ((c0 >= 65 && c0 <= 90) || (c0 > 127 && isUpperCode(c0)) || (i - s > 4 && text.charCodeAt(s + 2) === 45 && ARTICLE_PREFIX.has(t.slice(0, 2)) && isUpperCode(text.charCodeAt(s + 3))));
    // shapeOf(lower) read off the text when the word is its own lower case
    const shape = lower === t ? (Math.imul(Math.imul(i - s, 31) + c0, 131) + text.charCodeAt(i - 1)) & SHAPE_MASK : shapeOf(lower);
    tokens[count++] = { start: s, end: i, text: t, lower, kind, cap, shape: plain ? shape : shape | NOT_PLAIN };
  }
  tokens.length = count;
  return tokens;
}

/** Index of the first token whose start is ≥ offset (binary search). */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The same as `tokenAt`, walking forward from token `from` when every token before it starts before `offset` (offsets in increasing order cost linear time in total). */
export function tokenAtFrom(tokens: Token[], offset: number, from: number): number {
  if (from > tokens.length || (from > 0 && tokens[from - 1].start >= offset)) return tokenAt(tokens, offset);
  let j = from;
  while (j < tokens.length && tokens[j].start < offset) j++;
  return j;
}
