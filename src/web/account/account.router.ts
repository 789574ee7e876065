import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { ValidationError } from '../../errors';
import { createApiToken, listTokens, revokeToken } from '../../services/api-tokens';
import { requireRole } from '../middleware/auth';
import { validate } from '../middleware/validate';
import { actorOf } from '../actor';
import { pathId } from '../path-id';

const tokenIdParams = z.object({ id: pathId });

/** A signed-in user's own page: personal API tokens (created, shown once, revoked). */
export function accountRouter(deps: { dataSource: DataSource }): Router {
  const router = Router();

  router.get('/account/tokens', requireRole('viewer'), async (req, res) => {
    res.render('account/tokens', { title: 'API tokens', tokens: await listTokens(deps, req.user!.id), created: null, errors: {} });
  });

  router.post('/account/tokens', requireRole('viewer'), async (req, res) => {
    try {
      const created = await createApiToken(deps, req.user!.id, req.body ?? {}, actorOf(req));
      // Shown once, on this response only; never stored or logged in clear.
      res.setHeader('Cache-Control', 'no-store');
      res.status(201).render('account/tokens', { title: 'API tokens', tokens: await listTokens(deps, req.user!.id), created, errors: {} });
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      res.status(422).render('account/tokens', { title: 'API tokens', tokens: await listTokens(deps, req.user!.id), created: null, errors: err.details ?? {} });
    }
  });

  router.post('/account/tokens/:id/revoke', requireRole('viewer'), validate(tokenIdParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    await revokeToken(deps, req.user!.id, id, actorOf(req));
    res.redirect(303, '/account/tokens?notice=token-revoked');
  });

  return router;
}
