import { Router, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import { moveClaim } from '../../services/edit-claim-topics';
import { getClaim, searchClaims } from '../../services/get-claims';
import { actorOf } from '../actor';
import { requireRole } from '../middleware/auth';
import { validate } from '../middleware/validate';
import { claimSlots, presentClaim, presentFinding } from './claims.presenter';
import { claimIdParams, claimListQuery, moveClaimBody } from './claims.schema';

type Deps = { dataSource: DataSource };

/** Measures offered in the list filter (the common ones; any measure works in the address). */
export const MEASURE_CHOICES = ['deaths', 'injuries', 'casualties', 'displacement', 'besieged', 'siege-duration', 'conflict-duration', 'refugees', 'attacks', 'money', 'share'];

/** HTML pages for claims: the filtered list, one claim in context, and moving a claim to another topic. */
export function claimsRouter(deps: Deps): Router {
  const router = Router();

  router.get('/claims', requireRole('read'), validate(claimListQuery), async (req, res) => {
    const q = req.validated as z.infer<typeof claimListQuery>;
    const result = await searchClaims(deps, {
      topicId: q.topic,
      speakerId: q.speaker,
      measure: q.measure,
      hasConflict: q.conflict === undefined ? undefined : q.conflict === 'yes',
      from: q.from,
      to: q.to,
      sort: q.sort,
      page: q.page,
    });
    res.render('claims/index', {
      title: 'Claims',
      claims: result.claims.map(presentClaim),
      page: result.page,
      hasMore: result.hasMore,
      measures: MEASURE_CHOICES,
      filters: { topic: q.topic ?? '', speaker: q.speaker ?? '', measure: q.measure ?? '', conflict: q.conflict ?? '', from: q.from ?? '', to: q.to ?? '', sort: q.sort ?? '' },
    });
  });

  const renderClaim = async (res: Response, id: number, extra: { errors?: Record<string, string[]>; form?: Record<string, string>; status?: number } = {}) => {
    const d = await getClaim(deps, id);
    const { body } = d.article;
    const sentence = { before: body.slice(d.claim.sentenceStart, d.claim.startOffset), claim: body.slice(d.claim.startOffset, d.claim.endOffset), after: body.slice(d.claim.endOffset, d.claim.sentenceEnd) };
    res.status(extra.status ?? 200).render('claims/show', {
      title: `Claim: ${d.claim.text.slice(0, 60)}`,
      claim: presentClaim(d.claim),
      slots: claimSlots(d.claim),
      sentence,
      article: { id: d.article.id, title: d.article.title, outlet: d.article.outlet },
      topic: { id: d.topic.id, label: d.topic.label },
      related: d.related.map(presentClaim),
      findings: d.findings.map(presentFinding),
      errors: extra.errors ?? {},
      form: extra.form ?? {},
      message: res.req.query.done === 'moved' ? 'Claim moved to this topic.' : null,
    });
  };

  router.get('/claims/:id', requireRole('read'), validate(claimIdParams, 'params'), async (req, res) => {
    await renderClaim(res, (req.validated as { id: number }).id);
  });

  router.post('/claims/:id/move', requireRole('editor'), validate(claimIdParams, 'params'), async (req: Request, res) => {
    const { id } = req.validated as { id: number };
    const parsed = moveClaimBody.safeParse(req.body ?? {});
    if (!parsed.success) {
      const errors: Record<string, string[]> = {};
      for (const i of parsed.error.issues) (errors[String(i.path[0] ?? 'topic')] ??= []).push(i.message);
      const b = (req.body ?? {}) as Record<string, unknown>;
      return renderClaim(res, id, { errors, status: 422, form: { topic: String(b.topic ?? ''), newLabel: String(b.newLabel ?? '') } });
    }
    await moveClaim(deps, actorOf(req), id, { topicId: parsed.data.topic, newLabel: parsed.data.newLabel });
    res.redirect(303, `/claims/${id}?done=moved`);
  });

  return router;
}
