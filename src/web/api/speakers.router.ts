import { Router } from 'express';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import { getSpeaker, getSpeakerQuotes, type TimelineQuery } from '../../services/get-speaker';
import { validationError } from '../../errors';
import { searchSpeakers } from '../../services/search-speakers';
import { requireRole } from '../middleware/auth';
import { validate } from '../middleware/validate';
import { directoryJson, speakerJson, timelineQuoteJson } from '../speakers/speakers.presenter';
import { directoryQuery, encodeCursor, speakerIdParams, timelineQuery } from '../speakers/speakers.schema';

/** JSON API for speakers: directory search, one speaker with aliases and roles, and its quotes by cursor. */
export function speakersApiRouter(deps: { dataSource: DataSource }): Router {
  const router = Router();

  router.get('/speakers', requireRole('read'), validate(directoryQuery), async (req, res) => {
    const query = req.validated as z.infer<typeof directoryQuery>;
    const result = await searchSpeakers(deps, query);
    res.json({ speakers: result.speakers.map(directoryJson), page: result.page, hasMore: result.hasMore, sort: result.sort });
  });

  router.get('/speakers/:id', requireRole('read'), validate(speakerIdParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    const page = await getSpeaker(deps, id, { limit: 1 });
    if (page.redirectTo !== undefined) return res.redirect(308, `/api/v1/speakers/${page.redirectTo}`);
    res.json({ speaker: speakerJson(page.speaker, page.roles, page.aliases) });
  });

  router.get('/speakers/:id/quotes', requireRole('read'), validate(speakerIdParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    const parsed = timelineQuery.safeParse({ ...req.query, after: req.query.cursor ?? req.query.after });
    if (!parsed.success) throw validationError(parsed.error.issues);
    const query: TimelineQuery = parsed.data;
    const result = await getSpeakerQuotes(deps, id, query);
    if (result.redirectTo !== undefined) return res.redirect(308, `/api/v1/speakers/${result.redirectTo}/quotes`);
    res.json({
      speakerId: id,
      quotes: result.quotes.map(timelineQuoteJson),
      nextCursor: result.next ? encodeCursor(result.next) : null,
    });
  });

  return router;
}
