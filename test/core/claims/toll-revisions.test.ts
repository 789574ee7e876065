/**
 * An official's correction of a toll told days later: the revised figure is read, about the story's place, so it meets
 * the first figure in one topic and is seen as the same official's revision; the injured and the homeless of the
 * correction take that place too.
 */
import { checkConsistency, toTopicClaim, topicKey } from '../../../src/core/claims';
import { claimsOf } from './helpers';

const FIRST = 'The death toll from Tuesday\'s flood in Kessan province has risen to 148, the provincial governor said on Thursday.\n\n'
  + 'Governor Ilse Marten said 640 people had been injured and about 5,000 left homeless.';
const LATER = 'The confirmed death toll from last week\'s flood in Kessan province has been revised down to 131, Governor Ilse Marten said on Saturday, '
  + 'after officials found that some victims had been registered twice.\n\n'
  + 'The number of injured was also lowered to 590, the governor said. About 6,200 people are now without homes, up from earlier estimates.';

describe('a toll revised by the official who gave it', () => {
  it('reads the revised toll of “The confirmed death toll … has been revised down to 131”, about the place named', () => {
    const [toll] = claimsOf(LATER, '2026-03-14');
    expect([toll.measure, toll.value?.stated, toll.subject?.text, toll.speaker?.name]).toEqual(['deaths', 131, 'Kessan', 'Ilse Marten']);
  });

  it('gives the injured and the homeless of the correction the story’s place', () => {
    const claims = claimsOf(LATER, '2026-03-14');
    expect(claims.map((c) => [c.measure, c.value?.stated, c.subject?.text])).toEqual([
      ['deaths', 131, 'Kessan'], ['injuries', 590, 'Kessan'], ['displacement', 6200, 'Kessan'],
    ]);
  });

  it('meets the first article’s figures in their topics, the toll as the governor’s downward revision', () => {
    const first = claimsOf(FIRST, '2026-03-12');
    const later = claimsOf(LATER, '2026-03-14');
    for (const measure of ['deaths', 'injuries', 'displacement']) {
      const a = first.find((c) => c.measure === measure);
      const b = later.find((c) => c.measure === measure);
      expect(a && b && topicKey(b).key).toBe(a && topicKey(a).key);
    }
    const tolls = [...first, ...later].filter((c) => c.measure === 'deaths').map((c, i) => toTopicClaim(c, { id: `c${i}`, speakerKey: 'marten' }));
    const findings = checkConsistency(tolls);
    expect(findings.map((f) => [f.kind, f.direction])).toEqual([['revision', 'lowered']]);
  });

  it('still takes a place after a verb of speaking as where the words were said', () => {
    const [c] = claimsOf('Rescuers have found 12 bodies, the minister confirmed in Kessan on Friday.');
    expect(c.subject?.text ?? null).toBeNull();
  });
});
