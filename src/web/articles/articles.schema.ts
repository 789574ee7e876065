import { z } from 'zod';

/** `:id` of an article. */
export const articleIdParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

/**
 * `?quotes=&statements=&claims=`: which page of each of an article's lists is shown (a long text can hold thousands of
 * quotes; the text itself is always shown whole).
 */
export const articleListsQuery = z.object({
  quotes: z.coerce.number().int().min(1).max(100_000).default(1),
  statements: z.coerce.number().int().min(1).max(100_000).default(1),
  claims: z.coerce.number().int().min(1).max(100_000).default(1),
});

/** `?page=` of a list. */
export const pageQuery = z.object({ page: z.coerce.number().int().min(1).max(10_000).default(1) });
