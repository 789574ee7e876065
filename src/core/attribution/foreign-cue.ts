/**
 * A reporting cue of another language right at a quotation in its own marks, in otherwise English copy:
 * “« Nous ne pouvons pas … », a déclaré Arnaud Rousseau, président du syndicat, to reporters” · „…“,
 * Weselsky sagte · „…“, so Weselsky. Only after guillemets or „…“ marks, so that “a”, “so” and “dit”
 * stay English words everywhere else.
 */
import type { ArticleContext } from '../context';
import {
  FOREIGN_QUOTE_OPENERS, FOREIGN_SOURCE_CUES, FOREIGN_SPEECH_CUES, FRENCH_INVERTED_AUXILIARY, FRENCH_INVERTED_PARTICIPLES,
  FRENCH_INVERTED_VERBS, FRENCH_SUBJECT_PRONOUNS,
} from '../data/foreign-cues';
import type { CueMatch } from './cues';

interface Entry { words: string[]; according: boolean }

/** Entries by first word, longest first. */
const BY_FIRST: ReadonlyMap<string, Entry[]> = (() => {
  const map = new Map<string, Entry[]>();
  const add = (phrase: string, according: boolean): void => {
    const words = phrase.split(' ');
    const list = map.get(words[0]) ?? [];
    list.push({ words, according });
    map.set(words[0], list);
  };
  for (const p of FOREIGN_SPEECH_CUES) add(p, false);
  for (const p of FOREIGN_SOURCE_CUES) add(p, true);
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

/** The foreign cue starting at token `i`, when quote `qi` opened with a guillemet or „ (else null). */
export function foreignCueAt(ctx: ArticleContext, qi: number, i: number): CueMatch | null {
  if (!FOREIGN_QUOTE_OPENERS.has(ctx.quotes[qi].raw.openMark)) return null;
  const tokens = ctx.tokens;
  const t = tokens[i];
  if (!t || t.kind !== 'word' || ctx.inQuote[i] >= 0) return null;
  const list = BY_FIRST.get(t.lower);
  if (!list) return null;
  for (const e of list) {
    let ok = true;
    for (let k = 1; k < e.words.length && ok; k++) ok = tokens[i + k]?.lower === e.words[k] && ctx.inQuote[i + k] < 0;
    if (ok) return { start: i, end: i + e.words.length, strength: 'speech', according: e.according };
  }
  return null;
}

const PARTICIPLES: ReadonlySet<string> = new Set(FRENCH_INVERTED_PARTICIPLES);
const PRESENTS: ReadonlySet<string> = new Set(FRENCH_INVERTED_VERBS);

/**
 * The verb and the English pronoun of a French inverted word: “a-t-il” → a, he · “estime-t-elle” → estime, she ·
 * “dit-il” → dit, he; null for any other word.
 */
export function frenchInversion(lower: string): { verb: string; pronoun: 'he' | 'she' | 'they' } | null {
  const at = lower.lastIndexOf('-');
  if (at <= 0 || lower.length > 40) return null;
  const pronoun = FRENCH_SUBJECT_PRONOUNS.get(lower.slice(at + 1));
  if (!pronoun) return null;
  const verb = lower.endsWith('-t', at) ? lower.slice(0, at - 2) : lower.slice(0, at);
  return { verb, pronoun };
}

/**
 * « … », a-t-il déclaré · « … », estime-t-elle — a French verb of saying inverted after its quotation, its subject
 * pronoun joined to it: the cue, and the word holding the pronoun (token `i`), when quote `qi` opened with a guillemet
 * or „ (else null).
 */
export function invertedCueAt(ctx: ArticleContext, qi: number, i: number): { cue: CueMatch; pronoun: number } | null {
  if (!FOREIGN_QUOTE_OPENERS.has(ctx.quotes[qi].raw.openMark)) return null;
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'word' || ctx.inQuote[i] >= 0) return null;
  const inverted = frenchInversion(t.lower);
  if (!inverted) return null;
  if (inverted.verb === FRENCH_INVERTED_AUXILIARY) {
    const next = ctx.tokens[i + 1];
    if (!next || ctx.inQuote[i + 1] >= 0 || !PARTICIPLES.has(next.lower)) return null;
    return { cue: { start: i, end: i + 2, strength: 'speech', according: false }, pronoun: i };
  }
  return PRESENTS.has(inverted.verb) ? { cue: { start: i, end: i + 1, strength: 'speech', according: false }, pronoun: i } : null;
}
