/**
 * Pairs quote marks in one left-to-right pass. Each paragraph end is a recovery point: a
 * quote left open either continues (the next paragraph re-opens it) or is closed there
 * and flagged `unclosed`, so a stray mark never swallows the rest of the article.
 */
import { MARK_RULES, MAX_PARAGRAPHS, MAX_SEGMENT_CHARS, PREFERRED_CLOSERS, type MarkFamily, type MarkRule } from '../data/quote-marks';
import { isOpeningContext, isClosingContext, trimSpan } from './mark-context';

// Bound once at load: called for every token, and each read of an import through the
// CommonJS interop layer is a getter call.
const opensHere = isOpeningContext;
const closesHere = isClosingContext;
const trim = trimSpan;

/** A quotation as found by the scanner, before attribution. */
export interface RawQuote {
  /** Content spans between marks (trimmed), one per paragraph. */
  segments: { start: number; end: number }[];
  /** Opening mark .. closing mark (or paragraph end when unclosed). */
  outer: { start: number; end: number };
  openMark: string;
  family: MarkFamily;
  unclosed: boolean;
  /** Unclosed, and ended at the comma before an attribution found inside it (“…, said X. …”). */
  closedBeforeAttribution?: boolean;
}

interface OpenQuote {
  markPos: number;
  char: string;
  family: MarkFamily;
  segStart: number;
  segments: { start: number; end: number }[];
  depth: number;
  /** A single mark before a lower-case letter or a digit, as often an elision as a quotation (“in 't Veld”, “in ‘08”). */
  weak: boolean;
}

/** The mark table indexed by character code, read once: most characters are not marks and cost one array read. */
const RULE_BY_CODE: (MarkRule | undefined)[] = new Array<MarkRule | undefined>(0x10000).fill(undefined);
for (const [ch, rule] of MARK_RULES) RULE_BY_CODE[ch.charCodeAt(0)] = rule;
/** 1 for the characters the scanner acts on: quote marks and the newline. */
const SPECIAL = new Uint8Array(0x10000);
for (const ch of MARK_RULES.keys()) SPECIAL[ch.charCodeAt(0)] = 1;
SPECIAL[10] = 1;
/** The same characters as a search: the regular-expression engine runs over plain text about twice as fast as a loop here. */
const NEXT_SPECIAL = new RegExp(`[${[...MARK_RULES.keys(), '\n'].map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g');

/** Offset of the first quote mark or newline at or after `from`, or the text's length. */
function nextSpecial(text: string, from: number): number {
  NEXT_SPECIAL.lastIndex = from;
  return NEXT_SPECIAL.test(text) ? NEXT_SPECIAL.lastIndex - 1 : text.length;
}
const PREFERRED: ReadonlyMap<string, string> = new Map(PREFERRED_CLOSERS);
const SEGMENT_LIMIT = MAX_SEGMENT_CHARS;
const PARAGRAPH_LIMIT = MAX_PARAGRAPHS;
const RIGHT_SINGLE = 0x2019; // ’

/** An upper-case letter (ASCII, or a letter whose lower case differs). */
function isUpperCode(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 128 || c !== c) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

/** Blank characters skipped between a paragraph end and a re-opening mark. */
function isGap(c: number): boolean {
  return c === 10 || c === 32 || c === 9 || c === 13 || c === 0xa0;
}

/** Saying verbs an attribution inside an unclosed quotation is found by. */
const SAID = 'said|says|added|adds|told reporters|explained|continued|warned|insisted|recalled';
/** “, said rescue leader Aksel Thorsen.” / “, Thorsen said.” ending a sentence: a speaker phrase of a few words with a capital. */
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]+`;
const ATTRIBUTION_INSIDE = new RegExp(
  // (or going on after a comma: “, said the city treasurer, Tom Park, who put the shortfall at …”)
  // (or a personal pronoun: “… rose 12% to £4 million, she said.”)
  String.raw`,[ \u00a0]+(?:(?:${SAID})[ \u00a0]+(?:\p{L}[\p{L}\p{M}.'’-]*,?[ \u00a0]+){0,6}${NAME_WORD}(?:\.(?=\s|$)|,)|(?:${NAME_WORD}(?:[ \u00a0]+${NAME_WORD}){0,3}|he|she|they)[ \u00a0]+(?:${SAID})\.(?=\s|$))`,
  'uy',
);

/**
 * Offset just past the comma before an attribution ending a sentence inside text [start, end), or 0. Tried only at
 * commas, each match anchored there (sticky) and bounded by the attribution's few words, so the work stays linear in
 * the segment's length.
 */
function attributionInside(text: string, start: number, end: number): number {
  for (let c = start + 1; c < end; c++) {
    if (text.charCodeAt(c) !== 44) continue; // ,
    ATTRIBUTION_INSIDE.lastIndex = c;
    const m = ATTRIBUTION_INSIDE.exec(text);
    if (m && c + m[0].length <= end) return c + 1;
  }
  return 0;
}

/** “States’ Chief”: the right single mark at `i` follows an s and comes before a space and a letter. */
function pluralPossessive(text: string, i: number): boolean {
  const p = text.charCodeAt(i - 1);
  return (p === 115 || p === 83) && text.charCodeAt(i + 1) === 32 && /\p{L}/u.test(text[i + 2] ?? '');
}

/** How far a later closer is looked for (characters, within the paragraph). */
const CLOSER_LOOKAHEAD = 600;

/** A right single mark closing a quotation (before a space, punctuation or the end, not a plural possessive) after `from`, in its paragraph. */
function closesLater(text: string, from: number): boolean {
  const end = Math.min(text.length, from + CLOSER_LOOKAHEAD);
  for (let k = from; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) return false;
    if (c !== RIGHT_SINGLE || /\p{L}/u.test(text[k + 1] ?? '')) continue;
    if (!pluralPossessive(text, k)) return true;
  }
  return false;
}

/** Right after a closing mark, an attribution: “, she said”, “ said the mayor”, “, Mayor Jan Novak warned”. */
const ATTRIBUTION_AFTER = new RegExp(String.raw`,?[ \u00a0]+(?:\p{L}[\p{L}\p{M}.'’-]*[ \u00a0]+){0,4}(?:${SAID})(?![\p{L}])`, 'uy');

/**
 * " we will act now," she said. — a straight double mark with a blank on both sides (an image or a tag removed from
 * pasted HTML left the space) opens a quotation when the next straight mark in its paragraph closes one and an
 * attribution follows that. The search stops at that next mark, so the scan stays linear.
 */
function spacedOpener(text: string, i: number): boolean {
  const mark = text.charCodeAt(i);
  const after = text.charCodeAt(i + 1);
  if (after !== 32 && after !== 0xa0) return false;
  const end = Math.min(text.length, i + CLOSER_LOOKAHEAD);
  for (let k = i + 1; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) return false;
    if (c !== mark) continue;
    if (!closesHere(text, k, false) || !/[\p{L}\p{N}.,?!…]/u.test(text[k - 1])) return false;
    ATTRIBUTION_AFTER.lastIndex = k + 1;
    return ATTRIBUTION_AFTER.test(text);
  }
  return false;
}

/**
 * ¶"x" — the paragraph opened at `at` is nothing but words in marks with no punctuation before the closing mark (a
 * label or a title, as a table cell of pasted HTML becomes): it goes on no quotation left open in the paragraph before.
 * Read up to the first closing mark of the family, within the paragraph.
 */
function bareParagraphQuote(text: string, at: number, family: MarkFamily): boolean {
  const end = Math.min(text.length, at + CLOSER_LOOKAHEAD);
  for (let k = at + 1; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) return false;
    const rule = RULE_BY_CODE[c];
    if (!rule || rule.family !== family || !rule.closes || !closesHere(text, k, false)) continue;
    if (!/[\p{L}\p{N}]/u.test(text[k - 1])) return false;
    let e = k + 1;
    while (e < text.length && isGap(text.charCodeAt(e)) && text.charCodeAt(e) !== 10) e++;
    return e === text.length || text.charCodeAt(e) === 10;
  }
  return false;
}

/** Find every top-level quotation; quotes nested inside another stay part of their parent. */
export function scanQuotes(text: string): RawQuote[] {
  const out: RawQuote[] = [];
  const n = text.length;
  const typewriterDoubles = text.indexOf("''") >= 0;
  let open: OpenQuote | null = null;
  // a quotation given up at its segment limit: still closed by the next mark of its family in its paragraph, if no
  // other quotation opens first (“word word … (a hundred thousand words) …” said X.); one at a time, so the scan stays
  // linear
  let long = null as OpenQuote | null;
  const giveUp = (q: OpenQuote): void => {
    long = q.depth === 0 && q.family !== 'single' ? q : null;
    open = null;
  };
  const emit = (q: OpenQuote, segEnd: number, outerEnd: number, unclosed: boolean): void => {
    const last = trim(text, q.segStart, segEnd);
    // ‘ … never closed: single marks are too often apostrophes to trust an unclosed one
    if ((q.segments.length === 0 && !last) || (unclosed && q.family === 'single')) return;
    // a list of exactly its segments: kept until the whole text is analysed, and a list grown by push holds room for
    // sixteen (most quotations have one segment, which never went through the open quote's list)
    let segments: { start: number; end: number }[];
    if (q.segments.length === 0) segments = [last!];
    else {
      if (last) q.segments.push(last);
      segments = q.segments.slice();
    }
    if (unclosed) {
      // “We found them in a hut, said rescue leader Aksel Thorsen. The weather … — the closing mark was left out before
      // the attribution: the quotation ends at that comma, and the attribution after it is read as after any quote
      const seg = segments[segments.length - 1];
      const cut = attributionInside(text, seg.start, seg.end);
      if (cut > 0) {
        seg.end = cut - 1;
        out.push({ segments, outer: { start: q.markPos, end: cut }, openMark: q.char, family: q.family, unclosed, closedBeforeAttribution: true });
        return;
      }
    }
    out.push({ segments, outer: { start: q.markPos, end: outerEnd }, openMark: q.char, family: q.family, unclosed });
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (SPECIAL[c] === 0) {
      // plain characters do nothing: run on to the next mark or newline, giving up on an open
      // quotation (a stray opener) at the first plain character past its segment limit
      const p = nextSpecial(text, i + 1);
      if (open !== null && Math.max(i, open.segStart + SEGMENT_LIMIT + 1) < p) giveUp(open);
      i = p - 1;
      continue;
    }
    if (c === 10) {
      long = null;
      if (!open) continue;
      let j = i;
      while (j < n && isGap(text.charCodeAt(j))) j++;
      const nc = text.charCodeAt(j);
      const next = RULE_BY_CODE[nc];
      // “…first paragraph ¶ “…second paragraph” — the same speaker goes on
      // (unless an attribution inside this paragraph shows the closing mark was left out: “…, said X. …”)
      if (next && next.opens && next.family === open.family && open.segments.length < PARAGRAPH_LIMIT && nc !== RIGHT_SINGLE
        && (open.family === 'single' || attributionInside(text, open.segStart, i) === 0) && !bareParagraphQuote(text, j, open.family)) {
        const seg = trim(text, open.segStart, i);
        if (seg) open.segments.push(seg);
        open.segStart = j + 1;
        i = j;
        continue;
      }
      emit(open, i, i, true);
      open = null;
      continue;
    }
    if (open && i - open.segStart > SEGMENT_LIMIT) giveUp(open); // stray opener: give up, keep scanning
    // ''We finally may be seeing some wage acceleration,'' he said. — two typewriter singles stand for a double mark in
    // some archives' plain text: there, no typewriter single is read as a quotation mark (nor its pairs, which are
    // neither apostrophes nor marks the scanner pairs)
    if (c === 39 && (typewriterDoubles || text.charCodeAt(i + 1) === 39)) continue;
    const rule = RULE_BY_CODE[c];
    if (!rule) continue;
    const ch = text[i];
    // « Nous avons perdu » — French spacing puts a blank inside guillemets
    const spaced = rule.family === 'guillemet';
    const opening = opensHere(text, i, spaced);
    const closing = closesHere(text, i, spaced);
    if (!open) {
      if (long !== null && rule.family === long.family && closing && (PREFERRED.get(long.char) === ch || (long.char === ch && rule.ambiguous) || (rule.closes && !rule.opens))) {
        emit(long, i, i + 1, false);
        long = null;
        continue;
      }
      if (rule.family === 'single' && (!rule.opens || !opening || closing)) continue; // don’t, ’90s
      // ambiguous marks need a blank or punctuation before them: tweet-id="1" is markup, not speech
      const canOpen = rule.opens && !rule.ambiguous ? !(closing && !opening) : opening // ” used as an opener: ‘said ”Yes”’
        || (rule.family === 'double' && rule.ambiguous && !closing && spacedOpener(text, i));
      if (canOpen) long = null;
      if (canOpen) open = { markPos: i, char: ch, family: rule.family, segStart: i + 1, segments: [], depth: 0, weak: rule.family === 'single' && !isUpperCode(text.charCodeAt(i + 1)) };
      continue;
    }
    // “Sophie in 't Veld, a Dutch lawmaker, said “…”” — an elision taken for an opener gives way to a quotation of
    // another family
    if (open.weak && rule.family !== open.family && opening && !closing) { open = null; i--; continue; }
    if (rule.family !== open.family) continue; // ‘nested’ inside “…” stays in the parent
    // ‘… That’s the best feeling I’ve had,’ — a single mark between two letters is an apostrophe, not the closer
    if (open.family === 'single' && !closing && !opening) continue;
    // ‘I have requested a meeting of both the States’ Chief Ministers … Only dialogue can solve this,’ he said. — a
    // plural possessive (an s, the mark, then a word) is no closer when the quotation closes later in its paragraph
    if (open.family === 'single' && c === RIGHT_SINGLE && pluralPossessive(text, i) && closesLater(text, i + 1)) continue;
    const preferred = PREFERRED.get(open.char);
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
