import { Router, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import { asSaid, describeClaimFigure } from '../../services/refresh-topic';
import type { SettingsCache } from '../../services/settings';
import { searchFeed, speakerFeed, topicFeed } from '../../services/follow-feeds';
import { claimIdParams } from '../claims/claims.schema';
import { requireRole } from '../middleware/auth';
import { rateLimit, type RateLimiters } from '../middleware/rate-limit';
import { validate } from '../middleware/validate';
import { describeSearch, highlightParts, searchFilters, searchInput, type searchQuery } from '../search/search.router';
import { filterNames } from '../typed-filters';
import { speakerIdParams } from '../speakers/speakers.schema';
import { renderAtom, type AtomFeed } from './atom';

type Deps = { dataSource: DataSource; rateLimiters?: RateLimiters; settings?: SettingsCache };

/** The installation's public address (Admin → Settings), else the address the client reached, for absolute links and ids. */
async function originOf(deps: Deps, req: Request): Promise<string> {
  const site = deps.settings ? (await deps.settings.get()).siteUrl : null;
  return (site ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`).replace(/\/+$/, '');
}

function send(res: Response, feed: AtomFeed): void {
  res.type('application/atom+xml; charset=utf-8').send(renderAtom(feed));
}

/** The query string of a request (with its `?`), or nothing. */
function queryOf(req: Request): string {
  const i = req.originalUrl.indexOf('?');
  return i === -1 ? '' : req.originalUrl.slice(i);
}

/**
 * Atom feeds that mirror three pages: a speaker's quotes, a topic's claims and a saved search.
 * They are guarded like those pages: readable anonymously only when the installation allows
 * it, otherwise with `Authorization: Bearer <token>` (never a token in the address).
 */
export function atomRouter(deps: Deps): Router {
  const router = Router();

  router.get('/speakers/:id/feed.atom', requireRole('read'), validate(speakerIdParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    const r = await speakerFeed(deps, id);
    if (r.redirectTo !== undefined) return res.redirect(301, `/speakers/${r.redirectTo}/feed.atom`);
    const base = await originOf(deps, req);
    send(res, {
      id: `${base}/speakers/${id}`,
      title: `${r.speaker.name} — quotes · whosaid`,
      subtitle: `Newest quotes attributed to ${r.speaker.name}`,
      self: `${base}/speakers/${id}/feed.atom`,
      alternate: `${base}/speakers/${id}`,
      fallbackUpdated: r.speaker.lastQuotedAt ?? r.speaker.createdAt,
      entries: r.quotes.map((q) => ({
        id: `${base}/quotes/${q.quoteId}`,
        title: `${r.speaker.name}: “${truncate(q.text, 100)}”`,
        link: `${base}/quotes/${q.quoteId}`,
        updated: new Date(q.quotedAt),
        published: new Date(q.quotedAt),
        author: r.speaker.name,
        summary: `“${q.text}” — ${r.speaker.name}${q.speakerMention && q.speakerMention !== r.speaker.name ? ` (as “${q.speakerMention}”)` : ''}, in “${q.articleTitle}”${q.outlet ? ` (${q.outlet})` : ''}`,
        categories: [q.kind],
      })),
    });
  });

  router.get('/topics/:id/feed.atom', requireRole('read'), validate(claimIdParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    const r = await topicFeed(deps, id);
    if (r.redirectTo !== undefined) return res.redirect(301, `/topics/${r.redirectTo}/feed.atom`);
    const base = await originOf(deps, req);
    send(res, {
      id: `${base}/topics/${id}`,
      title: `${r.topic.label} — claims · whosaid`,
      subtitle: `Newest claims on ${r.topic.label}`,
      self: `${base}/topics/${id}/feed.atom`,
      alternate: `${base}/topics/${id}`,
      fallbackUpdated: r.topic.updatedAt,
      entries: r.claims.map((c) => ({
        id: `${base}/claims/${c.id}`,
        title: `${c.speakerName ?? 'The article'}: ${describeClaimFigure(c) || (c.valueText ? asSaid(c.valueText, c.polarity) : truncate(c.text, 80))} (${c.saidAt})`,
        link: `${base}/claims/${c.id}`,
        updated: new Date(c.createdAt),
        published: new Date(`${c.saidAt}T00:00:00Z`),
        author: c.speakerName ?? undefined,
        summary: c.text,
        categories: [c.measure, ...(c.conflictCount > 0 ? ['conflict'] : [])],
      })),
    });
  });

  router.get('/search/feed.atom', requireRole('read'), rateLimit(deps, 'search'), validate(searchInput), async (req, res) => {
    const q = req.validated as z.infer<typeof searchQuery>;
    const [hits, names] = await Promise.all([searchFeed(deps, searchFilters(q)), filterNames(deps.dataSource, q)]);
    const base = await originOf(deps, req);
    const query = queryOf(req);
    const now = new Date();
    send(res, {
      id: `${base}/search${query}`,
      title: `${describeSearch(q, names)} — search · whosaid`,
      subtitle: q.q ? 'Newest quotes matching a saved search' : 'Newest quotes a saved search’s filters allow',
      self: `${base}/search/feed.atom${query}`,
      alternate: `${base}/search${query}`,
      fallbackUpdated: now,
      entries: hits.map((h) => {
        const text = highlightParts(h.headline).map((p) => p.text).join('');
        return {
          id: `${base}/quotes/${h.id}`,
          title: `${h.speakerName ?? 'Unattributed'}: “${truncate(text, 100)}”`,
          link: `${base}/quotes/${h.id}`,
          // Articles without a publication date have nothing steadier to offer.
          updated: h.publishedAt ? new Date(h.publishedAt) : now,
          published: h.publishedAt ? new Date(h.publishedAt) : undefined,
          author: h.speakerName ?? undefined,
          summary: `“${text}” — ${h.speakerName ?? 'unattributed'}, in “${h.articleTitle}”${h.outlet ? ` (${h.outlet})` : ''}`,
        };
      }),
    });
  });

  return router;
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1).trimEnd()}…`;
}
