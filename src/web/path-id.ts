import { z } from 'zod';

/** The largest id a serial column holds. */
const MAX_ID = 2_147_483_647;
const NOT_AN_ID = 'must be a positive whole number, such as 12';
/** The one spelling of a record's number in an address: decimal digits, no sign, point, exponent or leading zero. */
const PLAIN_NUMBER = /^[1-9]\d*$/;

/**
 * The id of a record in an address (`/quotes/:id`), as a number. Only its plain spelling is
 * read: `z.coerce.number()` reads whatever `Number()` does, so `/api/v1/quotes/1e3` answered
 * for quote 1000 (and `0x3e8`, `1000.0`, `+1000` or `01000` too). Anything else stays a string,
 * which the number schema refuses: the page does not exist (404), the API answers 422.
 */
export const pathId = z.preprocess(
  (v) => (typeof v === 'string' && PLAIN_NUMBER.test(v) ? Number(v) : v),
  z.number(NOT_AN_ID).int(NOT_AN_ID).positive(NOT_AN_ID).max(MAX_ID, `must be at most ${MAX_ID}`),
);

/** An id kept as a string (a bigint column's, such as an audit entry's), spelled as plainly. */
export const pathBigId = z.string().regex(/^[1-9]\d{0,17}$/, NOT_AN_ID);
