/**
 * Negation and hedging around a claim: “denied that 300 civilians were killed”,
 * “no fewer than” is a qualifier, not a negation; “may have been killed” is hedged.
 */
import type { Token } from '../text/tokenize';

/** Words that deny the claim that follows or holds them. */
const NEGATORS: ReadonlySet<string> = new Set([
  'not', 'never', 'denied', 'deny', 'denies', 'denying', 'rejected', 'rejects', 'dismissed', 'refuted', 'false', 'untrue', 'nor', 'neither',
]);

/** Words that soften a claim. */
const HEDGES: ReadonlySet<string> = new Set([
  'may', 'might', 'could', 'reportedly', 'allegedly', 'possibly', 'unconfirmed', 'unverified', 'feared', 'believed', 'likely',
  'perhaps', 'probably', 'suspected', 'purportedly', 'rumoured', 'rumored',
]);

const LOOK_BACK = 8;

/** Polarity and hedging of claim tokens [start, end), looking back a few words. */
export function polarityOf(tokens: Token[], start: number, end: number): { polarity: 'affirmed' | 'negated'; hedged: boolean } {
  let negated = false;
  let hedged = false;
  for (let k = Math.max(0, start - LOOK_BACK); k < end && k < tokens.length; k++) {
    const w = tokens[k].lower;
    if (tokens[k].kind === 'punct' && k < start && w !== ',') { negated = false; hedged = false; continue; } // a new clause
    // “not only 300 …” is emphasis, not denial
    if ((NEGATORS.has(w) && tokens[k + 1]?.lower !== 'only') || (w.endsWith("n't") || w.endsWith('n’t'))) negated = !negated;
    if (HEDGES.has(w) && !(w === 'may' && tokens[k].cap)) hedged = true; // “in May” is a month
  }
  return { polarity: negated ? 'negated' : 'affirmed', hedged };
}
