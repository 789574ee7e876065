/**
 * A single left-to-right pass that cuts article text into word, number, punctuation,
 * quote-mark and paragraph-break tokens. No regex: one loop over the characters.
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
}

/** Characters that open or close quotations (straight single quotes are treated as apostrophes). */
export const QUOTE_MARK_CHARS = new Set(['"', '“', '”', '„', '‟', '«', '»', '‘', '’', '‚', '‹', '›', '〝', '〞', '＂']);

const APOSTROPHES = new Set(["'", '’']);

function isLetter(ch: string): boolean {
  return /\p{L}|\p{M}/u.test(ch);
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  return c > 127 && isLetter(ch);
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\r' || ch === '\u00a0' || ch === '\u2009' || ch === '\u202f' || ch === '\u200b';
}

/** Cut text into tokens. Apostrophes and hyphens between letters stay inside words (Iran’s, anti-war, don't). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  const push = (start: number, end: number, kind: TokenKind): void => {
    const t = text.slice(start, end);
    const c = t.charCodeAt(0);
    const cap = kind === 'word' && ((c >= 65 && c <= 90) || (c > 127 && t[0] !== t[0].toLowerCase()));
    tokens.push({ start, end, text: t, lower: kind === 'word' ? t.toLowerCase() : t, kind, cap });
  };
  while (i < n) {
    const ch = text[i];
    if (ch === '\n') {
      const s = i;
      while (i < n && (text[i] === '\n' || isSpace(text[i]))) i++;
      push(s, s + 1, 'break');
      continue;
    }
    if (isSpace(ch)) { i++; continue; }
    if (isWordChar(ch)) {
      const s = i;
      let digits = true;
      i++;
      while (i < n) {
        const c = text[i];
        if (isWordChar(c)) { if (!isDigit(c)) digits = false; i++; continue; }
        // Iran’s, anti-war, 3,000, 2.5 — joiners between two word characters
        const joiner = APOSTROPHES.has(c) || c === '-' || ((c === ',' || c === '.') && digits && isDigit(text[i + 1] ?? ''));
        if (joiner && i + 1 < n && isWordChar(text[i + 1])) { i += 2; continue; }
        // the three countries’ officials — a plural possessive keeps its apostrophe
        if (APOSTROPHES.has(c) && (text[i - 1] === 's' || text[i - 1] === 'S') && !isWordChar(text[i + 1] ?? ' ') && i - s > 2) { i++; continue; }
        break;
      }
      push(s, i, digits && isDigit(ch) ? 'num' : 'word');
      continue;
    }
    push(i, i + 1, QUOTE_MARK_CHARS.has(ch) ? 'mark' : 'punct');
    i++;
  }
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
