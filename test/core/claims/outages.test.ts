/**
 * Homes left without power by a storm: a count of its own, in homes, from each utility.
 */
import { topicKey, type ClaimResult } from '../../../src/core/claims';
import { assertClaimOffsets, claimsOf } from './helpers';

function claims(text: string): ClaimResult[] {
  const out = claimsOf(text, '2025-01-24');
  assertClaimOffsets(text, out);
  return out;
}

describe('homes without power', () => {
  it('counts homes, households and a utility’s customers left without power', () => {
    expect(claims('SSEN, which supplies the north of Scotland, says 118,000 of its customers are without electricity.')).toMatchObject([
      { kind: 'count', measure: 'outages', unit: 'customer', group: 'customers', value: { stated: 118000 } },
    ]);
    expect(claims('About 400,000 homes were without power across Ireland on Friday morning.')).toMatchObject([
      { measure: 'outages', value: { stated: 400000 }, subject: { text: 'Ireland' } },
    ]);
    expect(claims('Falling trees cut power to 60,000 homes in Galloway, the utility said.')[0]).toMatchObject({ measure: 'outages', value: { stated: 60000 } });
    expect(claims('In Kerry, 12,500 households lost power overnight.')[0]).toMatchObject({ measure: 'outages', group: 'households' });
    expect(claims('About 400,000 homes were without power across Ireland on Friday morning.')[0]).toMatchObject({ unit: 'home' });
    expect(topicKey(claims('About 400,000 homes were without power across Ireland.')[0]).label).toBe('Ireland — homes without power');
  });

  it('reads a cut named before the homes, and the supply opening the sentence is no subject', () => {
    const text = 'Power cuts now affect 23,000 homes in the valley, the utility says. By noon, power outages stood at 31,000 households.';
    expect(claims(text).filter((c) => c.measure === 'outages').map((c) => [c.value?.stated, c.subject?.text ?? null])).toEqual([[23000, null], [31000, null]]);
    expect(claims('Blackouts hit 9,000 customers overnight.')[0]).toMatchObject({ measure: 'outages', value: { stated: 9000 } });
    // a cut of anything else is none
    expect(claims('Job cuts now affect 400 homes of workers in the town.').filter((c) => c.measure === 'outages')).toEqual([]);
  });

  it('leaves homes that are not said to be cut off as things counted', () => {
    expect(claims('The storm damaged 1,200 homes in Galloway.').map((c) => c.measure)).toEqual(['quantity']);
    expect(claims('Crews restored power to 60,000 homes by noon.').filter((c) => c.measure === 'outages')).toEqual([]);
  });
});
