/**
 * Pairs quote marks in one left-to-right pass. Each paragraph end is a recovery point: a
 * quote left open either continues (the next paragraph re-opens it) or is closed there
 * and flagged `unclosed`, so a stray mark never swallows the rest of the article.
 */
import { MARK_RULES, MAX_PARAGRAPHS, MAX_SEGMENT_CHARS, PREFERRED_CLOSERS, type MarkFamily } from '../data/quote-marks';
import { isOpeningContext, isClosingContext, trimSpan } from './mark-context';

/** A quotation as found by the scanner, before attribution. */
export interface RawQuote {
  /** Content spans between marks (trimmed), one per paragraph. */
  segments: { start: number; end: number }[];
  /** Opening mark .. closing mark (or paragraph end when unclosed). */
  outer: { start: number; end: number };
  openMark: string;
  family: MarkFamily;
  unclosed: boolean;
}

interface OpenQuote {
  markPos: number;
  char: string;
  family: MarkFamily;
  segStart: number;
  segments: { start: number; end: number }[];
  depth: number;
}

/** Find every top-level quotation; quotes nested inside another stay part of their parent. */
export function scanQuotes(text: string): RawQuote[] {
  const out: RawQuote[] = [];
  const n = text.length;
  let open: OpenQuote | null = null;
  const emit = (q: OpenQuote, segEnd: number, outerEnd: number, unclosed: boolean): void => {
    const segments = [...q.segments];
    const last = trimSpan(text, q.segStart, segEnd);
    if (last) segments.push(last);
    // ‘ … never closed: single marks are too often apostrophes to trust an unclosed one
    if (segments.length === 0 || (unclosed && q.family === 'single')) return;
    out.push({ segments, outer: { start: q.markPos, end: outerEnd }, openMark: q.char, family: q.family, unclosed });
  };
  for (let i = 0; i < n; i++) {
    const ch = text[i];
    if (ch === '\n') {
      if (!open) continue;
      let j = i;
      while (j < n && (text[j] === '\n' || text[j] === ' ' || text[j] === '\t' || text[j] === '\r' || text[j] === '\u00a0')) j++;
      const next = MARK_RULES.get(text[j] ?? '');
      // “…first paragraph ¶ “…second paragraph” — the same speaker goes on
      if (next && next.opens && next.family === open.family && open.segments.length < MAX_PARAGRAPHS && text[j] !== '’') {
        const seg = trimSpan(text, open.segStart, i);
        if (seg) open.segments.push(seg);
        open.segStart = j + 1;
        i = j;
        continue;
      }
      emit(open, i, i, true);
      open = null;
      continue;
    }
    if (open && i - open.segStart > MAX_SEGMENT_CHARS) open = null; // stray opener: give up, keep scanning
    const rule = MARK_RULES.get(ch);
    if (!rule) continue;
    // « Nous avons perdu » — French spacing puts a blank inside guillemets
    const spaced = rule.family === 'guillemet';
    const opening = isOpeningContext(text, i, spaced);
    const closing = isClosingContext(text, i, spaced);
    if (!open) {
      if (rule.family === 'single' && (!rule.opens || !opening || closing)) continue; // don’t, ’90s
      // ambiguous marks need a blank or punctuation before them: tweet-id="1" is markup, not speech
      const canOpen = rule.opens && !rule.ambiguous ? !(closing && !opening) : opening; // ” used as an opener: ‘said ”Yes”’
      if (canOpen) open = { markPos: i, char: ch, family: rule.family, segStart: i + 1, segments: [], depth: 0 };
      continue;
    }
    if (rule.family !== open.family) continue; // ‘nested’ inside “…” stays in the parent
    const preferred = PREFERRED_CLOSERS.get(open.char);
    const straightPair = open.char === ch && rule.ambiguous && open.family === 'double';
    const isCloser = preferred === ch || straightPair || (rule.closes && !rule.opens);
    if (!isCloser && rule.opens && opening && !closing) { open.depth++; continue; } // “a “nested” one”
    if (!rule.closes && !isCloser) continue;
    if (open.depth > 0) { open.depth--; continue; }
    emit(open, i, i + 1, false);
    open = null;
  }
  if (open) emit(open, n, n, true);
  return out;
}
