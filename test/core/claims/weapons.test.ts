/**
 * Weapons in a war report: those launched and those shot down, each weapon counted on its own.
 */
import { checkConsistency, toTopicClaim, topicKey, type ClaimResult } from '../../../src/core/claims';
import { assertClaimOffsets, claimsOf } from './helpers';

function claims(text: string): ClaimResult[] {
  const out = claimsOf(text, '2025-11-18');
  assertClaimOffsets(text, out);
  return out;
}

describe('weapons launched and shot down', () => {
  const text = 'The air force said Russia launched 143 drones and four ballistic missiles at Ukraine overnight, and that air defenses shot down or jammed 118 of the drones.';

  it('counts the drones and missiles launched and the drones shot down, each in its own noun', () => {
    expect(claims(text).map((c) => [c.measure, c.value?.stated, c.unit, c.subject?.text])).toEqual([
      ['attacks', 143, 'drones', 'Ukraine'], ['attacks', 4, 'missiles', 'Ukraine'], ['intercepted', 118, 'drones', 'Ukraine'],
    ]);
    expect(claims('Officials said 31 missiles had been intercepted over Kyiv.')).toMatchObject([{ measure: 'intercepted', unit: 'missiles', value: { stated: 31 } }]);
  });

  it('keeps each weapon and what became of it in a topic of its own, so one report sets no figure against another', () => {
    const out = claims(text);
    expect(out.map((c) => topicKey(c).label)).toEqual(['Ukraine — drones launched', 'Ukraine — missiles launched', 'Ukraine — drones shot down']);
    expect(checkConsistency(out.map((c, i) => toTopicClaim(c, { id: String(i), speakerKey: 'air force' })))).toEqual([]);
  });

  it('takes the land drones were downed over, not the country whose drones they were', () => {
    const [c] = claims('The ministry said air defenses had destroyed 57 Ukrainian drones over Russian regions overnight.');
    expect(c).toMatchObject({ measure: 'intercepted', value: { stated: 57 } });
    expect(topicKey(c).label).toBe('Russia — drones shot down');
  });
});
