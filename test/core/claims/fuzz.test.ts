import fc from 'fast-check';
import { analyseArticle } from '../../../src/core';
import { extractClaims } from '../../../src/core/claims';
import { assertClaimOffsets } from './helpers';

const PIECES = [
  ' ', '\n', '.', ',', '“', '”', '"', '%', '$', '-', ' and ', ' to ', ' of ', 'between', 'over', 'more than', 'at least', 'nearly', 'up to',
  'three', 'twenty-five', 'a dozen', 'dozens', 'hundreds of thousands', 'several hundred', '3,000', '1.2 million', '200-300', '2013', '18',
  'years', 'three-year', 'months', 'week', 'last week', 'since Sunday', 'in 2015', 'in the past 18 months', 'since', 'December 18,',
  'civilians', 'people', 'killed', 'were', 'wounded', 'displaced', 'under siege', 'for', 'siege', 'percent', 'dollars', 'the deadliest',
  'higher than', 'twice', 'not', 'denied', 'may', 'according to the UN', 'eastern Aleppo', 'Fuaa and Kafraya', 'said', 'Shamkhani', 'é', '😀', 'عربى',
  // words that are not ASCII letters only: read by characters even when the tokens are at hand
  'Three', 'Hundreds', 'F-16', 'COVID-19', 'thirty-two', 'second-deadliest', 'Two-thirds', '3rd', 'Syria’s', 'ninety’s', 'fiveé', 'élan', 'More',
];
const adversarial = fc.array(fc.constantFrom(...PIECES), { maxLength: 300 }).map((a) => a.join(' '));
const dates = fc.option(fc.constantFrom('2016-12-18', '2016-02-29', '2000-01-01', '2016-12-18T10:00:00Z', 'not a date', ''), { nil: undefined });

describe('fuzz: extractClaims is safe on any input', () => {
  it('random strings never throw and keep valid offsets', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), dates, (t, publishedAt) => {
      assertClaimOffsets(t, extractClaims(t, analyseArticle(t, { publishedAt }), { publishedAt }));
    }), { numRuns: 1500 });
  });

  it('dense mixes of figures, qualifiers, dates and quote marks keep valid offsets', () => {
    fc.assert(fc.property(adversarial, dates, (t, publishedAt) => {
      assertClaimOffsets(t, extractClaims(t, analyseArticle(t, { publishedAt }), { publishedAt }));
    }), { numRuns: 1500 });
  });

  it('reading the engine\'s tokens finds the same claims as reading the characters', () => {
    // the engine hands its tokens to the parser with the result it has just returned; a copy of
    // that result carries none, so the parser reads the text itself: both must agree exactly
    const same = (t: string, publishedAt: string | undefined): void => {
      const analysis = analyseArticle(t, { publishedAt });
      const fromText = extractClaims(t, structuredClone(analysis), { publishedAt });
      expect(extractClaims(t, analysis, { publishedAt })).toEqual(fromText);
    };
    fc.assert(fc.property(adversarial, dates, same), { numRuns: 1500 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), dates, same), { numRuns: 500 });
    // texts whose sentences could be cut differently from the article: digits inside words, a Kelvin sign that
    // lower-cases to “k”, hyphens and apostrophes, and sentences past the length limit (cut mid-word)
    const long = `${'The siege of the northern towns went on and on '.repeat(20)}for three years, killing 300 civilians. `;
    for (const t of [
      'G20 leaders said 5bn dollars and 3-year plans helped; \u212Ailled were 40 people, twenty-five wounded.',
      'Dozens of civilians were killed; the deadliest attack was higher than in 2015. Iran’s 2nd-largest city lost 10%.',
      long, long.replace(/ /g, '\u00a0'), `${'word'.repeat(400)} 300 killed. ${long}`,
    ]) same(t, '2016-12-18');
  });

  it('an empty analysis is enough', () => {
    const t = 'At least 300 civilians were killed in eastern Aleppo last week.';
    expect(extractClaims(t, { quotes: [], statements: [], people: [] })).toHaveLength(1);
  });

  it('time grows linearly with size, including one endless sentence', () => {
    const units = [
      'At least 300 civilians were killed in eastern Aleppo last week, according to the UN. ',
      '3 4 5 6 7 8 9 10 years 2013 1,000 dozens hundreds of thousands more than twice the deadliest ',
      'more more more more than than years years years siege since since 2013 ',
    ];
    for (const unit of units) {
      // the fastest of three runs of each size, so that a collection or a busy neighbour in one run does not decide
      const time = (n: number): number => {
        const text = unit.repeat(n);
        const empty = { quotes: [], statements: [], people: [] };
        let best = Infinity;
        for (let r = 0; r < 3; r++) {
          const t0 = process.hrtime.bigint();
          extractClaims(text, empty, { publishedAt: '2016-12-18' });
          best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
        }
        return best;
      };
      time(300);
      const small = Math.max(time(1000), 1);
      const large = time(10000);
      expect(large / small).toBeLessThan(40); // 10× the input; quadratic would be ~100×
    }
  });
});
