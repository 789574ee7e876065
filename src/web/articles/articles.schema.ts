import { z } from 'zod';
import type { ArticleFilter, ArticlePosition } from '../../db/repositories/article-list.repository';
import { calendarDay } from '../form-fields';
import { pathId } from '../path-id';

/** `:id` of an article. */
export const articleIdParams = z.object({ id: pathId });

/**
 * `?quotes=&statements=&claims=`: which page of each of an article's lists is shown (a long text can hold thousands of
 * quotes; the text itself is always shown whole).
 */
export const articleListsQuery = z.object({
  quotes: z.coerce.number().int().min(1).max(100_000).default(1),
  statements: z.coerce.number().int().min(1).max(100_000).default(1),
  claims: z.coerce.number().int().min(1).max(100_000).default(1),
});


/** A position in the article list as it travels in the address: the sort key as PostgreSQL wrote it, `|`, the article id. */
const position = z
  .string()
  .max(80)
  .regex(/^(?:-infinity|\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?[+-]\d{2}(?::\d{2})?)\|\d{1,10}$/, 'is not a position in this list')
  .transform((v): ArticlePosition => ({ key: v.slice(0, v.lastIndexOf('|')), id: Number(v.slice(v.lastIndexOf('|') + 1)) }))
  .refine((p) => p.id <= 2_147_483_647, 'is not a position in this list')
  .optional();

/**
 * `?q=&outlet=&from=&to=&after=&before=` of /articles: words of the title, the outlet, a range of
 * publication dates (both days included), and where the page starts — all in the address, so a
 * list can be bookmarked. `page` is the numbered page of older addresses. A form's empty fields
 * are no filter.
 */
export const articleListQuery = z.preprocess(
  (v) => (v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== '')) : v),
  z
    .object({
      q: z.string().trim().max(300, 'must be at most 300 characters').default(''),
      outlet: z.string().trim().max(200, 'must be at most 200 characters').optional().transform((v) => v || undefined),
      from: calendarDay.optional(),
      to: calendarDay.optional(),
      after: position,
      before: position,
      page: z.coerce.number('must be a number').int('must be a whole number').min(1, 'must be at least 1').max(10_000, 'must be at most 10,000').optional(),
    })
    .refine((v) => !v.from || !v.to || v.from <= v.to, { message: 'must not be before the from date', path: ['to'] }),
);

/** The fields of the article list's form. */
export const ARTICLE_FILTER_FIELDS = ['q', 'outlet', 'from', 'to'] as const;

/** The list's filters as the repository takes them (`to` is inclusive: up to the end of that day). */
export function articleFilterOf(q: { q: string; outlet?: string; from?: string; to?: string }): ArticleFilter {
  return {
    words: q.q || undefined,
    outlet: q.outlet,
    from: q.from ? new Date(`${q.from}T00:00:00Z`) : undefined,
    to: q.to ? new Date(Date.parse(`${q.to}T00:00:00Z`) + 86_400_000) : undefined,
  };
}
