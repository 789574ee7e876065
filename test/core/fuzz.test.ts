import fc from 'fast-check';
import { analyseArticle } from '../../src/core';
import { assertInvariants } from './invariants';

const MARKS = ['"', '“', '”', '„', '«', '»', '‘', '’', "'", '‹', '›'];
const PIECES = [...MARKS, ' ', '\n', '\n\n', ',', '.', ':', ' — ', 'said', ' he said', 'Mr.', 'Ali Shamkhani', 'according to', 'the official', 'she', 'Q:', 'A:', 'SMITH:', '(', ')', 'é', '中文', 'عربى', '😀', 'x'];

const adversarial = fc.array(fc.constantFrom(...PIECES), { maxLength: 400 }).map((a) => a.join(''));

describe('fuzz: any input is safe', () => {
  it('random unicode strings never throw and keep the invariants', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (t) => {
      assertInvariants(t, analyseArticle(t, { includeTerms: true }));
    }), { numRuns: 2000 });
  });

  it('adversarial mixes of marks, cues and names keep the invariants', () => {
    fc.assert(fc.property(adversarial, (t) => {
      assertInvariants(t, analyseArticle(t, { includeTerms: true }));
      assertInvariants(t, analyseArticle(t));
    }), { numRuns: 3000 });
  });

  it('texts long enough to be analysed in windows keep the invariants', () => {
    const long = fc.array(fc.constantFrom(...PIECES), { minLength: 24000, maxLength: 36000, size: 'max' }).map((a) => a.join(''));
    fc.assert(fc.property(long, (t) => {
      fc.pre(t.length > 64 * 1024);
      assertInvariants(t, analyseArticle(t, { includeTerms: true }));
    }), { numRuns: 25 });
  });

  it('time grows roughly linearly with size', () => {
    const unit = 'He said “yes and " no ‘maybe » «, ' + 'according to Mr. Ali Shamkhani, the official: “';
    // the fastest of three runs of each size, so that a collection or a busy neighbour in one run does not decide
    const time = (n: number): number => {
      const text = unit.repeat(n);
      let best = Infinity;
      for (let r = 0; r < 3; r++) {
        const t0 = process.hrtime.bigint();
        analyseArticle(text, { includeTerms: true });
        best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
      }
      return best;
    };
    time(200);
    const small = Math.max(time(2000), 1);
    const large = time(20000);
    expect(large / small).toBeLessThan(40); // 10× the input; quadratic would be ~100×
  });
});
