import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { ValidationError } from '../../errors';
import { getArticle } from '../../services/get-article';
import { ingestArticle } from '../../services/ingest-article';
import { listArticlePage } from '../../services/list-articles';
import { requireRole } from '../middleware/auth';
import { validate } from '../middleware/validate';
import { presentArticle } from './articles.presenter';
import { articleIdParams, pageQuery } from './articles.schema';

const EMPTY_FORM = { title: '', text: '', outlet: '', url: '', publishedAt: '' };

/** HTML pages for articles: list, paste form, and the highlighted article page. */
export function articlesRouter(deps: { dataSource: DataSource }): Router {
  const router = Router();

  router.get('/articles', requireRole('read'), validate(pageQuery), async (req, res) => {
    const { page } = req.validated as { page: number };
    res.render('articles/index', { title: 'Articles', ...(await listArticlePage(deps, page)) });
  });

  router.get('/articles/new', requireRole('editor'), (_req, res) => {
    res.render('articles/new', { title: 'Add an article', form: EMPTY_FORM, errors: {} });
  });

  router.post('/articles', requireRole('editor'), async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    try {
      const result = await ingestArticle(deps, body, 'paste');
      res.redirect(303, `/articles/${result.articleId}?notice=${result.duplicate ? 'duplicate' : 'created'}`);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      const form = Object.fromEntries(Object.keys(EMPTY_FORM).map((k) => [k, typeof body[k] === 'string' ? body[k] : '']));
      res.status(422).render('articles/new', { title: 'Add an article', form, errors: err.details ?? {} });
    }
  });

  router.get('/articles/:id', requireRole('read'), validate(articleIdParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    const view = presentArticle(await getArticle(deps, id));
    res.render('articles/show', { title: view.article.title, ...view });
  });

  return router;
}
