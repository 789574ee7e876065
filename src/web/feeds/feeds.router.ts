import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import type { FeedEntity } from '../../db/entities/feed.entity';
import { findFeed, listFeedItems, listFeeds } from '../../db/repositories/feed.repository';
import { ConflictError, NotFoundError, ValidationError } from '../../errors';
import type { JobQueue } from '../../jobs/queue';
import type { SafeFetchOptions } from '../../net';
import { addFeed, setFeedActive } from '../../services/feeds';
import { actorOf } from '../actor';
import { requireQueue } from '../articles/articles.router';
import { requireRole } from '../middleware/auth';
import { validate } from '../middleware/validate';
import { pathId } from '../path-id';

const feedIdParams = z.object({ id: pathId });
const EMPTY = { url: '', title: '', pollIntervalMinutes: '30' };

/**
 * Feeds registered by editors, polled in the background; the page shows each feed's state. An
 * address is checked with the fetcher's settings (`fetchOptions`) when it is registered.
 */
export function feedsRouter(deps: { dataSource: DataSource; queue?: JobQueue; fetchOptions?: SafeFetchOptions }): Router {
  const router = Router();
  const render = async (res: import('express').Response, form = EMPTY, errors: Record<string, string[]> = {}, status = 200) =>
    res.status(status).render('feeds/index', { title: 'Feeds', feeds: await listFeeds(deps.dataSource.manager), form, errors, now: new Date() });

  router.get('/feeds', requireRole('editor'), async (_req, res) => {
    await render(res);
  });

  router.post('/feeds', requireRole('editor'), async (req, res) => {
    const body = (req.body ?? {}) as Record<string, string>;
    try {
      const { id } = await addFeed(deps, body, actorOf(req));
      if (deps.queue) await deps.queue.enqueueFeedPoll(id);
      res.redirect(303, `/feeds/${id}?notice=feed-added`);
    } catch (err) {
      if (!(err instanceof ValidationError) && !(err instanceof ConflictError)) throw err;
      const form = { url: body.url ?? '', title: body.title ?? '', pollIntervalMinutes: body.pollIntervalMinutes ?? '30' };
      await render(res, form, (err.details as Record<string, string[]>) ?? {}, 422);
    }
  });

  router.get('/feeds/:id', requireRole('editor'), validate(feedIdParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    const feed = await findFeed(deps.dataSource.manager, id);
    if (!feed) throw new NotFoundError(`There is no feed ${id}`);
    const now = new Date();
    const wait = pollWait(feed, req.query, now);
    res.render('feeds/show', {
      title: feed.title ?? feed.url,
      feed,
      items: await listFeedItems(deps.dataSource.manager, id, 100),
      now,
      wait,
      ...(wait.notice ? { notice: wait.notice } : {}),
    });
  });

  router.post('/feeds/:id/poll', requireRole('editor'), validate(feedIdParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    if (!(await findFeed(deps.dataSource.manager, id))) throw new NotFoundError(`There is no feed ${id}`);
    await requireQueue(deps.queue).enqueueFeedPoll(id);
    res.redirect(303, `/feeds/${id}?notice=feed-poll-queued&asked=${Date.now()}`);
  });

  router.post('/feeds/:id/active', requireRole('editor'), validate(feedIdParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    const active = (req.body as Record<string, unknown> | undefined)?.active === 'true';
    await setFeedActive(deps, id, active, actorOf(req));
    res.redirect(303, `/feeds/${id}?notice=${active ? 'feed-resumed' : 'feed-paused'}`);
  });

  return router;
}

/** How long a feed's page keeps reloading itself while it waits for a poll. */
const POLL_WAIT_MS = 2 * 60_000;

/** What the feed page says and does about a poll it waits for. */
export interface PollWait {
  /** A poll was asked for (or a new feed's first is due) and has not run yet. */
  waiting: boolean;
  /** The page reloads itself (every 2 s) until the poll has run. */
  reload: boolean;
  /** The poll was asked for more than two minutes ago and has not run. */
  late: boolean;
  /** Address of the page waiting for the same poll (the Refresh link). */
  href: string;
  /** The same without reloading itself. */
  stopHref: string;
  /** Replaces the notice of the address, which would otherwise still say the poll is on its way. */
  notice: string | null;
}

/**
 * Whether the page waits for a poll: one asked for with "Poll now" (`?asked=` its time in
 * ms) or the first poll of a feed just added. It waits until the feed's last poll is later
 * than that, for two minutes at most; `?reload=off` stops the reloading.
 */
function pollWait(feed: FeedEntity, query: Record<string, unknown>, now: Date): PollWait {
  const asked = typeof query.asked === 'string' && /^\d{1,15}$/.test(query.asked) ? new Date(Number(query.asked)) : null;
  const since = asked ?? (feed.active ? feed.createdAt : null);
  const href = `/feeds/${feed.id}${asked ? `?asked=${asked.getTime()}` : ''}`;
  const stopHref = `${href}${asked ? '&' : '?'}reload=off`;
  if (!since) return { waiting: false, reload: false, late: false, href, stopHref, notice: null };
  const done = feed.lastPolledAt !== null && feed.lastPolledAt >= since;
  const late = !done && now.getTime() - since.getTime() > POLL_WAIT_MS;
  const reload = !done && !late && query.reload !== 'off';
  const at = (d: Date) => `${d.toISOString().slice(11, 19)} UTC`;
  let notice: string | null = null;
  if (asked) {
    notice = done
      ? `Poll queued at ${at(asked)} and done at ${at(feed.lastPolledAt!)}: the state and items below are up to date.`
      : late
        ? `Poll queued at ${at(asked)} and not done after two minutes: the job worker may be busy or stopped.`
        : `Poll queued at ${at(asked)}: new items appear below when it is done.`;
  } else if (done && query.notice === 'feed-added') {
    notice = `Feed added: its first poll ran at ${at(feed.lastPolledAt!)}.`;
  }
  return { waiting: !done, reload, late, href, stopHref, notice };
}
