import express, { Router } from 'express';
import type { DataSource } from 'typeorm';
import { AppError } from '../../errors';
import { getArticle } from '../../services/get-article';
import { ingestArticle } from '../../services/ingest-article';
import { articleJson } from '../articles/articles.presenter';
import { articleIdParams } from '../articles/articles.schema';
import { requireRole } from '../middleware/auth';
import { validate } from '../middleware/validate';
import { speakersApiRouter } from './speakers.router';

/** The JSON API under /api/v1. */
export function apiRouter(deps: { dataSource: DataSource; bodyLimit: string }): Router {
  const router = Router();
  router.use((req, _res, next) => {
    if (['POST', 'PUT', 'PATCH'].includes(req.method) && !req.is('application/json')) {
      return next(new AppError(415, 'unsupported_media_type', 'Send the request body as application/json.'));
    }
    next();
  });
  router.use(express.json({ limit: deps.bodyLimit }));

  router.post('/articles', requireRole('editor'), async (req, res) => {
    const result = await ingestArticle(deps, req.body ?? {}, 'api');
    const detail = await getArticle(deps, result.articleId);
    res
      .status(result.duplicate ? 200 : 201)
      .location(`/api/v1/articles/${result.articleId}`)
      .json({ duplicate: result.duplicate, article: articleJson(detail) });
  });

  router.get('/articles/:id', requireRole('read'), validate(articleIdParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    res.json({ article: articleJson(await getArticle(deps, id)) });
  });

  router.use(speakersApiRouter(deps));

  return router;
}
