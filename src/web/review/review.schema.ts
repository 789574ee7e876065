import { z } from 'zod';
import { optionalTypedNumber } from '../form-fields';
import { pathId } from '../path-id';

const blank = (v: unknown) => (v === '' ? undefined : v);

/** `:id` of a quote or claim under review. */
export const reviewIdParams = z.object({ id: pathId });

/**
 * Which queue, its filters, order and page. The speaker and topic are numbers here, with or
 * without their # (“#7”); a speaker typed by name is looked up before (see the router).
 */
export const reviewQueueQuery = z.object({
  type: z.preprocess(blank, z.enum(['quotes', 'claims']).default('quotes')),
  outlet: z.preprocess(blank, z.string().trim().max(200).optional()),
  topic: optionalTypedNumber('topic'),
  speaker: optionalTypedNumber('speaker'),
  sort: z.preprocess(blank, z.enum(['oldest', 'newest', 'most-quoted']).default('oldest')),
  page: z.preprocess(blank, z.coerce.number().int().min(1).max(10_000).default(1)),
});

/** Where to go back to after an action: a page of this site only (never another host). */
export const backAddress = z.preprocess(
  blank,
  z
    .string()
    .max(1000)
    .regex(/^\/(review|quotes\/\d+|claims\/\d+|articles\/\d+)(\?[^#\s]*)?$/)
    .optional()
    .catch(undefined),
);

/** The quote's review version the reviewer saw (stale versions are refused). */
const version = z.preprocess(blank, z.coerce.number().int().min(0).max(2_147_483_647).optional());

/** Confirm / not a quote. */
export const quoteActionBody = z.object({ v: version, back: backAddress });

/** Another speaker: “#123” or a number picks a stored speaker; a name finds or creates one. */
export const quoteSpeakerBody = z.object({
  v: version,
  back: backAddress,
  speaker: z.string().trim().min(1, 'Enter the speaker’s name, or #number of a stored speaker.').max(200, 'is too long'),
  kind: z.preprocess(blank, z.enum(['person', 'organisation', 'anonymous']).default('person')),
});

/** The corrected words of a quote. */
export const quoteSpanBody = z.object({
  v: version,
  back: backAddress,
  text: z.string().min(1, 'Enter the words of the quote as they appear in the article.').max(5000, 'is longer than 5,000 characters'),
});

/** An editor's check-worthiness decision. */
export const worthinessBody = z.object({ back: backAddress, worthy: z.enum(['yes', 'no', 'undecided']) });
