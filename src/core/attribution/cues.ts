/**
 * Finds reporting cues at a token position using the data tables only.
 */
import type { ArticleContext } from '../context';
import { CUE_PHRASES, CUE_WORDS, PHRASE_ONLY, type CueStrength } from '../data/cue-verbs';
import { WordShapes } from '../text/word-shapes';
import type { Token } from '../text/tokenize';

/** Articles and possessive determiners (not “her”, also an object: “to have her ask”): a word right after them is a noun, not a reporting verb. */
const ARTICLES = new Set(['a', 'an', 'the', 'his', 'their', 'its', 'my', 'our', 'your']);

/** A cue found in the text: token range and how surely it introduces speech. */
export interface CueMatch {
  start: number;
  end: number;
  strength: CueStrength;
  /** “according to” behaves differently from verbs. */
  according: boolean;
}

/** Everything the tables say about one lower-case word, so a word that starts no cue costs one lookup. */
interface CueEntry {
  /** Phrases starting with the word (as word lists), longest first. */
  phrases: string[][] | undefined;
  strength: CueStrength | undefined;
  phraseOnly: boolean;
}

const CUE_INDEX: ReadonlyMap<string, CueEntry> = (() => {
  const map = new Map<string, CueEntry>();
  const entry = (w: string): CueEntry => {
    let e = map.get(w);
    if (!e) { e = { phrases: undefined, strength: CUE_WORDS.get(w), phraseOnly: PHRASE_ONLY.has(w) }; map.set(w, e); }
    return e;
  };
  for (const p of CUE_PHRASES) {
    const words = p.split(' ');
    const e = entry(words[0]);
    (e.phrases ??= []).push(words);
  }
  for (const e of map.values()) e.phrases?.sort((a, b) => b.length - a.length);
  for (const w of CUE_WORDS.keys()) entry(w);
  return map;
})();

/** Most words start no cue: turned away without hashing the word. */
export const CUE_SHAPES = new WordShapes(CUE_INDEX.keys());

/** False when no cue starts with this token's word (its shape says so without a call to `cueAt`). */
export function mayOpenCue(t: Token): boolean {
  return CUE_SHAPES.hasShape(t.shape);
}

/** The cue starting at token i, if any (“told reporters”, “said”, “according to”). */
export function cueAt(ctx: ArticleContext, i: number): CueMatch | null {
  const tokens = ctx.tokens;
  const t = tokens[i];
  if (!t || t.kind !== 'word' || ctx.inQuote[i] >= 0) return null;
  if (!CUE_SHAPES.hasShape(t.shape)) return null;
  const entry = CUE_INDEX.get(t.lower);
  if (!entry) return null;
  // an offer, the report, his remarks — after an article or a possessive the word is a noun
  const prev = tokens[i - 1];
  if (prev && ARTICLES.has(prev.lower)) return null;
  if (t.cap && endsName(ctx, i)) return null;
  const phrases = entry.phrases;
  if (phrases) {
    for (const words of phrases) {
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = tokens[i + k]?.lower === words[k];
      if (ok) {
        const according = words[0] === 'according';
        const strength = according ? 'speech' : (entry.strength ?? 'speech');
        return { start: i, end: i + words.length, strength, according };
      }
    }
  }
  const strength = entry.strength;
  if (!strength || entry.phraseOnly) return null;
  return { start: i, end: i + 1, strength, according: false };
}

/**
 * director of the UCLA Anderson Forecast, “…” — a capitalised cue word after a capitalised word inside a sentence,
 * closing the run before a comma, a bracket or a quotation mark, ends a name (a headline's “Trump Says He …” goes
 * on in capitals). Asked only of capitalised words, so the common case stays in `cueAt`.
 */
function endsName(ctx: ArticleContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  const next = ctx.tokens[i + 1];
  if (!prev || !prev.cap || prev.kind !== 'word' || ctx.bounds.sentenceStart[i - 1] === 1 || !next) return false;
  return next.kind === 'mark' || next.text === ',' || next.text === ')' || next.text === ';';
}

/** Cues that are participles (“adding”, “saying”) take the subject of the main clause. */
export function isParticiple(ctx: ArticleContext, cue: CueMatch): boolean {
  return ctx.tokens[cue.start].lower.endsWith('ing');
}
