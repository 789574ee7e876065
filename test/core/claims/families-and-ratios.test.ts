/**
 * Families counted are families, not people, and a ratio of people per household is no head count.
 */
import { claimsOf } from './helpers';

describe('families and ratios', () => {
  it('counts families in a unit of their own', () => {
    const claims = claimsOf("Chad's government put the number of refugees on its soil at about 210,000 families, which it said amounted to fewer than 900,000 people.");
    expect(claims.map((c) => [c.value?.stated, c.unit])).toEqual([[210_000, 'family'], [900_000, 'person']]);
  });

  it('reads no head count in an average per household', () => {
    const claims = claimsOf('He said the government had registered the refugees in 17 camps at the end of June, with an average of 4.2 people per household.');
    expect(claims.map((c) => c.value?.stated)).not.toContain(4.2);
  });
});
