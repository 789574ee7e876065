/**
 * People arriving: a flow, counted in a period or as a rate, never a count of the refugees a country hosts.
 */
import { topicKey, type ClaimResult } from '../../../src/core/claims';
import { describeValue } from '../../../src/core/claims/compare';
import { assertClaimOffsets, claimsOf } from './helpers';

function claims(text: string): ClaimResult[] {
  const out = claimsOf(text, '2025-07-08');
  assertClaimOffsets(text, out);
  return out;
}

describe('arrivals', () => {
  it('counts new arrivals in the period told, apart from the refugees hosted', () => {
    const out = claims('At the border crossing in Adré, UNHCR registered 14,300 new arrivals in July, while Chad hosts 1.2 million refugees.');
    expect(out.map((c) => [c.measure, c.value?.stated])).toEqual([['arrivals', 14300], ['refugees', 1200000]]);
    expect(out[0].time).toMatchObject({ from: '2025-07-01', to: '2025-07-31' });
    expect(topicKey(out[0]).key).not.toBe(topicKey(out[1]).key);
  });

  it('counts a rate of arrivals in its own unit', () => {
    const [rate] = claims('Aid workers in Lampedusa said an average of 2,000 arrivals a day had overwhelmed the reception centre.');
    expect(rate).toMatchObject({ measure: 'arrivals', unit: 'person per day' });
    expect(describeValue(rate.value, rate.unit)).toBe('2,000 people per day');
    expect(claims('Weekly arrivals of 9,800 were recorded in Adré in June.')[0]).toMatchObject({ measure: 'arrivals', unit: 'person per week', value: { stated: 9800 } });
  });
});
