/**
 * Attributions written after the closing mark: “…,” Shamkhani said. · “…,” said
 * Shamkhani. · “…,” according to the ministry. The window ends with the sentence.
 */
import type { ArticleContext, Attribution } from '../context';
import { CUE_MODIFIERS, TIME_WORDS } from '../data/function-words';
import { cueAt } from './cues';
import { phraseStartingAt } from './noun-phrase';
import { describeMention } from './describe';

const WINDOW = 40;
const SENTENCE_END = new Set(['.', '!', '?', ';']);
/** Tokens allowed between the attribution and the end of its sentence (“said Sunday in a statement.”). */
const TAIL = 12;

/** “…” He added, “…” belongs to the next quote: after a full-stop quote, the attribution must end its sentence. */
export function closesSentence(ctx: ArticleContext, from: number): boolean {
  const tokens = ctx.tokens;
  for (let k = from; k < Math.min(tokens.length, from + TAIL); k++) {
    const t = tokens[k];
    if (t.kind === 'break' || SENTENCE_END.has(t.text)) return true;
    if (t.kind === 'mark') return false;
    if (t.text === ',' && tokens[k + 1]?.kind === 'mark') return false;
  }
  return from + TAIL > tokens.length;
}

function endsWithStop(ctx: ArticleContext, qi: number): boolean {
  const q = ctx.quotes[qi];
  const last = q.segments[q.segments.length - 1];
  const ch = ctx.text[last.end - 1];
  return ch === '.' || ch === '?' || ch === '!';
}

function paragraphCeil(ctx: ArticleContext, from: number): number {
  const max = Math.min(ctx.tokens.length, from + WINDOW);
  for (let i = from; i < max; i++) if (ctx.tokens[i].kind === 'break' || ctx.tokens[i].kind === 'mark') return i;
  return max;
}

/** “…,” X said / “…,” said X / “…,” according to X. */
export function matchAfterQuote(ctx: ArticleContext, qi: number): Attribution | null {
  const q = ctx.quotes[qi];
  if (q.raw.unclosed) return null;
  const tokens = ctx.tokens;
  let i = q.closeTok + 1;
  if (tokens[i]?.text === ',' || tokens[i]?.text === '—' || tokens[i]?.text === '–') i++;
  const ceil = paragraphCeil(ctx, i);
  if (i >= ceil) return null;
  const first = cueAt(ctx, i);
  if (first) {
    const m = phraseStartingAt(ctx, first.end, ceil);
    if (m && endsWithStop(ctx, qi) && !closesSentence(ctx, m.end)) return null;
    if (m && first.according) return { form: 'according-to', mention: m, cue: first, rule: 'according-to-after', detail: `“according to ${describeMention(ctx, m)}” after the quote`, strength: 0.88 };
    if (m && first.strength !== 'attitude') return { form: 'quote-speaker-cue', mention: m, cue: first, rule: 'quote-speaker-cue', detail: `cue “${tokens[first.start].text}” right after the quote, then ${describeMention(ctx, m)}`, strength: 0.95 };
    return null;
  }
  return speakerThenCue(ctx, qi, i, ceil);
}

/** “…,” Bree Maxwell, a volunteer, said — a speaker phrase then its cue, starting at token i. */
export function speakerThenCue(ctx: ArticleContext, qi: number, i: number, ceil: number, mustClose = false): Attribution | null {
  const tokens = ctx.tokens;
  // “…,” the gambling tycoon told Reuters — any description is a speaker when a cue follows it
  const m = phraseStartingAt(ctx, i, ceil) ?? phraseStartingAt(ctx, i, ceil, true);
  if (!m) return null;
  let j = m.end;
  if (tokens[j]?.text === ',') {
    // “…,” Bree Maxwell, a volunteer, said.
    let k = j + 1;
    while (k < ceil && tokens[k].text !== ',') k++;
    if (k < ceil) j = k + 1;
  }
  if (tokens[j]?.text === '(') while (j < ceil && tokens[j].text !== ')') j++; // “…,” Sen. Kirk (R-Ill.) said
  if (tokens[j]?.text === ')') j++;
  for (let k = 0; k < 4 && j < ceil && (CUE_MODIFIERS.has(tokens[j].lower) || (TIME_WORDS.has(tokens[j].lower) && tokens[j].cap) || (!tokens[j].cap && tokens[j].lower.endsWith('ly') && tokens[j].lower.length > 4)); k++) j++;
  const cue = cueAt(ctx, j);
  if (!cue || cue.according) return null;
  if ((mustClose || endsWithStop(ctx, qi)) && !closesSentence(ctx, cue.end)) return null;
  const strength = cue.strength === 'attitude' ? 0.7 : 0.97;
  return { form: 'quote-cue-speaker', mention: m, cue, rule: 'quote-cue-speaker', detail: `${describeMention(ctx, m)} then cue “${tokens[cue.start].text}” right after the quote`, strength };
}
