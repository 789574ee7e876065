import { Router } from 'express';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import { getSpeaker, getSpeakerQuotes, type TimelineQuery } from '../../services/get-speaker';
import { validationError } from '../../errors';
import { searchSpeakers } from '../../services/search-speakers';
import { requireRole } from '../middleware/auth';
import { validate } from '../middleware/validate';
import { directoryJson, speakerJson, timelineQuoteJson } from '../speakers/speakers.presenter';
import { directoryQuery, speakerIdParams, timelineQuery } from '../speakers/speakers.schema';
import { decodeCursor, encodeCursor, pageQuery, sendPage } from './cursor';

/** Query of `GET /api/v1/speakers`: the directory's filters and sort, by cursor instead of page number. */
export const apiDirectoryQuery = directoryQuery.omit({ page: true }).extend(pageQuery.shape);

/** Query of `GET /api/v1/speakers/:id/quotes`: the timeline's filters (dates YYYY-MM-DD) and a cursor. */
export const apiTimelineQuery = timelineQuery.in.omit({ after: true, limit: true }).extend(pageQuery.shape);

/** JSON API for speakers: directory search, one speaker with aliases and roles, and its quotes by cursor. */
export function speakersApiRouter(deps: { dataSource: DataSource }): Router {
  const router = Router();

  router.get('/speakers', requireRole('read'), validate(apiDirectoryQuery), async (req, res) => {
    const { cursor, limit, ...query } = req.validated as z.infer<typeof apiDirectoryQuery>;
    // The cursor carries the order it was made in; relevance needs two sort keys.
    const sort = query.q ? (query.sort ?? 'relevance') : !query.sort || query.sort === 'relevance' ? 'name' : query.sort;
    const list = `speakers:${sort}`;
    const key = cursor ? decodeCursor(cursor, list, sort === 'relevance' ? ['real', 'int'] : sort === 'quotes' ? ['int'] : sort === 'latest' ? ['timestamp'] : ['text']) : undefined;
    const after = key ? { key: key.slice(0, -1) as Array<string | number>, id: key[key.length - 1] as number } : undefined;
    const result = await searchSpeakers(deps, { ...query, page: 1, perPage: limit, after });
    const last = result.speakers[result.speakers.length - 1];
    const next = result.hasMore && last ? encodeCursor(list, [...last.sortKey, last.id]) : null;
    sendPage(req, res, result.speakers.map(directoryJson), next, { sort });
  });

  router.get('/speakers/:id', requireRole('read'), validate(speakerIdParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    const page = await getSpeaker(deps, id, { limit: 1 });
    if (page.redirectTo !== undefined) return res.redirect(308, `/api/v1/speakers/${page.redirectTo}`);
    res.json({ speaker: speakerJson(page.speaker, page.roles, page.aliases) });
  });

  router.get('/speakers/:id/quotes', requireRole('read'), validate(speakerIdParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    const page = apiTimelineQuery.safeParse(req.query);
    if (!page.success) throw validationError(page.error.issues);
    const { cursor, limit, ...filters } = page.data;
    const parsed = timelineQuery.safeParse(filters);
    if (!parsed.success) throw validationError(parsed.error.issues);
    const key = cursor ? decodeCursor(cursor, 'speaker-quotes', ['int']) : undefined;
    const query: TimelineQuery = { ...parsed.data, limit, after: key ? { at: new Date(key[0] as number), id: key[1] as number } : undefined };
    const result = await getSpeakerQuotes(deps, id, query);
    if (result.redirectTo !== undefined) return res.redirect(308, `/api/v1/speakers/${result.redirectTo}/quotes`);
    const next = result.next ? encodeCursor('speaker-quotes', [result.next.at.getTime(), result.next.id]) : null;
    sendPage(req, res, result.quotes.map(timelineQuoteJson), next, { speakerId: id });
  });

  return router;
}
