import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { AppError, ValidationError } from '../../errors';
import type { JobQueue } from '../../jobs/queue';
import type { SafeFetchOptions } from '../../net';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { findIngestRequest } from '../../db/repositories/ingest-request.repository';
import { findSnapshot } from '../../db/repositories/snapshot.repository';
import { refetchArticle, requestUrl } from '../../services/request-url';
import { actorOf } from '../actor';
import { getArticle } from '../../services/get-article';
import { ingestArticle } from '../../services/ingest-article';
import { listArticlePage } from '../../services/list-articles';
import { requireRole } from '../middleware/auth';
import { validate } from '../middleware/validate';
import { presentArticle } from './articles.presenter';
import { ARTICLE_FILTER_FIELDS, articleFilterOf, articleIdParams, articleListQuery, articleListsQuery } from './articles.schema';
import { listPage } from './article-lists';
import { getArticleClaims } from '../../services/get-claims';
import { MAX_ARTICLE_CHARS } from '../../services/article-input';
import { presentClaim } from '../claims/claims.presenter';
import { formatBytes, parseByteSize } from '../body-limit';
import { findPublicationByUrl } from '../../db/repositories/publication.repository';
import { pathId } from '../path-id';

const snapshotParams = z.object({
  id: pathId,
  snapshotId: pathId,
});

const EMPTY_FORM = { title: '', text: '', outlet: '', url: '', publishedAt: '' };

/** HTML pages for articles: list, paste form, and the highlighted article page. */
export function articlesRouter(deps: { dataSource: DataSource; queue?: JobQueue; fetchOptions?: SafeFetchOptions; bodyLimit?: string }): Router {
  const router = Router();
  // The form says how much it takes, and stops a text over it before it is sent (the body limit refuses the whole form).
  const bodyLimitBytes = parseByteSize(deps.bodyLimit ?? '2mb');
  const limits = { maxChars: MAX_ARTICLE_CHARS, maxBytes: bodyLimitBytes, maxCharsText: MAX_ARTICLE_CHARS.toLocaleString('en'), maxBytesText: formatBytes(bodyLimitBytes) };

  router.get('/articles', requireRole('read'), async (req, res) => {
    const raw = req.query as Record<string, unknown>;
    const form = Object.fromEntries(ARTICLE_FILTER_FIELDS.map((k) => [k, typeof raw[k] === 'string' ? (raw[k] as string).trim() : '']));
    const parsed = articleListQuery.safeParse(req.query);
    if (!parsed.success) {
      // the form again, with what it was given and what is wrong with it: nothing is listed
      const errors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (errors[String(issue.path[0] ?? 'q')] ??= []).push(issue.message);
      return res.status(422).render('articles/index', { title: 'Articles', form, errors, articles: [], page: 1, total: 0, totalExact: true, filtered: true, newerUrl: null, olderUrl: null, firstUrl: '/articles' });
    }
    const { after, before, page, ...filters } = parsed.data;
    const list = await listArticlePage(deps, articleFilterOf(filters), { after, before, page });
    // the address keeps the filters; the pages follow one another by position
    const base = ARTICLE_FILTER_FIELDS.flatMap((k) => (filters[k] ? [[k, filters[k]!] as [string, string]] : []));
    const url = (extra: Array<[string, string]>) => `/articles${base.length + extra.length ? `?${new URLSearchParams([...base, ...extra])}` : ''}`;
    res.render('articles/index', {
      title: 'Articles',
      form,
      errors: {},
      page: after || before ? 1 : (page ?? 1),
      ...list,
      filtered: base.length > 0,
      firstUrl: url([]),
      newerUrl: list.newer ? url([['before', `${list.newer.key}|${list.newer.id}`]]) : null,
      olderUrl: list.older ? url([['after', `${list.older.key}|${list.older.id}`]]) : null,
    });
  });

  router.get('/articles/new', requireRole('editor'), (req, res) => {
    // a page that could not be fetched comes back here with its address, to paste its text by hand
    const url = typeof req.query.url === 'string' && /^https?:\/\//i.test(req.query.url) ? req.query.url.slice(0, 2048) : '';
    res.render('articles/new', { title: 'Add an article', form: { ...EMPTY_FORM, url }, errors: {}, limits });
  });

  router.post('/articles', requireRole('editor'), async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    try {
      // Only an address: the page is fetched in the background and its text extracted.
      if (typeof body.text !== 'string' || body.text.trim() === '') {
        if (typeof body.url === 'string' && body.url.trim() !== '') {
          const { requestId } = await requestUrl(deps, body, actorOf(req));
          return res.redirect(303, `/fetches/${requestId}`);
        }
      }
      const result = await ingestArticle(deps, body, 'paste', { actor: actorOf(req) });
      // pasted HTML was converted to plain text: the notice says so
      const notice = `${result.publication ? 'published-elsewhere' : result.duplicate ? 'duplicate' : result.newVersionOf ? 'new-version' : 'created'}${result.textFormat === 'html' ? '-from-html' : ''}`;
      res.redirect(303, `/articles/${result.articleId}?notice=${notice}${result.publication ? '#publications' : ''}`);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      const form = Object.fromEntries(Object.keys(EMPTY_FORM).map((k) => [k, typeof body[k] === 'string' ? body[k] : '']));
      res.status(422).render('articles/new', { title: 'Add an article', form, errors: err.details ?? {}, limits });
    }
  });

  // Fetch a stored article's page again: an edit since it was stored becomes its next version.
  router.post('/articles/:id/refetch', requireRole('editor'), validate(articleIdParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    const { requestId } = await refetchArticle(deps, id, actorOf(req));
    res.redirect(303, `/fetches/${requestId}?check=1`);
  });

  router.get('/fetches/:id', requireRole('editor'), validate(articleIdParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    const request = await findIngestRequest(deps.dataSource.manager, id);
    if (!request) throw new AppError(404, 'not_found', `There is no fetch request ${id}`);
    if ((request.status === 'done' || request.status === 'duplicate') && request.articleId) {
      // a page fetched again to check it: say whether it changed
      const check = req.query.check === '1';
      // another page with a stored text is recorded as another publication of that article
      const copy = request.status === 'duplicate' && !check ? await findPublicationByUrl(deps.dataSource.manager, request.articleId, request.url) : null;
      const notice = request.status === 'done' ? (check ? 'page-changed' : 'created') : check ? 'page-unchanged' : copy ? 'published-elsewhere' : 'duplicate';
      return res.redirect(303, `/articles/${request.articleId}?notice=${notice}${copy ? '#publications' : ''}`);
    }
    res.render('articles/fetch', { title: request.status === 'failed' ? 'The page could not be added' : 'Fetching an article', request });
  });

  // Served as a download in a sandbox: the page's own scripts must never run on whosaid's origin.
  router.get('/articles/:id/snapshots/:snapshotId', requireRole('read'), validate(snapshotParams, 'params'), async (req, res) => {
    const { id, snapshotId } = req.validated as z.infer<typeof snapshotParams>;
    const snapshot = await findSnapshot(deps.dataSource.manager, id, snapshotId);
    if (!snapshot) throw new AppError(404, 'not_found', `Article ${id} has no snapshot ${snapshotId}`);
    res.setHeader('Content-Security-Policy', 'sandbox; default-src \'none\'');
    res.attachment(`whosaid-article-${id}-snapshot-${snapshotId}.html`);
    res.type('application/octet-stream').send(gunzipSync(snapshot.bodyGzip));
  });

  router.get('/articles/:id', requireRole('read'), validate(articleIdParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    const pages = articleListsQuery.safeParse(req.query);
    if (!pages.success) throw new ValidationError('A list page must be a whole number from 1.', { page: ['must be a whole number from 1'] });
    const view = presentArticle(await getArticle(deps, id));
    const articleClaims = (await getArticleClaims(deps, id)).map(presentClaim);
    // the text is shown whole, each list a page at a time: a long text's thousands of quotes made a page of megabytes
    const lists = {
      quotes: listPage(view.quotes, pages.data.quotes, 'quotes', pages.data, id),
      statements: listPage(view.statements, pages.data.statements, 'statements', pages.data, id),
      claims: listPage(articleClaims, pages.data.claims, 'claims', pages.data, id),
    };
    res.render('articles/show', {
      title: view.article.title,
      ...view,
      quotes: lists.quotes.items,
      statements: lists.statements.items,
      articleClaims: lists.claims.items,
      lists,
    });
  });

  return router;
}

/** The queue, or a clear 503 when this process was started without one. */
export function requireQueue(queue: JobQueue | undefined): JobQueue {
  if (!queue) throw new AppError(503, 'queue_unavailable', 'Fetching from an address needs the background job queue, which is not running here. Paste the text instead.');
  return queue;
}
