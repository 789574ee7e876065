import express, { Router } from 'express';
import type { DataSource } from 'typeorm';
import { ValidationError } from '../../errors';
import { verifyQuote } from '../../services/verify-quote';
import { requireRole } from '../middleware/auth';

/** "Did they really say it?": a page whose address holds the question, and the JSON API. */
export function verifyRouter(deps: { dataSource: DataSource }): Router {
  const router = Router();

  router.get('/verify', requireRole('read'), async (req, res) => {
    const form = { quote: typeof req.query.quote === 'string' ? req.query.quote : '', speaker: typeof req.query.speaker === 'string' ? req.query.speaker : '' };
    if (!form.quote.trim()) return res.render('verify/index', { title: 'Did they really say it?', form, result: null, errors: {} });
    try {
      const result = await verifyQuote(deps, form);
      res.render('verify/index', { title: 'Did they really say it?', form, result, errors: {} });
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      res.status(422).render('verify/index', { title: 'Did they really say it?', form, result: null, errors: err.details ?? {} });
    }
  });

  router.post('/api/v1/verify', requireRole('read'), express.json({ limit: '20kb' }), async (req, res) => {
    const r = await verifyQuote(deps, req.body ?? {});
    res.json({
      verdict: r.verdict,
      claimedSpeaker: r.claimedSpeaker,
      matches: r.matches.map((m) => ({ ...m, href: `/quotes/${m.quoteId}` })),
      earliest: r.earliest,
      occurrences: r.occurrences,
    });
  });

  return router;
}
