/**
 * The source a claim leans on: “according to the UN”, “citing local activists”.
 */
import type { Token } from '../text/tokenize';
import { SOURCE_WORDS } from './data/sources';

const MAX_SOURCE_TOKENS = 8;

/** Nouns of a body that close the name of a cited source: “department”, “service”, “commission”. */
const BODY_NOUNS: ReadonlySet<string> = new Set(['department', 'ministry', 'agency', 'service', 'office', 'commission', 'authority', 'bureau', 'board', 'council', 'institute']);

/** How many words naming which body may stand before its noun: “the county emergency management office”. */
const BODY_MODIFIERS = 3;

/** A body's noun within reach from `k`, with only lower-case words before it. */
function bodyNounAhead(tokens: Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j - k < BODY_MODIFIERS; j++) {
    if (tokens[j].kind !== 'word' || tokens[j].cap) return false;
    if (BODY_NOUNS.has(tokens[j].lower)) return true;
  }
  return false;
}

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
      if (t.kind !== 'word') break;
      // “the state forestry department”, “the county fire service”: a word naming which body, before the body's noun
      if (!t.cap && !SOURCE_WORDS.has(t.lower) && !BODY_NOUNS.has(t.lower) && !(e > from && bodyNounAhead(tokens, e + 1))) break;
      e++;
    }
    while (e > from && ['the', 'of', 'for', 'and', 'a', 'an', 'its', 'their'].includes(tokens[e - 1].lower)) e--;
    if (e > from) return { start: from, end: e };
  }
  return null;
}
