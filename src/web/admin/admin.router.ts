import { Router, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { listAuditEntries } from '../../db/repositories/audit.repository';
import { ConflictError, ValidationError } from '../../errors';
import { type createSettingsCache, formatRatingScale, type InstallationSettings, parseRatingScale, settingsErrors, updateSettings } from '../../services/settings';
import { changeUser, createUser, listAccounts, ROLES } from '../../services/users';
import { actorOf } from '../actor';
import { requireRole } from '../middleware/auth';
import { validate } from '../middleware/validate';
import { pathId } from '../path-id';

const userIdParams = z.object({ id: pathId });
const userChange = z.object({
  role: z.enum(ROLES).optional(),
  disabled: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
});
const auditQuery = z.object({
  action: z.string().trim().max(100).optional(),
  actor: z.string().trim().max(254).optional(),
  targetType: z.string().trim().max(50).optional(),
  targetId: z.string().trim().max(50).optional(),
  before: z.string().regex(/^\d{1,19}$/).optional(),
});
const EMPTY_USER = { email: '', displayName: '', role: 'viewer' };

/** Admin pages: accounts, installation settings and the audit log. */
export function adminRouter(deps: { dataSource: DataSource; settings: ReturnType<typeof createSettingsCache> }): Router {
  const router = Router();

  router.get('/admin/users', requireRole('admin'), async (_req, res) => {
    res.render('admin/users', { title: 'Users', users: await listAccounts(deps), form: EMPTY_USER, errors: {}, roles: ROLES });
  });

  router.post('/admin/users', requireRole('admin'), async (req, res) => {
    const body = (req.body ?? {}) as Record<string, string>;
    try {
      await createUser(deps, body, actorOf(req));
      res.redirect(303, '/admin/users?notice=user-created');
    } catch (err) {
      if (!(err instanceof ValidationError) && !(err instanceof ConflictError)) throw err;
      const form = { email: body.email ?? '', displayName: body.displayName ?? '', role: body.role ?? 'viewer' };
      const errors = (err.details as Record<string, string[]>) ?? { email: [err.message] };
      res.status(422).render('admin/users', { title: 'Users', users: await listAccounts(deps), form, errors, roles: ROLES });
    }
  });

  router.post('/admin/users/:id', requireRole('admin'), validate(userIdParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    const parsed = userChange.safeParse(req.body ?? {});
    if (!parsed.success) throw new ValidationError('Choose a role, or enable or disable the account.');
    await changeUser(deps, id, parsed.data, actorOf(req));
    res.redirect(303, '/admin/users?notice=user-updated');
  });

  const renderSettings = (res: Response, settings: InstallationSettings, form: Record<string, string>, errors: Record<string, string[]> = {}, status = 200) =>
    res.status(status).render('admin/settings', { title: 'Settings', settings, form, errors });
  const settingsForm = (s: InstallationSettings) => ({ organisationName: s.organisationName, siteUrl: s.siteUrl ?? '', ratingScale: formatRatingScale(s.ratingScale), divergenceFactor: String(s.divergenceFactor) });

  router.get('/admin/settings', requireRole('admin'), async (_req, res) => {
    const settings = await deps.settings.get();
    renderSettings(res, settings, settingsForm(settings));
  });

  router.post('/admin/settings', requireRole('admin'), async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const text = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : undefined);
    // Fields missing from the form keep their values; the checkbox is off when absent.
    const patch: Partial<InstallationSettings> = { anonymousRead: body.anonymousRead === 'on' };
    const errors: Record<string, string[]> = {};
    if (text('organisationName') !== undefined) patch.organisationName = text('organisationName');
    if (text('siteUrl') !== undefined) patch.siteUrl = text('siteUrl')!.trim() === '' ? null : text('siteUrl');
    if (text('divergenceFactor') !== undefined) patch.divergenceFactor = text('divergenceFactor')!.trim() === '' ? Number.NaN : Number(text('divergenceFactor'));
    if (text('ratingScale') !== undefined) {
      try {
        patch.ratingScale = parseRatingScale(text('ratingScale')!);
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        Object.assign(errors, err.details);
      }
    }
    // Every field is checked before anything is saved, so one answer lists every problem.
    Object.assign(errors, settingsErrors(await deps.settings.get(), patch) ?? {}, { ...errors });
    if (Object.keys(errors).length === 0) {
      try {
        await updateSettings(deps, patch, actorOf(req));
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        Object.assign(errors, err.details);
      }
    }
    if (Object.keys(errors).length) {
      const form = { organisationName: text('organisationName') ?? '', siteUrl: text('siteUrl') ?? '', ratingScale: text('ratingScale') ?? '', divergenceFactor: text('divergenceFactor') ?? '' };
      return renderSettings(res, { ...(await deps.settings.get()), anonymousRead: patch.anonymousRead! }, form, errors, 422);
    }
    deps.settings.invalidate();
    res.redirect(303, '/admin/settings?notice=settings-saved');
  });

  router.get('/admin/audit', requireRole('admin'), validate(auditQuery), async (req, res) => {
    const q = req.validated as z.infer<typeof auditQuery>;
    const { rows, hasMore } = await listAuditEntries(deps.dataSource.manager, { ...q, beforeId: q.before, limit: 50 });
    const params = new URLSearchParams(Object.entries(q).filter(([k, v]) => k !== 'before' && v) as [string, string][]);
    res.render('admin/audit', { title: 'Audit log', entries: rows, hasMore, filter: q, query: params.toString() });
  });

  return router;
}
