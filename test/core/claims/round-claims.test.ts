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

describe('a subject is a place or a group, not a nationality adjective, a body in capitals or an illness', () => {
  it('reads “two Malian soldiers” as of Mali, so two releases told the same day meet in one topic', () => {
    const text = [
      'Armed men in northern Mali released 14 hostages on Sunday, the government said.',
      'But the Qatari mediator gave a different figure, saying 16 people had been freed, including two Malian soldiers.',
    ].join(' ');
    const released = claimsOf(text, '2025-05-12').filter((c) => c.measure === 'releases');
    expect(released.map((c) => c.value?.stated)).toEqual([14, 16]);
    expect(released.map((c) => c.subject?.text)).toEqual(['northern Mali', 'northern Mali']);
    expect(new Set(released.map((c) => topicKey(c).key)).size).toBe(1);
    expect(topicKey({ subject: { text: 'Malian' }, measure: 'releases', group: null }).key).toBe(topicKey({ subject: { text: 'Mali' }, measure: 'releases', group: null }).key);
  });

  it('takes no body written in capitals for the place (“The IPC’s June analysis”, “known as ARIA-H”), but keeps a country so written', () => {
    const famine = claimsOf('The IPC’s June analysis had estimated that 1.7 million people faced famine conditions.', '2025-10-02');
    expect(famine.map((c) => [c.value?.stated, c.subject?.text ?? null])).toEqual([[1700000, null]]);
    const swelling = claimsOf('The company said brain bleeding, known as ARIA-H, occurred in 9.4% of patients who received the drug.', '2025-10-02');
    expect(swelling.map((c) => [c.value?.stated, c.subject?.text ?? null])).toEqual([[9.4, null]]);
    const usa = claimsOf('At least 40 people died in storms in the USA.', '2025-10-02');
    expect(usa.map((c) => c.subject?.text)).toEqual(['USA']);
  });

  it('takes no illness named after a person for the place (“An experimental Parkinson’s drug”)', () => {
    const claims = claimsOf('An experimental Parkinson’s drug slowed the decline of motor skills by 27% over two years in a large trial, its maker said.', '2025-10-02');
    expect(claims.map((c) => [c.value?.stated, c.subject?.text ?? null])).toEqual([[27, null]]);
  });
});

describe('people saved and survivors of a wreck', () => {
  it('counts “saved 14 lives” as people rescued, not deaths (“claimed 14 lives” stays a toll)', () => {
    const saved = claimsOf('"Our divers saved 14 lives last night," the harbour master said.', '2025-06-10');
    expect(saved.map((c) => [c.measure, c.value?.stated])).toEqual([['rescued', 14]]);
    const toll = claimsOf('The landslide claimed 14 lives, the mayor said.', '2025-06-10');
    expect(toll.map((c) => [c.measure, c.value?.stated])).toEqual([['deaths', 14]]);
  });

  it('gives no toll for lives put at risk or endangered', () => {
    const text = 'Interior minister Daniel Otieno said: "We will not allow a small number of traders to put thousands of lives at risk." The fumes endangered hundreds of lives. Floods have killed 43 people in Mombasa County since the start of the month.';
    expect(claimsOf(text, '2025-06-10').map((c) => [c.measure, c.value?.stated])).toEqual([['deaths', 43]]);
  });

  it('reads a revised count of survivors and a corrected one, and a toll named as “the number of people confirmed dead”', () => {
    const text = [
      'The number of people confirmed dead after a ferry sank off Lesbos rose to 23 on Wednesday, while the number of survivors was revised down to 41 after three people were found to have been counted twice.',
      '"The correct figure is 41 survivors," a port police spokesman said.',
    ].join('\n\n');
    const claims = claimsOf(text, '2025-06-11');
    expect(claims.map((c) => [c.measure, c.value?.stated])).toEqual([['deaths', 23], ['rescued', 41], ['rescued', 41]]);
    // the survivors of the wreck are counted where its dead are
    expect(claims.map((c) => c.subject?.text)).toEqual(['Lesbos', 'Lesbos', 'Lesbos']);
  });

  it('credits the toll to the coast guard closing the sentence, not to the “people” confirmed dead', () => {
    const claims = claimsOf('The number of people confirmed dead after a ferry sank off Lesbos rose to 23 on Wednesday, Greece’s coast guard said.', '2025-06-11');
    expect(claims.map((c) => [c.measure, c.value?.stated, c.speaker?.name ?? null])).toEqual([['deaths', 23, 'Greece’s coast guard']]);
  });

  it('still drops the count that was counted twice', () => {
    const claims = claimsOf('Officials said three deaths had been counted twice, and the toll stands at 40.', '2025-06-11');
    expect(claims.map((c) => c.value?.stated)).toEqual([40]);
  });
});

describe('a denial of one thing set off before the figure', () => {
  it('leaves the figure affirmed: “Not one day, for 96 days, did we feel safe”', () => {
    const claims = claimsOf('"Not one day, for 96 days, did we feel safe," said Marta Holm, a hostage freed on Sunday.', '2025-05-12');
    expect(claims.map((c) => [c.value?.stated, c.polarity])).toEqual([[96, 'affirmed']]);
    const denied = claimsOf('"The siege has not lasted 96 days," the minister said.', '2025-05-12');
    expect(denied.map((c) => [c.value?.stated, c.polarity])).toEqual([[96, 'negated']]);
  });
});
