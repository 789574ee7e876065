import fs from 'node:fs';
import path from 'node:path';
import type { ClaimEntity } from '../../src/db/entities/claim.entity';
import type { ClaimFindingEntity } from '../../src/db/entities/claim-finding.entity';
import { axisLabels, CHART_TEXT, timelineChart } from '../../src/web/topics/timeline-chart';

/** A stored claim with a figure, as the topic page reads it. */
function claim(id: number, saidAt: string, speaker: string, value: number, unit: string, extra: Partial<ClaimEntity> = {}): ClaimEntity {
  return {
    id,
    saidAt,
    speakerName: speaker,
    speakerKey: speaker.toLowerCase(),
    valueStated: value,
    valueLow: null,
    valueHigh: null,
    qualifier: 'exact',
    unit,
    polarity: 'affirmed',
    ...extra,
  } as ClaimEntity;
}

/**
 * Advance widths (em) in DejaVu Sans, the sans-serif Debian draws the page in and one of the
 * widest: the width of a label in user units at the chart's largest text.
 */
const DEJAVU: Record<string, number> = { ' ': 0.318, '.': 0.318, ',': 0.318, '-': 0.361, b: 0.635, n: 0.634, m: 0.974, k: 0.579, t: 0.392 };
const widest = (label: string) => [...label].reduce((w, ch) => w + (/\d/.test(ch) ? 0.636 : DEJAVU[ch] ?? 0.7), 0) * CHART_TEXT.largest;

describe('topic chart: labels of the value axis', () => {
  it('names large figures the way a chart does, in the unit of the largest on a linear axis', () => {
    expect(axisLabels([0, 5e8, 1e9, 1.5e9], false)).toEqual(['0', '0.5 bn', '1 bn', '1.5 bn']);
    expect(axisLabels([0, 1e8, 2e8, 3e8], false)).toEqual(['0', '100 m', '200 m', '300 m']);
    expect(axisLabels([0, 1e4, 2e4, 3e4, 4e4], false)).toEqual(['0', '10 k', '20 k', '30 k', '40 k']);
    expect(axisLabels([0, 500, 1000, 1500], false)).toEqual(['0', '500', '1,000', '1,500']);
    expect(axisLabels([0, 0.1, 0.2, 0.30000000000000004], false)).toEqual(['0', '0.1', '0.2', '0.3']);
    expect(axisLabels([0, 1e12, 2e12], false)).toEqual(['0', '1 tn', '2 tn']);
  });

  it('names each power of ten in its own unit on a logarithmic axis', () => {
    expect(axisLabels([100, 1e3, 1e4, 1e5, 1e6, 1e9], true)).toEqual(['100', '1,000', '10 k', '100 k', '1 m', '1 bn']);
  });
});

describe('topic chart: a money topic in billions', () => {
  const claims = [
    claim(1, '2024-02-01', 'Anna Keller', 1_200_000_000, 'EUR'),
    claim(2, '2024-06-10', 'Pieter Vos', 1_650_000_000, 'EUR'),
    claim(3, '2024-09-20', 'Anna Keller', 1_300_000_000, 'EUR'),
  ];
  const chart = timelineChart(claims, [])!;

  it('labels the value axis compactly, from 0 up past the largest figure', () => {
    expect(chart.logScale).toBe(false);
    expect(chart.yTicks.map((t) => t.label)).toEqual(['0', '0.5 bn', '1 bn', '1.5 bn', '2 bn']);
  });

  it('leaves room left of the axis for the longest label at the largest text size, so no digit is cut off', () => {
    for (const t of chart.yTicks) expect(chart.plot.left - 8 - widest(t.label)).toBeGreaterThanOrEqual(0);
    // … and no more than it needs: the plot keeps most of the width.
    expect(chart.plot.left).toBeLessThanOrEqual(120);
  });

  it('keeps the exact figure in each point’s title', () => {
    expect(chart.points.map((p) => p.title)).toEqual([
      'Anna Keller, 2024-02-01: 1.2 billion EUR',
      'Pieter Vos, 2024-06-10: 1.65 billion EUR',
      'Anna Keller, 2024-09-20: 1.3 billion EUR',
    ]);
  });

  it('keeps the date labels inside the chart and apart from each other at the largest text size', () => {
    const spans = chart.xTicks.map((t) => {
      const w = widest(t.label);
      const from = t.anchor === 'middle' ? t.x - w / 2 : t.anchor === 'end' ? t.x - w : t.x;
      return [from, from + w];
    });
    expect(spans.length).toBeGreaterThanOrEqual(2);
    for (const [from, to] of spans) {
      expect(from).toBeGreaterThanOrEqual(0);
      expect(to).toBeLessThanOrEqual(chart.width);
    }
    for (let i = 1; i < spans.length; i++) expect(spans[i][0]).toBeGreaterThan(spans[i - 1][1]);
  });

  it('is drawn with text of at least 10 px on a 390 px phone (the chart then 350 px wide)', () => {
    // The stylesheet enlarges the chart's text on narrow screens; the narrowest rule is the size the margins fit.
    const css = fs.readFileSync(path.join(__dirname, '../../views/assets/app.css'), 'utf8');
    const sizes = [...css.matchAll(/@media \(max-width: ([\d.]+)rem\) \{ \.timeline-chart svg\.timeline text \{ font-size: (\d+)px; \} \}/g)]
      .map((m) => ({ upTo: Number(m[1]) * 16, size: Number(m[2]) }))
      .sort((a, b) => a.upTo - b.upTo);
    expect(sizes.length).toBeGreaterThan(0);
    const phone = sizes.find((s) => 390 <= s.upTo)!;
    expect(phone.size).toBe(CHART_TEXT.largest);
    expect((phone.size * 350) / chart.width).toBeGreaterThanOrEqual(10);
    // Every size the stylesheet gives keeps 10 px or more across its range of screens (the page has 20 px of padding each side; the chart is at most 800 px wide).
    let from = 0;
    for (const s of [...sizes, { upTo: Infinity, size: CHART_TEXT.size }]) {
      const narrowest = Math.max(from + 1, 360);
      expect((s.size * Math.min(800, narrowest - 40)) / chart.width).toBeGreaterThanOrEqual(10);
      from = s.upTo;
    }
  });
});

describe('topic chart: figures spread over orders of magnitude', () => {
  it('draws a logarithmic axis whose labels are apart and fit beside it', () => {
    const chart = timelineChart(
      [
        claim(1, '2024-03-01', 'Rahim Uddin', 40_000, 'person'),
        claim(2, '2024-03-15', 'Sara Hossain', 2_500_000, 'person'),
        claim(3, '2024-04-02', 'Rahim Uddin', 900_000, 'person'),
      ],
      [],
    )!;
    expect(chart.logScale).toBe(true);
    expect(chart.yTicks.map((t) => t.label)).toEqual(['30 k', '100 k', '300 k', '1 m', '3 m']);
    for (let i = 1; i < chart.yTicks.length; i++) expect(chart.yTicks[i - 1].y - chart.yTicks[i].y).toBeGreaterThanOrEqual(1.5 * CHART_TEXT.largest);
    for (const t of chart.yTicks) expect(chart.plot.left - 8 - widest(t.label)).toBeGreaterThanOrEqual(0);
  });
});

describe('topic chart: claims a few days apart', () => {
  // A death toll given on a Monday and revised on the Friday of the same week.
  const week = timelineChart(
    [claim(1, '2026-03-03', 'Halima Serrano', 14, 'person'), claim(2, '2026-03-03', 'Tobias Lindqvist', 17, 'person'), claim(3, '2026-03-07', 'Halima Serrano', 23, 'person'), claim(4, '2026-03-07', 'Arjun Mehta', 19, 'person')],
    [],
  )!;

  it('labels the first and the last day of the claims, so the reader sees when each was said', () => {
    const labels = week.xTicks.map((t) => t.label);
    expect(labels[0]).toBe('2026-03-03');
    expect(labels[labels.length - 1]).toBe('2026-03-07');
    const spans = week.xTicks.map((t) => {
      const w = widest(t.label);
      const from = t.anchor === 'middle' ? t.x - w / 2 : t.anchor === 'end' ? t.x - w : t.x;
      return [from, from + w];
    });
    for (let i = 1; i < spans.length; i++) expect(spans[i][0]).toBeGreaterThan(spans[i - 1][1]);
    for (const [from, to] of spans) expect(from >= 0 && to <= week.width).toBe(true);
  });

  it('spreads the claims across the axis rather than bunching them in its middle', () => {
    const xs = week.points.map((p) => p.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan((week.plot.right - week.plot.left) / 2);
  });
});

describe('topic chart: the days of the time axis', () => {
  it('puts every date label at that day, where the claims said that day are drawn', () => {
    // an outbreak's toll told on the 1st, the 5th and the 8th: the middle label is no longer “2025-09-04” at noon,
    // half a day from where the claims of the 5th were drawn
    const chart = timelineChart([claim(1, '2025-09-01', 'Tomas Varga', 4, 'person'), claim(2, '2025-09-05', 'Tomas Varga', 9, 'person'), claim(3, '2025-09-08', 'Tomas Varga', 17, 'person')], [])!;
    const first = chart.points[0].x;
    const perDay = (chart.points[2].x - first) / 7;
    for (const t of chart.xTicks) {
      const day = (Date.parse(t.label) - Date.parse('2025-09-01')) / 86_400_000;
      expect(Number.isInteger(day)).toBe(true);
      expect(Math.abs(t.x - (first + day * perDay))).toBeLessThan(0.2);
    }
    expect(chart.xTicks.map((t) => t.label)).toContain('2025-09-05');
    const fifth = chart.xTicks.find((t) => t.label === '2025-09-05')!;
    expect(Math.abs(fifth.x - chart.points[1].x)).toBeLessThan(0.2);
  });
});

describe('topic chart: lanes', () => {
  it('draws one stored speaker in one lane, under the fullest name the articles gave them', () => {
    const chart = timelineChart(
      [
        claim(1, '2025-08-04', 'Ana Castell', 40, 'person', { speakerId: 7 }),
        claim(2, '2025-08-09', 'Castell', 71, 'person', { speakerId: 7 }),
        claim(3, '2025-08-05', 'Miriam Adebayo', 90, 'person', { speakerId: 8 }),
        claim(4, '2025-08-06', 'Castell', 66, 'person', { speakerId: 9 }),
      ],
      [],
    )!;
    expect(chart.lanes.map((l) => l.name)).toEqual(['Ana Castell', 'Miriam Adebayo', 'Castell']);
  });
});

describe('topic chart: a speaker revising their own figure', () => {
  const claims = [
    claim(1, '2026-05-04', 'Amra Begić', 30, 'person', { speakerId: 3, conflictCount: 1 }),
    claim(2, '2026-05-05', 'Amra Begić', 22, 'person', { speakerId: 3, conflictCount: 2 }),
    claim(3, '2026-05-06', 'Amra Begić', 9, 'person', { speakerId: 3, conflictCount: 2 }),
    claim(4, '2026-05-06', 'Civil protection agency', 40, 'person', { speakerId: 4, conflictCount: 1 }),
  ];
  const finding = (id: number, kind: string, claimIds: number[]) => ({ id, topicId: 1, kind, claimIds, reason: `${kind} ${claimIds.join('-')}` }) as unknown as ClaimFindingEntity;
  const findings = [finding(1, 'revision', [1, 2]), finding(2, 'revision', [2, 3]), finding(3, 'contradiction', [3, 4])];

  it('rings only the claims at odds with someone, not those whose only findings are their revisions', () => {
    const chart = timelineChart(claims, findings, new Map([[1, 1], [2, 2], [3, 1]]))!;
    const ringed = chart.points.filter((p) => p.conflict).map((p) => p.claimId);
    expect(ringed).toEqual([3, 4]);
    expect(chart.conflicts.map((c) => c.kind)).toEqual(['revision', 'revision', 'contradiction']);
  });

  it('rings a claim whose stored count holds more than its revisions, though the finding is not among those drawn', () => {
    const chart = timelineChart(claims, [findings[0]], new Map([[1, 1], [2, 2], [3, 1]]))!;
    expect(chart.points.filter((p) => p.conflict).map((p) => p.claimId)).toEqual([3, 4]);
  });
});
