import type { ClaimEntity } from '../../db/entities/claim.entity';
import type { ClaimFindingEntity } from '../../db/entities/claim-finding.entity';
import { describeClaimValue } from '../../services/refresh-topic';

/** Colours of the speaker lanes (readable on white, distinct for colour-blind readers where possible). */
const PALETTE = ['#1f77b4', '#d95f02', '#1b9e77', '#7570b3', '#e7298a', '#66a61e', '#a6761d', '#666666'];

const W = 760;
const H = 320;
const M = { left: 64, right: 24, top: 20, bottom: 44 };

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
  plot: { left: number; right: number; top: number; bottom: number };
  points: ChartPoint[];
  conflicts: Array<{ x1: number; y1: number; x2: number; y2: number; kind: string; title: string }>;
  lanes: Array<{ name: string; colour: string }>;
  yTicks: Array<{ y: number; label: string }>;
  xTicks: Array<{ x: number; label: string }>;
  logScale: boolean;
  unit: string | null;
}

const DAY = 86_400_000;

/** Lays out a topic's claims over time, one colour per speaker, conflicts joined by dashed lines. */
export function timelineChart(claims: ClaimEntity[], findings: ClaimFindingEntity[]): TimelineChart | null {
  const drawn = claims.filter((c) => c.valueStated !== null);
  if (drawn.length === 0) return null;
  const times = drawn.map((c) => Date.parse(c.saidAt));
  let t0 = Math.min(...times);
  let t1 = Math.max(...times);
  const pad = Math.max((t1 - t0) * 0.06, 10 * DAY);
  t0 -= pad;
  t1 += pad;
  const values = drawn.flatMap((c) => [c.valueLow, c.valueHigh, c.valueStated]).filter((v): v is number => v !== null && Number.isFinite(v));
  const vmax = Math.max(...values) * 1.25;
  const positive = values.filter((v) => v > 0);
  const vminPos = positive.length ? Math.min(...positive) : 1;
  const logScale = vminPos > 0 && vmax / vminPos > 20;
  const lo = logScale ? Math.log10(vminPos / 2) : 0;
  const hi = logScale ? Math.log10(vmax) : vmax || 1;
  const plot = { left: M.left, right: W - M.right, top: M.top, bottom: H - M.bottom };
  const xOf = (t: number) => plot.left + ((t - t0) / (t1 - t0)) * (plot.right - plot.left);
  const yOf = (v: number) => {
    const s = logScale ? Math.log10(Math.max(v, vminPos / 2)) : v;
    return plot.bottom - ((s - lo) / (hi - lo)) * (plot.bottom - plot.top);
  };

  const lanes = new Map<string, { name: string; colour: string; index: number }>();
  for (const c of drawn) {
    const name = c.speakerName ?? 'the article';
    const key = c.speakerKey ?? `#${name}`;
    if (!lanes.has(key)) lanes.set(key, { name, colour: PALETTE[lanes.size % PALETTE.length], index: lanes.size });
  }
  const conflicted = new Set(findings.flatMap((f) => f.claimIds));
  const laneOffset = (i: number) => (i - (lanes.size - 1) / 2) * 6;

  const points: ChartPoint[] = drawn.map((c) => {
    const lane = lanes.get(c.speakerKey ?? `#${c.speakerName ?? 'the article'}`)!;
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
      title: `${c.speakerName ?? 'The article'}, ${c.saidAt}: ${c.polarity === 'negated' ? 'not ' : ''}${describeClaimValue(c)}`,
      conflict: conflicted.has(c.id),
    };
  });
  const byId = new Map(points.map((p) => [p.claimId, p]));
  const conflicts = findings.flatMap((f) => {
    const [a, b] = f.claimIds.map((id) => byId.get(id));
    return a && b ? [{ x1: a.x, y1: a.y, x2: b.x, y2: b.y, kind: f.kind, title: `${f.kind}: ${f.reason}` }] : [];
  });

  const yTicks = (logScale ? logTicks(vminPos / 2, vmax) : linearTicks(hi)).map((v) => ({ y: round(yOf(v)), label: v.toLocaleString('en-GB') }));
  const xTicks = dateTicks(t0 + pad, t1 - pad).map((t) => ({ x: round(xOf(t)), label: new Date(t).toISOString().slice(0, 10) }));
  return { width: W, height: H, plot, points, conflicts, lanes: [...lanes.values()].map(({ name, colour }) => ({ name, colour })), yTicks, xTicks, logScale, unit: drawn[0].unit };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function linearTicks(max: number): number[] {
  const step = Math.pow(10, Math.floor(Math.log10(max / 2 || 1)));
  const n = Math.ceil(max / step) > 8 ? step * 2 : step;
  const out: number[] = [];
  for (let v = 0; v <= max && out.length < 10; v += n) out.push(v);
  return out;
}

function logTicks(min: number, max: number): number[] {
  const out: number[] = [];
  for (let e = Math.ceil(Math.log10(min)); Math.pow(10, e) <= max; e++) out.push(Math.pow(10, e));
  return out;
}

function dateTicks(t0: number, t1: number): number[] {
  if (t1 - t0 < DAY) return [t0];
  return [t0, t0 + (t1 - t0) / 2, t1];
}
