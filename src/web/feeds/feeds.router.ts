import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { findFeed, listFeedItems, listFeeds } from '../../db/repositories/feed.repository';
import { ConflictError, NotFoundError, ValidationError } from '../../errors';
import type { JobQueue } from '../../jobs/queue';
import { addFeed, setFeedActive } from '../../services/feeds';
import { actorOf } from '../actor';
import { requireQueue } from '../articles/articles.router';
import { requireRole } from '../middleware/auth';
import { validate } from '../middleware/validate';

const feedIdParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const EMPTY = { url: '', title: '', pollIntervalMinutes: '30' };

/** Feeds registered by editors, polled in the background; the page shows each feed's state. */
export function feedsRouter(deps: { dataSource: DataSource; queue?: JobQueue }): Router {
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
    res.render('feeds/show', { title: feed.title ?? feed.url, feed, items: await listFeedItems(deps.dataSource.manager, id, 100), now: new Date() });
  });

  router.post('/feeds/:id/poll', requireRole('editor'), validate(feedIdParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    if (!(await findFeed(deps.dataSource.manager, id))) throw new NotFoundError(`There is no feed ${id}`);
    await requireQueue(deps.queue).enqueueFeedPoll(id);
    res.redirect(303, `/feeds/${id}?notice=feed-poll-queued`);
  });

  router.post('/feeds/:id/active', requireRole('editor'), validate(feedIdParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    const active = (req.body as Record<string, unknown> | undefined)?.active === 'true';
    await setFeedActive(deps, id, active, actorOf(req));
    res.redirect(303, `/feeds/${id}?notice=${active ? 'feed-resumed' : 'feed-paused'}`);
  });

  return router;
}
