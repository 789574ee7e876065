/**
 * Homes approved against a promise, traffic a bridge carries, a yearly number of patients a plan promises, and a
 * multiplier of a quality in a translation, which counts nothing.
 */
import { claimsOf } from './helpers';

const facts = (text: string) => claimsOf(text).map((c) => [c.kind, c.measure, c.value?.stated, c.unit]);

describe('homes, traffic and goals', () => {
  it('counts homes told with an adjective before their noun, and the promise they are set against in the same unit', () => {
    expect(facts('The council has approved 860 affordable units, against a promise of 4,000.'))
      .toEqual([['amount', 'quantity', 860, 'units'], ['amount', 'quantity', 4000, 'units']]);
    expect(facts('The food bank fed 3,000 people last month, short of its target of 5,000.'))
      .toEqual([['count', 'people', 3000, 'person'], ['count', 'people', 5000, 'person']]);
  });

  it('counts the vehicles a bridge carries a day', () => {
    expect(facts('The bridge, which carries about 27,000 vehicles a day, was closed in March.')).toEqual([['amount', 'quantity', 27000, 'vehicles per day']]);
  });

  it('reads a yearly number of extra patients, but still no increment of a toll', () => {
    expect(facts('The minister said the new clinics "will treat 80,000 extra patients a year".')).toEqual([['count', 'people', 80000, 'person']]);
    expect(facts('Three more people died on Tuesday, bringing the toll to 68.')).toEqual([['count', 'deaths', 68, 'person']]);
    expect(facts('The ward will take 20 extra patients this week.')).toEqual([]);
  });

  it('keeps an increment before its noun out of the homes counted', () => {
    expect(facts('The council built 300 more homes than last year.').filter((f) => f[1] === 'quantity')).toEqual([]);
  });
});

describe('a multiplier of a quality', () => {
  it('is no comparison: “rules twice as strict”, while “twice as high” compares', () => {
    const comparisons = (text: string) => claimsOf(text).filter((c) => c.kind === 'comparison').map((c) => c.value?.stated);
    expect(comparisons('(We cannot farm at the same prices with rules twice as strict.)')).toEqual([]);
    expect(comparisons('The share of undecided voters is nearly twice as high in Ohio at 18 percent.')).toEqual([2]);
  });
});
