import { analyseArticle } from '../../src/core';
import { findBoundaries } from '../../src/core/text/sentences';
import { tokenize } from '../../src/core/text/tokenize';

function sentenceStarts(text: string): string[] {
  const tokens = tokenize(text);
  const b = findBoundaries(tokens);
  return tokens.filter((_, i) => b.sentenceStart[i]).map((t) => t.text);
}

describe('sentence boundaries after abbreviations', () => {
  it('an abbreviation followed by a pronoun or article ends the sentence', () => {
    expect(sentenceStarts('Ames says the plan failed in the U.S. He says it must change. They met at 7 p.m. The vote followed.')).toEqual(['Ames', 'He', 'They', 'The']);
  });

  it('initials and titles inside names do not end it', () => {
    expect(sentenceStarts('John F. Kerry met Sen. Ann Lowe in Washington, D.C. on Monday, near L.A. (about 40 miles away).')).toEqual(['John']);
  });

  it('the quote in the second sentence goes to its own subject', () => {
    const t = 'Dale Cox says the plan does nothing for towns across the U.S. He says voters want “real answers, not speeches.”';
    const [q] = analyseArticle(t).quotes;
    expect(q.speakerMention?.text).toBe('He');
  });
});
