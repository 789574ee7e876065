/**
 * What a rate or a share is of, when the words naming it do not stand right before it: different rates of one
 * article (a policy rate, core inflation, unemployment, a bond yield, a target) are never one topic.
 */
import { topicKey, type ClaimResult } from '../../../src/core/claims';
import { assertClaimOffsets, claimsOf } from './helpers';

function shares(text: string): Array<[number | undefined, string | null]> {
  const out: ClaimResult[] = claimsOf(text, '2025-10-02');
  assertClaimOffsets(text, out);
  return out.filter((c) => c.measure === 'share').map((c) => [c.value?.stated, c.group]);
}

describe('what a rate is of', () => {
  const BANK = 'The central bank lifted its main interest rate by half a percentage point to 5.25 percent on Thursday. '
    + 'Core inflation, which leaves out fuel and fresh food, was 4.2 percent in September, above the bank’s 3 percent target. '
    + 'The bank said joblessness, now 6.4 percent, would climb to 6.9 percent next year. '
    + 'Ten-year government bond yields fell 8 basis points to 3.91 percent.';

  it('reads the rate past the size of a change, a clause set off by commas and the word narrowing it', () => {
    expect(shares(BANK)).toEqual([
      [5.25, 'interest rate'], [4.2, 'core inflation'], [3, 'target'], [6.4, 'joblessness'], [6.9, 'joblessness'], [3.91, 'ten-year yields'],
    ]);
  });

  it('files each rate under a topic of its own, and a rate told twice under one', () => {
    const claims = claimsOf(BANK, '2025-10-02').filter((c) => c.measure === 'share');
    const keys = claims.map((c) => topicKey(c).key);
    expect(new Set(keys).size).toBe(5);
    expect(keys[3]).toBe(keys[4]);
  });

  it('names an offer by its verb, and leaves a share with nothing naming it alone', () => {
    expect(shares('The airline has offered 3.5 percent, the union said.')).toEqual([[3.5, 'offer']]);
    expect(shares('The survey found that, among those asked, 64 percent backed the plan.')).toEqual([[64, null]]);
  });
});
