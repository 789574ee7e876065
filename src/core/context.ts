/**
 * Everything computed once per article and shared by the matchers and refiners:
 * tokens, boundaries, the quotes found so far and which tokens they cover.
 */
import type { AnalyseOptions, AttributionForm, QuoteKind } from './types';
import { findBoundaries, type Boundaries } from './text/sentences';
import { tokenize, tokenAtFrom, type Token } from './text/tokenize';
import type { RawQuote } from './quotes/scan-quotes';
import { freshTokenArrays, reusedTokenArrays } from './text/token-arrays';

/** A token range [start, end) naming a speaker, with how it was recognised. */
export interface Mention {
  start: number;
  end: number;
  type: 'name' | 'pronoun' | 'description';
  /** The words naming the speaker inside a longer phrase (“Joel Pollak” in “Joel Pollak of Breitbart News”). */
  head?: { start: number; end: number };
  /** For a relative pronoun (“…, who said”), the phrase it stands for; the speaker is resolved from it. */
  antecedent?: Mention;
}

/** How one quote was tied to a speaker. */
export interface Attribution {
  form: AttributionForm;
  mention: Mention | null;
  /** Token range of the cue, when there is one. */
  cue: { start: number; end: number } | null;
  rule: string;
  detail: string;
  /** How sure the rule is, before speaker resolution adjusts it. */
  strength: number;
}

/** A quote while the pipeline works on it. */
export interface QuoteDraft {
  raw: RawQuote;
  segments: { start: number; end: number }[];
  /** Token index of the opening mark and of the closing mark (last token inside when unclosed). */
  openTok: number;
  closeTok: number;
  attribution: Attribution | null;
  kind: QuoteKind;
  /** Set when a split-quote refiner folded this quote into another one. */
  mergedInto: number | null;
}

/** Shared per-article state. */
export interface ArticleContext {
  text: string;
  options: AnalyseOptions;
  tokens: Token[];
  bounds: Boundaries;
  quotes: QuoteDraft[];
  /** inQuote[i]: index of the quote whose marks enclose token i, or -1. */
  inQuote: Int32Array;
  /** Zeroed per-token array the registry marks its mentions in. */
  mentionAt: Int32Array;
}

/**
 * Tokenise, find boundaries and index the raw quotes. `reuseArrays`: the per-token arrays are
 * views of buffers the next call with it reuses (see `token-arrays.ts`), for a caller that is
 * done with this context by then.
 */
export function buildContext(text: string, options: AnalyseOptions, raw: RawQuote[], reuseArrays = false): ArticleContext {
  const tokens = tokenize(text);
  markTypewriterSingles(text, tokens, raw);
  const arrays = reuseArrays ? reusedTokenArrays(tokens.length) : freshTokenArrays(tokens.length);
  const bounds = findBoundaries(tokens, arrays);
  const { inQuote, mentionAt } = arrays;
  let cursor = 0; // quotes arrive in text order: find their tokens in one forward walk
  const quotes: QuoteDraft[] = raw.map((r, qi) => {
    const openTok = tokenAtFrom(tokens, r.outer.start, cursor);
    cursor = tokenAtFrom(tokens, r.outer.end, openTok);
    let closeTok = cursor - 1;
    if (closeTok < openTok) closeTok = openTok;
    for (let i = openTok + 1; i < closeTok; i++) inQuote[i] = qi;
    if (r.unclosed) for (let i = openTok + 1; i <= closeTok; i++) inQuote[i] = qi;
    return { raw: r, segments: r.segments, openTok, closeTok, attribution: null, kind: 'direct', mergedInto: null };
  });
  return { text, options, tokens, bounds, quotes, inQuote, mentionAt };
}

/**
 * A typewriter single mark is an apostrophe to the tokenizer; the ones the scanner paired as a quotation's marks ('We
 * tried,' she said) are quote marks, as curly ones are. Only those: elsewhere (“the '90s”, an archive's ''…'') the
 * token stays punctuation.
 */
function markTypewriterSingles(text: string, tokens: Token[], raw: readonly RawQuote[]): void {
  let cursor = 0;
  for (const r of raw) {
    if (r.openMark !== "'") continue;
    const open = tokenAtFrom(tokens, r.outer.start, cursor);
    if (tokens[open]?.text === "'" && tokens[open].start === r.outer.start) tokens[open].kind = 'mark';
    cursor = open;
    if (r.unclosed) continue;
    const close = tokenAtFrom(tokens, r.outer.end - 1, cursor);
    if (tokens[close]?.text === "'" && tokens[close].start === r.outer.end - 1) tokens[close].kind = 'mark';
  }
}

/** Token index where the sentence holding token i starts, looking back at most `limit` tokens and never into another paragraph. */
export function sentenceStartOf(ctx: ArticleContext, i: number, limit = 80): number {
  const { sentenceStart, paragraph } = ctx.bounds;
  const para = paragraph[i];
  let j = i;
  for (let k = 0; k < limit && j > 0; k++) {
    if (sentenceStart[j] && ctx.inQuote[j] < 0) return j;
    if (paragraph[j - 1] !== para || ctx.tokens[j - 1].kind === 'break') return j;
    j--;
  }
  return j;
}

/** Token index just past the sentence holding token i (bounded, same paragraph). */
export function sentenceEndOf(ctx: ArticleContext, i: number, limit = 80): number {
  const { sentenceStart } = ctx.bounds;
  const n = ctx.tokens.length;
  let j = i + 1;
  for (let k = 0; k < limit && j < n; k++, j++) {
    if (ctx.tokens[j].kind === 'break') return j;
    if (sentenceStart[j] && ctx.inQuote[j] < 0) return j;
  }
  return j;
}
