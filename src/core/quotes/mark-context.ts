/**
 * Which way a quote mark faces, read from its two neighbours only (a bounded window).
 */

function isBlank(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0';
}

const OPEN_PUNCT = new Set(['(', '[', '{', ',', ';', '—', '–', '-', '/', ':', '“', '"', '‘', '«', '»', '„']);
const CLOSE_PUNCT = new Set([')', ']', '}', '.', ',', ';', ':', '!', '?', '—', '–', '-', '…', '”', '"', '’', '»', '«', '/']);

/** ` "Yes` — blank or opening punctuation before, a non-blank after. */
export function isOpeningContext(text: string, i: number, spaced = false): boolean {
  const before = i > 0 ? text[i - 1] : undefined;
  const after = text[i + 1];
  return (isBlank(before) || OPEN_PUNCT.has(before as string)) && (spaced ? after !== '\n' && after !== undefined : !isBlank(after));
}

/** `yes," he` — a non-blank before, blank or closing punctuation after. */
export function isClosingContext(text: string, i: number, spaced = false): boolean {
  const before = i > 0 ? text[i - 1] : undefined;
  const after = text[i + 1];
  return (spaced || !isBlank(before)) && (isBlank(after) || CLOSE_PUNCT.has(after as string));
}

/** The span start..end with surrounding blanks removed, or null when nothing is left. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = start;
  let e = end;
  while (s < e && isBlank(text[s])) s++;
  while (e > s && isBlank(text[e - 1])) e--;
  return s < e ? { start: s, end: e } : null;
}
