/**
 * The figure a rise or fall started from (“up from 42,200 in 2023”) is the earlier period's figure of what the figure
 * before it counts, when that period is named; and cases counted in a sentence that names no illness are the sick of the
 * illness the sentences before name.
 */
import { assertClaimOffsets, claimsOf } from './helpers';

const facts = (text: string, day = '2025-03-01') => {
  const claims = claimsOf(text, day);
  assertClaimOffsets(text, claims);
  return claims.map((c) => [c.measure, c.value?.stated, c.time?.from ?? null, c.speaker?.name ?? null, c.subject?.text ?? null]);
};

describe('the figure an earlier period had', () => {
  it('reads “up from N in YEAR” as that year’s figure of the same count, with the same speaker', () => {
    const text = 'Measles has spread fast in Norland since the spring.\n\n'
      + 'The health ministry recorded 98,410 cases in 2024, up from 31,600 in 2023.';
    expect(facts(text)).toEqual([
      ['cases', 98410, '2024-01-01', 'The health ministry', null],
      ['cases', 31600, '2023-01-01', 'The health ministry', null],
    ]);
  });

  it('reads the earlier day of a toll, and the unit words the figure before was told in', () => {
    expect(facts('The death toll in Kavra rose to 61 on Tuesday, up from 38 on Monday, the civil defence agency said.').map((f) => f.slice(0, 3))).toEqual([
      ['deaths', 61, '2025-02-25'],
      ['deaths', 38, '2025-02-24'],
    ]);
    expect(facts('Unemployment fell to 5.8 percent in May from 6.4 percent in April, the statistics office said.').map((f) => f.slice(0, 3))).toEqual([
      ['share', 5.8, '2024-05-01'],
      ['share', 6.4, '2024-04-01'],
    ]);
  });

  it('keeps no figure changed from with no period named, nor one a count was set right from', () => {
    expect(facts('The death toll in Kavra rose to 61, up from 38, the civil defence agency said.').map((f) => f[1])).toEqual([61]);
    expect(facts('The agency revised its toll to 40 on Tuesday, down from 52 on Monday.').map((f) => f[1])).toEqual([40]);
  });
});

describe('cases of an illness the sentences before name', () => {
  it('reads cases in a sentence naming no illness after a paragraph naming one', () => {
    const text = 'Cholera has returned to the river towns after a dry winter.\n\nClinics in Merrow counted 1,240 cases by Friday, the regional health office said.';
    expect(facts(text).map((f) => f.slice(0, 2))).toEqual([['cases', 1240]]);
  });

  it('reads no cases of a court, with no illness named near', () => {
    expect(facts('The tribunal heard 1,240 cases last year, its president said.').filter((f) => f[0] === 'cases')).toEqual([]);
  });
});
