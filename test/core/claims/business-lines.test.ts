/**
 * Changes of different lines of a business are not one figure, and figures on both sides of zero are never said to differ
 * some number of times.
 */
import { checkConsistency, toTopicClaim, topicKey, type ClaimValue, type TopicClaim } from '../../../src/core/claims';
import { claimsOf } from './helpers';

const exact = (n: number): ClaimValue => ({ low: n, high: n, stated: n, qualifier: 'exact' });
let seq = 0;
function change(value: number, over: Partial<TopicClaim> = {}): TopicClaim {
  seq++;
  return {
    id: `r${seq}`, kind: 'percentage', subject: null, measure: 'change', group: 'revenue', value: exact(value), unit: 'percent',
    time: null, impliedStart: null, polarity: 'affirmed', speakerKey: `analyst${seq}`, saidAt: '2026-10-22', citedSourceKey: null, ...over,
  };
}

describe('lines of a business', () => {
  const text = 'Quarterly revenue rose 14 percent to 3.1 billion dollars, the company said. Cloud revenue alone climbed 41 percent. '
    + 'Its hardware revenue fell 6 percent as orders slowed, while net profit rose 9 percent.';

  it('names the line a change is of, and not words that narrow no line', () => {
    const changes = claimsOf(text, '2026-10-22').filter((c) => c.measure === 'change');
    expect(changes.map((c) => [c.group, c.value?.stated])).toEqual([['revenue', 14], ['Cloud revenue', 41], ['hardware revenue', -6], ['profit', 9]]);
  });

  it('files each line in a topic of its own, and finds nothing between them', () => {
    const claims = claimsOf(text, '2026-10-22').filter((c) => c.measure === 'change');
    const keys = new Set(claims.map((c) => topicKey(c).key));
    expect(keys.size).toBe(4);
    const topicClaims = claims.map((c, i) => toTopicClaim(c, { id: `k${i}`, speakerKey: `s${i}`, saidAt: '2026-10-22' }));
    expect(checkConsistency(topicClaims)).toEqual([]);
  });
});

describe('figures across zero', () => {
  it('a rise and a fall of one thing for one period are a contradiction, with no fold', () => {
    const f = checkConsistency([change(14), change(-6)]);
    expect(f).toHaveLength(1);
    expect(f[0].kind).toBe('contradiction');
    expect(f[0].reason).toContain('one a rise, the other a fall');
    expect(f[0].reason).not.toMatch(/fold/);
  });

  it('two falls are compared by their size', () => {
    const f = checkConsistency([change(-2), change(-12)]);
    expect(f).toEqual([expect.objectContaining({ kind: 'divergence' })]);
    expect(f[0].reason).toContain('6.0-fold');
    expect(checkConsistency([change(-5), change(-6)])).toEqual([expect.objectContaining({ kind: 'discrepancy' })]);
  });

  it('a figure and none are no number of times apart', () => {
    const f = checkConsistency([change(0), change(5)]);
    expect(f).toHaveLength(1);
    expect(f[0].reason).toContain('one no change');
    expect(f[0].reason).not.toMatch(/fold/);
  });
});

describe('growth of a business figure', () => {
  it('reads revenue growth of a range as a rise of the revenue, and economic growth as before', () => {
    const [c] = claimsOf('The retailer now expects full-year sales growth of 4 to 5 percent.', '2026-10-22');
    expect(c).toMatchObject({ measure: 'change', group: 'full-year sales', value: { low: 4, high: 5 } });
    expect(claimsOf('Analysts expect sales growth of 3 percent.', '2026-10-22')[0]).toMatchObject({ measure: 'change', group: 'sales' });
    const [g] = claimsOf('The central bank expects economic growth of 1.5 percent next year.', '2026-10-22');
    expect(g).toMatchObject({ measure: 'share', group: 'growth' });
  });
});

describe('growth told for a stretch of its own', () => {
  it('keeps full-year guidance apart from the change of the quarter told the same day', () => {
    const text = 'Quarterly revenue rose 14 percent to 3.1 billion dollars. The company now expects full-year revenue growth of 12 to 13 percent.';
    const changes = claimsOf(text, '2026-10-22').filter((c) => c.measure === 'change');
    expect(changes.map((c) => c.group)).toEqual(['revenue', 'full-year revenue']);
    const topicClaims = changes.map((c, i) => toTopicClaim(c, { id: `g${i}`, saidAt: '2026-10-22' }));
    expect(checkConsistency(topicClaims)).toEqual([]);
  });
});
