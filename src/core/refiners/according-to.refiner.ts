/**
 * “according to” names the source a report reached the writer through, and that source is
 * who the quote is attributed to, wherever it stands in the sentence:
 * “…,” the mayor said, according to the Harbour Gazette. → the Harbour Gazette
 * According to court filings, Berg called the deal “a swindle.” → court filings
 * Not when a reported clause holds it: “Berg said that according to his count, “…”” → Berg.
 */
import { sentenceEndOf, sentenceStartOf, type ArticleContext, type QuoteDraft } from '../context';
import { cueAt } from '../attribution/cues';
import { phraseStartingAt } from '../attribution/noun-phrase';
import { describeMention } from '../attribution/describe';

/** Forms that already name their source, or whose label is not in the running sentence. */
const KEEP = new Set(['according-to', 'interview', 'dash', 'speaker-colon-quote']);

/** The “according to” cue in the sentence holding quote q, outside any quote, and the source after it. */
function sentenceSource(ctx: ArticleContext, q: QuoteDraft) {
  const tokens = ctx.tokens;
  const start = sentenceStartOf(ctx, q.openTok, 60);
  const end = sentenceEndOf(ctx, q.closeTok, 60);
  for (let i = start; i < end; i++) {
    if (tokens[i].lower !== 'according' || ctx.inQuote[i] >= 0) continue;
    const cue = cueAt(ctx, i);
    if (!cue || !cue.according) continue;
    // Berg said that according to his count … — inside what another verb reports
    if (tokens[i - 1]?.lower === 'that') return null;
    // according to a study titled “…” — the quote is part of the source’s name
    if (cue.end <= q.openTok && q.openTok - cue.end <= 8) {
      let k = cue.end;
      while (k < q.openTok && tokens[k].text !== ',' && tokens[k].text !== ':') k++;
      if (k === q.openTok) return null;
    }
    const m = phraseStartingAt(ctx, cue.end, end) ?? phraseStartingAt(ctx, cue.end, end, true);
    return m ? { cue, mention: m } : null;
  }
  return null;
}

/** Give each quote in a sentence holding “according to X” the source X. */
export function refineAccordingTo(ctx: ArticleContext): void {
  // most articles never write it: one scan of the text spares the sentence walks
  if (!ctx.text.includes('ccording to')) return;
  for (const q of ctx.quotes) {
    if (q.mergedInto !== null) continue;
    const att = q.attribution;
    if (att && KEEP.has(att.form)) continue;
    const src = sentenceSource(ctx, q);
    if (!src) continue;
    q.attribution = {
      form: 'according-to',
      mention: src.mention,
      cue: src.cue,
      rule: 'according-to-sentence',
      detail: `“according to ${describeMention(ctx, src.mention)}” in the sentence holding the quote${att?.mention ? ` (the source of what ${describeMention(ctx, att.mention)} said)` : ''}`,
      strength: 0.85,
    };
  }
}
