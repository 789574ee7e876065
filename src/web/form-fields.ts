/** Form fields several pages share, with the messages shown beside them. */
import { z } from 'zod';

/** A calendar day as a date field sends it; a day the month does not have (2026-02-30) is refused, not moved to the next month. */
export const calendarDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2016-12-18')
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, 'must be a day that exists, such as 2016-12-18');

/** A number as typed in a speaker or topic field: trimmed and without its #; blank is missing, words stay words. */
function readTypedNumber(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const t = v.trim().replace(/^#/, '');
  return t === '' ? undefined : /^\d+$/.test(t) ? Number(t) : t;
}

/**
 * The number of a speaker or topic as typed, with or without its # (as the pages show it): a blank field is missing,
 * words are not a number.
 */
export function typedNumber(what: 'speaker' | 'topic', purpose: string) {
  const wrong = `must be a ${what} number, such as 12`;
  return z.preprocess(
    readTypedNumber,
    z
      .number({ error: (i) => (i.input === undefined ? `is required: the number of the ${what} ${purpose}` : wrong) })
      .int(wrong)
      .positive(wrong)
      .max(2_147_483_647, wrong),
  );
}

/** The same for a filter, which may be left blank: “12” or “#12” limits a list to that speaker or topic. */
export function optionalTypedNumber(what: 'speaker' | 'topic') {
  const wrong = `must be a ${what} number, such as 12`;
  return z.preprocess(readTypedNumber, z.number(wrong).int(wrong).positive(wrong).max(2_147_483_647, wrong).optional());
}
