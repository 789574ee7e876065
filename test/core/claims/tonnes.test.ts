/**
 * Tonnes however written: “418,300 metric tons”, “121,900 tons”, “52,000 metric tonnes” are one unit.
 */
import { claimsOf } from './helpers';

/** Each claim as text, measure, value, unit. */
function figures(text: string): Array<[string, string, number | undefined, string | null]> {
  return claimsOf(text).map((c) => [c.valueSpan?.text ?? c.text, c.measure, c.value?.stated, c.unit]);
}

describe('tonnes', () => {
  it('reads metric tons, metric tonnes, tons and tonnes as one unit', () => {
    expect(figures('Exports of grain reached 418,300 metric tons in the season, against 121,900 tons a year earlier.'))
      .toEqual([['418,300 metric tons', 'quantity', 418_300, 'tonnes'], ['121,900 tons', 'quantity', 121_900, 'tonnes']]);
    expect(figures('The mill produced 52,000 metric tonnes of steel.').map((f) => f[3])).toEqual(['tonnes']);
  });
});
