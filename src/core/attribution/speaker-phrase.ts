/**
 * Speaker phrases that the plain noun-phrase reader leaves out, tried only where a cue
 * right after them (or right before them) already says someone is speaking:
 * “one of two witnesses”, “federal prosecutors”, “Read said”, “Ann Lowe and Tim Marsh wrote”.
 */
import type { ArticleContext, Mention } from '../context';
import { DETERMINERS, PRONOUNS } from '../data/function-words';
import { cueAt } from './cues';
import { CONJUNCTIONS, isAgentHead, phraseStartingAt } from './noun-phrase';
import { isNameWord, nameRunForward } from './name-run';

/** Capitalised words that are ordinary words at a sentence start but names in mid-sentence: “said Will Doyle”, “Read said”. */
const NAME_HOMOGRAPHS = new Set(['will', 'may', 'june', 'april', 'august', 'read', 'grant', 'rich', 'hope', 'faith', 'young', 'long', 'king']);
/** Quantifiers that take a partitive “of”: “one of two witnesses”, “some of the protesters”. */
const PARTITIVES = new Set(['one', 'some', 'many', 'several', 'two', 'three', 'four', 'five', 'most', 'few', 'each', 'both', 'all', 'none']);
/** Most words skipped between a speaker and a cue that follows a coordination or an organisation: “Lewis of the Martin Center for Arms Studies wrote”. */
const MAX_TAIL = 10;
/** Words that may open such a tail after a speaker phrase. */
const TAIL_OPENERS = new Set(['and', 'of', 'from', 'at', 'with', 'for']);

/** “said one of two witnesses” — a quantifier, “of”, then a description of people. */
export function partitivePhrase(ctx: ArticleContext, start: number, ceil: number): Mention | null {
  const t = ctx.tokens[start];
  if (!t || !PARTITIVES.has(t.lower) || ctx.tokens[start + 1]?.lower !== 'of' || ctx.inQuote[start] >= 0) return null;
  const inner = phraseStartingAt(ctx, start + 2, ceil, true);
  if (!inner || inner.type !== 'description') return null;
  return { start, end: inner.end, type: 'description', head: inner.head ?? { start: inner.end - 1, end: inner.end } };
}

/** “Read said”, “said Will Doyle” — a capitalised homograph in mid-sentence, before a cue or another name word. */
export function homographName(ctx: ArticleContext, start: number, ceil: number): Mention | null {
  const tokens = ctx.tokens;
  const t = tokens[start];
  if (!t || t.kind !== 'word' || !t.cap || !NAME_HOMOGRAPHS.has(t.lower) || ctx.bounds.sentenceStart[start] || ctx.inQuote[start] >= 0) return null;
  if (isNameWord(tokens[start + 1])) return { start, end: Math.max(start + 2, nameRunForward(tokens, start + 1, ceil)), type: 'name' };
  return cueAt(ctx, start + 1) ? { start, end: start + 1, type: 'name' } : null;
}

/** “federal prosecutors wrote” — lower-case words ending in an agent noun, with no determiner, right before a cue. */
export function bareDescription(ctx: ArticleContext, start: number, ceil: number): Mention | null {
  const tokens = ctx.tokens;
  for (let k = start; k < Math.min(ceil, start + 4); k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.cap || ctx.inQuote[k] >= 0 || PRONOUNS.has(t.lower) || DETERMINERS.has(t.lower) || CONJUNCTIONS.has(t.lower)) return null;
    if (cueAt(ctx, k)) return k > start && isAgentHead(tokens[k - 1].lower) ? { start, end: k, type: 'description', head: { start: k - 1, end: k } } : null;
  }
  return null;
}

/**
 * 'Too close to call', says electoral commission — a heading's speaker in headline style, after its cue: lower-case
 * words with no determiner, ending in an agent noun, that end the paragraph with no full stop.
 */
export function headingDescription(ctx: ArticleContext, start: number): Mention | null {
  const tokens = ctx.tokens;
  for (let k = start; k < Math.min(tokens.length, start + 4); k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.cap || ctx.inQuote[k] >= 0 || PRONOUNS.has(t.lower) || DETERMINERS.has(t.lower) || CONJUNCTIONS.has(t.lower)) return null;
    const next = tokens[k + 1];
    if (!next || next.kind === 'break') return isAgentHead(t.lower) ? { start, end: k + 1, type: 'description', head: { start: k, end: k + 1 } } : null;
  }
  return null;
}

/**
 * “Ann Lowe and Tim Marsh wrote” / “Jeffrey Lewis of the Martin Center for Arms Studies wrote” — the speaker
 * phrase `m` goes on through a coordination or an organisation up to a cue: the index of that cue, or -1.
 * The tail holds words only (no punctuation, marks or breaks), at most MAX_TAIL of them.
 */
export function cueAfterTail(ctx: ArticleContext, m: Mention, ceil: number): number {
  const tokens = ctx.tokens;
  if (!TAIL_OPENERS.has(tokens[m.end]?.lower ?? '')) return -1;
  // “… candidate and made a direct appeal” — after “and” a second speaker starts with a name or a determiner, not a verb
  const second = tokens[m.end + 1];
  if (tokens[m.end].lower === 'and' && !(second?.cap || DETERMINERS.has(second?.lower ?? ''))) return -1;
  for (let k = m.end + 1; k < Math.min(ceil, m.end + 1 + MAX_TAIL); k++) {
    const t = tokens[k];
    if ((t.kind !== 'word' && t.kind !== 'num') || ctx.inQuote[k] >= 0) return -1;
    if (k > m.end + 1 && cueAt(ctx, k)) return k;
  }
  return -1;
}

/** Quantifiers that stand alone for a speaker: “…,” tweeted another. */
const LONE_QUANTIFIERS = new Set(['one', 'another', 'others', 'some', 'many', 'several', 'both']);

/** “…,” tweeted another. / “…,” read one. — a quantifier alone, closing the clause. */
export function loneQuantifier(ctx: ArticleContext, k: number): Mention | null {
  const t = ctx.tokens[k];
  const next = ctx.tokens[k + 1];
  if (!t || !LONE_QUANTIFIERS.has(t.lower) || ctx.inQuote[k] >= 0) return null;
  return !next || next.text === '.' || next.text === ',' || next.kind === 'break' ? { start: k, end: k + 1, type: 'description', head: { start: k, end: k + 1 } } : null;
}
