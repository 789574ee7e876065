import { Router, type Request, type Response } from 'express';
import { asSaid } from '../../services/refresh-topic';
import { statementHref } from '../articles/article-lists';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import { ValidationError } from '../../errors';
import { addAlias, removeAlias, RenameTakenError, renameSpeaker, setExternalId } from '../../services/edit-speaker';
import { getSpeaker, getSpeakerManagement, getSpeakerQuotes, getSpeakerStatements, type TimelineQuery } from '../../services/get-speaker';
import { mergeSpeakers, previewMerge } from '../../services/merge-speakers';
import { acceptSpeakerMatch, dismissSpeakerMatch, listSpeakerReviews } from '../../services/review-speaker-matches';
import { searchSpeakers } from '../../services/search-speakers';
import { splitSpeaker } from '../../services/split-speaker';
import { undoSpeakerChange } from '../../services/undo-speaker-change';
import { claimRatings } from '../../services/verdicts';
import { actorOf } from '../actor';
import { requireRole } from '../middleware/auth';
import { validate } from '../middleware/validate';
import {
  presentAliases,
  shownAliases,
  presentHistory,
  presentDirectoryRow,
  presentQuote,
  presentRoles,
  presentSpeaker,
  timelineHref,
} from './speakers.presenter';
import {
  aliasBody,
  aliasParams,
  changeParams,
  directoryQuery,
  externalIdBody,
  matchParams,
  mergeBody,
  renameBody,
  speakerIdParams,
  splitBody,
  timelineQuery,
} from './speakers.schema';
import type { TopicRecheckQueue } from '../../services/topic-rechecks';

/** Messages shown after a change, by `?done=` key. */
const DONE: Record<string, string> = {
  renamed: 'Speaker renamed. The old name is kept as an alias.',
  'renamed-only': 'Speaker renamed. The old name is not kept as an alias: no article named the speaker so.',
  alias: 'Alias added.',
  'alias-removed': 'Alias removed.',
  'external-id': 'External identifier saved.',
  merged: 'Speakers merged. The other speaker’s address now leads here.',
  split: 'Quotes moved to the other speaker.',
  undone: 'Change undone.',
  dismissed: 'Marked as different people.',
};

type Deps = { dataSource: DataSource; queue?: TopicRecheckQueue };

/** Parses a form body; on failure re-renders the page with the messages and the input kept. */
function parseForm<T extends z.ZodType>(schema: T, req: Request): { ok: true; data: z.infer<T> } | { ok: false; errors: Record<string, string[]> } {
  const parsed = schema.safeParse(req.body ?? {});
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: Record<string, string[]> = {};
  for (const i of parsed.error.issues) (errors[String(i.path[0] ?? 'form')] ??= []).push(i.message);
  return { ok: false, errors };
}

/** HTML pages for speakers: directory, speaker page with timeline, and the editor's tools. */
/** Reported statements listed on a speaker page. */
const STATEMENTS_SHOWN = 10;

export function speakersRouter(deps: Deps): Router {
  const router = Router();

  router.get('/speakers', requireRole('read'), validate(directoryQuery), async (req, res) => {
    const query = req.validated as z.infer<typeof directoryQuery>;
    const result = await searchSpeakers(deps, query);
    res.render('speakers/index', {
      title: 'Speakers',
      ...result,
      speakers: result.speakers.map(presentDirectoryRow),
      filters: { q: query.q ?? '', kind: query.kind ?? '', organisation: query.organisation ?? '', sort: query.sort ?? '' },
    });
  });

  router.get('/speakers/review', requireRole('editor'), validate(directoryQuery.pick({ page: true })), async (req, res) => {
    const { page } = req.validated as { page: number };
    res.render('speakers/review', { title: 'Possible matches to review', ...(await listSpeakerReviews(deps, page)), message: doneMessage(req) });
  });

  router.post('/speakers/review/:matchId/accept', requireRole('editor'), validate(matchParams, 'params'), async (req, res) => {
    const { matchId } = req.validated as { matchId: number };
    const { keepId } = await acceptSpeakerMatch(deps, actorOf(req), matchId);
    res.redirect(303, `/speakers/${keepId}/manage?done=merged`);
  });

  router.post('/speakers/review/:matchId/dismiss', requireRole('editor'), validate(matchParams, 'params'), async (req, res) => {
    const { matchId } = req.validated as { matchId: number };
    await dismissSpeakerMatch(deps, actorOf(req), matchId);
    res.redirect(303, '/speakers/review?done=dismissed');
  });

  router.post('/speakers/changes/:auditId/undo', requireRole('editor'), validate(changeParams, 'params'), async (req, res) => {
    const { auditId } = req.validated as { auditId: string };
    const { speakerId } = await undoSpeakerChange(deps, actorOf(req), auditId);
    res.redirect(303, `/speakers/${speakerId}/manage?done=undone`);
  });

  router.get('/speakers/:id', requireRole('read'), validate(speakerIdParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    const parsed = timelineQuery.safeParse(req.query);
    const filters: TimelineQuery = parsed.success ? parsed.data : {};
    const page = await getSpeaker(deps, id, filters);
    if (page.redirectTo !== undefined) return res.redirect(302, `/speakers/${page.redirectTo}${queryString(req)}`);
    const raw = pickStrings(req.query, ['from', 'to', 'outlet', 'text']);
    const [ratings, statements] = await Promise.all([
      claimRatings(deps, page.claims.map((c: { id: number }) => c.id), !!req.user && req.user.role !== 'viewer'),
      getSpeakerStatements(deps, id, STATEMENTS_SHOWN),
    ]);
    res.render('speakers/show', {
      title: page.speaker.name,
      speaker: presentSpeaker(page.speaker),
      roles: presentRoles(page.roles),
      aliases: presentAliases(shownAliases(page.speaker.name, page.aliases)),
      // a denied figure reads as said: “not 14”
      claims: page.claims.map((c) => ({ ...c, figure: asSaid(c.valueText || c.text, c.polarity), verdict: ratings.get(c.id) ?? null })),
      quotes: page.quotes.map(presentQuote),
      statements: {
        total: statements.total,
        more: statements.totalIsLowerBound,
        rows: statements.rows.map((st) => ({
          ...st, href: statementHref(st.articleId, st.position), at: new Date(st.at).toISOString().slice(0, 10),
        })),
      },
      nextHref: page.next ? timelineHref(id, raw, page.next) : null,
      firstHref: filters.after ? timelineHref(id, raw, null) : null,
      filters: raw,
      filterErrors: parsed.success ? null : `Filters not understood, and ignored: ${parsed.error.issues.map((i) => `${String(i.path[0] ?? 'filters')} ${i.message}`).join('; ')}.`,
      canEdit: !!req.user && req.user.role !== 'viewer',
      feed: { title: `${page.speaker.name} — whosaid quotes`, href: `/speakers/${id}/feed.atom` },
    });
  });

  type ManageExtra = { errors?: Record<string, string[]>; form?: Record<string, string>; renameTaken?: RenameTakenError['other'] };
  const renderManage = async (req: Request, res: Response, id: number, extra: ManageExtra = {}) => {
    const page = await getSpeaker(deps, id, { limit: 1 });
    if (page.redirectTo !== undefined) return res.redirect(302, `/speakers/${page.redirectTo}/manage`);
    const { history, reviews } = await getSpeakerManagement(deps, id);
    res.status(extra.errors ? 422 : 200).render('speakers/manage', {
      title: `Manage ${page.speaker.name}`,
      speaker: presentSpeaker(page.speaker),
      aliases: presentAliases(page.aliases),
      history: presentHistory(history),
      reviews,
      errors: extra.errors ?? {},
      form: {
        name: page.speaker.name,
        alias: '',
        externalId: page.speaker.externalId ?? '',
        // a link may propose a speaker to merge (“merge instead” after a refused rename); the confirmation still follows
        otherId: typeof req.query.otherId === 'string' ? req.query.otherId.slice(0, 20) : '',
        ...(extra.form ?? {}),
      },
      renameTaken: extra.renameTaken ?? null,
      message: doneMessage(req),
    });
  };

  router.get('/speakers/:id/manage', requireRole('editor'), validate(speakerIdParams, 'params'), async (req, res) => {
    await renderManage(req, res, (req.validated as { id: number }).id);
  });

  /** A manage-page form: validate, run the service, redirect; re-render with messages on invalid input. */
  const formRoute = <T extends z.ZodType, R>(
    path: string,
    schema: T,
    done: string | ((result: R) => string),
    run: (req: Request, id: number, data: z.infer<T>) => Promise<R>,
  ) =>
    router.post(path, requireRole('editor'), validate(speakerIdParams.passthrough(), 'params'), async (req, res) => {
      const { id } = req.validated as { id: number };
      const parsed = parseForm(schema, req);
      const form = pickStrings(req.body ?? {}, ['name', 'alias', 'externalId', 'otherId']);
      if (!parsed.ok) return renderManage(req, res, id, { errors: parsed.errors, form });
      let result: R;
      try {
        result = await run(req, id, parsed.data);
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        const renameTaken = err instanceof RenameTakenError ? err.other : undefined;
        return renderManage(req, res, id, { errors: (err.details as Record<string, string[]>) ?? { form: [err.message] }, form, renameTaken });
      }
      res.redirect(303, `/speakers/${id}/manage?done=${typeof done === 'function' ? done(result) : done}`);
    });

  formRoute('/speakers/:id/rename', renameBody, (r: { aliasKept: boolean } | undefined) => (r && !r.aliasKept ? 'renamed-only' : 'renamed'), (req, id, d) =>
    renameSpeaker(deps, actorOf(req), id, d.name),
  );
  formRoute('/speakers/:id/aliases', aliasBody, 'alias', (req, id, d) => addAlias(deps, actorOf(req), id, d.alias));
  formRoute('/speakers/:id/external-id', externalIdBody, 'external-id', (req, id, d) => setExternalId(deps, actorOf(req), id, d.externalId));
  formRoute('/speakers/:id/merge', mergeBody, 'merged', (req, id, d) => mergeSpeakers(deps, actorOf(req), { keepId: id, mergeId: d.otherId }));

  /** The merge form's first step: who the typed speaker is, with a Confirm button; nothing moves yet. */
  router.post('/speakers/:id/merge/preview', requireRole('editor'), validate(speakerIdParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    const parsed = parseForm(mergeBody, req);
    const form = pickStrings(req.body ?? {}, ['otherId']);
    if (!parsed.ok) return renderManage(req, res, id, { errors: parsed.errors, form });
    try {
      const { keep, merged } = await previewMerge(deps, { keepId: id, mergeId: parsed.data.otherId });
      res.render('speakers/merge-confirm', { title: `Merge #${merged.id} into ${keep.name}?`, keep, merged });
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      return renderManage(req, res, id, { errors: (err.details as Record<string, string[]>) ?? { form: [err.message] }, form });
    }
  });

  router.post('/speakers/:id/aliases/:aliasId/delete', requireRole('editor'), validate(aliasParams, 'params'), async (req, res) => {
    const { id, aliasId } = req.validated as { id: number; aliasId: number };
    await removeAlias(deps, actorOf(req), id, aliasId);
    res.redirect(303, `/speakers/${id}/manage?done=alias-removed`);
  });

  const renderSplit = async (req: Request, res: Response, id: number, extra: { errors?: Record<string, string[]>; form?: Record<string, unknown> } = {}) => {
    const parsed = timelineQuery.safeParse(req.query);
    const result = await getSpeakerQuotes(deps, id, { ...(parsed.success ? parsed.data : {}), limit: 100 });
    if (result.redirectTo !== undefined) return res.redirect(302, `/speakers/${result.redirectTo}/split`);
    const raw = pickStrings(req.query, ['from', 'to', 'outlet', 'text']);
    res.status(extra.errors ? 422 : 200).render('speakers/split', {
      title: `Split ${result.speaker.name}`,
      speaker: presentSpeaker(result.speaker),
      quotes: result.quotes.map(presentQuote),
      nextHref: result.next ? timelineHref(id, raw, result.next).replace(`/speakers/${id}?`, `/speakers/${id}/split?`).replace('#quotes', '') : null,
      filters: raw,
      errors: extra.errors ?? {},
      form: { newName: '', intoId: '', quoteIds: [] as number[], ...(extra.form ?? {}) },
    });
  };

  router.get('/speakers/:id/split', requireRole('editor'), validate(speakerIdParams, 'params'), async (req, res) => {
    await renderSplit(req, res, (req.validated as { id: number }).id);
  });

  router.post('/speakers/:id/split', requireRole('editor'), validate(speakerIdParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    const parsed = parseForm(splitBody, req);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const form = {
      ...pickStrings(body, ['newName', 'intoId']),
      quoteIds: ([] as unknown[]).concat(body.quoteIds ?? []).map(Number),
    };
    if (!parsed.ok) return renderSplit(req, res, id, { errors: parsed.errors, form });
    try {
      const result = await splitSpeaker(deps, actorOf(req), { speakerId: id, ...parsed.data });
      res.redirect(303, `/speakers/${result.targetId}/manage?done=split`);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      return renderSplit(req, res, id, { errors: (err.details as Record<string, string[]>) ?? { form: [err.message] }, form });
    }
  });

  return router;
}

function doneMessage(req: Request): string | null {
  return typeof req.query.done === 'string' ? (DONE[req.query.done] ?? null) : null;
}

function pickStrings(src: unknown, keys: string[]): Record<string, string> {
  const o = (src ?? {}) as Record<string, unknown>;
  return Object.fromEntries(keys.map((k) => [k, typeof o[k] === 'string' ? (o[k] as string) : '']));
}

function queryString(req: Request): string {
  const i = req.originalUrl.indexOf('?');
  return i === -1 ? '' : req.originalUrl.slice(i);
}
