/**
 * `analyseArticle`: scan quotes, run the pipeline, resolve speakers and assemble the
 * plain result the database stores.
 */
import { buildContext, type ArticleContext, type QuoteDraft } from './context';
import type { AnalyseOptions, ArticleAnalysis, EntityResult, QuoteResult, Span } from './types';
import { scanQuotes } from './quotes/scan-quotes';
import { withTranscriptTurns } from './quotes/transcript';
import { nestedQuotesOf } from './quotes/nested';
import { runPipeline } from './pipeline';
import { buildRegistry, type KnownEntity, type Registry } from './entities/registry';
import { inferGenders } from './entities/gender';
import { resolveMention } from './entities/resolve-speaker';
import { confidenceFor } from './refiners/confidence.refiner';
import { hearsayMarker } from './attribution/hearsay';
import { namingSpan } from './attribution/describe';
import { findStatements } from './statements/reported-speech';
import { forgetTokens, keepTokens } from './text/article-tokens';
import { planWindows, rawQuotesIn, WindowMerger } from './windows';
import type { RawQuote } from './quotes/scan-quotes';

function span(ctx: ArticleContext, start: number, end: number): Span {
  return { text: ctx.text.slice(start, end), start, end };
}

function tokenSpan(ctx: ArticleContext, r: { start: number; end: number } | null): Span | null {
  if (!r || r.end <= r.start) return null;
  const first = ctx.tokens[r.start];
  // one token (“he”, “said”): its own string, not a new slice of the text
  if (r.end - r.start === 1) return { text: first.text, start: first.start, end: first.end };
  return span(ctx, first.start, ctx.tokens[r.end - 1].end);
}

/**
 * The evidence text, one string per distinct text within an analysis: a text dense with quotes
 * repeats the same few (““she” resolved to …”), and each kept copy is a chain of joined pieces
 * the collector walks and copies.
 */
function internDetail(seen: Map<string, string>, detail: string): string {
  const kept = seen.get(detail);
  if (kept !== undefined) return kept;
  seen.set(detail, detail);
  return detail;
}

/**
 * End of a quotation's last words without the comma right before its closing mark: in “This is a matter for the
 * unions,” he said. the comma is the sentence's (it goes on after the mark), not the speaker's, so the quote reads
 * “…the unions” as a citation, a search result or an export. A full stop, ? ! or … stay: they end what was said.
 * Closed quotations only (an unclosed one has no closing mark); the mark follows the comma directly.
 */
function wordsEnd(ctx: ArticleContext, q: QuoteDraft, start: number, end: number): number {
  if (q.raw.unclosed || end - start < 2 || ctx.text.charCodeAt(end - 1) !== 44 /* , */ || q.raw.outer.end !== end + 1) return end;
  return end - 1;
}

function toResult(ctx: ArticleContext, reg: Registry, q: QuoteDraft, details: Map<string, string>): QuoteResult {
  const last = q.segments.length - 1;
  const segments = q.segments.map((s, k) => span(ctx, s.start, k === last ? wordsEnd(ctx, q, s.start, s.end) : s.end));
  const att = q.attribution;
  const res = att?.mention ? resolveMention(ctx, reg, att.mention) : null;
  const hearsay = att ? hearsayMarker(ctx, att, q.openTok) : null;
  const result: QuoteResult = {
    text: segments.length === 1 ? segments[0].text : segments.map((s) => s.text).join(' '),
    start: segments[0].start,
    end: segments[segments.length - 1].end,
    segments,
    kind: q.kind,
    form: att?.form ?? 'none',
    speaker: res?.speaker ?? null,
    speakerMention: tokenSpan(ctx, att?.mention ? namingSpan(ctx, att.mention) : null),
    cue: tokenSpan(ctx, att?.cue ?? null),
    confidence: confidenceFor(ctx, q, !!res?.entity, res?.doubtful === true || hearsay !== null),
    evidence: {
      rule: att?.rule ?? 'none',
      detail: att ? internDetail(details, `${att.detail}${res ? `; ${res.how}` : ''}${hearsay ? `; second-hand (“${hearsay}”): the article did not hear it said` : ''}`) : 'no attribution found',
    },
    outer: { start: q.raw.outer.start, end: q.raw.outer.end },
  };
  if (q.raw.unclosed) result.unclosed = true;
  return result;
}

function toEntity(ctx: ArticleContext, e: Registry['entities'][number]): EntityResult {
  const out: EntityResult = { name: e.name, kind: e.kind, mentions: [] };
  if (e.role) out.role = e.role;
  if (e.organisation) out.organisation = e.organisation;
  if (e.organisationAbbreviation) out.organisationAbbreviation = e.organisationAbbreviation;
  if (e.country) out.country = e.country;
  if (e.gender) out.gender = e.gender;
  // mentions are mostly recorded in text order already: sorted (stably) only when they are not
  let inOrder = true;
  for (let i = 1; i < e.mentions.length && inOrder; i++) inOrder = e.mentions[i - 1].start <= e.mentions[i].start;
  const ordered = inOrder ? e.mentions : [...e.mentions].sort((a, b) => a.start - b.start);
  out.mentions = ordered.map((m) => tokenSpan(ctx, m)).filter((s): s is Span => s !== null);
  return out;
}

/** Analyse one stretch of text whose quotation marks are already paired. */
function analyseScanned(text: string, options: AnalyseOptions, raw: RawQuote[], known: readonly KnownEntity[] = []): ArticleAnalysis {
  // the context's per-token arrays are reused by the next analysis: nothing returned holds them
  const ctx = buildContext(text, options, raw, true);
  runPipeline(ctx);
  const reg = buildRegistry(ctx, known);
  inferGenders(ctx, reg.entities);
  const quotes: QuoteResult[] = [];
  const drafts: QuoteDraft[] = [];
  const details = new Map<string, string>();
  for (const q of ctx.quotes) {
    if (q.mergedInto !== null) continue;
    if (q.kind === 'term' && !options.includeTerms) continue;
    quotes.push(toResult(ctx, reg, q, details));
    drafts.push(q);
  }
  const statements = findStatements(ctx, reg);
  // quotations inside a quote, with the speakers its words name: read last, so no name inside a quote changes whom the
  // article's own “he” or “the minister” stands for
  for (let k = 0; k < quotes.length; k++) {
    if (quotes[k].kind === 'term') continue;
    const nested = nestedQuotesOf(ctx, reg, drafts[k], quotes[k].speaker);
    if (nested) quotes[k].nested = nested;
  }
  // a name read as a person's where a quote gave it and as a body's later (“…,” Gavi said … “Gavi, the Vaccine
  // Alliance,”): its speakers are the body
  for (const x of [quotes, statements]) {
    for (const r of x) {
      const s = r.speaker;
      if (s && s.entity !== undefined && s.kind === 'person' && reg.entities[s.entity]?.kind === 'organisation') s.kind = 'organisation';
    }
  }
  const people = reg.entities.map((e) => toEntity(ctx, e));
  const result: ArticleAnalysis = { quotes, statements, people };
  keepTokens(result, text, ctx.tokens); // for the claim parser, which reads the same sentences
  return result;
}

/**
 * Find quotes, their speakers, reported speech and the people of one article. Pure and linear
 * in the text length; a very long text is analysed in windows (see `windows.ts`).
 */
export function analyseArticle(text: string, options: AnalyseOptions = {}): ArticleAnalysis {
  // the tokens kept from the analysis before can no longer be taken (they belong to another
  // result): let them go now, so the collector does not copy them while this text is analysed
  forgetTokens();
  const raw = withTranscriptTurns(text, scanQuotes(text));
  const windows = planWindows(text, raw);
  if (windows.length === 1) return analyseScanned(text, options, raw);
  const merger = new WindowMerger();
  for (const w of windows) merger.add(w, analyseScanned(text.slice(w.from, w.to), options, rawQuotesIn(raw, w.from, w.to), merger.recentPeople()));
  forgetTokens(); // the last window's tokens are not the whole text's
  return merger.result();
}
