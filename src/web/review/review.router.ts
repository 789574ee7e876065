import { Router, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import { ConflictError, ValidationError, validationError } from '../../errors';
import { claimQueue, COUNT_CAP, queueSizes, quoteQueue } from '../../services/review-queue';
import { confirmQuote, decideCheckWorthy, fixQuoteSpan, reassignQuote, rejectQuote, type SpeakerChoice } from '../../services/review-quotes';
import { actorOf } from '../actor';
import { requireRole } from '../middleware/auth';
import { validate } from '../middleware/validate';
import { renderQuotePage } from '../quotes/quotes.router';
import { filterNames, typedFilters } from '../typed-filters';
import { backAddress, quoteActionBody, quoteSpanBody, quoteSpeakerBody, reviewIdParams, reviewQueueQuery, worthinessBody } from './review.schema';
import type { TopicRecheckQueue } from '../../services/topic-rechecks';

type Deps = { dataSource: DataSource; queue?: TopicRecheckQueue };
type QueueQuery = z.infer<typeof reviewQueueQuery>;

/** An error shown beside the item it concerns (and each message tied to a field beside that field), with what the reviewer typed. */
export interface ItemError {
  id: number;
  messages: string[];
  fields: Record<string, string[]>;
  form: Record<string, string>;
}

/** Address of the queue with the same filters (page 1 unless given). */
function queueHref(q: Partial<QueueQuery>, page?: number): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...q, page: page ?? undefined })) {
    if (v !== undefined && v !== '' && !(k === 'type' && v === 'quotes') && !(k === 'sort' && v === 'oldest') && !(k === 'page' && v === 1)) params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `/review?${s}` : '/review';
}

const withNotice = (href: string, notice: string) => `${href}${href.includes('?') ? '&' : '?'}notice=${notice}`;

/**
 * The review queue: quotes whose attribution is uncertain and check-worthy claims no editor
 * has decided on, with one-step actions. Every action is a plain form (keyboard shortcuts
 * are an enhancement), redirects back to where it came from, and is recorded in the audit log.
 */
export function reviewRouter(deps: Deps): Router {
  const router = Router();

  const renderQueue = async (req: Request, res: Response, q: QueueQuery, error?: ItemError, status = 200) => {
    const filter = { outlet: q.outlet, topicId: q.topic, speakerId: q.speaker, sort: q.sort, page: q.page };
    const [sizes, page, names] = await Promise.all([
      queueSizes(deps, filter),
      q.type === 'claims' ? claimQueue(deps, filter).then((p) => ({ claims: p.items, quotes: [], hasMore: p.hasMore })) : quoteQueue(deps, filter).then((p) => ({ quotes: p.items, claims: [], hasMore: p.hasMore })),
      filterNames(deps.dataSource, q),
    ]);
    const here = queueHref(q, q.page);
    res.status(status).render('review/index', {
      title: q.type === 'claims' ? 'Review: claims' : 'Review: quotes',
      q,
      sizes,
      cap: COUNT_CAP,
      quotes: page.quotes,
      claims: page.claims,
      hasMore: page.hasMore,
      here,
      tabs: { quotes: queueHref({ ...q, type: 'quotes' }), claims: queueHref({ ...q, type: 'claims' }) },
      prevHref: q.page > 1 ? queueHref(q, q.page - 1) : null,
      nextHref: page.hasMore ? queueHref(q, q.page + 1) : null,
      error: error ?? null,
      names,
      filterErrors: {},
      typed: {},
    });
  };

  router.get('/review', requireRole('editor'), async (req, res) => {
    // the speaker and topic may be typed as names (or “#7 Helena Brandt”), as on the search page: one speaker or topic by that name puts its number in the address
    const typed = await typedFilters(deps.dataSource, req, '/review');
    if (typed.redirect) return res.redirect(302, typed.redirect);
    const parsed = reviewQueueQuery.safeParse(typed.query);
    if (parsed.success && Object.keys(typed.errors).length === 0) return renderQueue(req, res, parsed.data);
    // a filter that cannot be read is said beside the form, which keeps what was typed; no queue is shown for it
    const filterErrors: Record<string, string[]> = { ...typed.errors };
    if (!parsed.success) for (const issue of parsed.error.issues) (filterErrors[String(issue.path[0] ?? 'filters')] ??= []).push(issue.message);
    const raw = req.query as Record<string, unknown>;
    const typedForm = Object.fromEntries(['outlet', 'topic', 'speaker'].map((k) => [k, typeof raw[k] === 'string' ? (raw[k] as string) : '']));
    const q: QueueQuery = { type: raw.type === 'claims' ? 'claims' : 'quotes', sort: raw.sort === 'most-quoted' || raw.sort === 'newest' ? raw.sort : 'oldest', page: 1 };
    res.status(422).render('review/index', {
      title: q.type === 'claims' ? 'Review: claims' : 'Review: quotes',
      q,
      sizes: null,
      cap: COUNT_CAP,
      quotes: [],
      claims: [],
      hasMore: false,
      here: '/review',
      tabs: { quotes: '/review', claims: '/review?type=claims' },
      prevHref: null,
      nextHref: null,
      error: null,
      names: {},
      filterErrors,
      filterChoices: typed.choices,
      typed: typedForm,
    });
  });

  /**
   * Runs a review action; validation and conflict errors bring the reviewer back to the page
   * the action was sent from — the queue or the quote's page — with the message beside the
   * item and its field, and what they typed; nothing changed.
   */
  const act = (
    schema: typeof quoteActionBody | typeof quoteSpeakerBody | typeof quoteSpanBody | typeof worthinessBody,
    run: (req: Request, id: number, body: Record<string, unknown>) => Promise<string>,
  ) =>
    async (req: Request, res: Response) => {
      const { id } = req.validated as { id: number };
      const raw = (req.body ?? {}) as Record<string, unknown>;
      const parsed = schema.safeParse(raw);
      const back = (backAddress.parse(raw.back) as string | undefined) ?? '/review';
      const form = Object.fromEntries(Object.entries(raw).filter(([k, v]) => k !== '_csrf' && typeof v === 'string')) as Record<string, string>;
      const fail = async (fields: Record<string, string[]>, messages: string[], status: number) => {
        const error = { id, messages, fields, form };
        if (schema !== worthinessBody && back.startsWith('/quotes/')) return renderQuotePage(deps, res, id, error, status);
        if (!back.startsWith('/review')) throw status === 409 ? new ConflictError(messages.join(' ')) : new ValidationError(messages.join(' '));
        const query = reviewQueueQuery.safeParse(Object.fromEntries(new URLSearchParams(back.split('?')[1] ?? '')));
        await renderQueue(req, res, query.success ? query.data : reviewQueueQuery.parse({}), error, status);
      };
      if (!parsed.success) {
        const fields = validationError(parsed.error.issues).details as Record<string, string[]>;
        return fail(fields, parsed.error.issues.map((i) => i.message), 422);
      }
      try {
        const notice = await run(req, id, parsed.data as Record<string, unknown>);
        res.redirect(303, withNotice(back, notice));
      } catch (err) {
        if (err instanceof ValidationError) {
          const fields = (err.details as Record<string, string[]> | undefined) ?? {};
          return fail(fields, Object.values(fields).flat().concat(err.details ? [] : [err.message]), 422);
        }
        if (err instanceof ConflictError) return fail({}, [err.message], 409);
        throw err;
      }
    };

  /** Registers one review action: editors only, the id from the address, the body checked by `schema`. */
  const action = (path: string, schema: Parameters<typeof act>[0], run: Parameters<typeof act>[1]) =>
    router.post(path, requireRole('editor'), validate(reviewIdParams, 'params'), act(schema, run));
  const version = (b: Record<string, unknown>) => b.v as number | undefined;

  action('/review/quotes/:id/confirm', quoteActionBody, async (req, id, b) => {
    await confirmQuote(deps, actorOf(req), id, version(b));
    return 'quote-confirmed';
  });
  action('/review/quotes/:id/reject', quoteActionBody, async (req, id, b) => {
    await rejectQuote(deps, actorOf(req), id, version(b));
    return 'quote-rejected';
  });
  action('/review/quotes/:id/speaker', quoteSpeakerBody, async (req, id, b) => {
    const typed = String(b.speaker);
    const byId = /^#?(\d{1,10})$/.exec(typed);
    const choice: SpeakerChoice = byId ? { speakerId: Number(byId[1]) } : { name: typed, kind: b.kind as 'person' | 'organisation' | 'anonymous' };
    const r = await reassignQuote(deps, actorOf(req), id, choice, version(b));
    return `${r.speakerId === null ? 'quote-unnamed' : r.created ? 'quote-reassigned-new' : 'quote-reassigned'}${r.continued > 0 ? '-continued' : ''}`;
  });
  action('/review/quotes/:id/span', quoteSpanBody, async (req, id, b) => {
    await fixQuoteSpan(deps, actorOf(req), id, String(b.text), version(b));
    return 'quote-span-fixed';
  });
  action('/review/claims/:id/worthiness', worthinessBody, async (req, id, b) => {
    const worthy = b.worthy === 'yes' ? true : b.worthy === 'no' ? false : null;
    await decideCheckWorthy(deps, actorOf(req), id, worthy);
    return worthy === null ? 'claim-undecided' : worthy ? 'claim-worthy' : 'claim-not-worthy';
  });

  return router;
}
