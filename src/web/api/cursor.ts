import type { Request, Response } from 'express';
import { z } from 'zod';
import { ValidationError } from '../../errors';

/** A keyset position: the sort key values of the last row sent, its id last. */
export type CursorKey = Array<string | number>;

/** Largest page an API list serves; the default when `limit` is absent. */
export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 25;

const INVALID = 'is not a valid page cursor';

/**
 * Encodes a keyset position as an opaque base64url token. The list name (and its sort) is
 * inside, so a cursor from one list or order is refused by another instead of skipping rows.
 */
export function encodeCursor(list: string, key: CursorKey): string {
  return Buffer.from(JSON.stringify([list, ...key]), 'utf8').toString('base64url');
}

/** What each sort key value must look like (timestamps and reals travel as PostgreSQL's text). */
export type KeyKind = 'timestamp' | 'date' | 'real' | 'int' | 'text';

const KIND: Record<KeyKind, (v: unknown) => boolean> = {
  // -infinity: the place of an undated article in the list of articles, after every dated one
  timestamp: (v) => typeof v === 'string' && (/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2}$/.test(v) || v === '-infinity'),
  date: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)),
  real: (v) => typeof v === 'string' && /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(v),
  int: (v) => Number.isSafeInteger(v),
  text: (v) => typeof v === 'string' && v.length <= 500,
};

/** Decodes a cursor of `list` whose sort key has the given kinds (the id follows); a 422 with the usual error shape otherwise. */
export function decodeCursor(token: string, list: string, kinds: KeyKind[]): CursorKey {
  const size = kinds.length + 1;
  let parsed: unknown;
  try {
    if (!/^[A-Za-z0-9_-]{1,2000}$/.test(token)) throw new Error('not base64url');
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw new ValidationError(`cursor ${INVALID}`, { cursor: [INVALID] });
  }
  const ok =
    Array.isArray(parsed) &&
    parsed.length === size + 1 &&
    parsed[0] === list &&
    kinds.every((k, i) => KIND[k](parsed[i + 1])) &&
    Number.isInteger(parsed[size]) &&
    parsed[size] > 0 &&
    parsed[size] <= 2_147_483_647;
  if (!ok) throw new ValidationError(`cursor ${INVALID}`, { cursor: [INVALID] });
  return (parsed as CursorKey).slice(1);
}

/** `cursor` and `limit` of every paginated API list (zod, so the OpenAPI document derives from it). */
export const pageQuery = z.object({
  cursor: z.string().max(2000).optional().describe('Opaque cursor from next_cursor of the previous page'),
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT).describe(`Rows per page (1–${MAX_LIMIT})`),
});

/**
 * Sends one page as `{data, next_cursor}` with a `Link: <…>; rel="next"` header that repeats
 * the request's own query with the next cursor.
 */
export function sendPage<T>(req: Request, res: Response, data: T[], next: string | null, extra: Record<string, unknown> = {}): void {
  if (next) {
    const url = new URL(req.originalUrl, 'http://x');
    url.searchParams.set('cursor', next);
    res.setHeader('Link', `<${url.pathname}${url.search}>; rel="next"`);
  }
  res.json({ data, next_cursor: next, ...extra });
}

/** Fetches `limit + 1` rows' worth: the rows to send and the cursor of the next page. */
export function pageOf<R>(rows: R[], limit: number, list: string, keyOf: (row: R) => CursorKey): { rows: R[]; next: string | null } {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { rows: page, next: rows.length > limit && last ? encodeCursor(list, keyOf(last)) : null };
}
