import { Router, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { mergeTopics, renameTopic } from '../../services/edit-claim-topics';
import { CHART_CONFLICTS, getTopic, searchTopics, TOPIC_CLAIMS_PAGE, TOPIC_FINDINGS_PAGE } from '../../services/get-claims';
import { FINDINGS_PER_CLAIM } from '../../services/bounded-findings';
import { liveTopic } from '../../services/follow-feeds';
import { actorOf } from '../actor';
import { requireRole } from '../middleware/auth';
import { validate } from '../middleware/validate';
import { ValidationError } from '../../errors';
import { presentClaim, presentFinding, presentTopic } from '../claims/claims.presenter';
import { claimIdParams, mergeTopicBody, renameTopicBody, topicListQuery, topicPageQuery } from '../claims/claims.schema';
import { z } from 'zod';
import { streamTopicClaims } from '../exports';
import { rateLimit, type RateLimiters } from '../middleware/rate-limit';
import { timelineChart } from './timeline-chart';
import { inUnit } from '../../core/claims/compare';
import { claimValue } from '../../services/refresh-topic';
import type { ClaimEntity } from '../../db/entities/claim.entity';
import type { TopicRecheckQueue } from '../../services/topic-rechecks';

type Deps = { dataSource: DataSource; rateLimiters?: RateLimiters; queue?: TopicRecheckQueue };

/** `?format=csv|json` of an export. */
export const exportFormat = z.object({ format: z.enum(['csv', 'json']).default('csv').catch('csv') });

/** Speakers named in the chart's legend, and denied figures listed under it, at most. */
const CHART_LANES = 12;
const CHART_DENIALS = 10;

const DONE: Record<string, string> = { renamed: 'Topic renamed.', merged: 'Topics merged: the other topic’s claims are now here.' };

/**
 * The claims a topic's chart draws, with their figures in the topic's unit: a duration stated in
 * months on a topic counted in years is drawn in years; a figure in a unit that does not convert
 * (euros on a dollar topic) is left off the chart (it stays in the table).
 */
export function inTopicUnit(claims: ClaimEntity[], unit: string | null): ClaimEntity[] {
  const out: ClaimEntity[] = [];
  for (const c of claims) {
    const v = claimValue(c);
    if (!v || c.unit === unit) {
      out.push(c);
      continue;
    }
    const w = inUnit(v, c.unit, unit);
    if (w) out.push({ ...c, valueLow: w.low, valueHigh: w.high, valueStated: w.stated, unit });
  }
  return out;
}

/** HTML pages for topics: the list, the timeline of one topic, and the editor's rename and merge. */
export function topicsRouter(deps: Deps): Router {
  const router = Router();

  router.get('/topics', requireRole('read'), validate(topicListQuery), async (req, res) => {
    const q = req.validated as z.infer<typeof topicListQuery>;
    const result = await searchTopics(deps, q);
    res.render('topics/index', { title: 'Topics', topics: result.topics.map(presentTopic), page: result.page, hasMore: result.hasMore, subjects: q.subjects, measure: q.measure ?? null });
  });

  const renderTopic = async (req: Request, res: Response, id: number, extra: { errors?: Record<string, string[]>; form?: Record<string, string>; status?: number } = {}) => {
    const q = topicPageQuery.parse(req.query);
    const t = await getTopic(deps, id, { claims: q.page, findings: q.conflicts });
    if (t.redirectTo !== undefined) return res.redirect(302, `/topics/${t.redirectTo}`);
    res.status(extra.status ?? 200).render('topics/show', {
      title: t.topic.label,
      topic: presentTopic(t.topic),
      chart: timelineChart(inTopicUnit(t.chartClaims, t.topic.unit), t.chartFindings, t.chartRevisions),
      chartOf: { drawn: t.chartClaims.length, total: t.topic.claimCount, joined: t.chartFindings.length, joinedMax: CHART_CONFLICTS, lanes: CHART_LANES, denials: CHART_DENIALS },
      claims: t.claims.map(presentClaim),
      claimsAtOdds: t.claimsAtOdds,
      claimsRevisedOnly: t.claimsRevisedOnly,
      findings: t.findings.map(presentFinding),
      pages: {
        claims: { page: q.page, of: Math.max(1, Math.ceil(t.topic.claimCount / TOPIC_CLAIMS_PAGE)), first: (q.page - 1) * TOPIC_CLAIMS_PAGE + 1 },
        conflicts: { page: q.conflicts, of: Math.max(1, Math.ceil(t.topic.conflictCount / TOPIC_FINDINGS_PAGE)), first: (q.conflicts - 1) * TOPIC_FINDINGS_PAGE + 1 },
      },
      findingsPerClaim: FINDINGS_PER_CLAIM,
      errors: extra.errors ?? {},
      form: extra.form ?? { label: t.topic.label, into: '' },
      message: typeof req.query.done === 'string' ? (DONE[req.query.done] ?? null) : null,
      feed: { title: `${t.topic.label} — whosaid claims`, href: `/topics/${t.topic.id}/feed.atom` },
    });
  };

  router.get('/topics/:id', requireRole('read'), validate(claimIdParams, 'params'), async (req, res) => {
    await renderTopic(req, res, (req.validated as { id: number }).id);
  });

  // Every claim of the topic (not one page) as CSV or JSON, streamed.
  router.get('/topics/:id/export', requireRole('read'), rateLimit(deps, 'export'), validate(claimIdParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    const t = await liveTopic(deps, id);
    if (t.redirectTo !== undefined) return res.redirect(302, `/topics/${t.redirectTo}/export${req.originalUrl.slice(req.path.length)}`);
    const { format } = exportFormat.parse(req.query);
    await streamTopicClaims(res, deps.dataSource, id, format, `whosaid-topic-${id}-claims`);
  });

  router.post('/topics/:id/rename', requireRole('editor'), validate(claimIdParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    const parsed = renameTopicBody.safeParse(req.body ?? {});
    if (!parsed.success) return renderTopic(req, res, id, { status: 422, errors: { label: parsed.error.issues.map((i) => i.message) }, form: { label: String(req.body?.label ?? ''), into: '' } });
    await renameTopic(deps, actorOf(req), id, parsed.data.label);
    res.redirect(303, `/topics/${id}?done=renamed`);
  });

  router.post('/topics/:id/merge', requireRole('editor'), validate(claimIdParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    const parsed = mergeTopicBody.safeParse(req.body ?? {});
    if (!parsed.success) return renderTopic(req, res, id, { status: 422, errors: { into: parsed.error.issues.map((i) => i.message) }, form: { label: '', into: String(req.body?.into ?? '') } });
    try {
      await mergeTopics(deps, actorOf(req), id, parsed.data.into);
    } catch (err) {
      // merging into itself or into a topic that does not exist: said beside the field, the number kept
      if (!(err instanceof ValidationError)) throw err;
      const errors = (err.details as Record<string, string[]> | undefined) ?? { into: [err.message] };
      return renderTopic(req, res, id, { status: 422, errors, form: { label: '', into: String(req.body?.into ?? '') } });
    }
    res.redirect(303, `/topics/${parsed.data.into}?done=merged`);
  });

  return router;
}
