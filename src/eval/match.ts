/**
 * Span matching used by every eval metric: two spans match when they overlap by at least
 * half of the longer one.
 */

/** A half-open character range. */
export interface Range {
  start: number;
  end: number;
}

/** Characters shared by two ranges. */
export function overlap(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** The matching rule of the eval README. */
export function spansMatch(a: Range, b: Range): boolean {
  const o = overlap(a, b);
  return o > 0 && o * 2 >= Math.max(a.end - a.start, b.end - b.start);
}

/** Any overlap at all (speaker mentions are scored this way). */
export function touches(a: Range, b: Range): boolean {
  return overlap(a, b) > 0;
}

/** Greedy one-to-one pairing by largest overlap; returns for each predicted index the gold index or -1. */
export function pairSpans(pred: Range[], gold: Range[]): number[] {
  const used = new Uint8Array(gold.length);
  return pred.map((p) => {
    let best = -1;
    let bestOverlap = 0;
    for (let g = 0; g < gold.length; g++) {
      if (used[g] || !spansMatch(p, gold[g])) continue;
      const o = overlap(p, gold[g]);
      if (o > bestOverlap) { best = g; bestOverlap = o; }
    }
    if (best >= 0) used[best] = 1;
    return best;
  });
}
