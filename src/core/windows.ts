/**
 * Very long texts are analysed in windows. A news article (the 840 annotated ones run up to
 * 34K characters) is analysed whole; past `WHOLE_MAX_CHARS` the engine cuts the text at
 * paragraph breaks (else sentence ends, else spaces) outside every quotation into windows
 * of about `WINDOW_CHARS`, analyses each with a lead-in of the text before it (so a quote at
 * a window's start still sees the colon, the speaker and the people named just before),
 * and joins the results. Analysed whole, a megabyte of text keeps all its tokens (about 117
 * bytes each, one per three to five characters) and drafts alive until the end, and the
 * garbage collector's copying of them cost more than the analysis itself (a CPU profile of
 * 1 MB of unbalanced marks: 62% of the time in collection analysed whole, 38–42% in windows,
 * most of it then the results themselves).
 *
 * Across windows: each window is told the people named most recently before it
 * (`KNOWN_PEOPLE`), so a surname, a first name or an abbreviation there reaches someone named
 * in full windows back, and a pronoun after such a surname finds them; people are then joined
 * by name, and a one-word person name left over goes to the one full name seen earlier that
 * ends with it. What a window cannot see: a pronoun's or a description's person named only
 * before its lead-in and not named again.
 */
import type { RawQuote } from './quotes/scan-quotes';
import type { ArticleAnalysis, EntityResult, SpeakerRef, Span, StatementResult, QuoteResult } from './types';

/** Texts up to this length (UTF-16 units) are analysed whole. */
export const WHOLE_MAX_CHARS = 64 * 1024;
/** Target length of a window's own text. */
export const WINDOW_CHARS = 16 * 1024;
/** Target length of the lead-in analysed before a window's own text (its results are the previous window's). */
export const LEAD_IN_CHARS = 2 * 1024;

/** How many of the people named so far each window is told about. */
export const KNOWN_PEOPLE = 100;

/** One window: text [from, to) is analysed; results starting at or after `own` belong to it. */
export interface Window {
  from: number;
  own: number;
  to: number;
}

/** Index of the first raw quote opening at or after `pos` (binary search; quotes are in text order). */
function firstQuoteFrom(raw: readonly RawQuote[], pos: number): number {
  let lo = 0;
  let hi = raw.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (raw[mid].outer.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the raw quote whose outer span strictly contains `pos`, or -1 (quotes sorted and non-overlapping). */
function quoteAround(raw: readonly RawQuote[], pos: number): number {
  const q = firstQuoteFrom(raw, pos) - 1; // last quote starting before pos
  return q >= 0 && raw[q].outer.end > pos ? q : -1;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
}

/**
 * The best cut in (low, high]: the last paragraph start, else the last sentence start, else
 * the last space, outside quotations; -1 when there is none.
 */
function cutBetween(text: string, raw: readonly RawQuote[], low: number, high: number): number {
  // a loop, not lastIndexOf: in a text with no newline that would search back to the start
  // from every window, quadratic in the text's length
  for (let p = high - 1; p >= low; p--) {
    if (text.charCodeAt(p) !== 10) continue;
    const q = quoteAround(raw, p + 1);
    if (q < 0) return p + 1;
    p = raw[q].outer.start; // jump over the quotation
  }
  let space = -1;
  for (let p = high - 1; p > low; p--) {
    const c = text.charCodeAt(p - 1);
    if (!isBlank(c)) continue;
    const q = quoteAround(raw, p);
    if (q >= 0) { p = raw[q].outer.start + 1; continue; }
    const before = text.charCodeAt(p - 2);
    if (before === 46 || before === 33 || before === 63) return p; // after “. ”, “! ”, “? ”
    if (space < 0) space = p;
  }
  return space;
}

/**
 * A cut after a quotation ending at `end`: the end of its sentence or paragraph, within a lead-in's length and outside
 * quotations, so the window keeps the attribution after it (“…” said Long Winded.); else `end`.
 */
function sentenceAfter(text: string, raw: readonly RawQuote[], end: number): number {
  const limit = Math.min(text.length, end + LEAD_IN_CHARS);
  for (let p = end; p < limit; p++) {
    const c = text.charCodeAt(p);
    const stop = c === 10 ? p + 1 : (c === 46 || c === 33 || c === 63) && (p + 1 === text.length || isBlank(text.charCodeAt(p + 1))) ? Math.min(text.length, p + 2) : -1;
    if (stop < 0) continue;
    return quoteAround(raw, stop) < 0 && firstQuoteFrom(raw, end) === firstQuoteFrom(raw, stop) ? stop : end;
  }
  return end;
}

/** Where to cut a long text, or a single window for a text analysed whole. */
export function planWindows(text: string, raw: readonly RawQuote[]): Window[] {
  const n = text.length;
  if (n <= WHOLE_MAX_CHARS) return [{ from: 0, own: 0, to: n }];
  const cuts = [0];
  let at = 0;
  while (n - at > WINDOW_CHARS) {
    let cut = cutBetween(text, raw, at + (WINDOW_CHARS >> 1), at + WINDOW_CHARS);
    if (cut < 0) {
      // no break in the second half of the window: the first point past it outside a quotation
      cut = at + WINDOW_CHARS;
      const q = quoteAround(raw, cut);
      if (q >= 0) cut = sentenceAfter(text, raw, raw[q].outer.end);
    }
    if (cut >= n) break;
    cuts.push(cut);
    at = cut;
  }
  cuts.push(n);
  const windows: Window[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const own = cuts[k];
    let from = own;
    if (own > 0) {
      from = cutBetween(text, raw, Math.max(cuts[k - 1], own - 2 * LEAD_IN_CHARS), own - LEAD_IN_CHARS);
      if (from < 0) from = Math.max(cuts[k - 1], own - LEAD_IN_CHARS);
      const q = quoteAround(raw, from);
      if (q >= 0) from = raw[q].outer.start;
    }
    windows.push({ from, own, to: cuts[k + 1] });
  }
  return windows;
}

/** The raw quotes inside [from, to), with offsets relative to `from`. */
export function rawQuotesIn(raw: readonly RawQuote[], from: number, to: number): RawQuote[] {
  const out: RawQuote[] = [];
  for (let i = firstQuoteFrom(raw, from); i < raw.length && raw[i].outer.end <= to; i++) {
    const r = raw[i];
    out.push({
      ...r,
      segments: r.segments.map((s) => ({ start: s.start - from, end: s.end - from })),
      outer: { start: r.outer.start - from, end: r.outer.end - from },
    });
  }
  return out;
}

function moveSpan(s: { start: number; end: number }, by: number): void {
  s.start += by;
  s.end += by;
}

function lastWord(name: string): string {
  const sp = name.lastIndexOf(' ');
  return (sp < 0 ? name : name.slice(sp + 1)).toLowerCase();
}

/** Joins window results into one analysis, people merged by name across windows. */
export class WindowMerger {
  readonly quotes: QuoteResult[] = [];
  readonly statements: StatementResult[] = [];
  readonly people: EntityResult[] = [];
  private readonly byName = new Map<string, number>();
  /** Last word of a multi-word person's name → that person, or -1 when two people share it. */
  private readonly bySurname = new Map<string, number>();
  /** People by when they were last named, most recent last (a Map keeps insertion order). */
  private readonly recent = new Map<number, true>();

  /**
   * The people named most recently in the windows so far (at most `KNOWN_PEOPLE`), for the
   * next window to know: a surname or pronoun there can then reach someone named in full
   * windows back. Bounded, so the analysis stays linear in the length of the text.
   */
  recentPeople(): EntityResult[] {
    const out: EntityResult[] = [];
    for (const id of this.recent.keys()) out.push(this.people[id]);
    return out;
  }

  /** Add the results of one window, analysed on text [w.from, w.to). */
  add(w: Window, a: ArticleAnalysis): void {
    const by = w.from;
    const own = w.own - w.from;
    const remap = new Map<number, number>();
    const used = new Set<number>();
    const kept = a.quotes.filter((q) => q.outer.start >= own);
    const statements = a.statements.filter((s) => s.cue.start >= own);
    for (const x of [...kept, ...statements]) if (x.speaker?.entity !== undefined) used.add(x.speaker.entity);
    a.people.forEach((p, i) => {
      const mentions = p.mentions.filter((m) => m.start >= own);
      if (mentions.length === 0 && !used.has(i)) return;
      for (const m of mentions) moveSpan(m, by);
      remap.set(i, this.person(p, mentions));
    });
    const moved = new Set<SpeakerRef>(); // a reference shared by two results is renumbered once
    const ref = (s: SpeakerRef | null): SpeakerRef | null => {
      if (!s || s.entity === undefined || moved.has(s)) return s;
      moved.add(s);
      const target = remap.get(s.entity);
      if (target === undefined) return s;
      const e = this.people[target];
      s.name = e.name;
      s.kind = e.kind;
      s.entity = target;
      for (const k of ['role', 'organisation', 'organisationAbbreviation', 'country'] as const) if (e[k] && !s[k]) s[k] = e[k];
      return s;
    };
    // the window's results are its own: shifted in place rather than copied
    for (const q of kept) {
      q.start += by;
      q.end += by;
      for (const sg of q.segments) moveSpan(sg, by);
      q.speaker = ref(q.speaker);
      if (q.speakerMention) moveSpan(q.speakerMention, by);
      if (q.cue) moveSpan(q.cue, by);
      q.outer.start += by;
      q.outer.end += by;
      this.quotes.push(q);
    }
    for (const st of statements) {
      st.speaker = ref(st.speaker);
      if (st.speakerMention) moveSpan(st.speakerMention, by);
      moveSpan(st.cue, by);
      moveSpan(st.content, by);
      this.statements.push(st);
    }
  }

  /** Index of the merged person for one window's entity, adding it when new. */
  private person(p: EntityResult, mentions: Span[]): number {
    const key = `${p.kind}\u0000${p.name.toLowerCase()}`;
    let at = this.byName.get(key);
    // a one-word person name: the one full name seen earlier that ends with it
    if (at === undefined && p.kind === 'person' && !p.name.includes(' ')) {
      const s = this.bySurname.get(p.name.toLowerCase());
      if (s !== undefined && s >= 0) at = s;
    }
    if (at === undefined) {
      at = this.people.length;
      this.people.push({ ...p, mentions: [] });
      this.byName.set(key, at);
      if (p.kind === 'person' && p.name.includes(' ')) {
        const w = lastWord(p.name);
        this.bySurname.set(w, this.bySurname.has(w) && this.bySurname.get(w) !== at ? -1 : at);
      }
    }
    const e = this.people[at];
    if (mentions.length > 0) {
      this.recent.delete(at);
      this.recent.set(at, true);
      if (this.recent.size > KNOWN_PEOPLE) this.recent.delete(this.recent.keys().next().value as number);
    }
    for (const k of ['role', 'organisation', 'organisationAbbreviation', 'country', 'gender'] as const) if (p[k] && !e[k]) (e as unknown as Record<string, string>)[k] = p[k];
    for (const m of mentions) e.mentions.push(m);
    return at;
  }

  /** The joined analysis. */
  result(): ArticleAnalysis {
    return { quotes: this.quotes, statements: this.statements, people: this.people };
  }
}
