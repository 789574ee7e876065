import type { DataSource } from 'typeorm';
import type { ClaimEntity } from '../db/entities/claim.entity';
import type { ClaimFindingEntity } from '../db/entities/claim-finding.entity';
import type { ClaimTopicEntity } from '../db/entities/claim-topic.entity';
import { findArticleById } from '../db/repositories/article.repository';
import {
  findClaimById,
  findCurrentCounterpart,
  findClaimsByArticle,
  countClaimsAtOdds,
  revisionCountsOf,
  findClaimsByTopic,
  findClaimsPageByTopic,
  findFindingsAmongClaims,
  findFindingsByTopic,
  findTopicById,
  listClaims,
  listTopics,
  measuresInUse,
  type ClaimFilter,
  type ClaimListRow,
} from '../db/repositories/claim.repository';
import { NotFoundError } from '../errors';
import { findingsOfClaim, type ClaimFinding } from './refresh-topic';
import { divergenceFactorOf } from './settings';
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

/** Findings listed on a claim's page at a time, and the topic's other claims listed beside it. */
export const CLAIM_FINDINGS_PAGE = 20;
export const RELATED_CLAIMS = 20;
/** Claims and findings of a topic's page at a time; the claims its chart draws at most, and the conflicts it joins. */
export const TOPIC_CLAIMS_PAGE = 50;
export const TOPIC_FINDINGS_PAGE = 50;
export const CHART_CLAIMS = 200;
export const CHART_CONFLICTS = 100;

/** One claim with its article context, its topic, the topic's other claims said nearest it and a page of the findings involving it. */
export interface ClaimDetail {
  claim: ClaimEntity;
  article: { id: number; title: string; outlet: string | null; body: string };
  /**
   * For a claim of a replaced version of its page: that version, the current one, and the
   * current version's claim with the same words in the same topic, if it still makes it.
   */
  superseded: { version: number; currentArticleId: number | null; currentVersion: number | null; currentClaimId: number | null } | null;
  topic: ClaimTopicEntity;
  /** The topic's other claims said nearest this one (at most RELATED_CLAIMS), oldest first, and how many it has in all. */
  related: ClaimEntity[];
  relatedTotal: number;
  /** A page of the findings involving the claim, against claims said nearest it first, and how many there are. */
  findings: ClaimFinding[];
  findingsTotal: number;
  findingsPage: number;
}

/** Loads one claim with a page (from 1) of its findings; NotFound when there is none. */
export async function getClaim(deps: Deps, id: number, findingsPage = 1): Promise<ClaimDetail> {
  const em = deps.dataSource.manager;
  const claim = await findClaimById(em, id);
  if (!claim) throw new NotFoundError(`There is no claim ${id}`);
  const [article, topic, topicClaims, factor] = await Promise.all([
    findArticleById(em, claim.articleId),
    findTopicById(em, claim.topicId),
    findClaimsByTopic(em, claim.topicId),
    divergenceFactorOf(em),
  ]);
  if (!article || !topic) throw new NotFoundError(`There is no claim ${id}`);
  const superseded = claim.superseded ? { version: article.version, ...(await findCurrentCounterpart(em, claim)) } : null;
  // a superseded claim is no longer among its topic's claims: its findings are none
  const all = findingsOfClaim(id, topicClaims, factor);
  const others = topicClaims.filter((c) => c.id !== id);
  return {
    claim,
    article: { id: article.id, title: article.title, outlet: article.outlet, body: article.body },
    superseded,
    topic,
    related: nearestClaims(claim, others, RELATED_CLAIMS),
    relatedTotal: others.length,
    findings: all.slice((findingsPage - 1) * CLAIM_FINDINGS_PAGE, findingsPage * CLAIM_FINDINGS_PAGE),
    findingsTotal: all.length,
    findingsPage,
  };
}

/** The `n` claims said nearest a claim (the earlier on a tie), oldest first. */
function nearestClaims(claim: ClaimEntity, others: ClaimEntity[], n: number): ClaimEntity[] {
  const day = Date.parse(claim.saidAt);
  const gap = (c: ClaimEntity) => Math.abs(Date.parse(c.saidAt) - day);
  const picked = new Set(others.map((c, i) => ({ c, i })).sort((x, y) => gap(x.c) - gap(y.c) || x.i - y.i).slice(0, n).map((x) => x.c));
  return others.filter((c) => picked.has(c));
}

/** A page of a topic: its claims and findings a page each, and what its chart draws (bounded); `redirectTo` when it was merged away. */
export interface TopicPage {
  topic: ClaimTopicEntity;
  claims: ClaimEntity[];
  findings: ClaimFindingEntity[];
  /** Claims the chart draws: all of them up to CHART_CLAIMS, else that many spread evenly over time. */
  chartClaims: ClaimEntity[];
  /** Findings between the claims drawn, up to CHART_CONFLICTS. */
  chartFindings: ClaimFindingEntity[];
  /** Claims at odds with another, and claims whose only findings are their own speaker's revisions. */
  claimsAtOdds: number;
  claimsRevisedOnly: number;
  /** Revision findings of each claim the chart draws (claims with none left out). */
  chartRevisions: Map<number, number>;
  redirectTo?: number;
}

/** A topic with a page (from 1) of its claims (oldest first) and of its findings. */
export async function getTopic(
  deps: Deps,
  id: number,
  page: { claims?: number; findings?: number; claimsPerPage?: number; findingsPerPage?: number; chart?: boolean } = {},
): Promise<TopicPage> {
  const em = deps.dataSource.manager;
  const topic = await findTopicById(em, id);
  if (!topic) throw new NotFoundError(`There is no topic ${id}`);
  const none = { topic, claims: [], findings: [], chartClaims: [], chartFindings: [], claimsAtOdds: 0, claimsRevisedOnly: 0, chartRevisions: new Map<number, number>() };
  if (topic.mergedIntoId !== null) return { ...none, redirectTo: topic.mergedIntoId };
  const claimsPer = page.claimsPerPage ?? TOPIC_CLAIMS_PAGE;
  const findingsPer = page.findingsPerPage ?? TOPIC_FINDINGS_PAGE;
  const [all, claims, findings, odds] = await Promise.all([
    page.chart === false ? [] : findClaimsByTopic(em, id),
    findClaimsPageByTopic(em, id, { limit: claimsPer, offset: ((page.claims ?? 1) - 1) * claimsPer }),
    findFindingsByTopic(em, id, { limit: findingsPer, offset: ((page.findings ?? 1) - 1) * findingsPer }),
    countClaimsAtOdds(em, id),
  ]);
  const chartClaims = spreadOver(all, CHART_CLAIMS);
  const [chartFindings, chartRevisions] = await Promise.all([
    findFindingsAmongClaims(em, id, chartClaims.map((c) => c.id), CHART_CONFLICTS),
    revisionCountsOf(em, id, chartClaims.filter((c) => c.conflictCount > 0).map((c) => c.id)),
  ]);
  return { topic, claims, findings, chartClaims, chartFindings, claimsAtOdds: odds.atOdds, claimsRevisedOnly: odds.revisedOnly, chartRevisions };
}

/** At most `n` of a list, spread evenly over it, the first and the last kept. */
export function spreadOver<T>(list: T[], n: number): T[] {
  if (list.length <= n) return list;
  const out: T[] = [];
  for (let k = 0; k < n; k++) out.push(list[Math.round((k * (list.length - 1)) / (n - 1))]);
  return out;
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
