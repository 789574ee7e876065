import { analyseArticle } from '../../src/core';
import { extractClaims } from '../../src/core/claims';
import { keepTokens, takeTokens } from '../../src/core/text/article-tokens';
import { tokenize } from '../../src/core/text/tokenize';

describe('the engine’s tokens handed to the claim parser', () => {
  it('are taken once, by the very result and text they were cut for', () => {
    const text = 'At least 300 civilians were killed in eastern Aleppo last week, the UN said.';
    const result = analyseArticle(text);
    expect(takeTokens({ ...result }, text)).toBeNull(); // a copy of the result
    expect(takeTokens(result, `${text} `)).toBeNull(); // another text
    expect(takeTokens(result, text)).toEqual(tokenize(text));
    expect(takeTokens(result, text)).toBeNull(); // gone once taken
  });

  it('are not kept for a huge text, and the next analysis replaces them', () => {
    const huge = 'Over 300 people were killed. '.repeat(10_000);
    const result = {};
    keepTokens(result, huge, tokenize(huge));
    expect(takeTokens(result, huge)).toBeNull();
    const a = analyseArticle('Two years of war.');
    const b = analyseArticle('Three years of war.');
    expect(takeTokens(a, 'Two years of war.')).toBeNull();
    expect(takeTokens(b, 'Three years of war.')).not.toBeNull();
  });

  it('leave a huge text to be read from its characters, claim by claim as usual', () => {
    const huge = 'Over 300 people were killed in Aleppo last week, the UN said. '.repeat(5_000);
    const claims = extractClaims(huge, analyseArticle(huge), { publishedAt: '2016-12-18' });
    expect(claims).toHaveLength(5_000);
    expect(claims[4_999].value).toEqual(claims[0].value);
  });
});
