import type { EntityManager } from 'typeorm';
import { extractClaims, sourceKey, topicKey } from '../core/claims';
import type { ClaimResult } from '../core/claims';
import type { ArticleAnalysis } from '../core/types';
import { insertClaims, sourceIdsOfArticle, upsertTopic, type NewClaim } from '../db/repositories/claim.repository';
import { refreshTopic } from './refresh-topic';
import { speakerKey } from './resolve-speaker-identity';

/** What the ingest transaction hands over: the stored article and what the engine found in it. */
export interface ArticleClaimsInput {
  articleId: number;
  text: string;
  analysis: ArticleAnalysis;
  /** Publication date, else arrival. */
  saidAt: Date;
  /** Stored speaker ids by `speakerKey`, as ingest resolved them. */
  speakerIds: Map<string, number>;
}

/**
 * Extracts the article's claims, stores them under their topics (created on first use),
 * and re-runs the consistency checks of every topic they touch — inside the caller's
 * transaction, so the article, its claims and the topic counters commit together.
 */
export async function storeArticleClaims(em: EntityManager, input: ArticleClaimsInput): Promise<number[]> {
  const saidAt = input.saidAt.toISOString().slice(0, 10);
  const claims = extractClaims(input.text, input.analysis, { publishedAt: saidAt });
  if (claims.length === 0) return [];

  const topics = claims.map((c) => ({ ...topicKey(c), measure: c.measure }));
  const topicIds = new Map<string, number>();
  // Sorted keys: two ingests touching the same topics lock them in the same order.
  for (const t of [...new Map(topics.map((t) => [t.key, t])).values()].sort((a, b) => (a.key < b.key ? -1 : 1))) {
    topicIds.set(t.key, await upsertTopic(em, t));
  }
  const sources = await sourceIdsOfArticle(em, input.articleId);
  const rows = claims.map((c, i) => toClaimRow(input, c, i, topicIds.get(topics[i].key)!, saidAt, sources));
  const ids = await insertClaims(em, rows);
  for (const topicId of [...new Set(topicIds.values())].sort((a, b) => a - b)) await refreshTopic(em, topicId);
  return ids;
}

function toClaimRow(
  input: ArticleClaimsInput,
  c: ClaimResult,
  position: number,
  topicId: number,
  saidAt: string,
  sources: { quotes: Map<number, number>; statements: Map<number, number> },
): NewClaim {
  const index = c.source.index;
  return {
    articleId: input.articleId,
    position,
    topicId,
    kind: c.kind,
    measure: c.measure,
    groupText: c.group,
    subjectText: c.subject?.text ?? null,
    subjectKind: c.subject?.kind ?? null,
    valueLow: finite(c.value?.low),
    valueHigh: finite(c.value?.high),
    valueStated: finite(c.value?.stated),
    qualifier: c.value?.qualifier ?? null,
    unit: c.unit,
    valueText: c.valueSpan?.text ?? null,
    timeText: c.time?.text ?? null,
    timeFrom: c.time?.from ?? null,
    timeTo: c.time?.to ?? null,
    timePrecision: c.time?.precision ?? null,
    impliedStartEarliest: c.impliedStart?.earliest ?? null,
    impliedStartLatest: c.impliedStart?.latest ?? null,
    impliedStartPrecision: c.impliedStart?.precision ?? null,
    polarity: c.polarity,
    hedged: c.hedged,
    checkWorthiness: Math.min(1, Math.max(0, Number.isFinite(c.checkWorthiness) ? c.checkWorthiness : 0)),
    speakerId: c.speaker ? (input.speakerIds.get(speakerKey(c.speaker)) ?? null) : null,
    speakerName: c.speaker?.name ?? null,
    speakerKey: c.speaker ? sourceKey(c.speaker.name) : null,
    sourceType: c.source.type,
    quoteId: c.source.type === 'quote' && index !== null ? (sources.quotes.get(index) ?? null) : null,
    statementId: c.source.type === 'statement' && index !== null ? (sources.statements.get(index) ?? null) : null,
    sourcePosition: index,
    text: c.text,
    startOffset: c.start,
    endOffset: c.end,
    sentenceStart: c.sentence.start,
    sentenceEnd: c.sentence.end,
    citedSource: c.citedSource?.text ?? null,
    citedSourceKey: c.citedSource?.key ?? null,
    saidAt,
  };
}

function finite(n: number | null | undefined): number | null {
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}
