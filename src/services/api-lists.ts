import type { DataSource } from 'typeorm';
import {
  keysetArticles,
  keysetClaims,
  keysetTopicClaims,
  keysetTopics,
  type ClaimKeysetFilter,
  type KeysetPage,
} from '../db/repositories/api-list.repository';
import { liveTopic } from './follow-feeds';
import { findFindingsByTopic } from '../db/repositories/claim.repository';
import type { ClaimFindingEntity } from '../db/entities/claim-finding.entity';

type Deps = { dataSource: DataSource };

/** Current articles after a keyset position, newest first (`limit + 1` rows: the extra tells whether more follow). */
export function listArticlesAfter(deps: Deps, page: KeysetPage<string>) {
  return keysetArticles(deps.dataSource.manager, page);
}

/** Live topics after a keyset position, most recently changed first. */
export function listTopicsAfter(deps: Deps, page: KeysetPage<string> & { measure?: string; withUnplaced?: boolean }) {
  return keysetTopics(deps.dataSource.manager, page);
}

/** Claims matching the list filters after a keyset position. */
export function listClaimsAfter(deps: Deps, filter: ClaimKeysetFilter & KeysetPage<string | number>) {
  return keysetClaims(deps.dataSource.manager, filter);
}

/** A live topic's claims in time order after a keyset position; `redirectTo` when the topic was merged. */
/** A page of a topic's findings in stored order after the finding `afterId`, one extra row to tell whether more follow. */
export async function listTopicFindingsAfter(deps: Deps, topicId: number, page: { afterId?: number; limit: number }): Promise<{ redirectTo?: number; findings: ClaimFindingEntity[] }> {
  const t = await liveTopic(deps, topicId);
  if (t.redirectTo !== undefined) return { redirectTo: t.redirectTo, findings: [] };
  return { findings: await findFindingsByTopic(deps.dataSource.manager, topicId, { afterId: page.afterId, limit: page.limit + 1, offset: 0 }) };
}

export async function listTopicClaimsAfter(deps: Deps, topicId: number, page: KeysetPage<string>) {
  const t = await liveTopic(deps, topicId);
  if (t.redirectTo !== undefined) return { redirectTo: t.redirectTo, claims: [] };
  return { claims: await keysetTopicClaims(deps.dataSource.manager, topicId, page) };
}
