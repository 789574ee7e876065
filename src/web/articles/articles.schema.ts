import { z } from 'zod';

/** `:id` of an article. */
export const articleIdParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

/** `?page=` of a list. */
export const pageQuery = z.object({ page: z.coerce.number().int().min(1).max(10_000).default(1) });
