import type { DataSource } from 'typeorm';
import type { ClaimEntity } from '../db/entities/claim.entity';
import type { ClaimFindingEntity } from '../db/entities/claim-finding.entity';
import type { ClaimTopicEntity } from '../db/entities/claim-topic.entity';
import { findArticleById } from '../db/repositories/article.repository';
import {
  findClaimById,
  findCurrentCounterpart,
  findClaimsByArticle,
  findClaimsByTopic,
  findFindingsByClaim,
  findFindingsByTopic,
  findTopicById,
  listClaims,
  listTopics,
  measuresInUse,
  type ClaimFilter,
  type ClaimListRow,
} from '../db/repositories/claim.repository';
import { NotFoundError } from '../errors';
import { MEASURE_LABELS } from '../core/claims/data/topics';

type Deps = { dataSource: DataSource };

/** Page size of the claim and topic lists. */
export const PAGE_SIZE = 50;

/** A page of claims matching the filters. */
export async function searchClaims(deps: Deps, filter: Omit<ClaimFilter, 'limit' | 'offset'> & { page: number }): Promise<{ claims: ClaimListRow[]; page: number; hasMore: boolean }> {
  const { page, ...rest } = filter;
  const { rows, hasMore } = await listClaims(deps.dataSource.manager, { ...rest, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  return { claims: rows, page, hasMore };
}

/** One claim with its article context, its topic, the topic's other claims and the findings involving it. */
export interface ClaimDetail {
  claim: ClaimEntity;
  article: { id: number; title: string; outlet: string | null; body: string };
  /**
   * For a claim of a replaced version of its page: that version, the current one, and the
   * current version's claim with the same words in the same topic, if it still makes it.
   */
  superseded: { version: number; currentArticleId: number | null; currentVersion: number | null; currentClaimId: number | null } | null;
  topic: ClaimTopicEntity;
  related: ClaimEntity[];
  findings: ClaimFindingEntity[];
}

/** Loads one claim; NotFound when there is none. */
export async function getClaim(deps: Deps, id: number): Promise<ClaimDetail> {
  const em = deps.dataSource.manager;
  const claim = await findClaimById(em, id);
  if (!claim) throw new NotFoundError(`There is no claim ${id}`);
  const [article, topic, topicClaims, findings] = await Promise.all([
    findArticleById(em, claim.articleId),
    findTopicById(em, claim.topicId),
    findClaimsByTopic(em, claim.topicId),
    findFindingsByClaim(em, id),
  ]);
  if (!article || !topic) throw new NotFoundError(`There is no claim ${id}`);
  const superseded = claim.superseded ? { version: article.version, ...(await findCurrentCounterpart(em, claim)) } : null;
  return {
    claim,
    article: { id: article.id, title: article.title, outlet: article.outlet, body: article.body },
    superseded,
    topic,
    related: topicClaims.filter((c) => c.id !== id),
    findings,
  };
}

/** A topic with its claims (oldest first) and findings; `redirectTo` when it was merged away. */
export async function getTopic(deps: Deps, id: number): Promise<{ topic: ClaimTopicEntity; claims: ClaimEntity[]; findings: ClaimFindingEntity[]; redirectTo?: number }> {
  const em = deps.dataSource.manager;
  const topic = await findTopicById(em, id);
  if (!topic) throw new NotFoundError(`There is no topic ${id}`);
  if (topic.mergedIntoId !== null) return { topic, claims: [], findings: [], redirectTo: topic.mergedIntoId };
  const [claims, findings] = await Promise.all([findClaimsByTopic(em, id), findFindingsByTopic(em, id)]);
  return { topic, claims, findings };
}

/** The measures offered in the claim list's filter: those the stored claims use, each with a readable name and its count. */
export async function claimMeasures(deps: Deps): Promise<Array<{ value: string; label: string }>> {
  // read at most once a minute per process: the list of a filter, not a figure anyone checks
  const now = Date.now();
  if (!measuresCache || measuresCache.source !== deps.dataSource || now - measuresCache.at > MEASURES_TTL_MS) {
    const rows = await measuresInUse(deps.dataSource.manager);
    measuresCache = { at: now, source: deps.dataSource, list: rows.map((r) => ({ value: r.measure, label: `${measureName(r.measure)} (${r.claims})` })) };
  }
  return measuresCache.list;
}

/** How long the measures offered stay as read. */
const MEASURES_TTL_MS = 60_000;
let measuresCache: { at: number; source: DataSource; list: Array<{ value: string; label: string }> } | null = null;

/** “{group} deaths” → “deaths”: a measure's label without its counted group. */
export function measureName(measure: string): string {
  const label = (MEASURE_LABELS as Record<string, string | undefined>)[measure];
  return label ? label.replace('{group}', '').trim() : measure;
}

/** A page of topics, most recently changed first. */
export async function searchTopics(deps: Deps, q: { page: number; measure?: string; subjects?: 'named' | 'all' }) {
  const { rows, hasMore } = await listTopics(deps.dataSource.manager, { limit: PAGE_SIZE, offset: (q.page - 1) * PAGE_SIZE, measure: q.measure, withUnplaced: q.subjects === 'all' });
  return { topics: rows, page: q.page, hasMore };
}

/** An article's claims in reading order (for the article page). */
export function getArticleClaims(deps: Deps, articleId: number): Promise<ClaimEntity[]> {
  return findClaimsByArticle(deps.dataSource.manager, articleId);
}
