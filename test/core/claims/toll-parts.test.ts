/**
 * Parts of a toll (a count told for one village inside the story's place, “including two firefighters”, what two tolls
 * differ by) are no tolls to compare with the whole; a county office that confirmed a toll is who counted, not where.
 */
import { checkConsistency, toTopicClaim, topicKey } from '../../../src/core/claims';
import { claimsOf } from './helpers';

const FLOOD = 'MARROW FALLS — A flash flood in the Tarn Valley killed at least 12 people on Saturday, the regional civil protection agency said.\n\n'
  + 'The mayor, Jonas Brekke, said nine bodies had been found in Lowbridge, most of them in cars swept off the road.\n\n'
  + 'By Sunday the agency said at least 16 people had died, including three rescue workers who were carried away by the water. '
  + 'A spokesman said the difference reflected four deaths that had been reported to the agency but were still being processed by the coroner.';

describe('parts of a toll', () => {
  it('gives a count told at a village inside the story’s place that village, and the tolls after it the story’s place', () => {
    const tolls = claimsOf(FLOOD, '2024-03-10').filter((c) => c.measure === 'deaths');
    expect(tolls.map((c) => [c.value?.stated, c.subject?.text])).toEqual([[12, 'Tarn Valley'], [9, 'Lowbridge'], [16, 'Tarn Valley']]);
  });

  it('reads no toll in “including three rescue workers” nor in what the difference reflected', () => {
    const tolls = claimsOf(FLOOD, '2024-03-10').filter((c) => c.measure === 'deaths');
    expect(tolls.map((c) => c.value?.stated)).not.toContain(3);
    expect(tolls.map((c) => c.value?.stated)).not.toContain(4);
  });

  it('finds no conflict among the story’s tolls', () => {
    const claims = claimsOf(FLOOD, '2024-03-10').filter((c) => c.measure === 'deaths');
    expect(checkConsistency(claims.map((c, i) => toTopicClaim(c, { id: `c${i}` })))).toEqual([]);
  });

  it('still counts a group of its own after “including”', () => {
    const [all, children] = claimsOf('The strike killed 30 people in Karsh, including 12 children.');
    expect([all.value?.stated, children?.value?.stated, children?.group]).toEqual([30, 12, 'children']);
  });
});

describe('a toll confirmed by a county office', () => {
  it('is the office’s and about the story’s place, so it meets the governor’s figure', () => {
    const text = 'TARN VALLEY — Governor Elin Sand said on Thursday that 14 people had died in the flood.\n\n'
      + 'The governor’s figure was higher than the 12 deaths confirmed by the Tarn County coroner on Thursday morning.';
    const claims = claimsOf(text, '2024-03-15').filter((c) => c.measure === 'deaths');
    expect(claims.map((c) => c.value?.stated)).toEqual([14, 12]);
    expect(claims[1].speaker?.name).toBe('the Tarn County coroner');
    expect(topicKey(claims[1]).key).toBe(topicKey(claims[0]).key);
    const findings = checkConsistency(claims.map((c, i) => toTopicClaim(c, { id: `c${i}` })));
    expect(findings).toEqual([expect.objectContaining({ kind: 'discrepancy' })]);
  });
});
