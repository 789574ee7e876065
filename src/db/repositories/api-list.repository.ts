import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { ArticleEntity } from '../entities/article.entity';
import { ClaimEntity } from '../entities/claim.entity';
import { ClaimTopicEntity } from '../entities/claim-topic.entity';
import { findArticlePage, type ArticleFilter } from './article-list.repository';
import { applyClaimFilters, type ClaimFilters } from './claim.repository';

/**
 * Keyset pages for the JSON API: each list reads `limit + 1` rows after the position of the
 * last row sent (its sort key and id), so page 1,000 costs what page 1 costs. Sort keys are
 * returned as text (`sortKey`) so timestamps keep their microseconds in the cursor.
 */

/** A keyset page request: the position after which to read (sort key, id), and the page size. */
export interface KeysetPage<K> {
  after?: { key: K; id: number };
  limit: number;
}

/** An article in the API list, with its sort key. */
export type ArticleListRow = Pick<ArticleEntity, 'id' | 'title' | 'outlet' | 'url' | 'publishedAt' | 'source' | 'quoteCount' | 'speakerCount' | 'createdAt'> & { sortKey: string };

/** Current articles, newest first (publication date; undated ones last, newest arrival first; then id), as the /articles page lists them. */
export function keysetArticles(em: EntityManager, p: KeysetPage<string> & { filter?: ArticleFilter }): Promise<ArticleListRow[]> {
  return findArticlePage(em, p.filter ?? {}, { limit: p.limit, after: p.after ? { key: p.after.key, id: p.after.id } : undefined });
}

/** Live topics with claims, most recently changed first. */
export async function keysetTopics(em: EntityManager, p: KeysetPage<string> & { measure?: string; withUnplaced?: boolean }): Promise<Array<ClaimTopicEntity & { sortKey: string }>> {
  const qb = em.getRepository(ClaimTopicEntity).createQueryBuilder('t').where('t.merged_into_id IS NULL').andWhere('t.claim_count > 0');
  if (p.measure) qb.andWhere('t.measure = :measure', { measure: p.measure });
  // as the page: the figures with no subject, kept each within its article, only when asked for
  if (!p.withUnplaced) qb.andWhere(`t.key NOT LIKE '%@article:%'`);
  if (p.after) qb.andWhere('(t.updated_at, t.id) < (CAST(:key AS timestamptz), :id)', { key: p.after.key, id: p.after.id });
  qb.addSelect('t.updated_at::text', 'sortKey').orderBy('t.updated_at', 'DESC').addOrderBy('t.id', 'DESC').limit(p.limit + 1);
  return withSortKey(qb);
}

/** Filters of the API claim list (the page's filters). */
export interface ClaimKeysetFilter extends ClaimFilters {
  sort?: 'newest' | 'worthiness';
}

/** Claims matching the filters, newest first or most worth checking first. */
export async function keysetClaims(em: EntityManager, f: ClaimKeysetFilter & KeysetPage<string | number>): Promise<Array<ClaimEntity & { sortKey: string | number }>> {
  const qb = applyClaimFilters(em.getRepository(ClaimEntity).createQueryBuilder('c'), f);
  if (f.sort === 'worthiness') {
    // The parameter is cast to the column's type (real): compared as double, 0.7 would not equal the stored 0.7.
    if (f.after) qb.andWhere('(c.check_worthiness, c.id) < (CAST(:key AS real), :id)', { key: String(f.after.key), id: f.after.id });
    qb.addSelect('c.check_worthiness::text', 'sortKey').orderBy('c.check_worthiness', 'DESC').addOrderBy('c.id', 'DESC');
  } else {
    if (f.after) qb.andWhere('(c.said_at, c.id) < (CAST(:key AS date), :id)', { key: f.after.key, id: f.after.id });
    qb.addSelect('c.said_at::text', 'sortKey').orderBy('c.said_at', 'DESC').addOrderBy('c.id', 'DESC');
  }
  return withSortKey(qb.limit(f.limit + 1));
}

/** One topic's claims in time order (oldest first), as its timeline reads. */
export async function keysetTopicClaims(em: EntityManager, topicId: number, p: KeysetPage<string>): Promise<Array<ClaimEntity & { sortKey: string }>> {
  const qb = em.getRepository(ClaimEntity).createQueryBuilder('c').where('c.topic_id = :topicId', { topicId }).andWhere('NOT c.superseded');
  if (p.after) qb.andWhere('(c.said_at, c.id) > (CAST(:key AS date), :id)', { key: p.after.key, id: p.after.id });
  qb.addSelect('c.said_at::text', 'sortKey').orderBy('c.said_at', 'ASC').addOrderBy('c.id', 'ASC').limit(p.limit + 1);
  return withSortKey(qb);
}

async function withSortKey<T extends object>(qb: SelectQueryBuilder<T>): Promise<Array<T & { sortKey: string }>> {
  const { entities, raw } = await qb.getRawAndEntities();
  return entities.map((e, i) => Object.assign(e, { sortKey: String((raw[i] as { sortKey: unknown }).sortKey) }));
}
