/**
 * A number word that points back to people the story has named (“the two women”) counts no one.
 */
import { claimsOf } from './helpers';

describe('number words of reference', () => {
  it('makes no head count of “between the two women”', () => {
    const claims = claimsOf('The row began after a heated exchange between the two women at a council meeting on Tuesday.');
    expect(claims.filter((c) => c.measure === 'people')).toEqual([]);
  });

  it('makes no head count of “these three men” told again', () => {
    expect(claimsOf('Witnesses said these three men had argued with the driver before the bus left.').filter((c) => c.measure === 'people')).toEqual([]);
  });

  it('still counts people given in digits or with an event', () => {
    const claims = claimsOf('The 14 women who worked at the plant lost their jobs, and police arrested the two men on Friday.');
    expect(claims.map((c) => [c.measure, c.value?.stated])).toEqual(expect.arrayContaining([['people', 14], ['detention', 2]]));
  });
});

describe('totals some are taken from', () => {
  it('still counts “two of the three people who survived”', () => {
    const claims = claimsOf('Two of the three people who survived the shooting spoke at the vigil on Wednesday.');
    expect(claims.map((c) => c.value?.stated)).toContain(3);
  });
});

describe('counts of a story’s sources', () => {
  it('are no claims (“according to two people familiar with the matter”, “three sources said”), while a count of people stays one', () => {
    const claims = claimsOf('According to two people familiar with the matter, the firm misstated its revenue. Three sources said the deal was off. Two people died in the fire.');
    expect(claims.map((c) => [c.measure, c.value?.stated])).toEqual([['deaths', 2]]);
  });
});
