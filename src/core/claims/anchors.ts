/**
 * Find the next place a claim could start: a digit, a number word, a vague amount
 * (“dozens”), a superlative or a “than”. One pass over characters; only sentences
 * holding an anchor are tokenised.
 */
import { NUMBER_WORDS, SCALES, VAGUE_COUNTS, VAGUE_SCALES } from './data/numbers';
import { COMPARATIVES, MULTIPLIERS, ORDINALS, SUPERLATIVES } from './data/rankings';

const MAX_ANCHOR_LENGTH = 12;

function variants(words: Iterable<string>): string[] {
  return [...words].flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]);
}

/** Anchor words as written in lower, Title and UPPER case, so the scan never lower-cases. */
const ANCHOR_WORDS: ReadonlySet<string> = new Set(variants([
  ...NUMBER_WORDS.keys(), ...[...SCALES.keys()].filter((w) => w.length > 2), ...VAGUE_SCALES.keys(), ...VAGUE_COUNTS.keys(),
  ...SUPERLATIVES, ...ORDINALS.keys(), ...MULTIPLIERS.keys(), 'than',
].filter((w) => !COMPARATIVES.has(w) && w.length <= MAX_ANCHOR_LENGTH)));

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Offset of the next anchor at or after `from`, or -1. */
export function nextAnchor(text: string, from: number): number {
  const n = text.length;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return i;
    if (!isAsciiLetter(c)) { i++; continue; }
    const s = i;
    while (i < n && isAsciiLetter(text.charCodeAt(i))) i++;
    // “twenty-five”, “second-largest”: the first part decides; letters glued to a word before do not start one
    if (i - s <= MAX_ANCHOR_LENGTH && (s === 0 || !isAsciiLetter(text.charCodeAt(s - 1))) && ANCHOR_WORDS.has(text.slice(s, i))) return s;
  }
  return -1;
}
