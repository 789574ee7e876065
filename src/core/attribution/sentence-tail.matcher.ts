/**
 * Attributions closing the sentence that holds a quote, after more words:
 * The plan is “a step in the right direction,” at least for now, the mayor said.
 * Only a cue that ends the sentence counts, so a later clause’s verb is not taken.
 */
import type { ArticleContext, Attribution } from '../context';
import { cueAt, isParticiple } from './cues';
import { describeMention } from './describe';
import { phraseStartingAt } from './noun-phrase';
import { speakerThenCue } from './after-quote.matcher';
import { closesSentence } from './clause-end';

/** Tokens looked at after the closing mark. */
const WINDOW = 50;
/** Commas tried as the start of the attribution. */
const MAX_COMMAS = 4;
const ENDERS = new Set(['.', '!', '?', ';']);

/** Sentence ends with “…, X said.” / “…, said X.” / “…, according to X.” after a mid-sentence quote. */
export function matchSentenceTail(ctx: ArticleContext, qi: number): Attribution | null {
  const q = ctx.quotes[qi];
  if (q.raw.unclosed) return null;
  const { tokens } = ctx;
  const lastChar = ctx.text[q.segments[q.segments.length - 1].end - 1];
  if (ENDERS.has(lastChar)) return null;
  const max = Math.min(tokens.length, q.closeTok + 1 + WINDOW);
  let commas = 0;
  for (let i = q.closeTok + 1; i < max && commas < MAX_COMMAS; i++) {
    const t = tokens[i];
    if (t.kind === 'break' || (ENDERS.has(t.text) && ctx.inQuote[i] < 0)) return null;
    if (t.kind === 'mark' || t.text !== ',' || ctx.inQuote[i] >= 0) continue;
    commas++;
    // …, as the mayor’s campaign manager suggested after the vote.
    const from = tokens[i + 1]?.lower === 'as' ? i + 2 : i + 1;
    const cue = cueAt(ctx, from);
    // …, adding that talks could resume. — a participle, or a cue followed by “that”, opens what
    // was said, never who said it
    if (cue && !cue.according && (isParticiple(ctx, cue) || tokens[cue.end]?.lower === 'that')) continue;
    if (cue) {
      // …, according to the union. / …, said the mayor.
      const m = phraseStartingAt(ctx, cue.end, max) ?? phraseStartingAt(ctx, cue.end, max, true);
      if (!m || cue.strength === 'attitude' || !closesSentence(ctx, m.end)) continue;
      const form = cue.according ? 'according-to' : 'quote-speaker-cue';
      return { form, mention: m, cue, rule: 'sentence-tail', detail: `cue “${tokens[cue.start].text}” then ${describeMention(ctx, m)} at the end of the sentence`, strength: 0.8 };
    }
    const att = speakerThenCue(ctx, qi, from, max, true);
    if (att?.mention && att.strength >= 0.9) {
      return { ...att, rule: 'sentence-tail', detail: `${describeMention(ctx, att.mention)} then a cue at the end of the sentence`, strength: 0.8 };
    }
  }
  return null;
}
