/**
 * Shared helpers for the claim tests: analyse then extract, and offset invariants.
 */
import { analyseArticle } from '../../../src/core';
import { extractClaims, type ClaimResult } from '../../../src/core/claims';

/** Publication day used across the tests: Sunday 18 December 2016. */
export const SAID = '2016-12-18';

/** Run the engine and the claim parser over one text. */
export function claimsOf(text: string, publishedAt: string | null = SAID): ClaimResult[] {
  if (publishedAt === null) return extractClaims(text, analyseArticle(text), {});
  return extractClaims(text, analyseArticle(text, { publishedAt }), { publishedAt });
}

/** Throws when a claim's spans do not match the text. */
export function assertClaimOffsets(text: string, claims: ClaimResult[]): void {
  for (const c of claims) {
    const spans = [c, c.sentence, c.subject, c.valueSpan, c.time, c.citedSource];
    for (const s of spans) {
      if (!s) continue;
      if (!(s.start >= 0 && s.start <= s.end && s.end <= text.length)) throw new Error(`bad span ${s.start}-${s.end}`);
      if (text.slice(s.start, s.end) !== s.text) throw new Error(`span text mismatch at ${s.start}`);
    }
    if (c.start >= c.end) throw new Error('empty claim');
    if (c.start < c.sentence.start || c.end > c.sentence.end) throw new Error('claim outside its sentence');
    if (!(c.checkWorthiness >= 0 && c.checkWorthiness <= 1)) throw new Error('score out of range');
  }
}
