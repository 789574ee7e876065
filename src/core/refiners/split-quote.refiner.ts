/**
 * Folds the second half of a split quote into the first:
 * “The liberation of Aleppo …,” Shamkhani added, “… and we will …” → one quote, two segments.
 */
import type { ArticleContext } from '../context';
import { cueAt } from '../attribution/cues';
import { matchBeforeQuote } from '../attribution/before-quote.matcher';
import { describeMention } from '../attribution/describe';

/** Most tokens an interrupting attribution may have (“Shamkhani, the council secretary, added,”). */
const MAX_INTERRUPTION = 25;

/**
 * When someone in the audience shouted, “Cruz,” Beck joked, again using a Southern accent, “Amen, brother!” — the
 * first words are the object of a speech verb right before them, so they are that speaker's; the cue between the two
 * quotes introduces the second, whose speaker answers. Sets both attributions and returns true when the text reads so.
 */
function answeredBetween(ctx: ArticleContext, ai: number, bi: number): boolean {
  const { tokens, quotes } = ctx;
  const a = quotes[ai];
  const b = quotes[bi];
  const att = a.attribution;
  if (!att?.mention || !att.cue || att.form !== 'quote-cue-speaker' || a.raw.unclosed) return false;
  if (tokens[a.openTok - 1]?.text !== ',' || tokens[b.openTok - 1]?.text !== ',') return false;
  if (att.cue.start <= a.closeTok || att.cue.end >= b.openTok || b.openTok - a.closeTok - 1 > MAX_INTERRUPTION) return false;
  for (let i = a.closeTok + 1; i < b.openTok; i++) if (tokens[i].kind === 'break' || tokens[i].kind === 'mark' || (i > a.closeTok + 1 && ctx.bounds.sentenceStart[i])) return false;
  const pre = matchBeforeQuote(ctx, ai);
  if (!pre?.mention || !pre.cue || pre.cue.end !== a.openTok - 1 || cueAt(ctx, pre.cue.start)?.strength !== 'speech') return false;
  a.attribution = { ...pre, form: 'speaker-cue-quote' };
  // (B read from the gap or after itself keeps its reading; one reaching back past A takes the gap's speaker)
  if (b.attribution?.cue && b.attribution.cue.start > a.closeTok) return true;
  b.attribution = {
    form: 'speaker-cue-quote',
    mention: att.mention,
    cue: att.cue,
    rule: 'speaker-cue-quote',
    detail: `${describeMention(ctx, att.mention)} and cue “${ctx.text.slice(tokens[att.cue.start].start, tokens[att.cue.end - 1].end)}” between another speaker's quoted words and this quote`,
    strength: Math.min(att.strength, 0.86),
  };
  return true;
}

/** Merge B into A when A’s attribution sits between them and ends with a comma before B. */
export function refineSplitQuotes(ctx: ArticleContext): void {
  const { tokens, quotes } = ctx;
  for (let qi = 0; qi + 1 < quotes.length; qi++) {
    const a = quotes[qi];
    const b = quotes[qi + 1];
    const att = a.attribution;
    // B may carry the same attribution read from the other side (“…,” Solberg said, “…”): its cue lies in the gap
    if (att && a.mergedInto === null && answeredBetween(ctx, qi, qi + 1)) { qi++; continue; }
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
