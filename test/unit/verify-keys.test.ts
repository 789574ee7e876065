import { keyWords } from '../../src/db/repositories/verify.repository';

describe('the words verification looks candidates up by', () => {
  // “We have confirmed 50 deaths so far, and I fear that number will not be the last”, against an archive that has
  // the real quote (40 deaths, “I am afraid”): its own changed words are the only ones the archive never saw
  const lexemes = ['confirm', '50', 'death', 'far', 'fear', 'number', 'last'];
  const freq = new Map([['confirm', 0.004], ['death', 0.003], ['far', 0.01], ['number', 0.006], ['last', 0.02]]);

  it('takes the next rarest words too when only two or three are rare, so the real quote is met by its other words', () => {
    const keys = keyWords(lexemes, freq);
    expect(keys.slice(0, 2).sort()).toEqual(['50', 'fear']);
    expect(keys).toHaveLength(4);
    expect(keys).toEqual(expect.arrayContaining(['death', 'confirm']));
  });

  it('keeps to the rare words when there are enough of them, and to the six rarest when none is rare', () => {
    const rare = ['aleppo', 'shamkhani', 'evacuat', 'kafraya', 'fuaa', 'siege', 'liber'];
    expect(keyWords([...rare, 'said', 'peopl'], new Map([['said', 0.2], ['peopl', 0.05]]))).toHaveLength(6);
    expect(keyWords([...rare, 'said', 'peopl'], new Map([['said', 0.2], ['peopl', 0.05]]))).not.toContain('said');
    const common = ['a1', 'b1', 'c1', 'd1', 'e1', 'f1', 'g1'];
    expect(keyWords(common, new Map(common.map((w, i) => [w, 0.01 * (i + 1)])))).toEqual(common.slice(0, 6));
  });
});
