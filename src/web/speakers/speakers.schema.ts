import { z } from 'zod';
import { calendarDay, typedNumber } from '../form-fields';
import type { TimelineCursor } from '../../db/repositories/speaker-quote.repository';
import { pathBigId, pathId } from '../path-id';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));
/** A day of a speaker's timeline, or nothing; a day the month does not have (2026-02-30) is refused, not read as 2 March. */
const optionalDate = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim() || undefined : v),
  calendarDay.optional().transform((v) => (v ? new Date(`${v}T00:00:00Z`) : undefined)),
);

/** `:id` of a speaker. */
export const speakerIdParams = z.object({ id: pathId });

/** `:id` and `:aliasId`. */
export const aliasParams = z.object({ id: pathId, aliasId: pathId });

/** `:auditId` of a recorded change. */
export const changeParams = z.object({ auditId: pathBigId });

/** `:matchId` of a possible match. */
export const matchParams = z.object({ matchId: pathId });

/** Encodes a timeline cursor for a URL: `<ms>.<quote id>`. */
export function encodeCursor(c: TimelineCursor): string {
  return `${c.at.getTime()}.${c.id}`;
}

const cursor = z
  .string()
  .regex(/^-?\d{1,15}\.\d{1,10}$/, 'is not a valid page cursor')
  .optional()
  .transform((v): TimelineCursor | undefined => {
    if (!v) return undefined;
    const [ms, qid] = v.split('.');
    return { at: new Date(Number(ms)), id: Number(qid) };
  });

/** Query of the directory. */
export const directoryQuery = z.object({
  q: optionalText(100),
  kind: z.enum(['person', 'organisation']).optional().or(z.literal('').transform(() => undefined)),
  organisation: optionalText(200),
  sort: z.enum(['relevance', 'name', 'quotes', 'latest']).optional().or(z.literal('').transform(() => undefined)),
  page: z.coerce.number().int().min(1).max(1_000).default(1),
});

/** Timeline filters of the speaker page and the quotes API. */
export const timelineQuery = z
  .object({
    from: optionalDate,
    to: optionalDate,
    outlet: optionalText(200),
    text: optionalText(200),
    after: cursor,
    limit: z.coerce.number().int().min(1).max(100).optional(),
  })
  .transform((v) => ({ ...v, to: v.to ? new Date(v.to.getTime() + 86_400_000) : undefined }));

/** Form: rename. */
export const renameBody = z.object({ name: z.string().trim().min(1, 'Name is required').max(200) });

/** Form: add an alias. */
export const aliasBody = z.object({ alias: z.string().trim().min(1, 'Alias is required').max(120) });

/** Form: external identifier. */
export const externalIdBody = z.object({ externalId: z.string().trim().max(20).default('') });

/** Form: merge another speaker into this one. */
export const mergeBody = z.object({
  otherId: typedNumber('speaker', 'to merge into this one'),
});

/** Form: split chosen quotes off to a new or existing speaker. */
export const splitBody = z.object({
  quoteIds: z
    .union([z.array(z.string()), z.string()])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).map(Number).filter((n) => Number.isInteger(n) && n > 0)),
  newName: optionalText(200),
  intoId: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? Number(v) : undefined))
    .refine((v) => v === undefined || (Number.isInteger(v) && v > 0), 'must be a speaker number'),
});
