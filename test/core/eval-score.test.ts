import { goldNameKey, type GoldArticle } from '../../src/eval/gold';
import { pairSpans, spansMatch } from '../../src/eval/match';
import { scoreArticle, summarise } from '../../src/eval/score-quotes';
import type { QuoteResult, StatementResult } from '../../src/core';
import { emptyStatementMetrics, formatStatementMetrics, scoreStatements } from '../../src/eval/score-statements';

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

describe('eval scoring of statements', () => {
  const st = (content: [number, number], cue: [number, number], mention: [number, number] | null): StatementResult => ({
    speaker: null, speakerMention: mention ? { text: 'm', start: mention[0], end: mention[1] } : null,
    cue: { text: 'said', start: cue[0], end: cue[1] }, content: { text: 'c', start: content[0], end: content[1] },
    confidence: 0.8, evidence: { rule: 'r', detail: 'd' },
  });

  it('matches a statement to an annotation it half covers, and checks its speaker', () => {
    const m = emptyStatementMetrics();
    const gold = [
      { start: 20, end: 60, speakerStart: 0, speakerEnd: 10 },
      { start: 100, end: 140, speakerStart: 150, speakerEnd: 160 },
      { start: 300, end: 320, speakerStart: 280, speakerEnd: 290 },
    ];
    scoreStatements(m, gold, [
      st([20, 58], [12, 16], [0, 10]), // matches, right speaker
      st([100, 139], [142, 146], [170, 180]), // matches (inverted: cue after the words), wrong speaker
      st([200, 240], [190, 194], [180, 185]), // no annotation there
      st([305, 400], [300, 304], [280, 290]), // covers 15 of 20: half of the shorter, so a match
    ]);
    expect(m).toEqual({
      predicted: 4, matched: 3, speakerRight: 2, goldFound: 3, gold: 3,
      inverted: { predicted: 1, matched: 1, speakerRight: 0 },
    });
    expect(formatStatementMetrics(m)).toContain('4: 75.0% match an annotated indirect attribution (3), speaker right in 66.7% of those (2)');
  });
});
