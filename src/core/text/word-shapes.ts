/**
 * A pre-test in front of a word table, keyed by a word's length and its first and last
 * characters: most words of a sentence are in none of the tables, and this turns them away
 * without hashing the word (the first lookup of a freshly cut word hashes all of it). False
 * positives only cost the table lookup; every word of the table passes.
 */

/** Number of distinct shapes. */
export const SHAPE_SIZE = 1 << 16;
const SIZE = SHAPE_SIZE;

/** Shape of w[start, end): length, first and last character (end > start). */
export function shapeOf(w: string, start = 0, end = w.length): number {
  return (Math.imul(Math.imul(end - start, 31) + w.charCodeAt(start), 131) + w.charCodeAt(end - 1)) & (SIZE - 1);
}

/** The shapes of a fixed set of words. */
export class WordShapes {
  private readonly shapes = new Uint8Array(SIZE);

  constructor(words: Iterable<string>) {
    for (const w of words) if (w.length > 0) this.shapes[shapeOf(w)] = 1;
  }

  /** The shapes of the words of all these tables: one test where a loop would ask each of them. */
  static union(...tables: readonly WordShapes[]): WordShapes {
    const u = new WordShapes([]);
    for (const t of tables) for (let k = 0; k < SIZE; k++) u.shapes[k] |= t.shapes[k];
    return u;
  }

  /** False when a word of this shape (`shapeOf`, or a token's `shape`) is surely not one of the words. */
  hasShape(shape: number): boolean {
    return this.shapes[shape & (SIZE - 1)] === 1;
  }

  /** False when w[start, end) is surely not one of the words. */
  mayHave(w: string, start = 0, end = w.length): boolean {
    return end > start && this.shapes[shapeOf(w, start, end)] === 1;
  }
}
