import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { getDashboard } from '../../services/list-articles';

/** The dashboard and the health check. */
export function homeRouter(deps: { dataSource: DataSource }): Router {
  const router = Router();

  router.get('/', async (_req, res) => {
    res.render('home', { title: 'Dashboard', ...(await getDashboard(deps)) });
  });

  router.get('/healthz', async (_req, res) => {
    try {
      await deps.dataSource.query('SELECT 1');
      res.json({ status: 'ok', database: 'ok' });
    } catch {
      res.status(503).json({ status: 'error', database: 'unreachable' });
    }
  });

  return router;
}
