/**
 * A reporting cue of another language right at a quotation in its own marks, in otherwise English copy:
 * “« Nous ne pouvons pas … », a déclaré Arnaud Rousseau, président du syndicat, to reporters” · „…“,
 * Weselsky sagte · „…“, so Weselsky. Only after guillemets or „…“ marks, so that “a”, “so” and “dit”
 * stay English words everywhere else.
 */
import type { ArticleContext } from '../context';
import { FOREIGN_QUOTE_OPENERS, FOREIGN_SOURCE_CUES, FOREIGN_SPEECH_CUES } from '../data/foreign-cues';
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
