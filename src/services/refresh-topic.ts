import type { EntityManager } from 'typeorm';
import { checkConsistency } from '../core/claims';
import type { ClaimValue, Measure, Precision, Qualifier, TopicClaim } from '../core/claims';
import { describeValue, pointOf } from '../core/claims/compare';
import type { ClaimEntity } from '../db/entities/claim.entity';
import { findClaimsByTopic, lockTopic, replaceTopicFindings, type NewFinding, type TopicCounters } from '../db/repositories/claim.repository';
import { divergenceFactorOf } from './settings';

/** Figures more than this factor apart for the same period diverge (the default of the checks). */

/** A stored claim's figure, or null. */
export function claimValue(c: Pick<ClaimEntity, 'valueLow' | 'valueHigh' | 'valueStated' | 'qualifier'>): ClaimValue | null {
  if (c.valueStated === null || c.qualifier === null) return null;
  return { low: c.valueLow, high: c.valueHigh, stated: c.valueStated, qualifier: c.qualifier as Qualifier };
}

/** A stored claim's figure as words: “more than 3 years”. */
export function describeClaimValue(c: ClaimEntity): string {
  return describeValue(claimValue(c), c.unit);
}

/**
 * A stored claim as the consistency checks read it. All claims of a stored topic share the
 * first claim's subject and group, so claims an editor moved or merged in are compared too.
 */
function asTopicClaim(c: ClaimEntity, anchor: ClaimEntity): TopicClaim {
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
    saidAt: c.saidAt,
    citedSourceKey: c.citedSourceKey,
  };
}

/**
 * The findings and stored counters of a topic, recomputed from its claims (oldest first):
 * the consistency checks over every pair, the latest figure and the spread.
 */
export function computeTopicRefresh(topicId: number, claims: ClaimEntity[], divergenceFactor: number): { findings: NewFinding[]; counters: TopicCounters } {
  const findings: NewFinding[] = claims.length < 2 ? [] : checkConsistency(claims.map((c) => asTopicClaim(c, claims[0])), { divergenceFactor })
    .map((f) => ({ topicId, kind: f.kind, claimIds: f.claimIds.map(Number), reason: f.reason, direction: f.direction ?? null }));
  const points = claims.map(claimValue).filter((v): v is ClaimValue => v !== null).map(pointOf).filter(Number.isFinite);
  const latest = [...claims].reverse().find((c) => claimValue(c) !== null) ?? null;
  return {
    findings,
    counters: {
      claimCount: claims.length,
      conflictCount: findings.length,
      latestFigure: latest ? describeClaimValue(latest) : null,
      latestSaidAt: latest?.saidAt ?? null,
      minValue: points.length ? Math.min(...points) : null,
      maxValue: points.length ? Math.max(...points) : null,
      unit: latest?.unit ?? claims[0]?.unit ?? null,
    },
  };
}

/**
 * Re-runs the consistency checks over one topic's claims (topics are small) and stores the
 * findings and the topic's counters. Locks the topic so concurrent ingests take turns.
 */
export async function refreshTopic(em: EntityManager, topicId: number): Promise<void> {
  await lockTopic(em, topicId);
  const { findings, counters } = computeTopicRefresh(topicId, await findClaimsByTopic(em, topicId), await divergenceFactorOf(em));
  await replaceTopicFindings(em, topicId, findings, counters);
}
