/**
 * Currencies named by a country's word (“Swedish crowns”, “Mexican pesos”), the words several countries share kept as
 * their unit unless the article names the country's, and words that are a currency only after a scale.
 */
import { claimsOf } from './helpers';

/** Each claim as text, measure, value, unit. */
function figures(text: string): Array<[string, string, number | undefined, string | null]> {
  return claimsOf(text).map((c) => [c.valueSpan?.text ?? c.text, c.measure, c.value?.stated, c.unit]);
}

describe('currencies by name', () => {
  it('reads a currency named by its country, with the dollar figure beside it', () => {
    expect(figures('Quarterly operating profit at the toolmaker was 1.41 billion Norwegian crowns ($133 million), the company said.'))
      .toEqual([['1.41 billion Norwegian crowns', 'money', 1_410_000_000, 'NOK'], ['$133 million', 'money', 133_000_000, 'USD']]);
    expect(figures('The regulator fined the bank 23 million Chilean pesos ($24,700) on Tuesday.'))
      .toEqual([['23 million Chilean pesos', 'money', 23_000_000, 'CLP'], ['$24,700', 'money', 24_700, 'USD']]);
    expect(figures('The port operator lost 300 million South Korean won last year.'))
      .toEqual([['300 million South Korean won', 'money', 300_000_000, 'KRW']]);
  });

  it('keeps a word several countries share as its unit, and takes the one currency of it the article names', () => {
    expect(figures('The shipyard will cut about 380 million crowns in costs, the chairman said.'))
      .toEqual([['about 380 million crowns', 'money', 380_000_000, 'crowns']]);
    expect(figures('The workers are paid 163 pesos a day, the union said.')).toEqual([['163 pesos', 'money', 163, 'pesos']]);
    expect(figures('Sales reached 9.2 billion Danish crowns in the year. The board proposed a dividend of 4.20 crowns per share.')
      .map((f) => f[3])).toEqual(['DKK', 'DKK']);
    // two countries' crowns in one article: the bare word is either
    expect(figures('Sales were 3 billion Swedish crowns and 2 billion Danish crowns. Costs were 1 billion crowns.').map((f) => f[3]))
      .toEqual(['SEK', 'DKK', 'crowns']);
  });

  it('reads words of one currency, and “won” only after a scale', () => {
    expect(figures('The rescue cost 4 billion rand and 850 million reais.').map((f) => f[3])).toEqual(['ZAR', 'BRL']);
    expect(figures('The merger is worth 5 billion won, the two firms said.').map((f) => f[3])).toEqual(['KRW']);
    expect(figures('Rankings did not change: 7 John Kasich. 8 Rand Paul. 9 Carly Fiorina.').filter((f) => f[1] === 'money')).toEqual([]);
  });
});
