import { createHash } from 'node:crypto';
import { z } from 'zod';

/** Longest article body accepted, in characters. */
export const MAX_ARTICLE_CHARS = 1_000_000;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .optional()
    .transform((v) => (v ? v : undefined));

/** A required http(s) address typed by a person (a page or a feed to fetch). */
export const httpUrlField = z
  .string('is required')
  .trim()
  .min(1, 'is required')
  .max(2048, 'must be at most 2048 characters')
  .refine((u) => /^https?:\/\//i.test(u) && URL.canParse(u), 'must be an http:// or https:// address');

/** Fields of an article submitted by a person or a client (form or JSON). */
export const articleInputSchema = z.object({
  title: z.string('is required').trim().min(1, 'is required').max(500, 'must be at most 500 characters'),
  text: z
    .string('is required')
    .transform(normalizeArticleText)
    .pipe(
      z
        .string()
        .min(1, 'is required')
        .max(MAX_ARTICLE_CHARS, `must be at most ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters`)
        .refine((t) => /\p{L}/u.test(t), 'must contain words'),
    ),
  outlet: optionalText(200),
  url: optionalText(2048).pipe(
    z
      .string()
      .refine((u) => isHttpUrl(u), 'must be an http:// or https:// address')
      .optional(),
  ),
  publishedAt: z
    .union([z.string(), z.date()])
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return undefined;
      const d = v instanceof Date ? v : new Date(v.trim());
      if (Number.isNaN(d.getTime())) {
        ctx.addIssue({ code: 'custom', message: 'must be a date such as 2016-12-18' });
        return z.NEVER;
      }
      if (d.getUTCFullYear() < 1800 || d.getTime() > Date.now() + 2 * 86_400_000) {
        ctx.addIssue({ code: 'custom', message: 'must be between 1800 and today' });
        return z.NEVER;
      }
      return d;
    }),
});

/** A validated article submission. */
export type ArticleInput = z.infer<typeof articleInputSchema>;

/**
 * Line endings become \n, control characters (other than tab and newline) and a byte-order
 * mark are dropped, and the ends are trimmed: quote offsets index exactly this text.
 */
export function normalizeArticleText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .trim();
}

/** sha256 of the text with white space folded: the same article pasted twice has one hash. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}

function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}
