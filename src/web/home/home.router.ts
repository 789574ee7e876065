import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { getDashboard } from '../../services/list-articles';
import { speakerHref, speakerLabel } from '../articles/articles.presenter';
import { requireRole } from '../middleware/auth';
import { COUNT_CAP, queueSizes } from '../../services/review-queue';

/** The dashboard. */
export function homeRouter(deps: { dataSource: DataSource }): Router {
  const router = Router();

  router.get('/', requireRole('read'), async (req, res) => {
    const editor = !!req.user && req.user.role !== 'viewer';
    const [dashboard, waiting] = await Promise.all([getDashboard(deps), editor ? queueSizes(deps, {}) : null]);
    // each quote says who as the article page does, and links its speaker's page
    const quotes = dashboard.quotes.map((q) => ({ ...q, speaker: speakerLabel(q), speakerHref: speakerHref(q) }));
    res.render('home', { title: 'Dashboard', ...dashboard, quotes, waiting, cap: COUNT_CAP });
  });

  return router;
}

/** The health check, mounted before sessions so it answers even when the database is down. */
export function healthRouter(deps: { dataSource: DataSource }): Router {
  const router = Router();
  router.get('/healthz', requireRole('public'), async (_req, res) => {
    try {
      await deps.dataSource.query('SELECT 1');
      res.json({ status: 'ok', database: 'ok' });
    } catch {
      res.status(503).json({ status: 'error', database: 'unreachable' });
    }
  });
  return router;
}
