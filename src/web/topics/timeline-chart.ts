import type { ClaimEntity } from '../../db/entities/claim.entity';
import type { ClaimFindingEntity } from '../../db/entities/claim-finding.entity';
import { assertsFigure, describeClaimFigure, describeClaimValue } from '../../services/refresh-topic';

/** Colours of the speaker lanes (readable on white, distinct for colour-blind readers where possible). */
const PALETTE = ['#1f77b4', '#d95f02', '#1b9e77', '#7570b3', '#e7298a', '#66a61e', '#a6761d', '#666666'];

const W = 760;
const H = 340;
/** Margins around the plot; the left one is widened to fit the longest label of the value axis. */
const M = { left: 40, right: 24, top: 36, bottom: 44 };

/**
 * Size of the chart's text in user units: as drawn where the chart is wide, and the largest the
 * stylesheet gives it on the narrowest screens, where the chart shrinks with the page and larger
 * text keeps it readable (keep in step with `.timeline-chart` in app.css). Margins fit the largest.
 */
export const CHART_TEXT = { size: 12, largest: 24 };
/** Room between a value label and the axis, and between the label and the chart's edge. */
const LABEL_GAP = 8;
const EDGE = 6;

/** One claim drawn on the chart: a dot (exact), a bar (low–high) or a bar ending in an arrow (open-ended). */
export interface ChartPoint {
  claimId: number;
  href: string;
  x: number;
  y: number;
  shape: 'dot' | 'range' | 'open-up' | 'open-down';
  y1: number;
  y2: number;
  colour: string;
  title: string;
  conflict: boolean;
}

/** The server-rendered chart of a topic: everything the template needs, in pixels. */
export interface TimelineChart {
  width: number;
  height: number;
  /** Size of the text in user units where the stylesheet does not enlarge it. */
  textSize: number;
  plot: { left: number; right: number; top: number; bottom: number };
  points: ChartPoint[];
  conflicts: Array<{ x1: number; y1: number; x2: number; y2: number; kind: string; title: string }>;
  lanes: Array<{ name: string; colour: string }>;
  yTicks: Array<{ y: number; label: string }>;
  xTicks: Array<{ x: number; label: string; anchor: 'start' | 'middle' | 'end' }>;
  logScale: boolean;
  unit: string | null;
  /** Claims that deny a figure (“There were never 14 hostages”): listed under the chart, not drawn as the figure. */
  denials: Array<{ claimId: number; href: string; title: string }>;
}

const DAY = 86_400_000;

/**
 * Lays out a topic's claims over time, one colour per speaker, conflicts joined by dashed red lines and a speaker's
 * revisions of their own figure by dotted blue ones. `revisions` gives each claim's number of revision findings: a
 * claim whose only findings are revisions (“30 missing”, then “22”, then “9” from one official) is no conflict and gets
 * no red ring.
 */
export function timelineChart(claims: ClaimEntity[], findings: ClaimFindingEntity[], revisions: ReadonlyMap<number, number> = new Map()): TimelineChart | null {
  // a denied figure (“never 14”) is no one's figure: it is listed under the chart, not drawn at 14
  const drawn = claims.filter(assertsFigure);
  const denials = claims.filter((c) => c.polarity === 'negated' && c.valueStated !== null)
    .map((c) => ({ claimId: c.id, href: `/claims/${c.id}`, title: `${c.speakerName ?? 'The article'}, ${c.saidAt}: ${describeClaimFigure(c)}` }));
  if (drawn.length === 0) return null;
  const times = drawn.map((c) => Date.parse(c.saidAt));
  let t0 = Math.min(...times);
  let t1 = Math.max(...times);
  // claims of one day sit mid-axis; claims days apart spread across it rather than bunch in its middle
  const pad = Math.max((t1 - t0) * 0.06, t1 === t0 ? 10 * DAY : DAY);
  t0 -= pad;
  t1 += pad;
  const values = drawn.flatMap((c) => [c.valueLow, c.valueHigh, c.valueStated]).filter((v): v is number => v !== null && Number.isFinite(v));
  const vmax = Math.max(...values) * 1.25;
  const positive = values.filter((v) => v > 0);
  const vminPos = positive.length ? Math.min(...positive) : 1;
  const logScale = vminPos > 0 && vmax / vminPos > 20;
  const lo = logScale ? Math.log10(vminPos / 2) : 0;
  const hi = logScale ? Math.log10(vmax) : vmax || 1;
  /** Where a value sits between the bottom (0) and the top (1) of the plot. */
  const level = (v: number) => ((logScale ? Math.log10(Math.max(v, vminPos / 2)) : v) - lo) / (hi - lo);
  const plotHeight = H - M.top - M.bottom;
  const yValues = spacedTicks(logScale ? logTickSets(vminPos / 2, vmax) : linearTickSets(hi), (v) => level(v) * plotHeight);
  const yLabels = axisLabels(yValues, logScale);
  const left = Math.max(M.left, Math.ceil(Math.max(...yLabels.map(labelEms)) * CHART_TEXT.largest) + LABEL_GAP + EDGE);
  const plot = { left, right: W - M.right, top: M.top, bottom: M.top + plotHeight };
  const xOf = (t: number) => plot.left + ((t - t0) / (t1 - t0)) * (plot.right - plot.left);
  const yOf = (v: number) => plot.bottom - level(v) * plotHeight;

  // one lane per speaker: a stored speaker's claims share one whatever name each article gave (“Castell”, “Ana
  // Castell”), under the fullest of those names
  const laneKey = (c: ClaimEntity) => (c.speakerId !== null && c.speakerId !== undefined ? `id:${c.speakerId}` : (c.speakerKey ?? `#${c.speakerName ?? 'the article'}`));
  const lanes = new Map<string, { name: string; colour: string; index: number }>();
  for (const c of drawn) {
    const name = c.speakerName ?? 'the article';
    const key = laneKey(c);
    const lane = lanes.get(key);
    if (!lane) lanes.set(key, { name, colour: PALETTE[lanes.size % PALETTE.length], index: lanes.size });
    else if (name.length > lane.name.length) lane.name = name;
  }
  // (the findings given are only those joined on the chart: a claim's stored count tells whether it is at odds at all)
  const conflicted = new Set([
    ...findings.filter((f) => f.kind !== 'revision').flatMap((f) => f.claimIds),
    ...claims.filter((c) => c.conflictCount > (revisions.get(c.id) ?? 0)).map((c) => c.id),
  ]);
  const laneOffset = (i: number) => (i - (lanes.size - 1) / 2) * 6;

  const points: ChartPoint[] = drawn.map((c) => {
    const lane = lanes.get(laneKey(c))!;
    const x = round(xOf(Date.parse(c.saidAt)) + laneOffset(lane.index));
    const stated = c.valueStated as number;
    const low = c.valueLow;
    const high = c.valueHigh;
    let shape: ChartPoint['shape'] = 'dot';
    let y1 = yOf(stated);
    let y2 = y1;
    if (low !== null && high === null) { shape = 'open-up'; y1 = yOf(low); y2 = plot.top; }
    else if (low === null && high !== null) { shape = 'open-down'; y1 = yOf(high); y2 = plot.bottom; }
    else if (low !== null && high !== null && low !== high) { shape = 'range'; y1 = yOf(low); y2 = yOf(high); }
    return {
      claimId: c.id,
      href: `/claims/${c.id}`,
      x,
      y: round(yOf(stated)),
      shape,
      y1: round(y1),
      y2: round(y2),
      colour: lane.colour,
      title: `${c.speakerName ?? 'The article'}, ${c.saidAt}: ${describeClaimValue(c)}`,
      conflict: conflicted.has(c.id),
    };
  });
  const byId = new Map(points.map((p) => [p.claimId, p]));
  const conflicts = findings.flatMap((f) => {
    const [a, b] = f.claimIds.map((id) => byId.get(id));
    return a && b ? [{ x1: a.x, y1: a.y, x2: b.x, y2: b.y, kind: f.kind, title: `${f.kind}: ${f.reason}` }] : [];
  });

  const yTicks = yValues.map((v, i) => ({ y: round(yOf(v)), label: yLabels[i] }));
  const xTicks = dateLabels(dateTicks(t0 + pad, t1 - pad).map((t) => ({ x: round(xOf(t)), label: new Date(t).toISOString().slice(0, 10) })));
  return { width: W, height: H, textSize: CHART_TEXT.size, plot, points, conflicts, lanes: [...lanes.values()].map(({ name, colour }) => ({ name, colour })), yTicks, xTicks, logScale, unit: drawn[0].unit, denials };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Ticks from 0 to `max`, densest first: steps of 1, 2 and 5 times a power of ten, seven ticks at most. */
function linearTickSets(max: number): number[][] {
  const magnitude = Math.pow(10, Math.floor(Math.log10(max / 5)));
  return [1, 2, 5, 10, 20, 50].flatMap((m) => {
    const step = m * magnitude;
    const ticks: number[] = [];
    for (let i = 0; i * step <= max; i++) ticks.push(Number((i * step).toPrecision(12)));
    return ticks.length <= 7 ? [ticks] : [];
  });
}

/**
 * Ticks of a logarithmic axis between `min` and `max`, densest first: powers of ten with their
 * doubles and fives (20 k, 50 k, 100 k), with their threes (30 k, 100 k, 300 k), every power of
 * ten, then every second, third… of them.
 */
function logTickSets(min: number, max: number): number[][] {
  const powers: number[] = [];
  for (let e = Math.floor(Math.log10(min)); Math.pow(10, e) <= max; e++) powers.push(Math.pow(10, e));
  const within = (values: number[]) => values.filter((v) => v >= min && v <= max);
  const decades = within(powers);
  const sparser = Array.from({ length: decades.length }, (_, k) => decades.filter((_, i) => i % (k + 1) === 0));
  return [within(powers.flatMap((p) => [p, 2 * p, 5 * p])), within(powers.flatMap((p) => [p, 3 * p])), ...sparser];
}

/**
 * The densest set of ticks (seven at most) whose labels stand one and a half lines of the
 * largest text apart; `at` gives a tick's height on the plot.
 */
function spacedTicks(sets: number[][], at: (v: number) => number): number[] {
  const apart = (ticks: number[]) => ticks.every((v, i) => i === 0 || at(v) - at(ticks[i - 1]) >= 1.5 * CHART_TEXT.largest);
  const usable = sets.filter((ticks) => ticks.length >= 2 && ticks.length <= 7);
  return usable.find(apart) ?? usable[usable.length - 1] ?? sets[sets.length - 1] ?? [];
}

/** Thousands, millions, billions and trillions, as a chart's axis names them. */
const SCALES: Array<{ from: number; divisor: number; suffix: string }> = [
  { from: 1e12, divisor: 1e12, suffix: 'tn' },
  { from: 1e9, divisor: 1e9, suffix: 'bn' },
  { from: 1e6, divisor: 1e6, suffix: 'm' },
  { from: 1e4, divisor: 1e3, suffix: 'k' },
];

/**
 * Labels of the value axis, short enough to sit beside it on a phone: “1.2 bn”, “300 m”, “40 k”,
 * “2,500”. On a linear axis every label counts in the unit its largest value calls for
 * (0, 0.5 bn, 1 bn, 1.5 bn); on a logarithmic one each label in its own (100, 1,000, 10 k, 100 k).
 * The exact figures are in each point's title.
 */
export function axisLabels(values: number[], logScale: boolean): string[] {
  const scaleOf = (v: number) => SCALES.find((s) => Math.abs(v) >= s.from) ?? null;
  const largest = scaleOf(Math.max(...values.map(Math.abs)));
  return values.map((v) => {
    const scale = logScale ? scaleOf(v) : largest;
    if (v === 0 || !scale) return v.toLocaleString('en-GB', { maximumFractionDigits: 3 });
    return `${(v / scale.divisor).toLocaleString('en-GB', { maximumFractionDigits: 2 })} ${scale.suffix}`;
  });
}

/** Rough width of a label in ems in the page's sans-serif: narrow for spaces and punctuation, wide for m and w. */
export function labelEms(label: string): number {
  let ems = 0;
  for (const ch of label) ems += /[\s.,:;'’-]/u.test(ch) ? 0.36 : /[mwMW%]/.test(ch) ? 1 : 0.64;
  return ems;
}

/**
 * The first day, the last, and the whole day nearest the middle: a tick between them at noon was labelled with the
 * day before the claims drawn beside it (claims of 1 and 8 September: a tick at noon on the 4th, labelled
 * “2025-09-04”, beside the claims of the 5th).
 */
function dateTicks(t0: number, t1: number): number[] {
  if (t1 - t0 < DAY) return [t0];
  const middle = Math.round((t0 + t1) / 2 / DAY) * DAY;
  return middle > t0 && middle < t1 ? [t0, middle, t1] : [t0, t1];
}

/**
 * Date labels of the time axis, at the largest text size: one that would run past an edge of the
 * chart ends (or starts) at its tick. The first and the last date are labelled before any between
 * them, so the reader sees the whole range; a label that would overlap one already placed is left out.
 */
function dateLabels(ticks: Array<{ x: number; label: string }>): TimelineChart['xTicks'] {
  const placed: Array<TimelineChart['xTicks'][number] & { from: number; to: number }> = [];
  const order = ticks.length > 2 ? [ticks[0], ticks[ticks.length - 1], ...ticks.slice(1, -1)] : ticks;
  for (const t of order) {
    const half = (labelEms(t.label) * CHART_TEXT.largest) / 2;
    const anchor = t.x + half > W - EDGE ? 'end' : t.x - half < EDGE ? 'start' : 'middle';
    const from = anchor === 'middle' ? t.x - half : anchor === 'end' ? t.x - 2 * half : t.x;
    const to = from + 2 * half;
    if (placed.some((p) => from < p.to + LABEL_GAP && p.from < to + LABEL_GAP)) continue;
    placed.push({ ...t, anchor, from, to });
  }
  return placed.sort((a, b) => a.x - b.x).map(({ x, label, anchor }) => ({ x, label, anchor }));
}
