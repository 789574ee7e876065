import { Router, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { getQuote, RAN_MAX_PAGE } from '../../services/get-quote';
import { speakerLabel } from '../articles/articles.presenter';
import { requireRole } from '../middleware/auth';
import { validate } from '../middleware/validate';
import type { ItemError } from '../review/review.router';
import { pathId } from '../path-id';

const quoteIdParams = z.object({ id: pathId });

/** Which page of “Where these words ran” is asked for: `?ran=2`; anything else is the first. */
function ranPage(query: unknown): number {
  const parsed = z.object({ ran: z.coerce.number().int().min(1).max(RAN_MAX_PAGE) }).safeParse(query);
  return parsed.success ? parsed.data.ran : 1;
}

/** Renders the quote page; after a refused review action, with the error beside the form and the status it calls for. */
export async function renderQuotePage(deps: { dataSource: DataSource }, res: Response, id: number, error: ItemError | null = null, status = 200, ran = 1): Promise<void> {
  const page = await getQuote(deps, id, ran);
  res.status(status).render('quotes/show', { title: `Quote by ${page.quote.speakerName ?? 'an unknown speaker'}`, ...page, error, speakerLabel });
}

/** The quote page (who said it, in what words, where first, how to cite it) and its JSON twin. */
export function quotesRouter(deps: { dataSource: DataSource }): Router {
  const router = Router();

  router.get('/quotes/:id', requireRole('read'), validate(quoteIdParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    await renderQuotePage(deps, res, id, null, 200, ranPage(req.query));
  });

  router.get('/api/v1/quotes/:id', requireRole('read'), validate(quoteIdParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    const p = await getQuote(deps, id, ranPage(req.query));
    const q = p.quote;
    res.json({
      quote: {
        id: q.id,
        text: q.text,
        kind: q.kind,
        speaker: q.speakerName ? { id: q.speakerId, name: q.speakerName, kind: q.speakerKind, role: q.speakerRole } : null,
        speakerMention: q.speakerMention,
        cue: q.cue,
        confidence: q.confidence,
        reviewStatus: q.reviewStatus,
        nested: q.nested ?? [],
        attributionUnsure: p.caveat.unsure,
        unsureReasons: p.caveat.reasons,
        article: { id: q.articleId, title: q.articleTitle, outlet: q.outlet, url: q.url, publishedAt: q.publishedAt, href: `/articles/${q.articleId}#q-${q.position}` },
        context: p.context,
        occurrences: p.sameWords.map((o) => ({ quoteId: o.id, articleId: o.articleId, title: o.articleTitle, outlet: o.outlet, url: o.url, at: o.at, speaker: o.speakerName, fromVersion: o.fromVersion })),
        occurrenceArticles: p.ran.articles,
        occurrencesNext: p.ran.hasNext ? `/api/v1/quotes/${q.id}?ran=${p.ran.page + 1}` : null,
        credited: p.credited,
        claims: p.claims,
        citations: p.citations,
      },
    });
  });

  return router;
}
