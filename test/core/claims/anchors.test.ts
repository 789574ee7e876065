import { hasSupport, nextAnchor, FIGURE, RANK, COMPARE, type AnchorScan } from '../../../src/core/claims/anchors';
import { tokenize } from '../../../src/core/text/tokenize';

/** Every anchor of a text, as (offset, kind) pairs. */
function anchors(text: string, withTokens: boolean): [number, number][] {
  const scan: AnchorScan = { text, than: -1, tokens: withTokens ? tokenize(text) : null, tok: 0 };
  const out: [number, number][] = [];
  // on past the anchor's word, as the parser goes on when a figure has nothing to count
  for (let a = nextAnchor(scan, 0); a; a = nextAnchor(scan, text.indexOf(' ', a.at) >>> 0)) out.push([a.at, a.kind]);
  return out;
}

describe('claim anchors', () => {
  const text = 'Three F-16 jets struck the second-largest town; twenty-five died, more than in 2015, the deadliest week since Syria’s war began.';

  it('finds figures, rankings and comparisons in words, digits and hyphenated words', () => {
    const found = anchors(text, false).map(([at, kind]) => [text.slice(at, at + 6), kind]);
    expect(found).toEqual([
      ['Three ', FIGURE], ['16 jet', FIGURE], ['second', RANK], ['twenty', FIGURE],
      ['more t', COMPARE], ['2015, ', FIGURE], ['deadli', RANK],
    ]);
  });

  it('reads the same anchors from the tokens as from the characters', () => {
    expect(anchors(text, true)).toEqual(anchors(text, false));
  });

  it('finds the word or sign that says what a figure counts, from tokens or characters alike', () => {
    const cases: [string, boolean][] = [
      ['Prices rose 40% in a month.', true],
      ['It cost $300.', true],
      ['It cost €300 and £20.', true],
      ['At least 300 civilians.', true],
      ['Syria’s 12 refugees.', true],
      ['He scored 12 in 2015.', false],
      ['Counted 40,000 in the Aleppo-area.', false],
    ];
    for (const [sentence, expected] of cases) {
      expect([sentence, hasSupport(sentence, 0, sentence.length)]).toEqual([sentence, expected]);
      expect([sentence, hasSupport(sentence, 0, sentence.length, tokenize(sentence))]).toEqual([sentence, expected]);
    }
  });

  it('reads a stretch that starts or ends inside a word as the characters do', () => {
    const s = 'xyears of war, 40 killedx';
    for (const [a, b] of [[1, s.length], [0, 24], [3, 20], [16, 22]] as const) {
      expect([a, b, hasSupport(s, a, b, tokenize(s))]).toEqual([a, b, hasSupport(s, a, b)]);
    }
    expect(hasSupport(s, 1, 10, tokenize(s))).toBe(true); // “years” once the stretch starts inside “xyears”
  });
});
