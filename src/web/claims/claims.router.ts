import { Router, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import { reassignClaimSource } from '../../services/claim-speaker';
import { moveClaim } from '../../services/edit-claim-topics';
import type { SpeakerChoice } from '../../services/review-quotes';
import { ConflictError, NotFoundError, ValidationError } from '../../errors';
import { allClaimReviews, getClaimReview } from '../../services/claim-review';
import { CLAIM_FINDINGS_PAGE, claimMeasures, getClaim, measureName, searchClaims } from '../../services/get-claims';
import { claimValue } from '../../services/refresh-topic';
import type { InstallationSettings, SettingsCache } from '../../services/settings';
import { addVerdict, claimRatings, listVerdicts, publishVerdict, referenceUnitsFor } from '../../services/verdicts';
import type { ClaimFilters, ClaimStatus } from '../../db/repositories/claim.repository';
import { actorOf } from '../actor';
import { requireRole } from '../middleware/auth';
import { validate } from '../middleware/validate';
import { claimSlots, presentClaim, presentFinding, presentVerdict } from './claims.presenter';
import { claimIdParams, claimListInput, claimPageQuery, claimListQuery, claimSpeakerBody, moveClaimBody, SOURCE_ROWS, verdictBody, verdictParams } from './claims.schema';
import type { TopicRecheckQueue } from '../../services/topic-rechecks';

type Deps = { dataSource: DataSource; settings: SettingsCache; queue?: TopicRecheckQueue };

/** The verdict form's fields after validation (the source rows are read by name). */
interface VerdictForm {
  rating: string;
  explanation: string;
  referenceValue?: number;
  referenceUnit?: string;
  referenceSourceUrl?: string;
  referenceSourceTitle?: string;
  referenceDate?: string;
  publish: boolean;
  latest?: number;
}

/** Status filter choices: value and label. */
const STATUS_CHOICES: Array<[ClaimStatus, string]> = [
  ['published', 'Verdict published'],
  ['not-published', 'No published verdict'],
  ['rated', 'Rated (any verdict)'],
  ['unrated', 'Not rated yet'],
  ['check-worthy', 'Marked check-worthy'],
  ['not-check-worthy', 'Marked not worth checking'],
  ['undecided', 'Worthiness undecided'],
];

/** Whether the request comes from an editor or admin (who see internal verdicts). */
function isEditor(req: Request): boolean {
  return !!req.user && req.user.role !== 'viewer';
}

/** Readers who do not see internal verdicts filter on published ones only. */
export function readerStatus(status: ClaimStatus | undefined, editor: boolean): ClaimStatus | undefined {
  if (editor || status === undefined) return status;
  return status === 'rated' ? 'published' : status === 'unrated' ? 'not-published' : status;
}

/** The claim filters of a validated list query (page or API), as the reader may use them. */
export function claimFiltersOf(q: Omit<z.infer<typeof claimListQuery>, 'page' | 'sort'>, editor: boolean): ClaimFilters {
  return {
    topicId: q.topic,
    speakerId: q.speaker,
    about: q.about,
    who: q.who,
    measure: q.measure,
    hasConflict: q.conflict === undefined ? undefined : q.conflict === 'yes',
    status: readerStatus(q.status, editor),
    from: q.from,
    to: q.to,
  };
}

/** The measures offered, keeping the one chosen in the address even when no claim uses it (yet). */
function withChosen(measures: Array<{ value: string; label: string }>, chosen: string): Array<{ value: string; label: string }> {
  return chosen && !measures.some((m) => m.value === chosen) ? [...measures, { value: chosen, label: `${measureName(chosen)} (0)` }] : measures;
}

/** HTML pages for claims: the filtered list, one claim in context, and moving a claim to another topic. */
export function claimsRouter(deps: Deps): Router {
  const router = Router();

  router.get('/claims', requireRole('read'), async (req, res) => {
    const editor = isEditor(req);
    const statuses = editor ? STATUS_CHOICES : STATUS_CHOICES.filter(([v]) => v !== 'rated' && v !== 'unrated');
    const parsed = claimListInput.safeParse(req.query);
    if (!parsed.success) {
      // a filter that cannot be read is said beside the form, which keeps what was typed
      const errors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (errors[String(issue.path[0] ?? 'filters')] ??= []).push(issue.message);
      const typed = (k: string) => (typeof req.query[k] === 'string' ? (req.query[k] as string) : '');
      const filters = Object.fromEntries(['topic', 'speaker', 'about', 'who', 'measure', 'conflict', 'status', 'from', 'to', 'sort'].map((k) => [k, typed(k)]));
      return res.status(422).render('claims/index', { title: 'Claims', claims: [], page: 1, hasMore: false, measures: withChosen(await claimMeasures(deps), filters.measure), statuses, filters, errors });
    }
    const q = parsed.data;
    const result = await searchClaims(deps, { ...claimFiltersOf(q, editor), sort: q.sort, page: q.page });
    const ratings = await claimRatings(deps, result.claims.map((c) => c.id), editor);
    res.render('claims/index', {
      title: 'Claims',
      claims: result.claims.map((c) => ({ ...presentClaim(c), verdict: ratings.get(c.id) ?? null })),
      page: result.page,
      hasMore: result.hasMore,
      measures: withChosen(await claimMeasures(deps), q.measure ?? ''),
      statuses,
      filters: {
        topic: q.topic ?? '', speaker: q.speaker ?? '', about: q.about ?? '', who: q.who ?? '', measure: q.measure ?? '', conflict: q.conflict ?? '',
        status: q.status ?? '', from: q.from ?? '', to: q.to ?? '', sort: q.sort ?? '',
      },
      errors: {},
    });
  });

  const renderClaim = async (res: Response, id: number, extra: { errors?: Record<string, string[]>; form?: Record<string, string>; verdictErrors?: Record<string, string[]>; verdictForm?: Record<string, string>; status?: number } = {}) => {
    const req = res.req;
    const editor = isEditor(req);
    const settings = await deps.settings.get();
    const [d, verdicts, jsonLd] = await Promise.all([
      getClaim(deps, id, claimPageQuery.parse(req.query).conflicts),
      listVerdicts(deps, id, editor),
      getClaimReview(deps, id, settings, baseUrlOf(req, settings)),
    ]);
    const { body } = d.article;
    const sentence = balancedContext(body.slice(d.claim.sentenceStart, d.claim.startOffset), body.slice(d.claim.startOffset, d.claim.endOffset), body.slice(d.claim.endOffset, d.claim.sentenceEnd));
    const done = typeof req.query.done === 'string' ? req.query.done : '';
    res.status(extra.status ?? 200).render('claims/show', {
      title: `Claim: ${d.claim.text.slice(0, 60)}`,
      claim: presentClaim(d.claim),
      checkWorthy: d.claim.checkWorthy,
      hasFigure: claimValue(d.claim) !== null,
      claimUnit: d.claim.unit,
      referenceUnits: referenceUnitsFor(d.claim),
      slots: claimSlots(d.claim),
      sentence,
      article: { id: d.article.id, title: d.article.title, outlet: d.article.outlet },
      superseded: d.superseded,
      topic: { id: d.topic.id, label: d.topic.label },
      related: d.related.map(presentClaim),
      relatedTotal: d.relatedTotal,
      findings: d.findings.map(presentFinding),
      findingsPage: { page: d.findingsPage, of: Math.max(1, Math.ceil(d.findingsTotal / CLAIM_FINDINGS_PAGE)), first: (d.findingsPage - 1) * CLAIM_FINDINGS_PAGE + 1, total: d.findingsTotal },
      verdicts: verdicts.map((v) => presentVerdict(v, editor)),
      scale: settings.ratingScale,
      sourceRows: SOURCE_ROWS,
      jsonLd: jsonLd ? jsonForScript(jsonLd) : null,
      errors: extra.errors ?? {},
      form: extra.form ?? {},
      verdictErrors: extra.verdictErrors ?? {},
      verdictForm: extra.verdictForm ?? { referenceUnit: d.claim.unit ?? '' },
      message: done === 'moved' ? 'Claim moved to this topic.' : done === 'speaker' ? 'Source corrected: the claims drawn from the same words follow, and their topics were checked again.' : null,
      source: { type: d.claim.sourceType, quoteId: d.claim.quoteId, statementId: d.claim.statementId },
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

  // Who made the claim: corrected on its statement (every claim drawn from it follows) or on the claim itself.
  router.post('/claims/:id/speaker', requireRole('editor'), validate(claimIdParams, 'params'), async (req: Request, res) => {
    const { id } = req.validated as { id: number };
    const b = (req.body ?? {}) as Record<string, unknown>;
    const form = { speaker: String(b.speaker ?? ''), kind: String(b.kind ?? '') };
    const parsed = claimSpeakerBody.safeParse(b);
    if (!parsed.success) {
      const errors: Record<string, string[]> = {};
      for (const i of parsed.error.issues) (errors[String(i.path[0] ?? 'speaker')] ??= []).push(i.message);
      return renderClaim(res, id, { errors, status: 422, form });
    }
    const typed = parsed.data.speaker;
    const byId = /^#?(\d{1,10})$/.exec(typed);
    const choice: SpeakerChoice = byId ? { speakerId: Number(byId[1]) } : { name: typed, kind: parsed.data.kind };
    try {
      await reassignClaimSource(deps, actorOf(req), id, choice);
    } catch (err) {
      if (err instanceof ValidationError) return renderClaim(res, id, { errors: { speaker: Object.values((err.details ?? {}) as Record<string, string[]>).flat() }, status: 422, form });
      if (err instanceof ConflictError) return renderClaim(res, id, { errors: { speaker: [err.message] }, status: 409, form });
      throw err;
    }
    res.redirect(303, `/claims/${id}?done=speaker`);
  });

  router.post('/claims/:id/verdicts', requireRole('editor'), validate(claimIdParams, 'params'), async (req: Request, res) => {
    const { id } = req.validated as { id: number };
    const raw = (req.body ?? {}) as Record<string, unknown>;
    const verdictForm = Object.fromEntries(Object.entries(raw).filter(([k, v]) => k !== '_csrf' && typeof v === 'string')) as Record<string, string>;
    const parsed = verdictBody.safeParse(raw);
    const fail = (errors: Record<string, string[]>, status: number) => renderClaim(res, id, { verdictErrors: errors, verdictForm, status });
    if (!parsed.success) {
      const errors: Record<string, string[]> = {};
      for (const i of parsed.error.issues) (errors[String(i.path[0] ?? 'rating')] ??= []).push(i.message);
      return fail(errors, 422);
    }
    const b = parsed.data as unknown as VerdictForm;
    const rows = parsed.data as unknown as Record<string, string | undefined>;
    const sources = [];
    for (let i = 1; i <= SOURCE_ROWS; i++) {
      const url = rows[`source${i}Url`];
      if (url) sources.push({ url, title: rows[`source${i}Title`] || new URL(url).hostname, publisher: rows[`source${i}Publisher`] || null, accessedAt: rows[`source${i}Accessed`] || null });
    }
    try {
      const settings = await deps.settings.get();
      await addVerdict(deps, actorOf(req), id, settings.ratingScale, {
        rating: b.rating,
        explanation: b.explanation,
        sources,
        reference:
          b.referenceValue !== undefined
            ? { value: b.referenceValue, unit: b.referenceUnit ?? '', sourceUrl: b.referenceSourceUrl!, sourceTitle: b.referenceSourceTitle || new URL(b.referenceSourceUrl!).hostname, date: b.referenceDate ?? null }
            : null,
        publish: b.publish,
        expectedLatestId: b.latest ?? null,
      });
    } catch (err) {
      if (err instanceof ValidationError) return fail((err.details as Record<string, string[]>) ?? { rating: [err.message] }, 422);
      if (err instanceof ConflictError) return fail({ rating: [err.message] }, 409);
      throw err;
    }
    res.redirect(303, `/claims/${id}?notice=verdict-added#verdict`);
  });

  router.post('/claims/:id/verdicts/:verdictId/publish', requireRole('editor'), validate(verdictParams, 'params'), async (req: Request, res) => {
    const { id, verdictId } = req.validated as { id: number; verdictId: number };
    await publishVerdict(deps, actorOf(req), id, verdictId);
    res.redirect(303, `/claims/${id}?notice=verdict-published#verdict`);
  });

  // Readable like the claim pages: by everyone once the installation allows anonymous reading.
  router.get('/api/v1/claims/:id/claimreview', requireRole('read'), validate(claimIdParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    const settings = await deps.settings.get();
    const review = await getClaimReview(deps, id, settings, baseUrlOf(req, settings));
    if (!review) throw new NotFoundError(`Claim ${id} has no published verdict.`);
    res.type('application/ld+json').send(JSON.stringify(review));
  });

  router.get('/api/v1/claimreviews', requireRole('read'), async (req, res) => {
    const settings = await deps.settings.get();
    res.type('application/ld+json');
    res.write('[');
    let first = true;
    for await (const review of allClaimReviews(deps, settings, baseUrlOf(req, settings))) {
      const ok = res.write(`${first ? '' : ','}\n${JSON.stringify(review)}`);
      first = false;
      if (!ok) await new Promise((resolve) => res.once('drain', resolve));
      if (res.destroyed) return;
    }
    res.end('\n]\n');
  });

  return router;
}

/** The installation's public address: the setting, else the address the request came to. */
function baseUrlOf(req: Request, settings: InstallationSettings): string {
  return settings.siteUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

/** JSON safe inside a <script> element: no “</script>” or HTML comment can end it early. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Closing quote marks with the opening ones they close. */
const CLOSERS: Record<string, string> = { '”': '“', '"': '"', '»': '«' };

/**
 * A claim's sentence as shown in context: a sentence ending a quote that opened in an earlier sentence carries the
 * quote's closing mark alone (“I told this house yesterday … again today.”): the opening mark is put back, so the
 * words read as the quote they are.
 */
export function balancedContext(before: string, claim: string, after: string): { before: string; claim: string; after: string } {
  const text = before + claim + after;
  const last = text.trimEnd().slice(-1);
  const open = CLOSERS[last];
  if (!open) return { before, claim, after };
  const opens = text.split(open).length - 1;
  const closes = text.split(last).length - 1;
  if (open === last ? opens % 2 === 0 : opens >= closes) return { before, claim, after };
  return { before: `${open}…${before}`, claim, after };
}
