/**
 * Month and weekday names and the words that open a time phrase (“last week”,
 * “since Sunday”, “in the past 18 months”).
 */

/** Month names and abbreviations → 1–12. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4], ['may', 5],
  ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9], ['sept', 9], ['sep', 9],
  ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** Weekday names → 0 (Sunday) … 6. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
]);

/** “yesterday” → days back from publication. */
export const DAY_WORDS: ReadonlyMap<string, number> = new Map([['yesterday', 1], ['today', 0], ['tonight', 0]]);

/** Words before a period: “in 2015”, “over the past week”, “during the last three days”. */
export const PERIOD_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'over', 'during', 'within', 'throughout', 'for', 'across']);

/** “last week” (calendar) vs “the past week” (rolling): which words name the previous period. */
export const PREVIOUS_WORDS: ReadonlySet<string> = new Set(['last', 'past', 'previous', 'preceding']);

/** Prepositions before a year that make it a date, not a count: “in 2015 people fled” is rare, “since 2013” common. */
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'since', 'by', 'of', 'until', 'till', 'from', 'before', 'after', 'during', 'throughout', 'to', 'between', 'and', 'early', 'late', 'mid',
]);
