import { z } from 'zod';
import { calendarDay, optionalTypedNumber, typedNumber } from '../form-fields';
import { pathId } from '../path-id';

const id = z.coerce.number().int().positive().max(2_147_483_647);
const blank = (v: unknown) => (v === '' ? undefined : v);
const optionalId = z.preprocess(blank, id.optional());
/** A calendar day, or nothing: a day the month does not have is refused, not passed on to the database. */
const optionalDay = z.preprocess(blank, calendarDay.optional());

/** `:id` of a claim or topic. */
export const claimIdParams = z.object({ id: pathId });

/** Filters, order and page of the claim list. */
export const claimListQuery = z.object({
  // “12” or “#12”, as the pages show numbers
  topic: optionalTypedNumber('topic'),
  speaker: optionalTypedNumber('speaker'),
  measure: z.preprocess(blank, z.string().regex(/^[a-z-]{1,40}$/, 'is not a measure').optional()),
  conflict: z.preprocess(blank, z.enum(['yes', 'no']).optional()),
  status: z.preprocess(blank, z.enum(['published', 'not-published', 'rated', 'unrated', 'check-worthy', 'not-check-worthy', 'undecided']).optional()),
  about: z.preprocess(blank, z.string().trim().max(200).optional()),
  who: z.preprocess(blank, z.string().trim().max(200).optional()),
  from: optionalDay,
  to: optionalDay,
  sort: z.preprocess(blank, z.enum(['newest', 'worthiness']).optional()),
  page: z.preprocess(blank, z.coerce.number().int().min(1).max(10_000).default(1)),
});

/** To must not come before From: such a range holds no claim, and saying so beats an empty list. */
const fromBeforeTo = (v: { from?: string; to?: string }) => !v.from || !v.to || v.from <= v.to;
const FROM_BEFORE_TO = { message: 'must not be before the from date', path: ['to'] };

/** What the claim list page validates: the filters, with a date range that holds. */
export const claimListInput = claimListQuery.refine(fromBeforeTo, FROM_BEFORE_TO);

/** The same filters for the API, paged by cursor instead of page number. */
export function withDateRange<T extends z.ZodType<{ from?: string; to?: string }>>(schema: T) {
  return schema.refine(fromBeforeTo, FROM_BEFORE_TO);
}

/** Page of the topic list. */
export const topicListQuery = z.object({
  measure: z.preprocess(blank, z.string().regex(/^[a-z-]{1,40}$/, 'is not a measure').optional()),
  // “all” adds the topics of figures with no subject, each kept within its article
  subjects: z.preprocess(blank, z.enum(['named', 'all'], 'must be named or all').default('named')),
  page: z.preprocess(blank, z.coerce.number().int().min(1).max(10_000).default(1)),
});

/** Pages of a topic's claims (`page`) and of its conflicts (`conflicts`); a page past the end shows none. */
export const topicPageQuery = z.object({
  page: z.preprocess(blank, z.coerce.number().int().min(1).max(10_000).default(1)).catch(1),
  conflicts: z.preprocess(blank, z.coerce.number().int().min(1).max(10_000).default(1)).catch(1),
});

/** Page of a claim's conflicts. */
export const claimPageQuery = z.object({
  conflicts: z.preprocess(blank, z.coerce.number().int().min(1).max(10_000).default(1)).catch(1),
});

/** New label of a topic. */
export const renameTopicBody = z.object({ label: z.string().trim().min(1, 'is required').max(200, 'is too long') });

/** The topic to merge into. */
export const mergeTopicBody = z.object({
  into: typedNumber('topic', 'to merge this one into'),
});

/** Where to move a claim: an existing topic, or a new topic with this label. */
export const moveClaimBody = z
  .object({ topic: optionalId, newLabel: z.preprocess(blank, z.string().trim().max(200).optional()) })
  .refine((v) => v.topic !== undefined || !!v.newLabel, { message: 'Choose a topic or name a new one.', path: ['topic'] });

/** How many evidence sources the verdict form offers. */
export const SOURCE_ROWS = 4;

const httpUrl = z
  .string()
  .trim()
  .max(2000, 'is longer than 2,000 characters')
  .refine((s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'http:' || u.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an http or https address');
const text = (max: number) => z.string().trim().max(max, `is longer than ${max.toLocaleString('en-US')} characters`);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)').refine((v) => !Number.isNaN(Date.parse(v)), 'must be a date');

/** `:id` and `:verdictId` of a verdict to publish. */
export const verdictParams = z.object({ id: pathId, verdictId: pathId });

/**
 * The verdict form: a rating, an explanation, up to four sources (rows left blank are
 * skipped) and, for quantitative claims, the reference figure with its source.
 */
export const verdictBody = z
  .object({
    rating: z.string({ error: 'Choose a rating.' }).trim().min(1, 'Choose a rating.').max(60),
    explanation: text(10_000).min(1, 'Explain the verdict: what the evidence shows.'),
    referenceValue: z.preprocess(blank, z.coerce.number({ error: 'must be a number' }).finite().min(0, 'cannot be negative').max(1e15).optional()),
    referenceUnit: z.preprocess(blank, z.string().max(40).optional()),
    referenceSourceUrl: z.preprocess(blank, httpUrl.optional()),
    referenceSourceTitle: z.preprocess(blank, text(300).optional()),
    referenceDate: z.preprocess(blank, day.optional()),
    publish: z.preprocess((v) => v === 'on' || v === 'true', z.boolean()),
    latest: z.preprocess(blank, z.coerce.number().int().positive().optional()),
    ...Object.fromEntries(
      Array.from({ length: SOURCE_ROWS }, (_, i) => [
        [`source${i + 1}Url`, z.preprocess(blank, httpUrl.optional())],
        [`source${i + 1}Title`, z.preprocess(blank, text(300).optional())],
        [`source${i + 1}Publisher`, z.preprocess(blank, text(200).optional())],
        [`source${i + 1}Accessed`, z.preprocess(blank, day.optional())],
      ]).flat(),
    ),
  })
  .superRefine((v, ctx) => {
    const r = v as Record<string, unknown>;
    for (let i = 1; i <= SOURCE_ROWS; i++) {
      if (!r[`source${i}Url`] && (r[`source${i}Title`] || r[`source${i}Publisher`] || r[`source${i}Accessed`])) {
        ctx.addIssue({ code: 'custom', path: [`source${i}Url`], message: 'Give the address of this source.' });
      }
    }
    const ref = v.referenceValue !== undefined;
    if (ref && !v.referenceSourceUrl) ctx.addIssue({ code: 'custom', path: ['referenceSourceUrl'], message: 'Say where the reference figure comes from.' });
    if (!ref && (v.referenceSourceUrl || v.referenceSourceTitle || v.referenceDate)) {
      ctx.addIssue({ code: 'custom', path: ['referenceValue'], message: 'Give the reference figure, or leave its source empty.' });
    }
  });

/** An editor's correction of who made a claim: a stored speaker by name or #number, or an unnamed source as described. */
export const claimSpeakerBody = z.object({
  speaker: z.string('Enter the speaker’s name, or #number of a stored speaker.').trim().min(1, 'Enter the speaker’s name, or #number of a stored speaker.').max(200, 'Use at most 200 characters.'),
  kind: z.preprocess(blank, z.enum(['person', 'organisation', 'anonymous'], 'must be a person, an organisation or an unnamed source').optional()),
});
