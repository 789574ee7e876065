import type { EntityManager } from 'typeorm';
import { checkConsistency, speakerIdentity } from '../core/claims';
import { asOf } from '../core/claims/consistency';
import { parseIsoDay } from '../core/claims/dates';
import type { ClaimValue, Measure, Precision, Qualifier, TopicClaim } from '../core/claims';
import { describeValue, inUnit, unitFactor } from '../core/claims/compare';
import { clearTopicRecheck, findClaimsByTopic, findTopicArticleIds, findTopicClaimSlots, lockTopic, replaceTopicFindings, setTopicLabel, type NewFinding, type TopicCounters } from '../db/repositories/claim.repository';
import type { CheckedClaim, KeptPair, TopicCheckInput, TopicFindingsWrite } from '../db/repositories/ingest.repository';
import { divergenceFactorOf } from './settings';
import { boundedChange, boundedFindings, boundedFindingsAsync, FINDINGS_PER_CLAIM, type BoundedFindings } from './bounded-findings';
import { ARTICLE_KEY, labelForArticles } from './store-claims';

/** Figures more than this factor apart for the same period diverge (the default of the checks). */

/** A stored claim's figure, or null. */
export function claimValue(c: Pick<CheckedClaim, 'valueLow' | 'valueHigh' | 'valueStated' | 'qualifier'>): ClaimValue | null {
  if (c.valueStated === null || c.qualifier === null) return null;
  return { low: c.valueLow, high: c.valueHigh, stated: c.valueStated, qualifier: c.qualifier as Qualifier };
}

/** A stored claim's figure as words: “more than 3 years”. */
export function describeClaimValue(c: Pick<CheckedClaim, 'valueLow' | 'valueHigh' | 'valueStated' | 'qualifier' | 'unit'>): string {
  return describeValue(claimValue(c), c.unit);
}

/**
 * A stored claim's figure as it was said: “not 14” for a denied figure (“There were never 14
 * hostages”), “over 3 years” otherwise. Every page, feed and export shows a claim's figure so.
 */
export function describeClaimFigure(c: Pick<CheckedClaim, 'valueLow' | 'valueHigh' | 'valueStated' | 'qualifier' | 'unit' | 'polarity'>): string {
  const figure = describeClaimValue(c);
  return c.polarity === 'negated' && figure ? `not ${figure}` : figure;
}

/** A figure as written (“14”) with the denial it was said with: “not 14”. */
export function asSaid(text: string, polarity: string): string {
  return polarity === 'negated' ? `not ${text}` : text;
}

/**
 * A claim that asserts its figure: one with a figure that no one denied. A denied figure (“never
 * 14”) is no one's figure, so it is neither the latest figure, nor in the spread or the chart.
 */
export function assertsFigure(c: Pick<CheckedClaim, 'valueLow' | 'valueHigh' | 'valueStated' | 'qualifier' | 'polarity'>): boolean {
  return c.polarity !== 'negated' && claimValue(c) !== null;
}

/**
 * A stored claim as the consistency checks read it. All claims of a stored topic share the
 * first claim's subject and group, so claims an editor moved or merged in are compared too.
 */
function asTopicClaim(c: CheckedClaim, anchor: CheckedClaim): TopicClaim {
  return {
    id: String(c.id),
    kind: c.kind as TopicClaim['kind'],
    subject: anchor.subjectText !== null ? { text: anchor.subjectText } : null,
    measure: c.measure as Measure,
    group: anchor.groupText,
    value: claimValue(c),
    unit: c.unit,
    time: c.timeFrom || c.timeTo ? { from: c.timeFrom, to: c.timeTo } : null,
    impliedStart: c.impliedStartEarliest || c.impliedStartLatest
      ? { earliest: c.impliedStartEarliest, latest: c.impliedStartLatest, precision: (c.impliedStartPrecision ?? 'day') as Precision }
      : null,
    polarity: c.polarity,
    speakerKey: c.speakerKey,
    speakerId: c.speakerId !== null && c.speakerId !== undefined ? `#${c.speakerId}` : null,
    speakerName: c.speakerName,
    saidAt: c.saidAt,
    citedSourceKey: c.citedSourceKey,
    of: c.groupText,
  };
}

/** The findings, per-claim finding counts and stored counters of a topic, recomputed from its claims. */
export interface TopicRefresh {
  findings: NewFinding[];
  counters: TopicCounters;
  /** Each claim's count of findings, all told (the findings kept are bounded: see FINDINGS_PER_CLAIM). */
  claimCounts: Map<number, number>;
}

/** The checks' settings for a topic's claims. */
function checkOptions(divergenceFactor: number) {
  return { divergenceFactor, unstatedPeriodDays: UNSTATED_PERIOD_DAYS };
}

/**
 * The findings and stored counters of a topic, recomputed from its claims (oldest first):
 * the consistency checks over every pair (each claim's findings kept against the claims said
 * nearest it, see `boundedFindings`), the latest figure and the spread.
 */
export function computeTopicRefresh(topicId: number, claims: CheckedClaim[], divergenceFactor: number): TopicRefresh {
  const found = claims.length < 2 ? NO_FINDINGS : boundedFindings(claims.map((c) => asTopicClaim(c, claims[0])), checkOptions(divergenceFactor));
  return topicRefreshOf(topicId, claims, divergenceFactor, found);
}

/** `computeTopicRefresh` giving the event loop back while it compares (an editor's merge of two big topics). */
export async function computeTopicRefreshAsync(topicId: number, claims: CheckedClaim[], divergenceFactor: number): Promise<TopicRefresh> {
  const found = claims.length < 2 ? NO_FINDINGS : await boundedFindingsAsync(claims.map((c) => asTopicClaim(c, claims[0])), checkOptions(divergenceFactor));
  return topicRefreshOf(topicId, claims, divergenceFactor, found);
}

const NO_FINDINGS: BoundedFindings = { findings: [], counts: new Map() };

function topicRefreshOf(topicId: number, claims: CheckedClaim[], divergenceFactor: number, found: BoundedFindings): TopicRefresh {
  const findings: NewFinding[] = found.findings.map((f) => ({ topicId, kind: f.kind, claimIds: f.claimIds.map(Number), reason: f.reason, direction: f.direction ?? null }));
  const latest = latestFigure(claims);
  const unit = latest?.unit ?? claims[0]?.unit ?? null;
  const spread = spreadOf(claims, unit);
  return {
    findings,
    claimCounts: new Map([...found.counts].map(([id, n]) => [Number(id), n])),
    counters: {
      claimCount: claims.length,
      conflictCount: findings.length,
      latestFigure: latest ? describeClaimValue(latest) : null,
      latestSaidAt: latest?.saidAt ?? null,
      minValue: spread.lows.length ? Math.min(...spread.lows) : null,
      maxValue: spread.highs.length ? Math.max(...spread.highs) : null,
      unit,
      checkedDivergenceFactor: divergenceFactor,
    },
  };
}

/**
 * The day a claim's figure stood at: for a running toll the day it was given as of (“nine deaths on Tuesday”, told in
 * Thursday's paper, stood on Tuesday), else the day it was said.
 */
function figureDay(c: CheckedClaim): string {
  const said = String(c.saidAt);
  return asOf({ measure: c.measure as Measure, time: c.timeFrom || c.timeTo ? { from: c.timeFrom, to: c.timeTo } : null, saidAt: said }) ?? said.slice(0, 10);
}

/** The figure a topic stands at: of the claims asserting a figure, the one of the latest day, then the latest said. */
function latestFigure(claims: readonly CheckedClaim[]): CheckedClaim | null {
  let best: CheckedClaim | null = null;
  let bestDay = '';
  for (const c of claims) {
    if (!assertsFigure(c)) continue;
    const day = figureDay(c);
    // (claims come oldest said first: a later one of the same day takes the place)
    if (best === null || day >= bestDay) { best = c; bestDay = day; }
  }
  return best;
}

/**
 * The lowest and highest figures the claims give, in `unit`: a range or a vague figure by its ends (“dozens” is 24 to
 * 120, not a middle of 54), any other by the number stated (“at least 23” is 23, “about 14,000” is 14,000). Durations
 * are converted (2 years are 24 months), figures in a unit that cannot be converted (euros in a dollar topic) and
 * denied figures are left out, and each is rounded to two decimals (18 months are 1.5 years, not 1.4999999999999998).
 */
function spreadOf(claims: CheckedClaim[], unit: string | null): { lows: number[]; highs: number[] } {
  const lows: number[] = [];
  const highs: number[] = [];
  for (const c of claims) {
    if (c.polarity === 'negated') continue; // “never 14” is not 14
    const v = claimValue(c);
    const w = v && inUnit(v, c.unit, unit);
    if (!w) continue;
    const ranged = (w.qualifier === 'range' || w.qualifier === 'vague') && w.low !== null && w.high !== null;
    const low = rounded(ranged ? w.low! : w.stated);
    const high = rounded(ranged ? w.high! : w.stated);
    if (Number.isFinite(low) && Number.isFinite(high)) {
      lows.push(low);
      highs.push(high);
    }
  }
  return { lows, highs };
}

/** A figure of the spread to two decimals, or three significant digits when under one (a share of 0.004%). */
function rounded(n: number): number {
  return Math.abs(n) >= 1 ? Math.round(n * 100) / 100 : Number(n.toPrecision(3));
}

/** Claims with no stated period are compared when said this many days apart or less (the checks' default). */
export const UNSTATED_PERIOD_DAYS = 7;

/**
 * A touched topic's check after new claims arrived, as `writeTopicFindings` stores it. A
 * topic last checked with another divergence factor (or never) is recomputed in full; else
 * only the pairs with a new claim are compared and the new claims' speakers' revision chains
 * redone, and the counters are moved on from the stored ones — the same findings and counters
 * a full recomputation gives, without comparing every old pair again.
 */
export function computeTopicCheck(
  input: TopicCheckInput, newClaimIds: ReadonlySet<number>, divergenceFactor: number,
  /** The topic's stored pair findings: needed (else null is returned) when a claim is at odds with more claims than the findings it keeps. */
  kept?: readonly KeptPair[],
): TopicFindingsWrite | null {
  const { topicId, claims, anchor } = input;
  const whole = () => {
    const full = computeTopicRefresh(topicId, claims, divergenceFactor);
    return { topicId, replace: true, chainClaimIds: [], findings: full.findings, counters: full.counters, claimCounts: full.claimCounts, factor: divergenceFactor };
  };
  if (input.checkedFactor !== divergenceFactor) return whole();
  const fresh = claims.filter((c) => newClaimIds.has(c.id));
  const checked = claims.map((c) => asTopicClaim(c, anchor));
  const identities = new Map(checked.map((t, i) => [claims[i].id, speakerIdentity(t)]));
  const speakers = new Set(fresh.map((c) => identities.get(c.id)).filter((k): k is string => !!k));
  const findings = checkConsistency(checked, {
    divergenceFactor,
    unstatedPeriodDays: UNSTATED_PERIOD_DAYS,
    pairsWith: new Set(fresh.map((c) => String(c.id))),
    revisionsOf: speakers,
  }).map((f) => ({ kind: f.kind, claimIds: f.claimIds.map(Number), reason: f.reason, direction: f.direction ?? null }));
  // Every new pair finding counts for both its claims, whether it is kept or not.
  const pairCounts = new Map<number, number>();
  for (const f of findings) if (f.kind !== 'revision') for (const id of f.claimIds) pairCounts.set(id, (pairCounts.get(id) ?? 0) + 1);
  // Findings are kept for each claim against the few said nearest it only: when a claim would be at odds with more than
  // that, which of its findings are kept may change with the new one, so the new findings are ranked with the stored
  // ones of the claims they meet (read by the caller), as a whole recheck ranks them — without comparing the old pairs.
  let stored = findings;
  let droppedFindingIds: number[] = [];
  if (overBound(claims, findings, newClaimIds)) {
    if (!kept) return null;
    const pairs = findings.filter((f) => f.kind !== 'revision');
    const change = boundedChange(pairs, new Map(claims.map((c) => [c.id, c.saidAt])), kept);
    const keptPairs = new Set(pairs.filter((_, i) => change.keep.has(i)));
    stored = findings.filter((f) => f.kind === 'revision' || keptPairs.has(f));
    droppedFindingIds = change.drop;
  }
  // Counters: the stored ones moved on by the new claims (ids only grow, so a new claim said on
  // the latest day is the later one).
  const old = input.counters;
  const newest = latestFigure(fresh);
  // (a toll recalled as of an earlier day than the latest figure was said does not take its place: “the sheriff's
  // nine deaths on Tuesday”, told again on Thursday after the coroner's 12)
  const takes = newest !== null && (old.latestSaidAt === null || (newest.saidAt >= old.latestSaidAt && figureDay(newest) >= old.latestSaidAt.slice(0, 10)));
  const unit = takes ? (newest.unit ?? anchor.unit) : old.latestSaidAt === null ? anchor.unit : old.unit;
  // the stored spread moved into the topic's unit (durations convert; another currency starts it afresh)
  const f = unitFactor(old.unit, unit);
  const scale = (v: number | null) => (v === null || f === null ? null : v * f);
  const spread = spreadOf(fresh, unit);
  const min = [scale(old.minValue), ...spread.lows].filter((v): v is number => v !== null).map(rounded);
  const max = [scale(old.maxValue), ...spread.highs].filter((v): v is number => v !== null).map(rounded);
  return {
    topicId,
    replace: false,
    chainClaimIds: claims.filter((c) => { const id = identities.get(c.id); return !!id && speakers.has(id); }).map((c) => c.id),
    findings: stored,
    droppedFindingIds,
    pairCounts,
    counters: {
      claimCount: old.claimCount + fresh.length,
      latestFigure: takes ? describeClaimValue(newest) : old.latestFigure,
      latestSaidAt: takes ? newest.saidAt : old.latestSaidAt,
      minValue: min.length ? Math.min(...min) : null,
      maxValue: max.length ? Math.max(...max) : null,
      unit,
    },
    factor: divergenceFactor,
  };
}

/** A finding as the claim page lists it: one of the claim's, against another claim of its topic. */
export interface ClaimFinding {
  kind: string;
  claimIds: number[];
  reason: string;
  direction: 'raised' | 'lowered' | null;
}

/**
 * Every finding that involves one claim, against every other claim of its topic (oldest first),
 * the findings against claims said nearest to it first: the stored findings keep only the
 * nearest few of each claim, and its page lists them all, a page at a time. Linear in the topic.
 */
export function findingsOfClaim(claimId: number, claims: CheckedClaim[], divergenceFactor: number): ClaimFinding[] {
  const own = claims.find((c) => c.id === claimId);
  if (!own || claims.length < 2) return [];
  const checked = claims.map((c) => asTopicClaim(c, claims[0]));
  const identity = speakerIdentity(checked[claims.indexOf(own)]);
  const found = checkConsistency(checked, {
    ...checkOptions(divergenceFactor),
    pairsWith: new Set([String(claimId)]),
    revisionsOf: new Set(identity ? [identity] : []),
  }).filter((f) => f.claimIds.includes(String(claimId)));
  const said = new Map(claims.map((c) => [c.id, parseIsoDay(c.saidAt) ?? 0]));
  const index = new Map(claims.map((c, i) => [c.id, i]));
  const day = said.get(claimId)!;
  const other = (f: { claimIds: string[] }) => Number(f.claimIds.find((id) => id !== String(claimId)) ?? claimId);
  return found
    .map((f) => ({ kind: f.kind, claimIds: f.claimIds.map(Number), reason: f.reason, direction: f.direction ?? null, gap: Math.abs((said.get(other(f)) ?? day) - day), at: index.get(other(f)) ?? 0 }))
    .sort((x, y) => x.gap - y.gap || x.at - y.at)
    .map(({ gap: _gap, at: _at, ...f }) => f);
}

/**
 * Whether new findings take a claim past the findings kept per claim: the stored claims' counts
 * (all told) and the new claims' pair findings, revisions counted too (an upper bound is enough).
 */
function overBound(claims: readonly CheckedClaim[], findings: ReadonlyArray<{ kind: string; claimIds: number[] }>, newClaimIds: ReadonlySet<number>): boolean {
  const added = new Map<number, number>();
  for (const f of findings) if (f.kind !== 'revision') for (const id of f.claimIds) added.set(id, (added.get(id) ?? 0) + 1);
  if (added.size === 0) return false;
  const stored = new Map(claims.map((c) => [c.id, newClaimIds.has(c.id) ? 0 : (c.conflictCount ?? 0)]));
  for (const [id, n] of added) if ((stored.get(id) ?? 0) + n > FINDINGS_PER_CLAIM) return true;
  return false;
}

/**
 * Re-runs the consistency checks over one topic's claims and stores the findings (bounded per
 * claim) and the topic's counters; the comparisons give the event loop back as they go. Locks the topic so concurrent ingests take turns.
 */
export async function refreshTopic(em: EntityManager, topicId: number): Promise<void> {
  const topic = await lockTopic(em, topicId);
  const { findings, counters, claimCounts } = await computeTopicRefreshAsync(topicId, await findClaimsByTopic(em, topicId), await divergenceFactorOf(em));
  await replaceTopicFindings(em, topicId, findings, counters, claimCounts);
  // a recheck an editor's change asked of the worker is done by this one (the topic is locked: any change since waits)
  if (topic?.recheckRequestedAt) await clearTopicRecheck(em, topicId);
  if (topic) await relabelTopic(em, topic);
}

/**
 * A topic of one article's figures that now holds another's no longer names that article: “Unspecified subject —
 * people counted (article 7)” that took the Courier's “About 4,000 workers” by a merge is “Unspecified subject —
 * people counted”; split back to its own article's figures it names the article again. Done by the change that moved
 * the claims, not left to the recheck the worker runs after it.
 */
export async function relabelTopic(em: EntityManager, topic: { id: number; key: string; label: string }): Promise<void> {
  if (!topic.key.includes(ARTICLE_KEY)) return;
  const label = labelForArticles(topic, await findTopicArticleIds(em, topic.id), await findTopicClaimSlots(em, topic.id));
  if (label !== topic.label) await setTopicLabel(em, topic.id, label);
}

/** Re-checks topics whose claims changed speaker, in id order (locks first, so concurrent changes take turns). */
export async function recheckTopics(em: EntityManager, topicIds: readonly number[]): Promise<void> {
  const ids = [...new Set(topicIds)].sort((a, b) => a - b);
  for (const id of ids) await lockTopic(em, id);
  for (const id of ids) await refreshTopic(em, id);
}
