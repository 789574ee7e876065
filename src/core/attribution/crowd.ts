/**
 * Who raised a crowd's shout, when the sentence says so: “Harbour workers answered with chants of “Not for sale!””
 * → Harbour workers; “their chants of “Ola! Ola!”” → their; “cries of “Shame!” from the government benches” → the
 * government benches. A shout with no such owner (“He was interrupted by shouts of “Shame!””) stays no one's.
 */
import { sentenceEndOf, sentenceStartOf, type ArticleContext, type Mention } from '../context';
import { isAgentHead, phraseEndingAt, phraseStartingAt } from './noun-phrase';
import { DETERMINERS } from '../data/function-words';

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

/** Where a shout comes from that stands for the people there, once it says whose they are: “the opposition benches”. */
const CROWD_PLACES = new Set(['benches', 'bench', 'gallery', 'galleries', 'stands', 'terraces', 'ranks', 'seats', 'side']);
/** Groups that shout from where they are: “from the crowd”. */
const CROWD_GROUPS = new Set(['crowd', 'crowds', 'audience', 'floor']);

/** The group named after “from” right after the shout closing at token `closeTok`: “… “Shame!” from the government benches”. */
export function crowdSource(ctx: ArticleContext, closeTok: number): Mention | null {
  const tokens = ctx.tokens;
  let k = closeTok + 1;
  if (tokens[k]?.text === ',') k++;
  if (tokens[k]?.lower !== 'from' || ctx.inQuote[k] >= 0) return null;
  const ceil = sentenceEndOf(ctx, k, 40);
  // “from opposition MPs”, “from Labour members”
  const m = phraseStartingAt(ctx, k + 1, ceil);
  if (m && m.type === 'name') return m;
  if (m && m.type === 'description' && isAgentHead(tokens[(m.head ?? m).end - 1].lower)) return { ...m, end: (m.head ?? m).end };
  // “from the government benches”, “from the public gallery”, “from the crowd”, “from angry residents” (not “from the
  // benches”: no one's)
  let j = k + 1;
  if (DETERMINERS.has(tokens[j]?.lower ?? '')) j++;
  const first = j;
  const stops = (w: string) => CROWD_PLACES.has(w) || CROWD_GROUPS.has(w) || isAgentHead(w);
  while (j < ceil && j < first + 3 && tokens[j].kind === 'word' && !stops(tokens[j].lower)) j++;
  const head = tokens[j];
  if (!head || j >= ceil || head.kind !== 'word' || ctx.inQuote[j] >= 0) return null;
  if (CROWD_GROUPS.has(head.lower) || isAgentHead(head.lower) || (CROWD_PLACES.has(head.lower) && j > first)) return { start: k + 1, end: j + 1, type: 'description', head: { start: first, end: j + 1 } };
  return null;
}
