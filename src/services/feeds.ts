import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLValidator } from 'fast-xml-parser';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import {
  findFeed,
  insertFeed,
  recordFeedItem,
  linkFeedItem,
  updateFeed,
} from '../db/repositories/feed.repository';
import { insertIngestRequest } from '../db/repositories/ingest-request.repository';
import { withTransaction } from '../db/transaction';
import { ConflictError, NotFoundError, validationError } from '../errors';
import type { JobQueue } from '../jobs/queue';
import { FEED_CONTENT_TYPES, safeFetch, type SafeFetchOptions } from '../net';
import { checkFetchAddress } from './fetch-address';
import { type Actor, recordAudit } from './audit';
import { httpUrlField } from './article-input';
import { FEED_DATE_FALLBACK } from './ingest-url';

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

/** Bounds of a feed's poll interval, in minutes; one message for every way of missing them. */
const POLL_INTERVAL = { min: 5, max: 1440, default: 30 } as const;
const intervalMessage = `must be a whole number of minutes between ${POLL_INTERVAL.min} and ${POLL_INTERVAL.max}`;

const newFeedSchema = z.object({
  url: httpUrlField,
  title: z.string().trim().max(200, 'must be at most 200 characters').optional(),
  // A form sends text ("abc", "2.5", ""); a blank field takes the default.
  pollIntervalMinutes: z.preprocess(
    (v) => (typeof v !== 'string' ? v : v.trim() === '' ? undefined : /^\s*\d{1,9}\s*$/.test(v) ? Number(v) : Number.NaN),
    z.number(intervalMessage).int(intervalMessage).min(POLL_INTERVAL.min, intervalMessage).max(POLL_INTERVAL.max, intervalMessage).default(POLL_INTERVAL.default),
  ),
});

/**
 * Registers a feed; its first poll is due at once. An address the fetcher would refuse at every
 * poll is refused here, and nothing is stored (`fetchOptions` holds FETCH_ALLOWED_HOSTS).
 */
export async function addFeed(deps: { dataSource: DataSource; fetchOptions?: SafeFetchOptions }, raw: unknown, actor: Actor): Promise<{ id: number }> {
  const parsed = newFeedSchema.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error.issues);
  await checkFetchAddress(parsed.data.url, 'Feeds', deps.fetchOptions);
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

/** Entries whose dates all move in one poll, from which a feed is taken to stamp them with its build time. */
const WHOLESALE_UPDATE = 3;

/** Outcome of one poll, as shown on the feeds page; `skipped` counts items with no web address to fetch. */
export type PollOutcome =
  | { ok: true; newItems: number; updatedItems: number; notModified: boolean; skipped: number }
  | { ok: false; error: string; retryInMinutes: number };

/**
 * Polls one feed: a conditional request (ETag / Last-Modified) through the SSRF-safe
 * fetcher; every item not seen before becomes a fetch request with its job, in one
 * transaction with the feed's new state. Failures — including a feed that is cut short or
 * otherwise not well-formed — count up and push the next poll back (doubling, up to a day).
 */
export async function pollFeed(deps: FeedDeps, feedId: number): Promise<PollOutcome> {
  const em = deps.dataSource.manager;
  const feed = await findFeed(em, feedId);
  if (!feed) throw new NotFoundError(`There is no feed ${feedId}`);
  const now = Date.now();
  try {
    const page = await safeFetch(feed.url, {
      ...deps.fetchOptions,
      contentTypes: FEED_CONTENT_TYPES,
      conditional: { etag: feed.etag, lastModified: feed.lastModified },
    });
    if (page.status === 304) {
      await updateFeed(em, feedId, { lastPolledAt: new Date(now), nextPollAt: new Date(now + feed.pollIntervalMinutes * 60_000), errorCount: 0, lastError: null, lastOutcome: 'not modified' });
      return { ok: true, newItems: 0, updatedItems: 0, notModified: true, skipped: 0 };
    }
    const parsed = readFeed(new TextDecoder(page.charset ?? 'utf-8', { fatal: false }).decode(page.body));
    const { count, updatedCount } = await withTransaction(deps.dataSource, async (tx) => {
      const queueFetch = async (itemId: number, item: (typeof parsed.items)[number]) => {
        // the item's date stands in for the page's when the page gives none (see FEED_DATE_FALLBACK)
        const overrides: Record<string, string> = {
          ...(item.title ? { title: item.title } : {}),
          ...(item.published ? { [FEED_DATE_FALLBACK]: item.published.toISOString() } : {}),
        };
        const request = await insertIngestRequest(tx, { url: item.url, requestedBy: null, overrides });
        await deps.queue.enqueueFetch(tx, request.id);
        await linkFeedItem(tx, itemId, request.id);
      };
      let count = 0;
      let dated = 0;
      const updated: Array<[number, (typeof parsed.items)[number]]> = [];
      for (const item of parsed.items) {
        // a new entry is fetched; so is one the feed says was updated (an edit becomes the article's next version)
        const seen = await recordFeedItem(tx, { feedId, itemKey: item.key, url: item.url, title: item.title, updatedAt: item.updated });
        if (seen.dated) dated++;
        if (seen.fetch === 'new') {
          await queueFetch(seen.id, item);
          count++;
        } else if (seen.fetch === 'updated') updated.push([seen.id, item]);
      }
      // A feed that stamps every entry with the time it was built moves all their dates at once, which
      // says nothing about any one article: its entries are not fetched again.
      const wholesale = updated.length >= WHOLESALE_UPDATE && updated.length === dated;
      if (!wholesale) for (const [itemId, item] of updated) await queueFetch(itemId, item);
      const updatedCount = wholesale ? 0 : updated.length;
      await updateFeed(tx, feedId, {
        title: feed.title ?? parsed.title,
        etag: headerValue(page.headers.etag),
        lastModified: headerValue(page.headers['last-modified']),
        lastPolledAt: new Date(now),
        nextPollAt: new Date(now + feed.pollIntervalMinutes * 60_000),
        errorCount: 0,
        lastError: null,
        lastOutcome: `${plural(count, 'new item')}${updatedCount ? `; ${plural(updatedCount, 'updated item')} fetched again` : ''}${wholesale ? `; every item's date moved at once, none fetched again` : ''}${parsed.skipped ? `; ${plural(parsed.skipped, 'item')} without a web address skipped` : ''}`,
        itemsSeen: feed.itemsSeen + count,
      });
      return { count, updatedCount };
    });
    return { ok: true, newItems: count, updatedItems: updatedCount, notModified: false, skipped: parsed.skipped };
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

/** A feed as polling needs it: its title and the items that have a web address to fetch. */
interface FeedDocument {
  title: string | null;
  items: Array<{ key: string; url: string; title: string | null; updated: Date | null; published: Date | null }>;
  /** Items left out because neither their link nor their guid is an http(s) address. */
  skipped: number;
}

/**
 * Reads a feed's text, or throws with a message an editor can act on. The parser is lenient:
 * given `<rss><channel><title>Broken<item><title>oops</channel>` it returns a feed titled
 * "Brokenoops" with no items, so a truncated or broken feed would pass as "0 new items".
 * The document is therefore also checked for well-formedness, and a feed whose items all
 * lack an address is refused as well.
 */
function readFeed(text: string): FeedDocument {
  const problem = wellFormednessProblem(text);
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(text);
  } catch (err) {
    // Not a feed at all (an HTML page, say): the parser's own message says so best.
    if ((err as { code?: string }).code === 'INVALID_FEED' || !problem) throw err;
    throw new Error(problem);
  }
  if (problem) throw new Error(problem);
  const all = (parsed.items ?? []).slice(0, MAX_ITEMS_PER_POLL);
  const items: FeedDocument['items'] = [];
  for (const item of all) {
    // An RSS item may carry its address only as a permalink guid: <guid>https://…</guid>.
    const url = [item.url, item.id].find((u): u is string => !!u && /^https?:\/\//i.test(u));
    // the entry's updated date (its publication date when it has none); an unreadable one counts as none
    const updated = validDate(item.updated);
    // its publication date (RSS pubDate or dc:date, Atom published), else its updated date
    const published = validDate(item.published) ?? updated;
    if (url) items.push({ key: item.id || url, url, title: item.title ?? null, updated, published });
  }
  if (all.length > 0 && items.length === 0) {
    throw new Error(`None of the feed's ${plural(all.length, 'item')} has a link or guid with a web address to fetch.`);
  }
  return { title: parsed.title ?? null, items, skipped: all.length - items.length };
}

/** A bare `&` not starting an entity (`?a=1&b=2`): a common slip that the parser reads as meant. */
const BARE_AMPERSAND = /&(?![A-Za-z_][\w.-]{0,40};|#\d{1,8};|#x[\dA-Fa-f]{1,8};)/g;
/** The XML declaration with any white space before it (`\n<?xml …?>`, as many scripts send). */
const LEADING_DECLARATION = /^\s{0,1000}<\?xml[^>]{0,500}>/;

/**
 * Why the text is not well-formed XML (a tag left open or closed out of order, a document cut
 * short, text after the root), or null. Two slips every feed reader forgives are blanked out
 * first, keeping every character's position so that the line and column point into the text
 * as fetched.
 */
function wellFormednessProblem(text: string): string | null {
  const forgiven = text
    .replace(LEADING_DECLARATION, (d) => d.replace(/[^\n]/g, ' '))
    .replace(BARE_AMPERSAND, '_');
  const result = XMLValidator.validate(forgiven);
  if (result === true) return null;
  const { msg, line, col } = result.err;
  // Several elements left open: the validator lists them as JSON, `Invalid '["rss","channel"]' found.`
  const open = /^Invalid '(\[.*\])' found/.exec(msg);
  if (open) {
    const tags = (JSON.parse(open[1]) as string[]).map((t) => `<${t}>`).join(', ');
    return `The feed is not well-formed XML: it ends with ${tags} still open (cut short?).`;
  }
  return `The feed is not well-formed XML: ${msg.replace(/\.$/, '')} (line ${line}, column ${col}).`;
}

function validDate(d: unknown): Date | null {
  return d instanceof Date && !Number.isNaN(d.getTime()) ? d : null;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function headerValue(v: string | string[] | undefined): string | null {
  return (Array.isArray(v) ? v[0] : v)?.slice(0, 500) ?? null;
}
