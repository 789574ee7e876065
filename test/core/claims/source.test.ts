import { personWords, sourceAt, buildSourceIndex } from '../../../src/core/claims/source';
import type { ArticleAnalysis, EntityResult } from '../../../src/core/types';

function person(name: string, kind: EntityResult['kind'] = 'person'): EntityResult {
  return { name, kind, mentions: [] };
}

function analysisOf(people: EntityResult[]): ArticleAnalysis {
  return { quotes: [], statements: [], people };
}

describe('person words', () => {
  it('holds the lower-case words of people’s names, not organisations’ or one-letter words', () => {
    const words = personWords(analysisOf([person('Ali Shamkhani'), person('John F Kerry'), person('Syrian Observatory', 'organisation')]));
    for (const w of ['ali', 'shamkhani', 'john', 'kerry']) expect(words.has(w)).toBe(true);
    for (const w of ['f', 'syrian', 'observatory', 'Ali', 'aleppo']) expect(words.has(w)).toBe(false);
  });

  it('answers the same for an article naming many people (a set past a few dozen words)', () => {
    const names = Array.from({ length: 50 }, (_, i) => `First${i} Last${i}`);
    const words = personWords(analysisOf(names.map((n) => person(n))));
    expect(words.has('first0')).toBe(true);
    expect(words.has('last49')).toBe(true);
    expect(words.has('last50')).toBe(false);
  });

  it('lower-cases word by word when lower-casing would change a name’s length', () => {
    // “İ” lower-cases to two characters: the name is then cut first, as written
    const words = personWords(analysisOf([person('İlker Başbuğ'), person('İ Ozan')]));
    expect(words.has('i̇lker')).toBe(true);
    expect(words.has('başbuğ')).toBe(true);
    expect(words.has('ozan')).toBe(true);
    expect(words.has('i̇')).toBe(false); // one letter as written
  });
});

describe('source index', () => {
  it('finds the quote holding an offset before a statement around it, else the article', () => {
    const analysis: ArticleAnalysis = {
      quotes: [{ segments: [{ text: 'x', start: 10, end: 20 }], speaker: { name: 'A', kind: 'person', entity: 0 } } as unknown as ArticleAnalysis['quotes'][number]],
      statements: [{ content: { text: 'y', start: 5, end: 30 }, speaker: { name: 'B', kind: 'person', entity: 1 } } as unknown as ArticleAnalysis['statements'][number]],
      people: [],
    };
    const index = buildSourceIndex(analysis);
    expect(sourceAt(index, 12).source).toEqual({ type: 'quote', index: 0 });
    expect(sourceAt(index, 25).source).toEqual({ type: 'statement', index: 0 });
    expect(sourceAt(index, 40)).toEqual({ source: { type: 'article', index: null }, speaker: null });
  });
});
