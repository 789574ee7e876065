/**
 * Folds the second half of a split quote into the first:
 * “The liberation of Aleppo …,” Shamkhani added, “… and we will …” → one quote, two segments.
 */
import type { ArticleContext } from '../context';
import { cueAt } from '../attribution/cues';

/** Most tokens an interrupting attribution may have (“Shamkhani, the council secretary, added,”). */
const MAX_INTERRUPTION = 25;

/** Merge B into A when A’s attribution sits between them and ends with a comma before B. */
export function refineSplitQuotes(ctx: ArticleContext): void {
  const { tokens, quotes } = ctx;
  for (let qi = 0; qi + 1 < quotes.length; qi++) {
    const a = quotes[qi];
    const b = quotes[qi + 1];
    const att = a.attribution;
    // B may carry the same attribution read from the other side (“…,” Solberg said, “…”): its cue lies in the gap
    const bOwn = b.attribution && !(b.attribution.cue && b.attribution.cue.start > a.closeTok && b.attribution.cue.end <= b.openTok);
    if (!att || a.raw.unclosed || a.mergedInto !== null || bOwn) continue;
    if (att.form !== 'quote-cue-speaker' && att.form !== 'quote-speaker-cue') continue;
    const gap = b.openTok - a.closeTok - 1;
    if (gap < 2 || gap > MAX_INTERRUPTION || tokens[b.openTok - 1].text !== ',') continue;
    // “…,” Dunn said. Ruiz replied, “…” — a new sentence in the gap starts another attribution
    let clean = true;
    for (let i = a.closeTok + 1; i < b.openTok && clean; i++) clean = tokens[i].kind !== 'break' && tokens[i].kind !== 'mark' && !(i > a.closeTok + 1 && ctx.bounds.sentenceStart[i]);
    // “…,” Ryan said on Sunday, though he said, “…” — a second cue in the gap reports the second half itself
    const cueEnd = att.cue?.end ?? a.closeTok + 1;
    for (let i = Math.max(cueEnd, a.closeTok + 1); i < b.openTok && clean; i++) clean = !(att.cue && i >= att.cue.end && cueAt(ctx, i)?.strength === 'speech');
    // the first half must stop mid-sentence: “…,” not “….”
    const lastChar = ctx.text[a.segments[a.segments.length - 1].end - 1];
    const afterClose = tokens[a.closeTok + 1]?.text;
    if (!clean || !(lastChar === ',' || afterClose === ',' || lastChar === '—' || lastChar === '…')) continue;
    b.mergedInto = qi;
    a.segments = [...a.segments, ...b.segments];
    a.closeTok = b.closeTok;
    a.raw = { ...a.raw, outer: { start: a.raw.outer.start, end: b.raw.outer.end }, unclosed: b.raw.unclosed };
    a.attribution = { ...att, rule: `${att.rule}+split`, detail: `${att.detail}; the quote resumes after the attribution` };
    quotes[qi + 1] = { ...b, attribution: a.attribution };
    qi++;
  }
}
