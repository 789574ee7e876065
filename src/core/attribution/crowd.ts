/**
 * Who raised a crowd's shout, when the sentence says so: “Harbour workers answered with chants of “Not for sale!””
 * → Harbour workers; “their chants of “Ola! Ola!”” → their. A shout with no such owner (“He was interrupted by shouts
 * of “Shame!””) stays no one's.
 */
import { sentenceStartOf, type ArticleContext, type Mention } from '../context';
import { phraseEndingAt } from './noun-phrase';

/** Possessive determiners owning the shout: “their chants of …”. */
const OWNERS = new Set(['their', 'his', 'her', 'our']);
/** Prepositions joining a verb to the shout its subject raised: “responded with”, “broke into”, “joined in”. */
const RAISED_WITH = new Set(['with', 'into', 'in']);
/** Past tenses that end in neither -ed nor -s: “broke into chants of …”. */
const IRREGULAR_PASTS = new Set(['broke', 'burst', 'began', 'rose', 'went', 'met', 'took', 'joined']);
/** Words between the preposition and the sound noun: “with a thunderous chant of”. */
const MAX_MODIFIERS = 3;

/** The group raising the shout whose noun (“chants”) is at token `noun`, or null. */
export function crowdMention(ctx: ArticleContext, noun: number): Mention | null {
  const tokens = ctx.tokens;
  let k = noun - 1;
  for (let n = 0; n < MAX_MODIFIERS && k >= 0 && tokens[k].kind === 'word' && !tokens[k].cap && !OWNERS.has(tokens[k].lower) && !RAISED_WITH.has(tokens[k].lower); n++) k--;
  const w = tokens[k];
  if (!w || w.kind !== 'word' || ctx.inQuote[k] >= 0) return null;
  // their chants of “…”
  if (OWNERS.has(w.lower)) return { start: k, end: k + 1, type: 'pronoun' };
  if (!RAISED_WITH.has(w.lower)) return null;
  // Harbour workers responded with chants of “…” — a plain verb, then its subject right before it
  const verb = tokens[k - 1];
  if (!verb || verb.kind !== 'word' || verb.cap || ctx.inQuote[k - 1] >= 0) return null;
  if (!IRREGULAR_PASTS.has(verb.lower) && !/(ed|[^s]s)$/.test(verb.lower)) return null;
  const floor = sentenceStartOf(ctx, k - 1, 40);
  const m = phraseEndingAt(ctx, k - 1, floor);
  return m && m.type !== 'pronoun' ? m : null;
}
