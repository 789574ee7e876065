import { PHRASE_DISCOUNT, phraseEstimates } from '../../src/db/repositories/search.repository';

describe('search estimates', () => {
  const e = { matches: 8086, words: 8359, walked: 10_000_000 };

  it('discounts a phrase, which the planner estimates as its words in any order', () => {
    expect(phraseEstimates(`'secur' <-> 'forc'`, e)).toEqual({ matches: 8086 / PHRASE_DISCOUNT, words: 8359 / PHRASE_DISCOUNT, walked: 10_000_000 });
    expect(phraseEstimates(`'secur' <2> 'forc' & 'armi'`, e).matches).toBe(8086 / PHRASE_DISCOUNT);
  });

  it('leaves words, exclusions and alternatives as the planner estimates them, and never goes below one match', () => {
    expect(phraseEstimates(`'secur' & 'forc'`, e)).toBe(e);
    expect(phraseEstimates(`'secur' & !'forc' | 'armi'`, e)).toBe(e);
    expect(phraseEstimates(`'rare' <-> 'word'`, { matches: 3, words: 5, walked: 100 })).toEqual({ matches: 1, words: 1, walked: 100 });
  });
});
