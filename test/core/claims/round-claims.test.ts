import { checkConsistency, toTopicClaim, topicKey } from '../../../src/core/claims';
import { claimsOf } from './helpers';

const findings = (text: string, date: string) => {
  const claims = claimsOf(text, date);
  return { claims, found: checkConsistency(claims.map((c, i) => toTopicClaim(c, { id: `c${i}` }))) };
};

describe('“over the same period” takes the period of the figure it refers to', () => {
  const text = [
    'Doctors Without Frontiers said at least 950 children had died of hunger in the clinics it runs since March.',
    'The regional health ministry, in a statement, said 140 children had died of hunger in the whole province over the same period.',
  ].join(' ');

  it('dates both tolls since March, so the two sources’ figures are checked against each other', () => {
    const { claims, found } = findings(text, '2025-09-10');
    const tolls = claims.filter((c) => c.measure === 'deaths');
    expect(tolls.map((c) => [c.value?.stated, c.time?.from, c.time?.to])).toEqual([[950, '2025-03-01', '2025-09-10'], [140, '2025-03-01', '2025-09-10']]);
    expect(tolls[1].time?.text).toBe('over the same period');
    expect(found.map((f) => f.kind)).toEqual(['contradiction']);
  });

  it('leaves “the same period last year” unresolved, and a same period with nothing before it unstated', () => {
    const lastYear = claimsOf('At least 300 people died on the roads since January, police said. At least 210 people had died over the same period last year.', '2025-10-20');
    expect(lastYear.map((c) => [c.value?.stated, c.time?.text, c.time?.from])).toEqual([[300, 'since January', '2025-01-01'], [210, 'over the same period', null]]);
    // a slot of airtime is no stretch of time
    const slot = claimsOf('The campaign paid $75 for a spot in the evening news since May. Its rival paid $375 for a spot during the same time slot.', '2025-10-20');
    expect(slot.map((c) => c.time?.text ?? null)).toEqual(['since May', null]);
    const alone = claimsOf('The ministry said 140 children had died of hunger over the same period.', '2025-09-10');
    expect(alone.find((c) => c.measure === 'deaths')?.time).toBeNull();
  });
});
