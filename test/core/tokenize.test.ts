import { NOT_PLAIN, tokenize, tokenAt, tokenAtFrom } from '../../src/core/text/tokenize';
import { shapeOf } from '../../src/core/text/word-shapes';
import { stripPossessive } from '../../src/core/text/possessive';

const brief = (t: string) => tokenize(t).map((k) => `${k.kind}:${k.text}${k.lower !== k.text ? `/${k.lower}` : ''}${k.cap ? '^' : ''}`);

describe('tokenize', () => {
  it('keeps joiners inside words and numbers', () => {
    expect(brief("Iran’s anti-war don't 3,000 2.5 the countries’ aides")).toEqual([
      'word:Iran’s/iran’s^', 'word:anti-war', "word:don't", 'num:3,000', 'num:2.5', 'word:the', 'word:countries’', 'word:aides',
    ]);
  });

  it('reads letters and capitals outside ASCII', () => {
    expect(brief('Él dijo «nada» — Zürich, İstanbul, Москва, 北京')).toEqual([
      'word:Él/él^', 'word:dijo', 'mark:«', 'word:nada', 'mark:»', 'punct:—', 'word:Zürich/zürich^', 'punct:,',
      'word:İstanbul/i̇stanbul^', 'punct:,', 'word:Москва/москва^', 'punct:,', 'word:北京',
    ]);
  });

  it('folds newlines and the blanks after them into one break', () => {
    expect(brief('one.\n \n\ttwo')).toEqual(['word:one', 'punct:.', 'break:\n', 'word:two']);
  });

  it('keeps offsets exact on a long text (past the reserved list size)', () => {
    const text = 'He said “no”. '.repeat(5000);
    const tokens = tokenize(text);
    expect(tokens).toHaveLength(30000);
    expect(tokens.filter((t) => text.slice(t.start, t.end) !== t.text)).toEqual([]);
  });

  it('finds tokens by offset walking forward the same as by binary search', () => {
    const tokens = tokenize('a bb ccc dddd eeeee');
    for (let off = 0; off <= 20; off++) {
      for (let from = 0; from <= tokens.length; from++) expect(tokenAtFrom(tokens, off, from)).toBe(tokenAt(tokens, off));
    }
  });
});

describe('stripPossessive', () => {
  it('drops only a final lower-case ’s or \'s', () => {
    expect(['Iran’s', "Trump's", "CNN'S", 'boss', 's', '’s'].map(stripPossessive)).toEqual(['Iran', 'Trump', "CNN'S", 'boss', 's', '']);
  });
});

describe('token shapes', () => {
  it('carry the shape of the lower-case word, flagged when the word is not ASCII letters only', () => {
    const toks = tokenize('Shamkhani said F-16 jets, Iran’s élan and 3,000 troops.');
    for (const t of toks) expect(t.shape & ~NOT_PLAIN).toBe(shapeOf(t.lower));
    const flagged = toks.filter((t) => (t.shape & NOT_PLAIN) !== 0).map((t) => t.text);
    expect(flagged).toEqual(['F-16', 'Iran’s', 'élan', '3,000']);
  });
});

describe('invisible characters inside words', () => {
  it('a soft hyphen, a zero-width joiner or a stray C1 control between letters keeps the word whole', () => {
    const text = 'Ta\u00adliban fighters met Federico de JesA\u0303\u0083A\u0302os and Ana\u200dis.';
    const words = tokenize(text).filter((t) => t.kind === 'word').map((t) => t.text);
    expect(words).toEqual(['Ta\u00adliban', 'fighters', 'met', 'Federico', 'de', 'JesA\u0303\u0083A\u0302os', 'and', 'Ana\u200dis']);
    // Alone, or next to a space, such a character is still no word.
    expect(tokenize('a \u0083 b \u00ad').filter((t) => t.kind === 'word').map((t) => t.text)).toEqual(['a', 'b']);
  });
});

describe('UTF-8 read as Latin-1', () => {
  it('keeps the symbol that stands for the second byte of a letter inside its word', () => {
    const text = 'Enrique Pe\u00c3\u00b1a Nieto met Jos\u00c3\u00a9 Garc\u00c3\u00ada; a price \u00c2\u00a3 rose.';
    const words = tokenize(text).filter((t) => t.kind === 'word').map((t) => t.text);
    expect(words).toEqual(['Enrique', 'Pe\u00c3\u00b1a', 'Nieto', 'met', 'Jos\u00c3\u00a9', 'Garc\u00c3\u00ada', 'a', 'price', '\u00c2\u00a3', 'rose']);
    // after an ordinary letter the symbol is punctuation, and guillemets always stay marks for the quote scanner
    expect(tokenize('a\u00b1b No\u00c3\u00abl').map((t) => t.text)).toEqual(['a', '\u00b1', 'b', 'No\u00c3', '\u00ab', 'l']);
  });
});
