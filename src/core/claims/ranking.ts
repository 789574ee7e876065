/**
 * Ranking and comparison claims: “the deadliest attack since the war began”,
 * “Syria's second-largest city”, “twice as many as last year”, “higher than in 2015”.
 */
import type { Token } from '../text/tokenize';
import { COMPARATIVES, MULTIPLIERS, ORDINALS, PHRASE_STOPS, SUPERLATIVES } from './data/rankings';
import { readNumber } from './quantity';
import { WordShapes } from '../text/word-shapes';

/** A ranking or comparison: token range, rank (1 = top) or multiplier. */
export interface RankHit {
  kind: 'ranking' | 'comparison';
  start: number;
  end: number;
  value: number | null;
}

/** Words that can start a ranking or comparison, by shape (a superlative may follow an ordinal and a dash). */
const SUPERLATIVE_SHAPES = new WordShapes(SUPERLATIVES);
const COMPARISON_SHAPES = new WordShapes([...MULTIPLIERS.keys(), ...COMPARATIVES]);

const MAX_PHRASE = 9;
const THAN_WINDOW = 4;

/** End of the noun phrase after token k: stops at punctuation, marks and clause words. */
function phraseEnd(tokens: Token[], k: number): number {
  let e = k;
  while (e < tokens.length && e - k < MAX_PHRASE && tokens[e].kind !== 'punct' && tokens[e].kind !== 'mark' && !PHRASE_STOPS.has(tokens[e].lower)) e++;
  return e;
}

/** “the worst …”, “Syria's second-largest …”: the superlative must follow “the” or a possessive. */
function rankingAt(tokens: Token[], k: number): RankHit | null {
  const w = tokens[k].lower;
  const dash = w.indexOf('-');
  if (!SUPERLATIVE_SHAPES.mayHave(w, dash + 1)) return null;
  if (!SUPERLATIVES.has(dash < 0 ? w : w.slice(dash + 1))) return null;
  const sup = dash < 0 ? w : w.slice(dash + 1);
  const rank = dash < 0 ? 1 : ORDINALS.get(w.slice(0, dash)) ?? null;
  const prev = tokens[k - 1];
  if (rank === null || !prev || !(prev.lower === 'the' || prev.lower.endsWith("'s") || prev.lower.endsWith('’s') || prev.lower === 'its')) return null;
  if ((sup === 'most' || sup === 'least') && (tokens[k + 1]?.lower === 'of' || tokens[k + 1]?.kind !== 'word')) return null; // “the most of”
  const end = phraseEnd(tokens, k + 1);
  return end > k + 1 ? { kind: 'ranking', start: k - 1, end, value: rank } : null;
}

/** “higher than in 2015”, “twice as many as”, “doubled”; “more than 300” is a qualifier, not a comparison. */
function comparisonAt(tokens: Token[], k: number): RankHit | null {
  const w = tokens[k].lower;
  if (!COMPARISON_SHAPES.hasShape(tokens[k].shape)) return null;
  const mult = MULTIPLIERS.get(w);
  if (mult !== undefined) return { kind: 'comparison', start: k, end: phraseEnd(tokens, k + 1), value: mult };
  if (!COMPARATIVES.has(w)) return null;
  for (let j = k + 1; j <= k + THAN_WINDOW && j < tokens.length; j++) {
    if (tokens[j].lower !== 'than') { if (tokens[j].kind !== 'word') return null; continue; }
    const after = tokens[j + 1];
    if (!after || after.kind === 'num' || (j === k + 1 && readNumber(tokens, j + 1))) return null; // “more than 300”
    const end = phraseEnd(tokens, j + 1);
    return end > j + 1 ? { kind: 'comparison', start: k, end, value: null } : null;
  }
  return null;
}

/** Ranking and comparison claims in a sentence, not overlapping `taken` token flags. */
export function findRankings(tokens: Token[], taken: Uint8Array): RankHit[] {
  const out: RankHit[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (taken[k] || tokens[k].kind !== 'word') continue;
    const hit = rankingAt(tokens, k) ?? comparisonAt(tokens, k);
    if (hit) { out.push(hit); k = hit.end - 1; }
  }
  return out;
}
