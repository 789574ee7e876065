import type { EntityManager } from 'typeorm';
import { FeedItemEntity } from '../entities/feed-item.entity';
import { FeedEntity } from '../entities/feed.entity';

/** Registers a feed; a known URL surfaces as PostgreSQL error 23505. */
export function insertFeed(em: EntityManager, data: Pick<FeedEntity, 'url' | 'title' | 'pollIntervalMinutes' | 'createdBy'>): Promise<FeedEntity> {
  const repo = em.getRepository(FeedEntity);
  return repo.save(repo.create(data));
}

/** One feed by id. */
export function findFeed(em: EntityManager, id: number): Promise<FeedEntity | null> {
  return em.getRepository(FeedEntity).findOne({ where: { id } });
}

/** Every feed, by title. */
export function listFeeds(em: EntityManager): Promise<FeedEntity[]> {
  return em.getRepository(FeedEntity).createQueryBuilder('f').orderBy('lower(coalesce(f.title, f.url))', 'ASC').getMany();
}

/** Active feeds whose next poll is due (oldest first). */
export async function findDueFeedIds(em: EntityManager, limit: number): Promise<number[]> {
  const rows: Array<{ id: number }> = await em.query(
    `SELECT id FROM feeds WHERE active AND next_poll_at <= now() ORDER BY next_poll_at LIMIT $1`,
    [limit],
  );
  return rows.map((r) => r.id);
}

/** Changes a feed's polling state. */
export async function updateFeed(em: EntityManager, id: number, changes: Partial<FeedEntity>): Promise<void> {
  await em.getRepository(FeedEntity).update({ id }, changes);
}

/**
 * Records an entry of a polled feed and says whether to fetch its page: `new` for an entry
 * not seen before, `updated` for one whose updated date the feed moved later (the article may
 * have been edited), null otherwise. An entry whose date is first seen now (or moved earlier)
 * only has it recorded. `dated`: the entry had a date recorded before this poll.
 */
export async function recordFeedItem(
  em: EntityManager,
  item: { feedId: number; itemKey: string; url: string; title: string | null; updatedAt: Date | null },
): Promise<{ id: number; fetch: 'new' | 'updated' | null; dated: boolean }> {
  const seen: Array<{ id: number; updated: Date | null }> = await em.query(
    `SELECT id, item_updated_at AS updated FROM feed_items WHERE feed_id = $1 AND item_key = $2 FOR UPDATE`,
    [item.feedId, item.itemKey],
  );
  if (!seen.length) {
    const rows: Array<{ id: number }> = await em.query(
      `INSERT INTO feed_items (feed_id, item_key, url, title, item_updated_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (feed_id, item_key) DO NOTHING RETURNING id`,
      [item.feedId, item.itemKey, item.url, item.title, item.updatedAt],
    );
    // inserted by a poll of the same feed a moment ago: that poll fetches it
    return rows.length ? { id: rows[0].id, fetch: 'new', dated: false } : { id: 0, fetch: null, dated: false };
  }
  const { id, updated } = seen[0];
  const dated = updated !== null;
  if (!item.updatedAt || (updated && updated.getTime() === item.updatedAt.getTime())) return { id, fetch: null, dated };
  await em.query(`UPDATE feed_items SET item_updated_at = $2, url = $3, title = $4 WHERE id = $1`, [id, item.updatedAt, item.url, item.title]);
  return { id, fetch: updated && item.updatedAt.getTime() > updated.getTime() ? 'updated' : null, dated };
}

/** Links a feed item to the fetch request made for it. */
export async function linkFeedItem(em: EntityManager, itemId: number, requestId: number): Promise<void> {
  await em.getRepository(FeedItemEntity).update({ id: itemId }, { ingestRequestId: requestId });
}

/**
 * A feed's latest items with the state of their fetches, newest first by the date the feed gives each
 * (its updated date, else its publication date), an undated item by when it was first seen: a feed
 * registered today lists last week's items in their own order, not all at the minute of the first poll.
 */
export async function listFeedItems(em: EntityManager, feedId: number, limit: number) {
  return em.query(
    `SELECT i.id, i.url, i.title, i.first_seen_at AS "firstSeenAt", i.item_updated_at AS "itemDate", r.status, r.article_id AS "articleId", r.error_message AS "error"
       FROM feed_items i LEFT JOIN ingest_requests r ON r.id = i.ingest_request_id
      WHERE i.feed_id = $1 ORDER BY coalesce(i.item_updated_at, i.first_seen_at) DESC, i.id DESC LIMIT $2`,
    [feedId, limit],
  ) as Promise<Array<{ id: number; url: string; title: string | null; firstSeenAt: Date; itemDate: Date | null; status: string | null; articleId: number | null; error: string | null }>>;
}
