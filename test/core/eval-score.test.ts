import { goldNameKey, type GoldArticle } from '../../src/eval/gold';
import { pairSpans, spansMatch } from '../../src/eval/match';
import { scoreArticle, summarise } from '../../src/eval/score-quotes';
import type { QuoteResult } from '../../src/core';

function pred(start: number, end: number, mention: [number, number] | null, name: string, confidence = 0.95): QuoteResult {
  return {
    text: 'x', start, end, segments: [{ text: 'x', start, end }], kind: 'direct', form: 'quote-cue-speaker',
    speaker: { name, kind: 'person' }, speakerMention: mention ? { text: 'm', start: mention[0], end: mention[1] } : null,
    cue: null, confidence, evidence: { rule: 't', detail: 't' }, outer: { start: start - 1, end: end + 1 },
  };
}

const article: GoldArticle = {
  id: 'a1',
  text: 'x'.repeat(200),
  quotes: [
    { quote: 'q1', start: 10, end: 30, speaker: 'Secretary of State John F. Kerry', speakerStart: 40, speakerEnd: 72, speakerType: 'named' },
    { quote: 'q2', start: 100, end: 120, speaker: 'he', speakerStart: 125, speakerEnd: 127, speakerType: 'pronoun' },
    { quote: 'q3', start: 150, end: 160, speaker: null, speakerStart: null, speakerEnd: null, speakerType: null },
  ],
  otherQuotedSpans: [{ start: 170, end: 180 }],
  ignoreSpans: [{ start: 185, end: 200 }],
};

describe('eval scoring', () => {
  it('matches spans overlapping by at least half of the longer one', () => {
    expect(spansMatch({ start: 0, end: 10 }, { start: 5, end: 10 })).toBe(true);
    expect(spansMatch({ start: 0, end: 10 }, { start: 6, end: 10 })).toBe(false);
    expect(pairSpans([{ start: 0, end: 10 }, { start: 1, end: 10 }], [{ start: 0, end: 10 }])).toEqual([0, -1]);
  });

  it('takes the name key from proper-name speaker spans', () => {
    expect(goldNameKey('Secretary of State John F. Kerry')).toBe('Kerry');
    expect(goldNameKey('Joel Pollak of Breitbart California')).toBe('Pollak');
    expect(goldNameKey('Bree Maxwell, a 31-year-old volunteer')).toBe('Maxwell');
  });

  it('counts tp/fp/fn, ignores neutral and ignored spans, scores mentions and names', () => {
    const outcomes = scoreArticle(article, [
      pred(12, 30, [60, 65], 'John Kerry'),
      pred(100, 119, [10, 12], 'Trump', 0.5),
      pred(171, 180, null, 'x'),
      pred(186, 190, null, 'x'),
      pred(50, 58, null, 'x', 0.92),
    ]);
    const m = summarise(outcomes);
    expect({ tp: m.tp, fp: m.fp, fn: m.fn, neutral: m.neutral }).toEqual({ tp: 2, fp: 1, fn: 1, neutral: 1 });
    expect(m.mention).toEqual({ right: 1, total: 2 });
    expect(m.named).toEqual({ right: 1, total: 1 });
    expect(m.byType.pronoun).toEqual({ right: 0, total: 1 });
    const top = m.calibration.find((c) => c.bucket.startsWith('0.95'));
    expect(top).toEqual(expect.objectContaining({ right: 1, total: 1 }));
    const ninety = m.calibration.find((c) => c.bucket.startsWith('0.90'));
    expect(ninety).toEqual(expect.objectContaining({ right: 0, total: 1 }));
    expect(m.f1).toBeCloseTo((2 * (2 / 3) * (2 / 3)) / (4 / 3));
  });
});

describe('named-speaker scoring', () => {
  it('folds apostrophes on both sides: O’Donnell resolved as O’Donnell counts as right', () => {
    const a: GoldArticle = {
      id: 'a2',
      text: 'x'.repeat(100),
      quotes: [{ quote: 'q', start: 10, end: 30, speaker: "Rosie O'Donnell", speakerStart: 40, speakerEnd: 55, speakerType: 'named' }],
      otherQuotedSpans: [],
      ignoreSpans: [],
    };
    expect(summarise(scoreArticle(a, [pred(10, 30, [40, 55], 'Rosie O’Donnell')])).named).toEqual({ right: 1, total: 1 });
    expect(summarise(scoreArticle(a, [pred(10, 30, [40, 55], 'Rosie Perez')])).named).toEqual({ right: 0, total: 1 });
  });
});
