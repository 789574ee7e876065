/**
 * Quote marks as data: what each character can do. The scanner reads this table and
 * never branches on a specific character.
 */

/** Marks of one family pair with each other; nested quotes use another family. */
export type MarkFamily = 'double' | 'single' | 'guillemet';

/** One quote-mark character and the roles it may play. */
export interface MarkRule {
  family: MarkFamily;
  /** May open a quotation. */
  opens: boolean;
  /** May close a quotation. */
  closes: boolean;
  /** Direction is decided by the neighbouring characters (straight quotes, reversed guillemets). */
  ambiguous: boolean;
}

/** The table. “…” „…“ "…" «…» »…« ‘…’ ‚…‘ ‹…› */
export const MARK_RULES: ReadonlyMap<string, MarkRule> = new Map<string, MarkRule>([
  ['“', { family: 'double', opens: true, closes: true, ambiguous: false }], // closes „…“
  ['”', { family: 'double', opens: false, closes: true, ambiguous: false }],
  ['„', { family: 'double', opens: true, closes: false, ambiguous: false }],
  ['‟', { family: 'double', opens: true, closes: false, ambiguous: false }],
  ['"', { family: 'double', opens: true, closes: true, ambiguous: true }],
  ['＂', { family: 'double', opens: true, closes: true, ambiguous: true }],
  ['〝', { family: 'double', opens: true, closes: false, ambiguous: false }],
  ['〞', { family: 'double', opens: false, closes: true, ambiguous: false }],
  ['«', { family: 'guillemet', opens: true, closes: true, ambiguous: true }], // closes »…«
  ['»', { family: 'guillemet', opens: true, closes: true, ambiguous: true }], // opens »…«
  ['‹', { family: 'single', opens: true, closes: true, ambiguous: true }],
  ['›', { family: 'single', opens: true, closes: true, ambiguous: true }],
  ['‘', { family: 'single', opens: true, closes: true, ambiguous: false }],
  ['’', { family: 'single', opens: false, closes: true, ambiguous: false }],
  ['‚', { family: 'single', opens: true, closes: false, ambiguous: false }],
  // the typewriter's single mark, as British copy without curly marks writes quotations ('We tried,' she said); inside a
  // word it is an apostrophe (don't), which the scanner's context tests tell apart
  ["'", { family: 'single', opens: true, closes: true, ambiguous: true }],
]);

/** Closers that a given opener prefers (besides any closer of its family): „ pairs with “ and ”. */
export const PREFERRED_CLOSERS: ReadonlyMap<string, string> = new Map([
  ['“', '”'],
  ['„', '“'],
  ['«', '»'],
  ['»', '«'],
  ['‘', '’'],
  ['‚', '‘'],
  ['‹', '›'],
  ['›', '‹'],
  ["'", "'"],
]);

/** Longest a single quoted segment may run before the opener is treated as stray. */
export const MAX_SEGMENT_CHARS = 6000;

/** Most paragraphs one quotation may span (“…¶“…¶“…”). */
export const MAX_PARAGRAPHS = 12;
