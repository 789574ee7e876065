import { wordDiff, wordSimilarity } from '../../../src/core/diff/word-diff';

describe('wordDiff', () => {
  it('marks the words a later version changed', () => {
    const parts = wordDiff('under siege for over three years', 'under siege for two years');
    expect(parts).toEqual([
      { op: 'same', text: 'under siege for ' },
      { op: 'removed', text: 'over three ' },
      { op: 'added', text: 'two ' },
      { op: 'same', text: 'years' },
    ]);
  });

  it('ignores case and punctuation when matching words, and rebuilds the new text exactly', () => {
    const after = 'We will rebuild Aleppo, street by street.';
    const parts = wordDiff('we will rebuild aleppo street by street', after);
    expect(parts.every((p) => p.op === 'same')).toBe(true);
    expect(parts.filter((p) => p.op !== 'removed').map((p) => p.text).join('')).toBe(after);
  });

  it('scores similarity', () => {
    expect(wordSimilarity('a b c d', 'a b c d')).toBe(1);
    expect(wordSimilarity('a b c d', 'w x y z')).toBe(0);
    expect(wordSimilarity('the siege lasted three years', 'the siege lasted two years')).toBeCloseTo(0.8);
  });

  it('stays bounded on long texts: ten times the words cost far less than a hundred times the time', () => {
    // the fastest of three runs of each size, so that a collection or a busy neighbour in one run does not decide
    const time = (words: number): number => {
      const long = 'word '.repeat(words);
      let best = Infinity;
      for (let r = 0; r < 3; r++) {
        const started = performance.now();
        expect(wordDiff(long, `${long}more`)).toHaveLength(2);
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    time(200);
    const small = Math.max(time(500), 0.5);
    expect(time(5000) / small).toBeLessThan(40); // quadratic would be ~100×
  });
});
