import { parseFeed } from '@rowanmanning/feed-parser';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import {
  findFeed,
  insertFeed,
  insertFeedItemIfNew,
  linkFeedItem,
  updateFeed,
} from '../db/repositories/feed.repository';
import { insertIngestRequest } from '../db/repositories/ingest-request.repository';
import { withTransaction } from '../db/transaction';
import { ConflictError, NotFoundError, validationError } from '../errors';
import type { JobQueue } from '../jobs/queue';
import { safeFetch, type SafeFetchOptions } from '../net';
import { type Actor, recordAudit } from './audit';
import { httpUrlField } from './article-input';

/** What polling needs. */
export interface FeedDeps {
  dataSource: DataSource;
  queue: JobQueue;
  fetchOptions?: SafeFetchOptions;
}

/** Items read from one poll at most (a feed listing thousands is cut, newest first). */
const MAX_ITEMS_PER_POLL = 200;
/** Longest wait between polls of a failing feed. */
const MAX_BACKOFF_MINUTES = 24 * 60;

const newFeedSchema = z.object({
  url: httpUrlField,
  title: z.string().trim().max(200, 'must be at most 200 characters').optional(),
  pollIntervalMinutes: z.coerce.number().int().min(5, 'must be at least 5 minutes').max(1440, 'must be at most 1440 minutes').default(30),
});

/** Registers a feed; its first poll is due at once. */
export async function addFeed(deps: { dataSource: DataSource }, raw: unknown, actor: Actor): Promise<{ id: number }> {
  const parsed = newFeedSchema.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error.issues);
  try {
    return await withTransaction(deps.dataSource, async (em) => {
      const feed = await insertFeed(em, {
        url: parsed.data.url,
        title: parsed.data.title || null,
        pollIntervalMinutes: parsed.data.pollIntervalMinutes,
        createdBy: actor.id,
      });
      await recordAudit(em, actor, { action: 'feed.create', targetType: 'feed', targetId: feed.id, after: parsed.data });
      return { id: feed.id };
    });
  } catch (err) {
    if ((err as { code?: string }).code === '23505') throw new ConflictError('This feed is already registered.', { url: ['is already registered'] });
    throw err;
  }
}

/** Pauses or resumes a feed. */
export async function setFeedActive(deps: { dataSource: DataSource }, id: number, active: boolean, actor: Actor): Promise<void> {
  await withTransaction(deps.dataSource, async (em) => {
    const feed = await findFeed(em, id);
    if (!feed) throw new NotFoundError(`There is no feed ${id}`);
    await updateFeed(em, id, { active, ...(active ? { nextPollAt: new Date(), errorCount: 0 } : {}) });
    await recordAudit(em, actor, { action: active ? 'feed.resume' : 'feed.pause', targetType: 'feed', targetId: id, before: { active: feed.active }, after: { active } });
  });
}

/** Outcome of one poll, as shown on the feeds page. */
export type PollOutcome = { ok: true; newItems: number; notModified: boolean } | { ok: false; error: string; retryInMinutes: number };

/**
 * Polls one feed: a conditional request (ETag / Last-Modified) through the SSRF-safe
 * fetcher; every item not seen before becomes a fetch request with its job, in one
 * transaction with the feed's new state. Failures count up and push the next poll back
 * (doubling, up to a day).
 */
export async function pollFeed(deps: FeedDeps, feedId: number): Promise<PollOutcome> {
  const em = deps.dataSource.manager;
  const feed = await findFeed(em, feedId);
  if (!feed) throw new NotFoundError(`There is no feed ${feedId}`);
  const now = Date.now();
  try {
    const page = await safeFetch(feed.url, { ...deps.fetchOptions, conditional: { etag: feed.etag, lastModified: feed.lastModified } });
    if (page.status === 304) {
      await updateFeed(em, feedId, { lastPolledAt: new Date(now), nextPollAt: new Date(now + feed.pollIntervalMinutes * 60_000), errorCount: 0, lastError: null, lastOutcome: 'not modified' });
      return { ok: true, newItems: 0, notModified: true };
    }
    const parsed = parseFeed(new TextDecoder(page.charset ?? 'utf-8', { fatal: false }).decode(page.body));
    const items = (parsed.items ?? []).slice(0, MAX_ITEMS_PER_POLL);
    const newItems = await withTransaction(deps.dataSource, async (tx) => {
      let count = 0;
      for (const item of items) {
        const url = item.url && /^https?:\/\//i.test(item.url) ? item.url : null;
        if (!url) continue;
        const itemId = await insertFeedItemIfNew(tx, { feedId, itemKey: item.id || url, url, title: item.title ?? null });
        if (itemId === null) continue;
        const request = await insertIngestRequest(tx, { url, requestedBy: null, overrides: item.title ? { title: item.title } : {} });
        await deps.queue.enqueueFetch(tx, request.id);
        await linkFeedItem(tx, itemId, request.id);
        count++;
      }
      await updateFeed(tx, feedId, {
        title: feed.title ?? parsed.title ?? null,
        etag: headerValue(page.headers.etag),
        lastModified: headerValue(page.headers['last-modified']),
        lastPolledAt: new Date(now),
        nextPollAt: new Date(now + feed.pollIntervalMinutes * 60_000),
        errorCount: 0,
        lastError: null,
        lastOutcome: `${count} new item${count === 1 ? '' : 's'}`,
        itemsSeen: feed.itemsSeen + count,
      });
      return count;
    });
    return { ok: true, newItems, notModified: false };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const errorCount = feed.errorCount + 1;
    const retryInMinutes = Math.min(feed.pollIntervalMinutes * 2 ** errorCount, MAX_BACKOFF_MINUTES);
    await updateFeed(em, feedId, {
      lastPolledAt: new Date(now),
      nextPollAt: new Date(now + retryInMinutes * 60_000),
      errorCount,
      lastError: message.slice(0, 500),
      lastOutcome: 'error',
    });
    return { ok: false, error: message, retryInMinutes };
  }
}

function headerValue(v: string | string[] | undefined): string | null {
  return (Array.isArray(v) ? v[0] : v)?.slice(0, 500) ?? null;
}
