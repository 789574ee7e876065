import { z } from 'zod';

const id = z.coerce.number().int().positive().max(2_147_483_647);
const blank = (v: unknown) => (v === '' ? undefined : v);
const optionalId = z.preprocess(blank, id.optional());
const optionalDay = z.preprocess(blank, z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)').refine((v) => !Number.isNaN(Date.parse(v)), 'must be a date').optional());

/** `:id` of a claim or topic. */
export const claimIdParams = z.object({ id });

/** Filters, order and page of the claim list. */
export const claimListQuery = z.object({
  topic: optionalId,
  speaker: optionalId,
  measure: z.preprocess(blank, z.string().regex(/^[a-z-]{1,40}$/, 'is not a measure').optional()),
  conflict: z.preprocess(blank, z.enum(['yes', 'no']).optional()),
  from: optionalDay,
  to: optionalDay,
  sort: z.preprocess(blank, z.enum(['newest', 'worthiness']).optional()),
  page: z.preprocess(blank, z.coerce.number().int().min(1).max(10_000).default(1)),
});

/** Page of the topic list. */
export const topicListQuery = z.object({
  measure: z.preprocess(blank, z.string().regex(/^[a-z-]{1,40}$/, 'is not a measure').optional()),
  page: z.preprocess(blank, z.coerce.number().int().min(1).max(10_000).default(1)),
});

/** New label of a topic. */
export const renameTopicBody = z.object({ label: z.string().trim().min(1, 'is required').max(200, 'is too long') });

/** The topic to merge into. */
export const mergeTopicBody = z.object({ into: z.preprocess(blank, id) });

/** Where to move a claim: an existing topic, or a new topic with this label. */
export const moveClaimBody = z
  .object({ topic: optionalId, newLabel: z.preprocess(blank, z.string().trim().max(200).optional()) })
  .refine((v) => v.topic !== undefined || !!v.newLabel, { message: 'Choose a topic or name a new one.', path: ['topic'] });
