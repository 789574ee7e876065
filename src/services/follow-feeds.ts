import type { DataSource } from 'typeorm';
import { keysetClaims } from '../db/repositories/api-list.repository';
import { findTopicById } from '../db/repositories/claim.repository';
import { hasFilter, searchQuotes, type QuoteHit, type QuoteSearch } from '../db/repositories/search.repository';
import type { ClaimTopicEntity } from '../db/entities/claim-topic.entity';
import type { ClaimEntity } from '../db/entities/claim.entity';
import { NotFoundError } from '../errors';
import { getSpeakerQuotes } from './get-speaker';

type Deps = { dataSource: DataSource };

/** Entries in a feed: the newest ones; feed readers keep what they have already seen. */
export const FEED_ENTRIES = 50;

/** A live topic, or where a merged topic went; NotFound when there is none. Reads no claims. */
export async function liveTopic(deps: Deps, id: number): Promise<{ topic: ClaimTopicEntity; redirectTo?: number }> {
  const topic = await findTopicById(deps.dataSource.manager, id);
  if (!topic) throw new NotFoundError(`There is no topic ${id}`);
  return topic.mergedIntoId !== null ? { topic, redirectTo: topic.mergedIntoId } : { topic };
}

/** A speaker's newest quotes, for their feed. */
export function speakerFeed(deps: Deps, id: number) {
  return getSpeakerQuotes(deps, id, { limit: FEED_ENTRIES });
}

/** A topic's newest claims, for its feed. */
export async function topicFeed(deps: Deps, id: number): Promise<{ topic: ClaimTopicEntity; claims: ClaimEntity[]; redirectTo?: number }> {
  const t = await liveTopic(deps, id);
  if (t.redirectTo !== undefined) return { ...t, claims: [] };
  const claims = await keysetClaims(deps.dataSource.manager, { topicId: id, sort: 'newest', limit: FEED_ENTRIES });
  return { topic: t.topic, claims: claims.slice(0, FEED_ENTRIES) };
}

/** The newest quotes matching a saved search (the same filters as /search). */
export async function searchFeed(deps: Deps, s: Omit<QuoteSearch, 'sort' | 'limit'>): Promise<QuoteHit[]> {
  if (!s.q && !hasFilter(s)) return [];
  const { hits } = await searchQuotes(deps.dataSource.manager, { ...s, sort: 'newest', limit: FEED_ENTRIES, offset: 0 });
  return hits;
}
