/**
 * The source a claim leans on: “according to the UN”, “citing local activists”.
 */
import type { Token } from '../text/tokenize';
import { SOURCE_WORDS } from './data/sources';

const MAX_SOURCE_TOKENS = 8;

/** Token range of the cited source in a sentence, or null. */
export function findCitedSource(tokens: Token[]): { start: number; end: number } | null {
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k].lower;
    let from = -1;
    if (w === 'according' && tokens[k + 1]?.lower === 'to') from = k + 2; // “according to the UN”
    else if (w === 'citing' || w === 'quoting') from = k + 1; // “…, citing local activists”
    if (from < 0) continue;
    let e = from;
    while (e < tokens.length && e - from < MAX_SOURCE_TOKENS) {
      const t = tokens[e];
      if (t.kind !== 'word' || (!t.cap && !SOURCE_WORDS.has(t.lower))) break;
      e++;
    }
    while (e > from && ['the', 'of', 'for', 'and', 'a', 'an', 'its', 'their'].includes(tokens[e - 1].lower)) e--;
    if (e > from) return { start: from, end: e };
  }
  return null;
}
