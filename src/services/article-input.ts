import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ExtractError, htmlToText, looksLikeHtml, splitLeadingByline } from '../extract';

/** Longest article body accepted, in characters. */
export const MAX_ARTICLE_CHARS = 1_000_000;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .optional()
    .transform((v) => (v ? v : undefined));

/**
 * A required text field: “is required” when it is missing, “must be text” when it is something
 * else (`"title": 5` was given, just not as text).
 */
export const requiredString = (missing = 'is required') =>
  z.string({ error: (issue) => (issue.input === undefined || issue.input === null ? missing : 'must be text') });

/** A required http(s) address typed by a person (a page or a feed to fetch). */
export const httpUrlField = requiredString()
  .trim()
  .min(1, 'is required')
  .max(2048, 'must be at most 2048 characters')
  .refine((u) => /^https?:\/\//i.test(u) && URL.canParse(u), 'must be an http:// or https:// address');

/** How a submitted text was read: as given, or converted from HTML to plain text. */
export type TextFormat = 'plain' | 'html';

/** What a text from a person or a client says it was converted: shown with the stored article. */
export const HTML_CONVERTED_NOTE =
  'The text was HTML: it was converted to plain text before analysis (scripts and styles dropped, paragraphs kept, entities decoded).';

/**
 * The article text as stored. Evidently HTML (markup tags, not a stray “<” in prose) is
 * converted to plain text first when `convertHtml` is set; anything else only normalised, so a
 * plain text is stored exactly as before.
 */
/** Fewest words a text needs to be an article: a greeting or a headline alone (“Hi.”) is not one. */
export const MIN_ARTICLE_WORDS = 5;

/** What a missing text is told: an article comes as its text, or as the address of its page to fetch. */
const TEXT_REQUIRED = 'is required: paste the article’s text, or give the address (URL) of its page to fetch it';

const articleText = (convertHtml: boolean) =>
  requiredString(TEXT_REQUIRED)
    .transform((raw, ctx): { text: string; format: TextFormat } => {
      if (!convertHtml || !looksLikeHtml(raw)) return { text: normalizeArticleText(raw), format: 'plain' };
      let text: string;
      try {
        text = normalizeArticleText(htmlToText(raw));
      } catch (err) {
        if (!(err instanceof ExtractError)) throw err;
        ctx.addIssue({ code: 'custom', message: `is HTML that could not be converted to plain text: ${err.message}` });
        return z.NEVER;
      }
      if (!/\p{L}/u.test(text)) {
        ctx.addIssue({ code: 'custom', message: 'is HTML with no words left once its markup and scripts are removed' });
        return z.NEVER;
      }
      return { text, format: 'html' };
    })
    .pipe(
      z.object({
        text: z
          .string()
          .min(1, TEXT_REQUIRED)
          .max(MAX_ARTICLE_CHARS, `must be at most ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters`)
          .refine((t) => t === '' || /\p{L}/u.test(t), 'must contain words')
          .superRefine((t, ctx) => {
            const words = wordCount(t);
            // only a text a person or a client sent: a fetched page has its own tests of what an article is
            if (convertHtml && t !== '' && /\p{L}/u.test(t) && words < MIN_ARTICLE_WORDS) {
              ctx.addIssue({ code: 'custom', message: `is too short to be an article: ${words} word${words === 1 ? '' : 's'}, where at least ${MIN_ARTICLE_WORDS} are needed` });
            }
          }),
        format: z.enum(['plain', 'html']),
      }),
    );

const articleSchema = (convertHtml: boolean) =>
  z
    .object({
      title: requiredString().trim().min(1, 'is required').max(500, 'must be at most 500 characters'),
      text: articleText(convertHtml),
      outlet: optionalText(200),
      byline: optionalText(300),
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
          const read = checkPublishedDate(v);
          if ('problem' in read) {
            ctx.addIssue({ code: 'custom', message: read.problem });
            return z.NEVER;
          }
          return read.date;
        }),
    })
    .transform(({ text, byline, ...fields }) => {
      // A text a person or a client copied may open with its byline (“By Marta Lindqvist”): kept
      // as the byline, as a fetched page's is, unless one was given, and no part of the text analysed.
      const lead = convertHtml && !byline ? splitLeadingByline(text.text) : null;
      const named = byline ?? lead?.byline;
      return { ...fields, ...(named ? { byline: named } : {}), text: lead ? lead.rest : text.text, textFormat: text.format };
    });

/**
 * Fields of an article submitted by a person or a client (form, JSON or an import row): a text
 * that is evidently HTML is converted to plain text, and `textFormat` says so.
 */
export const articleInputSchema = articleSchema(true);

/**
 * Fields of an article whose text was extracted from a fetched page: already plain text, kept
 * as it is (a page about HTML may well quote a “<p>” tag in its words).
 */
export const extractedArticleSchema = articleSchema(false);

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

/** 2016-12-18, with a time and zone or not (ISO 8601, as date fields, feeds' Atom and page metadata write it). */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
/** Tue, 18 Dec 2016 08:00:00 GMT (RSS) or 18 December 2016. */
const DAY_MONTH_YEAR = /^(?:[a-z]{3,9}\.?,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:gmt|ut|utc|z|[a-z]{3}|[+-]\d{4})?)?$/i;
/** December 18, 2016. */
const MONTH_DAY_YEAR = /^(?:[a-z]{3,9}\.?,?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;

/** What a date that cannot be read must look like: the numeric day/month forms are refused as two days. */
const UNREADABLE_DATE = 'must be a date such as 2016-12-18 (day, month and year; 12/03/2016 could be either of two days)';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A publication date as written in a form, a file or a feed, read only when it is unambiguous:
 * ISO 8601, the RFC 2822 form of feeds, or a day and a month named in words with the year.
 * Numeric day/month forms (12/03/2016 is March or December) and dates without a year are
 * refused, and so is a day the month does not have (2016-02-30), rather than stored as another
 * day: the earliest source of a quote is read from these dates. `problem` says why, as a
 * field's message (“2025-02-30 is not a day: February 2025 has 28 days”).
 */
export function readPublishedDate(raw: string): { date: Date } | { problem: string } {
  const v = raw.trim();
  let y: number;
  let m: number;
  let d: number;
  let match: RegExpExecArray | null;
  if ((match = ISO_DATE.exec(v))) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = DAY_MONTH_YEAR.exec(v)) && MONTHS[match[2].toLowerCase()]) [y, m, d] = [Number(match[3]), MONTHS[match[2].toLowerCase()], Number(match[1])];
  else if ((match = MONTH_DAY_YEAR.exec(v)) && MONTHS[match[1].toLowerCase()]) [y, m, d] = [Number(match[3]), MONTHS[match[1].toLowerCase()], Number(match[2])];
  else return { problem: UNREADABLE_DATE };
  if (m < 1 || m > 12) return { problem: `must be a day that exists: a year has 12 months, not ${m}` };
  const days = utcDay(y, m + 1, 0).getUTCDate();
  if (d < 1 || d > days) return { problem: `must be a day that exists: ${MONTH_NAMES[m - 1]} ${y} has ${days} days, not ${d}` };
  const day = utcDay(y, m, d);
  if (ISO_DATE.test(v) && v.length > 10) {
    // a time of day: its zone decides the instant (no zone reads as UTC, as a date alone does)
    const at = new Date(/(?:Z|[+-]\d{2}(?::?\d{2})?)$/i.test(v.slice(10)) ? v.replace(' ', 'T') : `${v.replace(' ', 'T')}Z`);
    return Number.isNaN(at.getTime()) ? { problem: 'must have a time of day that exists (hours 00–23, minutes 00–59), or none' } : { date: at };
  }
  if (DAY_MONTH_YEAR.test(v) && /\d{1,2}:\d{2}/.test(v)) {
    const at = new Date(v);
    return { date: Number.isNaN(at.getTime()) ? day : at };
  }
  return { date: day };
}

/** A publication date an article can be stored with: readable (see `readPublishedDate`) and from 1800 to today. */
export function checkPublishedDate(v: string | Date): { date: Date } | { problem: string } {
  const read = v instanceof Date ? { date: v } : readPublishedDate(v);
  if ('problem' in read) return read;
  if (Number.isNaN(read.date.getTime())) return { problem: UNREADABLE_DATE };
  const d = read.date;
  if (d.getUTCFullYear() < 1800 || d.getTime() > Date.now() + 2 * 86_400_000) return { problem: 'must be between 1800 and today' };
  return { date: d };
}

/** Midnight UTC of a day, any year (Date.UTC reads years 0–99 as 1900–1999); day 0 is the month before's last. */
function utcDay(y: number, m: number, d: number): Date {
  const at = new Date(0);
  at.setUTCFullYear(y, m - 1, d);
  return at;
}

/** The date `readPublishedDate` reads, or null when it is refused. */
export function parsePublishedDate(raw: string): Date | null {
  const read = readPublishedDate(raw);
  return 'date' in read ? read.date : null;
}

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

/**
 * The text as two copies of one article agree on: Unicode composed (NFC), typographic quote
 * marks, apostrophes, dashes and the ellipsis written as their plain forms, invisible characters
 * (soft hyphen, zero-width space and joiners, word joiner) dropped, and white space folded. A
 * system that straightens curly quotes, turns "--" into a dash or re-encodes accents sends the
 * same article.
 */
export function hashedForm(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u301D\u301E\uFF02]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B\u2039\u203A\u2032\uFF07]/g, "'")
    .replace(/\u2026/g, '...')
    .replace(/[\u2010-\u2015\u2212]+|-{2,}/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** sha256 of the text's hashed form: the same article pasted twice, retyped quote marks or not, has one hash. */
export function contentHash(text: string): string {
  return createHash('sha256').update(hashedForm(text)).digest('hex');
}

function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Words of a text: runs of characters holding a letter or a digit (a dash or an ellipsis alone is none). */
function wordCount(text: string): number {
  return (text.match(/\S+/g) ?? []).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
