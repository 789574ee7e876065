/**
 * Finds reporting cues at a token position using the data tables only.
 */
import type { ArticleContext } from '../context';
import { CUE_PHRASES, CUE_WORDS, PHRASE_ONLY, type CueStrength } from '../data/cue-verbs';

/** A cue found in the text: token range and how surely it introduces speech. */
export interface CueMatch {
  start: number;
  end: number;
  strength: CueStrength;
  /** “according to” behaves differently from verbs. */
  according: boolean;
}

/** first word → phrases (as word lists), longest first. */
const PHRASES_BY_FIRST: ReadonlyMap<string, string[][]> = (() => {
  const map = new Map<string, string[][]>();
  for (const p of CUE_PHRASES) {
    const words = p.split(' ');
    const list = map.get(words[0]) ?? [];
    list.push(words);
    map.set(words[0], list);
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
})();

/** The cue starting at token i, if any (“told reporters”, “said”, “according to”). */
export function cueAt(ctx: ArticleContext, i: number): CueMatch | null {
  const tokens = ctx.tokens;
  const t = tokens[i];
  if (!t || t.kind !== 'word' || ctx.inQuote[i] >= 0) return null;
  const phrases = PHRASES_BY_FIRST.get(t.lower);
  if (phrases) {
    for (const words of phrases) {
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = tokens[i + k]?.lower === words[k];
      if (ok) {
        const according = words[0] === 'according';
        const head = words[0];
        const strength = according ? 'speech' : (CUE_WORDS.get(head) ?? 'speech');
        return { start: i, end: i + words.length, strength, according };
      }
    }
  }
  const strength = CUE_WORDS.get(t.lower);
  if (!strength || PHRASE_ONLY.has(t.lower)) return null;
  return { start: i, end: i + 1, strength, according: false };
}

/** Cues that are participles (“adding”, “saying”) take the subject of the main clause. */
export function isParticiple(ctx: ArticleContext, cue: CueMatch): boolean {
  return ctx.tokens[cue.start].lower.endsWith('ing');
}
