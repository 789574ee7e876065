/**
 * Which way a quote mark faces, read from its two neighbours only (a bounded window).
 * Neighbours are read as character codes (NaN outside the text counts as blank).
 */

function isBlankCode(c: number): boolean {
  return c !== c || c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0; // c !== c: past either end
}

function codeTable(chars: string): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (const ch of chars) t[ch.charCodeAt(0)] = 1;
  return t;
}

const OPEN_PUNCT = codeTable('([{,;—–-/:“"‘«»„');
const CLOSE_PUNCT = codeTable(')]}.,;:!?—–-…”"’»«/');

/** ` "Yes` — blank or opening punctuation before, a non-blank after. */
export function isOpeningContext(text: string, i: number, spaced = false): boolean {
  const before = i > 0 ? text.charCodeAt(i - 1) : NaN;
  const after = text.charCodeAt(i + 1);
  return (isBlankCode(before) || OPEN_PUNCT[before] === 1) && (spaced ? after !== 10 && after === after : !isBlankCode(after));
}

/** `yes," he` — a non-blank before, blank or closing punctuation after. */
export function isClosingContext(text: string, i: number, spaced = false): boolean {
  const before = i > 0 ? text.charCodeAt(i - 1) : NaN;
  const after = text.charCodeAt(i + 1);
  return (spaced || !isBlankCode(before)) && (isBlankCode(after) || CLOSE_PUNCT[after] === 1);
}

/** The span start..end with surrounding blanks removed, or null when nothing is left. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = start;
  let e = end;
  while (s < e && isBlankCode(text.charCodeAt(s))) s++;
  while (e > s && isBlankCode(text.charCodeAt(e - 1))) e--;
  return s < e ? { start: s, end: e } : null;
}

