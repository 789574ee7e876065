/**
 * Figures in Indian English: the lakh (100,000) and the crore (10,000,000), rupees written “Rs” or “₹”, and the acres,
 * cusecs and tmcft that farm and water stories are measured in.
 */
import { claimsOf } from './helpers';

/** Each claim as measure, value, unit. */
function figures(text: string): Array<[string, number | undefined, string | null]> {
  return claimsOf(text, '2025-09-18').map((c) => [c.measure, c.value?.stated, c.unit]);
}

describe('Indian numbering and units', () => {
  it('reads crore and lakh as multipliers of the figure before them', () => {
    expect(figures('The minister said the government would seek central assistance of Rs 18,171 crore for drought relief.'))
      .toEqual([['money', 181_710_000_000, 'rupees']]);
    expect(figures('Officials said nearly 1.8 lakh people had been moved to relief camps before the cyclone made landfall.'))
      .toEqual([['people', 180_000, 'person']]);
  });

  // (“₹” is India's rupee, so the article's “Rs.” is too)
  it('takes “Rs.” with its stop and “₹” as the currency, and no subject from the sign', () => {
    const claims = claimsOf('The state released Rs. 500 crore on Monday. So far it has paid ₹2,000 crore, the minister said.', '2025-09-18');
    expect(claims.map((c) => [c.measure, c.value?.stated, c.unit, c.subject?.text ?? null])).toEqual([
      ['money', 5_000_000_000, 'INR', null], ['money', 20_000_000_000, 'INR', null],
    ]);
  });

  it('reads acres, cusecs and tmcft as units of what is measured', () => {
    expect(figures('Kamala Shivanna said nearly 4.5 lakh acres of standing paddy and sugarcane would dry up without water.'))
      .toEqual([['quantity', 450_000, 'acres']]);
    expect(figures('Karnataka will release 10,000 cusecs of water to Tamil Nadu, officials said. The four reservoirs have only 48 tmcft of water.'))
      .toEqual([['quantity', 10_000, 'cusecs'], ['quantity', 48, 'tmcft']]);
  });

  it('keeps the word of a currency several countries use as its unit', () => {
    expect(figures('A rerun would cost about 480 million kwacha, the commission said.')).toEqual([['money', 480_000_000, 'kwacha']]);
    expect(figures('The finance bill would have raised about 346 billion shillings in new taxes.')).toEqual([['money', 346_000_000_000, 'shillings']]);
  });
});
