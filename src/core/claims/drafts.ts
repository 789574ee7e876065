/**
 * Claim drafts in one sentence, before subject, time and speaker are attached: figures
 * (counts, durations, shares, amounts), “since 2013” durations, start dates, rankings.
 */
import { NOT_PLAIN, type Token } from '../text/tokenize';
import type { ClaimKind, ClaimValue, ImpliedStart, Measure } from './types';
import { readNumber, readRange } from './quantity';
import { qualify } from './qualifier';
import { classify, INDICATORS, movedFrom, namedBefore } from './classify';
import { contextBefore, impliedStart, ordinalDuration, sinceDuration, startDate } from './duration';
import { findRankings } from './ranking';
import { fractionChangeAt } from './fractions';
import { findTallies } from './tallies';
import type { TimePhrase } from './time-ref';
import { NUMBER_WORDS, VAGUE_COUNTS, VAGUE_SCALES } from './data/numbers';
import { GROUP_NOUNS, TIME_UNITS } from './data/measures';
import { ORDINALS } from './data/rankings';
import { WordShapes } from '../text/word-shapes';

/** A claim in token terms: [start, end) is the claim, [valueStart, valueEnd) the figure with its qualifier. */
export interface Draft {
  kind: ClaimKind;
  measure: Measure;
  unit: string | null;
  group: string | null;
  value: ClaimValue | null;
  start: number;
  end: number;
  valueStart: number;
  valueEnd: number;
  impliedStart: ImpliedStart | null;
  /** Durations cover the time up to when they are said; they take no separate period. */
  ownTime: boolean;
}

/** Words that can open a figure: “three”, “dozens”, “several hundred”, “a dozen”. */
const FIGURE_OPENERS: ReadonlySet<string> = new Set([...NUMBER_WORDS.keys(), ...VAGUE_SCALES.keys(), ...VAGUE_COUNTS.keys(), 'a', 'an']);
const OPENER_SHAPES = new WordShapes(FIGURE_OPENERS);

function opensFigure(t: Token): boolean {
  if (t.kind === 'num') return true;
  if (t.kind !== 'word') return false;
  // a word of ASCII letters only has no digit and no dash: its shape answers first
  if ((t.shape & NOT_PLAIN) === 0) return OPENER_SHAPES.hasShape(t.shape) && FIGURE_OPENERS.has(t.lower);
  const c = t.lower.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  const w = t.lower;
  const dash = w.indexOf('-');
  const end = dash > 0 ? dash : w.length;
  return OPENER_SHAPES.mayHave(w, 0, end) && FIGURE_OPENERS.has(dash > 0 ? w.slice(0, dash) : w);
}

/** Determiners between “none of” and the figure: “none of the 12 hostages”. */
const OF_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'those', 'these', 'our', 'his', 'her', 'your', 'my']);

/**
 * The figure at k counts no one: “No one was hurt” (not one hurt), “none of the 12 hostages was
 * hurt”, “neither of the two guards”, “no one of the 12”. A statement that nobody was hurt is no figure of injuries
 * (and the 12 is who was spared, not who was hurt), so it gives no claim.
 */
function countsNoOne(tokens: Token[], k: number): boolean {
  if (tokens[k].lower === 'one' && tokens[k - 1]?.lower === 'no') return true;
  let j = k - 1;
  if (j >= 0 && OF_DETERMINERS.has(tokens[j].lower)) j--;
  if (tokens[j]?.lower !== 'of') return false;
  const w = tokens[j - 1]?.lower;
  return w === 'none' || w === 'neither' || w === 'nobody' || (w === 'one' && tokens[j - 2]?.lower === 'no');
}

/** A fall's figure below zero: “fell more than 10 percent” is -10 or lower. */
function negated(v: ClaimValue): ClaimValue {
  return { low: v.high === null ? null : -v.high, high: v.low === null ? null : -v.low, stated: -v.stated, qualifier: v.qualifier };
}

/** Nouns that point back to a count the sentence gave: “raised the figure to 214”. */
const COUNT_WORDS: ReadonlySet<string> = new Set(['figure', 'count', 'tally', 'number', 'total', 'estimate']);
/** Verbs that carry a count to a new figure: “raised the figure to 214”, “put its count at 40”. */
const CARRY_VERBS: ReadonlySet<string> = new Set([
  'raised', 'lowered', 'revised', 'updated', 'corrected', 'increased', 'cut', 'brought', 'put', 'pushed', 'took', 'raising', 'lowering',
  'revising', 'updating', 'bringing', 'putting', 'taking',
]);

/**
 * “The authority had reported 128 deaths on Monday night and raised the figure to 214 on Tuesday”: a figure the sentence's
 * count is carried to (“the figure”, “its count”) counts what that count did, when no word of its own says what.
 */
function sameCount(tokens: Token[], start: number, end: number, out: Draft[], carried: CarriedCount | null): ReturnType<typeof classify> {
  const to = tokens[start - 1]?.lower;
  if (to !== 'to' && to !== 'at') return null;
  const noun = tokens[start - 2];
  const det = tokens[start - 3]?.lower;
  if (!noun || !COUNT_WORDS.has(noun.lower) || (det !== 'the' && det !== 'its' && det !== 'their') || !CARRY_VERBS.has(tokens[start - 4]?.lower ?? '')) return null;
  for (let i = out.length - 1; i >= 0; i--) {
    const d = out[i];
    if (d.kind !== 'count' || d.end > start) continue;
    return { kind: 'count', measure: d.measure, unit: d.unit, group: d.group, start: start - 3, end, valueEnd: end };
  }
  // “Police said 38,000 people took part. Organisers put the figure at 150,000.”: the count of the sentence before
  if (carried) return { kind: 'count', measure: carried.measure, unit: carried.unit, group: carried.group, start: start - 3, end, valueEnd: end };
  return null;
}

/** Adjectives of a count set right: “the correct figure for Monday was 49”. */
const CORRECTED: ReadonlySet<string> = new Set(['correct', 'corrected', 'revised', 'actual', 'true', 'right', 'accurate']);
/** Verbs before the figure a corrected count is: “was 49”, “is now 49”, “stands at 49”. */
const CORRECTED_VERBS: ReadonlySet<string> = new Set(['was', 'is', 'were', 'are', 'be', 'stood', 'stands']);
/** What a count a sentence names before its figure counts: the kind, measure, unit and group of an earlier count. */
export type CarriedCount = Pick<Draft, 'measure' | 'unit' | 'group'>;

/**
 * “Yesterday we said 46 cases. After reviewing the registers, the correct figure for Monday was 49”: a figure a count is
 * corrected to counts what the count before it (in the sentence, else the one before) counted.
 */
function correctedCount(tokens: Token[], start: number, end: number, out: Draft[], carried: CarriedCount | null): ReturnType<typeof classify> {
  let k = start - 1;
  if (tokens[k]?.lower === 'at') k--;
  if (tokens[k]?.lower === 'now') k--;
  if (!CORRECTED_VERBS.has(tokens[k]?.lower ?? '')) return null;
  // (“the correct figure for Monday was”: the day the count is of, a few words)
  let n = k - 1;
  while (n > 0 && k - n <= 4 && !COUNT_WORDS.has(tokens[n].lower)) n--;
  if (!COUNT_WORDS.has(tokens[n]?.lower ?? '') || !CORRECTED.has(tokens[n - 1]?.lower ?? '') || tokens[n - 2]?.lower !== 'the') return null;
  let from: CarriedCount | null = carried;
  for (let i = out.length - 1; i >= 0; i--) if (out[i].kind === 'count' && out[i].end <= start) { from = out[i]; break; }
  if (!from) return null;
  return { kind: 'count', measure: from.measure, unit: from.unit, group: from.group, start: n - 2, end, valueEnd: end };
}

/** Nouns of a figure set as a goal: “against a promise of 10,000”, “short of its target of 500”. */
const GOAL_WORDS: ReadonlySet<string> = new Set(['promise', 'pledge', 'target', 'goal']);

/**
 * “The city has approved 1,150 affordable units, against a promise of 10,000”: a bare figure set as a goal after a figure
 * of the sentence counts what that figure counts, in its unit.
 */
function sameGoal(tokens: Token[], start: number, end: number, out: Draft[]): ReturnType<typeof classify> {
  if (tokens[start - 1]?.lower !== 'of' || !GOAL_WORDS.has(tokens[start - 2]?.lower ?? '')) return null;
  const next = tokens[end];
  if (next && next.kind === 'word' && next.lower !== 'and' && next.lower !== 'by') return null;
  const d = out[out.length - 1];
  if (!d || d.end > start || (d.kind !== 'count' && d.kind !== 'amount') || d.measure === 'money') return null;
  return { kind: d.kind, measure: d.measure, unit: d.unit, group: d.group, start: start - 2, end, valueEnd: end };
}

/** How far after the figure before it a figure it changed from may stand: “127,350 cases in 2024, up from 42,200”. */
const EARLIER_REACH = 12;
/** Words of the unit between an earlier figure and its period: “up from 42,200 cases in 2023”. */
const EARLIER_UNIT_WORDS = 2;

/**
 * “The ministry recorded 127,350 cases in 2024, up from 42,200 in 2023”, “rose to 45 on Tuesday, up from 30 on Monday”: the
 * figure a rise or fall started from, with the earlier period it is for named right after it, is that period's figure of
 * what the figure before it counts (same unit words, if any). With no period named, or after a count set right
 * (“revised its toll from 22”), it is nobody's claim.
 */
function earlierPeriod(tokens: Token[], start: number, end: number, out: Draft[], phrases: () => TimePhrase[]): ReturnType<typeof classify> {
  if (!movedFrom(tokens, start)) return null;
  const d = out[out.length - 1];
  if (!d || d.end > start || start - d.end > EARLIER_REACH || d.measure === 'change' || (d.kind !== 'count' && d.kind !== 'amount' && d.kind !== 'percentage')) return null;
  const p = phrases().find((q) => q.start >= end && q.start - end <= EARLIER_UNIT_WORDS);
  if (!p) return null;
  // (the words between the figure and its period are the unit the figure before was told in: “42,200 cases in 2023”)
  for (let k = end; k < p.start; k++) {
    const w = tokens[k];
    if (w.kind !== 'word') return null;
    let found = false;
    for (let j = d.valueStart; j < d.end + EARLIER_UNIT_WORDS && j < tokens.length; j++) if (tokens[j].lower === w.lower) found = true;
    if (!found) return null;
  }
  return { kind: d.kind, measure: d.measure, unit: d.unit, group: d.group, start, end: p.start, valueEnd: end };
}

/** How many words may describe a ratio's group before its noun: “one in five young voters”. */
const RATIO_DESCRIBING = 2;
/** Plural endings that are no plural noun: “was”, “serious”. */
const NOT_PLURAL_ENDING = /(?:ss|us|is|ous)$/;

/**
 * “nearly one in five young voters”, “about four in ten eligible members”: a share told as a ratio, in percent (20, 40),
 * of the group named after it, with the qualifier of its first figure; null when no plural noun of who or what the share
 * is of follows within a few words.
 */
function ratioShare(tokens: Token[], f: ReturnType<typeof qualify>): Draft | null {
  const raw = f.raw;
  if (raw.range || raw.vague || raw.yearLike || raw.attachedUnit || tokens[raw.end]?.lower !== 'in') return null;
  const whole = readNumber(tokens, raw.end + 1);
  if (!whole || whole.vague || whole.range || whole.attachedUnit || !(whole.stated > raw.stated) || raw.stated <= 0) return null;
  let k = whole.end;
  for (let d = 0; d <= RATIO_DESCRIBING; d++, k++) {
    const t = tokens[k];
    // (“one in five say it's …”: a verb, then no noun of the group)
    if (!t || t.kind !== 'word' || !/^[\p{Ll}-]+$/u.test(t.text)) return null;
    // (“3 in 12 months”: a time, no group)
    if (TIME_UNITS.has(t.lower)) return null;
    if (GROUP_NOUNS.has(t.lower) || (t.lower.length > 3 && t.lower.endsWith('s') && !NOT_PLURAL_ENDING.test(t.lower))) break;
    if (d === RATIO_DESCRIBING) return null;
  }
  const scale = 100 / whole.stated;
  const pct = (n: number | null): number | null => (n === null ? null : Math.round(n * scale * 10) / 10);
  const value: ClaimValue = { low: pct(f.value.low), high: pct(f.value.high), stated: pct(raw.stated) as number, qualifier: f.value.qualifier };
  return {
    kind: 'percentage', measure: 'share', unit: 'percent', group: tokens[k].text, value, start: f.start, end: k + 1,
    valueStart: f.start, valueEnd: whole.end, impliedStart: null, ownTime: false,
  };
}

/** Figures in a sentence, left to right. */
function figureDrafts(tokens: Token[], said: number | null, out: Draft[], taken: Uint8Array, carried: CarriedCount | null, phrases: () => TimePhrase[], illnessNear: boolean): void {
  for (let k = 0; k < tokens.length; k++) {
    if (taken[k] || !opensFigure(tokens[k])) continue;
    const first = readNumber(tokens, k);
    if (!first) continue;
    if (countsNoOne(tokens, k)) { k = first.end - 1; continue; }
    // “about four in ten eligible members”: the ten of a share told as a ratio counts nothing
    if (tokens[k - 1]?.lower === 'in' && (tokens[k - 2]?.kind === 'num' || NUMBER_WORDS.has(tokens[k - 2]?.lower ?? ''))) { k = first.end - 1; continue; }
    const raw = readRange(tokens, first);
    const f = qualify(tokens, raw);
    const ratio = ratioShare(tokens, f);
    if (ratio) {
      out.push(ratio);
      taken.fill(1, Math.min(ratio.start, f.start), ratio.end);
      k = ratio.end - 1;
      continue;
    }
    const c = classify(tokens, f, illnessNear) ?? sameCount(tokens, f.start, raw.end, out, carried) ?? sameGoal(tokens, f.start, raw.end, out)
      ?? correctedCount(tokens, f.start, raw.end, out, carried) ?? earlierPeriod(tokens, f.start, raw.end, out, phrases);
    k = raw.end - 1;
    if (!c) continue;
    // “paid over three years”: the stretch of the deed, three years (“over” is no qualifier of the figure)
    const value: ClaimValue = c.period ? { low: raw.low, high: raw.high, stated: raw.stated, qualifier: raw.vague ? 'vague' : 'exact' } : f.value;
    const implied = c.kind === 'duration' && c.unit && !c.noStart ? impliedStart(value, c.unit, said) : null;
    out.push({
      kind: c.kind, measure: c.measure, unit: c.unit, group: c.group, value: c.fall ? negated(value) : value, start: c.start, end: c.end,
      valueStart: c.period ? raw.start : f.start, valueEnd: c.valueEnd, impliedStart: implied, ownTime: c.kind === 'duration',
    });
    for (let j = Math.min(c.start, f.start); j < c.end; j++) taken[j] = 1;
    k = Math.max(k, c.end - 1);
  }
}

/** “besieged since 2013” and “the siege began in March 2015”. */
function dateDrafts(tokens: Token[], phrases: TimePhrase[], said: number | null, out: Draft[], taken: Uint8Array): void {
  for (const p of phrases) {
    if (taken[p.start]) continue;
    const ctx = contextBefore(tokens, p.start);
    if (!ctx) continue;
    const measure = ctx.measure;
    const since = sinceDuration(p, said);
    const start = since ? null : startDate(tokens, p);
    if (!since && !start) continue;
    const d: Draft = since
      ? { kind: 'duration', measure, unit: since.unit, group: null, value: since.value, start: ctx.at, end: p.end, valueStart: p.start, valueEnd: p.end, impliedStart: since.start, ownTime: true }
      : { kind: 'date', measure, unit: 'date', group: null, value: null, start: ctx.at, end: p.end, valueStart: p.start, valueEnd: p.end, impliedStart: start, ownTime: true };
    out.push(d);
    for (let j = p.start; j < p.end; j++) taken[j] = 1;
  }
}

/** “the siege, now in its fourth day”: durations told by an ordinal. */
function ordinalDrafts(tokens: Token[], said: number | null, out: Draft[], taken: Uint8Array): void {
  for (let k = 1; k < tokens.length - 1; k++) {
    if (taken[k] || taken[k + 1] || !ORDINALS.has(tokens[k].lower)) continue;
    const d = ordinalDuration(tokens, k, said);
    if (!d) continue;
    out.push({
      kind: 'duration', measure: d.measure, unit: d.unit, group: null, value: d.value, start: Math.min(d.at, k), end: k + 2,
      valueStart: k, valueEnd: k + 2, impliedStart: d.start, ownTime: true,
    });
    taken[k] = 1;
    taken[k + 1] = 1;
  }
}

/** “Spending on defence will rise by a third”: a change in percent told as a fraction after “by”. */
function fractionDrafts(tokens: Token[], out: Draft[], taken: Uint8Array): void {
  for (let k = 1; k < tokens.length - 1; k++) {
    if (taken[k] || tokens[k].lower !== 'by') continue;
    const c = fractionChangeAt(tokens, k);
    if (!c || taken.subarray(c.start, c.end).some((x) => x === 1)) continue;
    // “Sales to Asia fell by a third”: what changed, named before it as for a change in percent (“Sales fell 30 percent”)
    // (“cut the bonus of its plant workers, about 4,000 people, by nearly half”: what the verb is done to)
    const named = namedBefore(tokens, c.start, INDICATORS);
    const what = named ?? c.object;
    out.push({
      kind: 'percentage', measure: 'change', unit: 'percent', group: what ? what.text : null, value: c.value, start: named ? named.start : c.start, end: c.end,
      valueStart: c.valueStart, valueEnd: c.end, impliedStart: null, ownTime: false,
    });
    taken.fill(1, c.start, c.end);
    k = c.end - 1;
  }
}

/** “The bill passed by 187 votes to 142”: a chamber's tally, the votes for and the votes against, one claim each. */
function tallyDrafts(tokens: Token[], out: Draft[], taken: Uint8Array): void {
  for (const t of findTallies(tokens)) {
    for (const [measure, side] of [['votes-for', t.for], ['votes-against', t.against]] as const) {
      const value: ClaimValue = { low: side.value, high: side.value, stated: side.value, qualifier: 'exact' };
      out.push({
        kind: 'count', measure, unit: 'vote', group: null, value, start: t.start, end: t.end, valueStart: side.start, valueEnd: side.end,
        impliedStart: null, ownTime: false,
      });
    }
    taken.fill(1, t.start, t.end);
  }
}

/** All drafts of one sentence. */
export function sentenceDrafts(tokens: Token[], phrases: () => TimePhrase[], said: number | null, carried: CarriedCount | null = null, illnessNear = false): Draft[] {
  const out: Draft[] = [];
  const taken = new Uint8Array(tokens.length);
  tallyDrafts(tokens, out, taken);
  figureDrafts(tokens, said, out, taken, carried, phrases, illnessNear);
  fractionDrafts(tokens, out, taken);
  dateDrafts(tokens, phrases(), said, out, taken);
  ordinalDrafts(tokens, said, out, taken);
  for (const r of findRankings(tokens, taken)) {
    const value = r.value === null ? null : { low: r.value, high: r.value, stated: r.value, qualifier: 'exact' as const };
    out.push({
      kind: r.kind, measure: r.kind === 'ranking' ? 'rank' : 'comparison', unit: r.kind === 'ranking' ? 'rank' : 'times', group: null, value,
      start: r.start, end: r.end, valueStart: r.start, valueEnd: r.start + 1 + (r.kind === 'ranking' ? 1 : 0), impliedStart: null, ownTime: false,
    });
  }
  return out;
}
