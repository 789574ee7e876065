import express, { Router } from 'express';
import type { DataSource } from 'typeorm';
import { findIngestRequest } from '../../db/repositories/ingest-request.repository';
import { listFailedRows } from '../../db/repositories/import.repository';
import { AppError, NotFoundError, ValidationError, validationError } from '../../errors';
import { createImport, importProgress, rowProblems } from '../../services/imports';
import type { JobQueue } from '../../jobs/queue';
import type { SafeFetchOptions } from '../../net';
import { requestUrl } from '../../services/request-url';
import { actorOf } from '../actor';
import { requireQueue } from '../articles/articles.router';
import { getArticle } from '../../services/get-article';
import { ingestArticle } from '../../services/ingest-article';
import { HTML_CONVERTED_NOTE } from '../../services/article-input';
import { articleJson, publicationJson } from '../articles/articles.presenter';
import { articleIdParams } from '../articles/articles.schema';
import { requireRole } from '../middleware/auth';
import { validate } from '../middleware/validate';
import { speakersApiRouter } from './speakers.router';
import { getClaim, getTopic } from '../../services/get-claims';
import { listArticlesAfter, listClaimsAfter, listTopicClaimsAfter, listTopicFindingsAfter, listTopicsAfter } from '../../services/api-lists';
import { claimJson, findingJson, presentVerdict, topicJson } from '../claims/claims.presenter';
import { listVerdicts } from '../../services/verdicts';
import { claimFiltersOf } from '../claims/claims.router';
import { claimIdParams, claimListQuery, topicListQuery, withDateRange } from '../claims/claims.schema';
import type { z } from 'zod';
import { decodeCursor, pageOf, pageQuery, sendPage, type CursorKey } from './cursor';

/** Said with a duplicate from another outlet or address: where the copy is recorded. */
const PUBLISHED_ELSEWHERE_NOTE = 'The same text is already stored, as `article`: this copy, from another outlet or address, is recorded as another publication of it (`publication`, and in `article.publications`).';

/** Query of `GET /api/v1/articles`. */
export const articleListQuery = pageQuery;
/** Query of `GET /api/v1/claims`: the page's filters, by cursor instead of page number. */
export const apiClaimListQuery = claimListQuery.omit({ page: true }).extend(pageQuery.shape);
/** Query of `GET /api/v1/topics`. */
export const apiTopicListQuery = topicListQuery.omit({ page: true }).extend(pageQuery.shape);
/** Query of `GET /api/v1/topics/:id/claims`. */
export const topicClaimsQuery = pageQuery;

/** Claims and findings `GET /api/v1/topics/:id` sends at most (the rest through its lists). */
export const TOPIC_API_PAGE = 100;

/** The keyset position of a decoded cursor: its sort key and the id of the last row sent. */
export function afterOf<K>(key: CursorKey | undefined): { key: K; id: number } | undefined {
  return key ? { key: key[0] as K, id: key[key.length - 1] as number } : undefined;
}

/** The JSON API under /api/v1. */
export function apiRouter(deps: { dataSource: DataSource; queue?: JobQueue; fetchOptions?: SafeFetchOptions; bodyLimit: string }): Router {
  const router = Router();
  router.use((req, _res, next) => {
    if (['POST', 'PUT', 'PATCH'].includes(req.method) && !req.is('application/json')) {
      return next(new AppError(415, 'unsupported_media_type', 'Send the request body as application/json.'));
    }
    next();
  });
  // Imports carry whole files: their own, larger limit, before the general one.
  router.post('/imports', requireRole('editor'), express.json({ limit: '60mb' }), async (req, res) => {
    const body = (req.body ?? {}) as { filename?: unknown; content?: unknown };
    if (typeof body.content !== 'string') throw new ValidationError('Send the file as {"filename": "…", "content": "…"}.', { content: ['is required'] });
    const filename = typeof body.filename === 'string' && body.filename ? body.filename : 'import.jsonl';
    const { batchId, rows } = await createImport({ ...deps, queue: requireQueue(deps.queue) }, { content: Buffer.from(body.content, 'utf8'), filename }, actorOf(req));
    res.status(202).location(`/api/v1/imports/${batchId}`).json({ import: { id: batchId, rows, href: `/api/v1/imports/${batchId}` } });
  });

  router.use(express.json({ limit: deps.bodyLimit }));

  router.get('/imports/:id', requireRole('editor'), validate(articleIdParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    const p = await importProgress(deps, id);
    const failed = await listFailedRows(deps.dataSource.manager, id, 1000);
    res.json({
      import: {
        id,
        filename: p.batch.filename,
        status: p.batch.status,
        totalRows: p.batch.totalRows,
        counts: p.counts,
        convertedFromHtml: p.convertedFromHtml,
        ratePerSecond: p.rate,
        etaSeconds: p.etaSeconds,
        failedRows: failed.map((r) => ({ row: r.rowNumber, error: rowProblems(r.error).join('; '), problems: rowProblems(r.error), attempts: r.attempts, retryable: r.retryable && r.payload !== null })),
      },
    });
  });

  router.post('/articles', requireRole('editor'), async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    if ((typeof body.text !== 'string' || body.text.trim() === '') && typeof body.url === 'string' && body.url.trim() !== '') {
      const { requestId } = await requestUrl(deps, body, actorOf(req));
      const request = await findIngestRequest(deps.dataSource.manager, requestId);
      return res.status(202).location(`/api/v1/fetches/${requestId}`).json({ fetch: fetchJson(request!) });
    }
    const result = await ingestArticle(deps, req.body ?? {}, 'api', { actor: actorOf(req) });
    const detail = await getArticle(deps, result.articleId);
    res
      .status(result.duplicate ? 200 : 201)
      .location(`/api/v1/articles/${result.articleId}`)
      .json({
        duplicate: result.duplicate,
        textFormat: result.textFormat,
        notes: [...(result.textFormat === 'html' ? [HTML_CONVERTED_NOTE] : []), ...(result.publication ? [PUBLISHED_ELSEWHERE_NOTE] : [])],
        // the same text from another outlet or address: recorded as another publication of the stored article
        ...(result.duplicate ? { publication: result.publication ? publicationJson(result.publication) : null } : {}),
        article: articleJson(detail),
      });
  });

  router.get('/articles', requireRole('read'), validate(articleListQuery), async (req, res) => {
    const q = req.validated as z.infer<typeof articleListQuery>;
    const rows = await listArticlesAfter(deps, { after: afterOf(q.cursor ? decodeCursor(q.cursor, 'articles', ['timestamp']) : undefined), limit: q.limit });
    const page = pageOf(rows, q.limit, 'articles', (r) => [r.sortKey, r.id]);
    sendPage(req, res, page.rows.map(articleListJson), page.next);
  });

  router.get('/articles/:id', requireRole('read'), validate(articleIdParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    res.json({ article: articleJson(await getArticle(deps, id)) });
  });

  router.get('/claims', requireRole('read'), validate(withDateRange(apiClaimListQuery)), async (req, res) => {
    const q = req.validated as z.infer<typeof apiClaimListQuery>;
    const list = `claims:${q.sort ?? 'newest'}`;
    const rows = await listClaimsAfter(deps, {
      ...claimFiltersOf(q, !!req.user && req.user.role !== 'viewer'),
      sort: q.sort,
      after: afterOf(q.cursor ? decodeCursor(q.cursor, list, [q.sort === 'worthiness' ? 'real' : 'date']) : undefined),
      limit: q.limit,
    });
    const page = pageOf(rows, q.limit, list, (r) => [r.sortKey, r.id]);
    sendPage(req, res, page.rows.map(claimJson), page.next);
  });

  router.get('/claims/:id', requireRole('read'), validate(claimIdParams, 'params'), async (req, res) => {
    const id = (req.validated as { id: number }).id;
    const editor = !!req.user && req.user.role !== 'viewer';
    const [d, verdicts] = await Promise.all([getClaim(deps, id), listVerdicts(deps, id, editor)]);
    res.json({
      claim: claimJson(d.claim),
      topic: topicJson(d.topic),
      // the first page of the claim's findings, against the claims said nearest it; `findingCount` tells how many in all
      findings: d.findings.map(findingJson),
      findingCount: d.findingsTotal,
      // the topic's claims said nearest this one; the topic's claim list has them all
      related: d.related.map((c) => c.id),
      checkWorthy: d.claim.checkWorthy,
      verdicts: verdicts.map((v) => presentVerdict(v, editor)),
    });
  });

  router.get('/topics', requireRole('read'), validate(apiTopicListQuery), async (req, res) => {
    const q = req.validated as z.infer<typeof apiTopicListQuery>;
    const rows = await listTopicsAfter(deps, { measure: q.measure, withUnplaced: q.subjects === 'all', after: afterOf(q.cursor ? decodeCursor(q.cursor, 'topics', ['timestamp']) : undefined), limit: q.limit });
    const page = pageOf(rows, q.limit, 'topics', (r) => [r.sortKey, r.id]);
    sendPage(req, res, page.rows.map(topicJson), page.next);
  });

  router.get('/topics/:id/claims', requireRole('read'), validate(claimIdParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    const parsed = topicClaimsQuery.safeParse(req.query);
    if (!parsed.success) throw validationError(parsed.error.issues);
    const q = parsed.data;
    const r = await listTopicClaimsAfter(deps, id, { after: afterOf(q.cursor ? decodeCursor(q.cursor, 'topic-claims', ['date']) : undefined), limit: q.limit });
    if (r.redirectTo !== undefined) return res.redirect(308, `/api/v1/topics/${r.redirectTo}/claims`);
    const page = pageOf(r.claims, q.limit, 'topic-claims', (c) => [c.sortKey, c.id]);
    sendPage(req, res, page.rows.map(claimJson), page.next, { topicId: id });
  });

  router.get('/topics/:id/findings', requireRole('read'), validate(claimIdParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    const parsed = topicClaimsQuery.safeParse(req.query);
    if (!parsed.success) throw validationError(parsed.error.issues);
    const q = parsed.data;
    const r = await listTopicFindingsAfter(deps, id, { afterId: q.cursor ? afterOf<number>(decodeCursor(q.cursor, 'topic-findings', ['int']))!.id : undefined, limit: q.limit });
    if (r.redirectTo !== undefined) return res.redirect(308, `/api/v1/topics/${r.redirectTo}/findings`);
    const page = pageOf(r.findings, q.limit, 'topic-findings', (f) => [f.id, f.id]);
    sendPage(req, res, page.rows.map(findingJson), page.next, { topicId: id });
  });

  // The topic with its first claims and findings (a page each): the rest through the two lists' cursors.
  router.get('/topics/:id', requireRole('read'), validate(claimIdParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    const t = await getTopic(deps, id, { claimsPerPage: TOPIC_API_PAGE, findingsPerPage: TOPIC_API_PAGE, chart: false });
    if (t.redirectTo !== undefined) return res.redirect(308, `/api/v1/topics/${t.redirectTo}`);
    res.json({
      topic: topicJson(t.topic),
      claims: t.claims.map(claimJson),
      findings: t.findings.map(findingJson),
      more: {
        claims: t.topic.claimCount > t.claims.length ? `/api/v1/topics/${id}/claims` : null,
        findings: t.topic.conflictCount > t.findings.length ? `/api/v1/topics/${id}/findings` : null,
      },
    });
  });

  router.use(speakersApiRouter(deps));

  router.get('/fetches/:id', requireRole('editor'), validate(articleIdParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    const request = await findIngestRequest(deps.dataSource.manager, id);
    if (!request) throw new NotFoundError(`There is no fetch request ${id}`);
    res.json({ fetch: fetchJson(request) });
  });

  return router;
}

/** JSON shape of an article in the list. */
function articleListJson(a: Awaited<ReturnType<typeof listArticlesAfter>>[number]) {
  return {
    id: a.id,
    href: `/api/v1/articles/${a.id}`,
    title: a.title,
    outlet: a.outlet,
    url: a.url,
    publishedAt: a.publishedAt ? new Date(a.publishedAt).toISOString() : null,
    source: a.source,
    quoteCount: a.quoteCount,
    speakerCount: a.speakerCount,
    createdAt: new Date(a.createdAt).toISOString(),
  };
}

/** JSON shape of a fetch request. */
function fetchJson(r: NonNullable<Awaited<ReturnType<typeof findIngestRequest>>>) {
  return {
    id: r.id,
    url: r.url,
    status: r.status,
    attempts: r.attempts,
    error: r.errorCode ? { code: r.errorCode, message: r.errorMessage } : null,
    article: r.articleId ? { id: r.articleId, href: `/api/v1/articles/${r.articleId}` } : null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
