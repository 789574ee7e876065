/**
 * Figures whose speaker the sentence names itself: a body's document, analysts' expectations.
 */
import { claimsOf } from './helpers';

describe('a body’s document speaks for the body', () => {
  it('credits the ministry the article names with its bulletin’s figures', () => {
    const text = 'The Interior Ministry confirmed the floods on Sunday. The ministry\'s weekly bulletin said 38 people had been rescued by army teams since Oct. 3, with 11 deaths, and that roads were closed.';
    const claims = claimsOf(text);
    const rescued = claims.find((c) => c.value?.stated === 38);
    const deaths = claims.find((c) => c.measure === 'deaths');
    expect(rescued?.speaker).toMatchObject({ name: 'Interior Ministry', kind: 'organisation' });
    expect(deaths?.speaker).toMatchObject({ name: 'Interior Ministry', kind: 'organisation' });
  });

  it('names the owner as written when the article names no such body', () => {
    const [c] = claimsOf('The coastguard\'s latest report showed 27 people were missing after the ferry sank.');
    expect(c.speaker).toMatchObject({ name: 'The coastguard', kind: 'organisation' });
  });

  it('does not credit the document with a figure another body gives', () => {
    const claims = claimsOf('The ministry\'s bulletin listed nine deaths; the Red Crescent counted 14 deaths in the same district.');
    expect(claims.find((c) => c.value?.stated === 14)?.speaker?.name ?? null).not.toMatch(/ministry/i);
  });
});

describe('analysts’ expectations', () => {
  it('hedges the expected figures and credits the analysts', () => {
    const text = 'Sales rose 4 percent to 910 million euros. Analysts polled by the news agency had expected revenue of 930 million euros and an operating profit of 61 million euros.';
    const claims = claimsOf(text);
    const expected = claims.filter((c) => c.value && c.value.stated >= 61e6 && c.value.stated !== 910e6);
    expect(expected).toHaveLength(2);
    for (const c of expected) expect(c).toMatchObject({ hedged: true, speaker: { name: 'Analysts polled by the news agency', kind: 'anonymous' } });
    expect(claims.find((c) => c.value?.stated === 910e6)).toMatchObject({ hedged: false, speaker: null });
  });

  it('reads “expected by economists” after the figure', () => {
    const [c] = claimsOf('The jobless rate was 5.4 percent in March, against 5.2 percent expected by economists.').filter((x) => x.value?.stated === 5.2);
    expect(c).toMatchObject({ hedged: true, speaker: { name: 'economists' } });
  });
});

describe('figures measured against an expectation', () => {
  it('does not hedge “more than … expected”', () => {
    const claims = claimsOf('Turnout reached 81,000 on Saturday, about 12,000 more than party officials expected.');
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.hedged).toBe(false);
  });
});
