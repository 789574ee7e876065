/**
 * Figures that are no claim to check: an age told with a death, a figure's unit read as a rank's field, a vague crowd of
 * no event, and families someone speaks of in a quote.
 */
import { claimsOf } from './helpers';

const measures = (text: string): Array<[string, number | undefined]> => claimsOf(text).map((c) => [c.measure, c.value?.stated]);

describe('figures that are no claims', () => {
  it('reads no toll in the age someone died at', () => {
    const text = '“When the scheme began, most miners retired at 60 and died at 68,” the minister said.';
    expect(measures(text).filter(([m]) => m === 'deaths')).toEqual([]);
  });

  it('reads no rank in a superlative before a figure in years', () => {
    const text = 'Pryce said a cleaner in the poorest districts could expect to live only 6.1 years in retirement under the plan.';
    expect(measures(text).filter(([m]) => m === 'rank')).toEqual([]);
  });

  it('still reads a rank within a span of years', () => {
    expect(measures('It was the deadliest storm in 30 years, officials said.')).toContainEqual(['rank', 1]);
  });

  it('reads no head count in “millions of patients”', () => {
    const text = 'Osei, whose work changed how millions of patients are treated, has died at her home in Leeds.';
    expect(measures(text).filter(([m]) => m === 'people')).toEqual([]);
  });

  it('reads no head count in families spoken of in a quote, but keeps a count of families told as news', () => {
    expect(measures('“Twelve families are mourning tonight,” the mayor said at a news conference.')).toEqual([]);
    expect(measures('More than 4,200 families had made the crossing by boat last year, the agency said.')).toContainEqual(['people', 4200]);
  });
});

describe('a figure told in a heading and again in the body under it', () => {
  const blog = 'Referendum night live\n\n21:40 - Turnout at 71 percent\n\nTurnout reached 71 percent, the election commission said.\n\n'
    + '22:10 - 48 percent\n\nThe Yes side had 48 percent. The No side also had 48 percent, the commission said.';

  it('is one claim, the body’s', () => {
    const turnout = claimsOf(blog).filter((c) => c.value?.stated === 71);
    expect(turnout.map((c) => [c.text, c.speaker?.name ?? null])).toEqual([['Turnout reached 71 percent', 'the election commission']]);
  });

  it('keeps bare figures that two sides may share', () => {
    expect(claimsOf(blog).filter((c) => c.value?.stated === 48).length).toBeGreaterThanOrEqual(2);
  });
});
