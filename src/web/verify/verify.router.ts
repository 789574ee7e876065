import express, { Router } from 'express';
import type { DataSource } from 'typeorm';
import { ValidationError } from '../../errors';
import { verifyQuote } from '../../services/verify-quote';
import { requireRole } from '../middleware/auth';
import { rateLimit, type RateLimiters } from '../middleware/rate-limit';
import { diffRuns } from '../word-diff.presenter';

/** "Did they really say it?": a page whose address holds the question, and the JSON API. */
export function verifyRouter(deps: { dataSource: DataSource; rateLimiters?: RateLimiters }): Router {
  const router = Router();

  const limited = rateLimit(deps, 'verify');

  router.get('/verify', requireRole('read'), async (req, res, next) => {
    const form = { quote: typeof req.query.quote === 'string' ? req.query.quote : '', speaker: typeof req.query.speaker === 'string' ? req.query.speaker : '' };
    if (!form.quote.trim()) return res.render('verify/index', { title: 'Did they really say it?', form, result: null, errors: {} });
    // Only an actual verification counts against the limit, not opening the empty form.
    const passed = await new Promise<unknown>((resolve) => limited(req, res, resolve));
    if (passed) return next(passed);
    try {
      const result = await verifyQuote(deps, form);
      const shown = { ...result, matches: result.matches.map((m) => ({ ...m, runs: diffRuns(m.diff) })) };
      res.render('verify/index', { title: 'Did they really say it?', form, result: shown, errors: {} });
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      res.status(422).render('verify/index', { title: 'Did they really say it?', form, result: null, errors: err.details ?? {} });
    }
  });

  router.post('/api/v1/verify', requireRole('read'), limited, express.json({ limit: '20kb' }), async (req, res) => {
    const r = await verifyQuote(deps, req.body ?? {});
    res.json({
      verdict: r.verdict,
      attributionUnsure: r.attributionUnsure,
      unsureReasons: r.unsureReasons,
      reviewedElsewhere: r.reviewedElsewhere,
      dispute: r.dispute && { attributions: r.dispute.attributions.map((a) => ({ ...a, href: `/quotes/${a.quoteId}` })) },
      claimedSpeaker: r.claimedSpeaker,
      secondHand: r.secondHand,
      reportedSpeaker: r.reportedSpeaker,
      matches: r.matches.map((m) => ({ ...m, href: `/quotes/${m.quoteId}` })),
      earliest: r.earliest,
      occurrences: r.occurrences,
      otherArticles: r.otherArticles,
      storedUnnamed: r.storedUnnamed,
      credited: r.credited,
      changes: r.changes,
      laterCopy: r.laterCopy,
      articlesInAll: r.articlesInAll,
      inside: r.inside.map((p) => ({ ...p, href: `/quotes/${p.quoteId}` })),
      passage: r.passage,
    });
  });

  return router;
}
