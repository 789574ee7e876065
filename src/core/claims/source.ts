/**
 * Which quote or reported statement of the engine's output holds a claim, and so who
 * made it: binary search over the quote segments and statement contents by offset.
 */
import type { ArticleAnalysis, SpeakerRef } from '../types';
import type { ClaimSource } from './types';

interface Holder { start: number; end: number; type: 'quote' | 'statement'; index: number; speaker: SpeakerRef | null }

/** Quote segments and statement contents sorted by start. */
export interface SourceIndex {
  holders: Holder[];
}

/**
 * Index the analysis once per article. (This and `personWords` run once per article, seldom
 * long enough to be optimised; their loops are indexed, as an unoptimised for-of makes an
 * iterator result per step.)
 */
export function buildSourceIndex(analysis: ArticleAnalysis): SourceIndex {
  const holders: Holder[] = [];
  const { quotes, statements } = analysis;
  for (let index = 0; index < quotes.length; index++) {
    const q = quotes[index];
    for (let k = 0; k < q.segments.length; k++) {
      const s = q.segments[k];
      holders.push({ start: s.start, end: s.end, type: 'quote', index, speaker: q.speaker });
    }
  }
  for (let index = 0; index < statements.length; index++) {
    const s = statements[index];
    holders.push({ start: s.content.start, end: s.content.end, type: 'statement', index, speaker: s.speaker });
  }
  holders.sort((a, b) => a.start - b.start || (a.type === 'quote' ? -1 : 1));
  return { holders };
}

/** The quote (preferred) or statement holding offset p; the article itself otherwise. */
export function sourceAt(ix: SourceIndex, p: number): { source: ClaimSource; speaker: SpeakerRef | null } {
  const h = ix.holders;
  let lo = 0;
  let hi = h.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (h[mid].start <= p) lo = mid + 1;
    else hi = mid;
  }
  // holders do not nest deeply: a few steps back cover a statement around a quote
  let found: Holder | null = null;
  for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) {
    if (h[k].start <= p && p < h[k].end && (!found || h[k].type === 'quote')) found = h[k];
  }
  if (!found) return { source: { type: 'article', index: null }, speaker: null };
  return { source: { type: found.type, index: found.index }, speaker: found.speaker };
}

/** Words to look up: `has` as on a set. */
export interface WordLookup {
  has(word: string): boolean;
}

/** Past this many words a set is built; below, a list is searched (no hashing, for the few words of most articles). */
const LIST_MAX = 64;

/** Lower-case words of every person's name, so a speaker's name is never taken as a claim's subject. */
export function personWords(analysis: ArticleAnalysis): WordLookup {
  const out: string[] = [];
  const { people } = analysis;
  for (let i = 0; i < people.length; i++) {
    const p = people[i];
    if (p.kind !== 'person') continue;
    // the name lower-cased once, then cut: the same words unless lower-casing changed its length
    const lower = p.name.toLowerCase();
    const exact = lower.length === p.name.length;
    const words = (exact ? lower : p.name).split(' ');
    for (let k = 0; k < words.length; k++) {
      const w = words[k];
      if (w.length > 1) out.push(exact ? w : w.toLowerCase());
    }
  }
  return out.length > LIST_MAX ? new Set(out) : { has: (word) => out.includes(word) };
}
