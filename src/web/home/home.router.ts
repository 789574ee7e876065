import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { getDashboard } from '../../services/list-articles';
import { requireRole } from '../middleware/auth';

/** The dashboard. */
export function homeRouter(deps: { dataSource: DataSource }): Router {
  const router = Router();

  router.get('/', requireRole('read'), async (_req, res) => {
    res.render('home', { title: 'Dashboard', ...(await getDashboard(deps)) });
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
