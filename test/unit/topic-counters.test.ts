import { computeTopicCheck, computeTopicRefresh } from '../../src/services/refresh-topic';
import { figureWithUnit } from '../../src/core/claims/compare';
import type { CheckedClaim } from '../../src/db/repositories/ingest.repository';

let seq = 0;
/** A stored duration claim of one topic, as the checks read it. */
function claim(n: number, unit: string, saidAt: string, speaker = `s${seq + 1}`): CheckedClaim {
  seq++;
  return {
    id: seq, kind: 'duration', measure: 'detention-duration', groupText: null, subjectText: 'Port Aveline', valueLow: n, valueHigh: n, valueStated: n,
    qualifier: 'exact', unit, timeFrom: null, timeTo: null, impliedStartEarliest: null, impliedStartLatest: null, impliedStartPrecision: null,
    polarity: 'affirmed', speakerKey: speaker, speakerName: speaker, saidAt, citedSourceKey: null,
  };
}

describe('a topic’s counters', () => {
  it('put the spread of durations stated in years and months in the unit of the latest figure', () => {
    const claims = [claim(2, 'year', '2017-01-01'), claim(36, 'month', '2017-03-01')];
    const { counters } = computeTopicRefresh(7, claims, 2);
    expect(counters.unit).toBe('month');
    expect(counters.minValue).toBeCloseTo(24);
    expect(counters.maxValue).toBeCloseTo(36);
    expect(figureWithUnit(counters.minValue!, counters.maxValue, counters.unit)).toBe('24–36 months');
  });

  it('move a stored spread into a new latest unit when a claim arrives, as a full recount would', () => {
    const first = claim(2, 'year', '2017-01-01');
    const stored = computeTopicRefresh(7, [first], 2).counters;
    const fresh = claim(30, 'month', '2017-02-01');
    const step = computeTopicCheck({ topicId: 7, checkedFactor: 2, counters: stored, anchor: first, claims: [first, fresh] }, new Set([fresh.id]), 2)!;
    const full = computeTopicRefresh(7, [first, fresh], 2).counters;
    expect(step.counters.unit).toBe(full.unit);
    expect(step.counters.minValue).toBeCloseTo(full.minValue!);
    expect(step.counters.maxValue).toBeCloseTo(full.maxValue!);
  });

  it('leave figures in a currency that does not convert out of the spread', () => {
    const money = (n: number, unit: string, saidAt: string): CheckedClaim => ({ ...claim(n, unit, saidAt), kind: 'amount', measure: 'money' });
    const { counters } = computeTopicRefresh(8, [money(900e6, 'EUR', '2017-01-01'), money(40e6, 'USD', '2017-02-01'), money(55e6, 'USD', '2017-03-01')], 2);
    expect([counters.minValue, counters.maxValue, counters.unit]).toEqual([40e6, 55e6, 'USD']);
  });

  it('span a ranged or vague figure from end to end, and keep a bound or a rounded figure at its number', () => {
    // “an arenavirus outbreak has infected dozens of people since late August”: 24 to 120, not their middle of 53.67
    const dozens: CheckedClaim = { ...claim(24, 'person', '2025-09-06'), kind: 'count', measure: 'infections', subjectText: 'Velmora', valueLow: 24, valueHigh: 120, qualifier: 'vague' };
    const alone = computeTopicRefresh(9, [dozens], 2).counters;
    expect([alone.minValue, alone.maxValue]).toEqual([24, 120]);
    expect(figureWithUnit(alone.minValue!, alone.maxValue, alone.unit)).toBe('24–120 people');
    // “at least 23 others”, “about 14,000”: the numbers as stated, not the open end nor the rounding's margin
    const atLeast: CheckedClaim = { ...claim(23, 'person', '2025-09-01'), kind: 'count', measure: 'infections', subjectText: 'Velmora', valueLow: 23, valueHigh: null, qualifier: 'at-least' };
    const about: CheckedClaim = { ...claim(14000, 'person', '2025-09-08'), kind: 'count', measure: 'infections', subjectText: 'Velmora', valueLow: 12600, valueHigh: 15400, qualifier: 'about' };
    const all = computeTopicRefresh(9, [atLeast, dozens, about], 2).counters;
    expect([all.minValue, all.maxValue]).toEqual([23, 14000]);
    // and a claim arriving moves the stored spread as a full recount would
    const step = computeTopicCheck({ topicId: 9, checkedFactor: 2, counters: computeTopicRefresh(9, [atLeast], 2).counters, anchor: atLeast, claims: [atLeast, dozens] }, new Set([dozens.id]), 2)!;
    expect([step.counters.minValue, step.counters.maxValue]).toEqual([23, 120]);
  });

  it('round a converted figure: 18 months in years are 1.5, 1 month is 0.0833', () => {
    const { counters } = computeTopicRefresh(10, [claim(18, 'month', '2017-01-01'), claim(1, 'month', '2017-01-02'), claim(2, 'year', '2017-03-01')], 2);
    expect(counters.unit).toBe('year');
    expect([counters.minValue, counters.maxValue]).toEqual([0.0833, 2]);
  });

  it('read as a reader says them: people, ranks and shares', () => {
    expect(figureWithUnit(8000, 20000, 'person')).toBe('8,000–20,000 people');
    expect(figureWithUnit(1, null, 'person')).toBe('1 person');
    expect(figureWithUnit(40, 40, 'year')).toBe('40 years');
    expect(figureWithUnit(3, null, 'rank')).toBe('No. 3');
    expect(figureWithUnit(12, 15, 'percent')).toBe('12–15%');
  });
});

describe('the claims a topic chart draws', () => {
  it('are put in the topic’s unit, and a figure in a unit that does not convert is left off the chart', async () => {
    const { inTopicUnit } = await import('../../src/web/topics/topics.router');
    const c = (id: number, n: number, unit: string) => ({ id, valueLow: n, valueHigh: n, valueStated: n, qualifier: 'exact', unit }) as unknown as import('../../src/db/entities/claim.entity').ClaimEntity;
    const drawn = inTopicUnit([c(1, 2, 'year'), c(2, 36, 'month'), c(3, 5, 'EUR')], 'month');
    expect(drawn.map((x) => [x.id, Math.round(x.valueStated ?? 0), x.unit])).toEqual([[1, 24, 'month'], [2, 36, 'month']]);
  });
});

describe('a topic’s latest figure', () => {
  const toll = (n: number, saidAt: string, day: string | null, speaker: string): CheckedClaim => ({
    ...claim(n, 'person', saidAt, speaker), kind: 'count', measure: 'deaths', subjectText: 'Calder Valley', timeFrom: day, timeTo: day,
  });

  it('is the toll of the latest day, not a toll of an earlier day told again later', () => {
    // Tuesday the sheriff's 9; Thursday the coroner's 12; Thursday's paper recalls “nine deaths on Tuesday”
    const sheriff = toll(9, '2026-07-07 09:00:00+00', null, 'sheriff');
    const coroner = toll(12, '2026-07-09 08:00:00+00', null, 'coroner');
    const recalled = toll(9, '2026-07-09 10:00:00+00', '2026-07-07', 'sheriff');
    const full = computeTopicRefresh(11, [sheriff, coroner, recalled], 2).counters;
    expect(full.latestFigure).toBe('12');
    // and a claim arriving moves the stored counters as a full recount would
    const stored = computeTopicRefresh(11, [sheriff, coroner], 2).counters;
    const step = computeTopicCheck({ topicId: 11, checkedFactor: 2, counters: stored, anchor: sheriff, claims: [sheriff, coroner, recalled] }, new Set([recalled.id]), 2)!;
    expect(step.counters.latestFigure).toBe(full.latestFigure);
  });
});
