import { shortElementTexts } from './paragraphs';

// A date line is a line, not a paragraph of prose.
const MAX_DATELINE_CHARS = 100;
// Elements that show a date: <time datetime="2026-10-12">, <span itemprop="datePublished">.
const DATE_ELEMENTS = 'time, [itemprop="datePublished"], [itemprop="dateModified"]';
const MAX_DATE_ELEMENTS = 20;
// What a date line may say besides its dates: "Published: …", "… | Updated …", "Last updated on …".
const LABELS = /^(?:(?:first|last)\s+)?(?:published|updated|modified|posted|on|at|date)\b|^[\s|·•,:;/()–—-]+/i;

/** Texts of the short elements that show a date, read before Readability rewrites the page. */
export function dateTexts(doc: Document): string[] {
  return shortElementTexts(doc, DATE_ELEMENTS, MAX_DATE_ELEMENTS, MAX_DATELINE_CHARS);
}

/**
 * True when the article's first paragraph is only the date shown above the text — "2026-10-12",
 * "Published: 12 October 2026, 09:00", "Monday 12 October | Updated 14:05" from the page's <time>
 * elements — which is kept as the publication date. A line that says more ("Monday was the
 * deadliest day") is text.
 */
export function isLeadingDateLine(paragraph: string, dates: readonly string[]): boolean {
  if (paragraph.length > MAX_DATELINE_CHARS) return false;
  let rest = paragraph;
  let found = false;
  // longest first, so a date is not cut by a shorter one it contains ("14:05" in "12 October, 14:05")
  for (const date of [...new Set(dates)].sort((a, b) => b.length - a.length)) {
    if (!rest.includes(date)) continue;
    found = true;
    rest = rest.split(date).join(' ');
  }
  if (!found) return false;
  // what is left must be labels and separators only
  rest = rest.trim();
  for (let m = LABELS.exec(rest); m && m[0].length > 0; m = LABELS.exec(rest)) rest = rest.slice(m[0].length).trim();
  return rest === '';
}

// The words of a date line written out with no <time>: “Published 3 March 2026, 10:14 GMT”, “Updated: 12 May 2026”,
// “Tue 3 Mar 2026 10.14 BST”, “2026-03-03T10:14Z”, “03/03/2026”. Each alternative is bounded; one is read at a time.
const MONTH = /(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?(?![\p{L}\p{N}])/iuy;
const NUMERIC_DATE = /(?:\d{4}-\d{1,2}-\d{1,2}(?:t\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:z|[+-]\d{2}:?\d{2})?)?|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?![\p{L}\p{N}])/iuy;
const DATE_WORD = new RegExp(
  [
    // labels: “Published”, “Last modified on”, “Posted at”
    '(?:first|last)?\\s*(?:published|updated|modified|posted|on|at|date)(?![\\p{L}\\p{N}]):?',
    // weekdays
    '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thu|fri|sat|sun)\\.?(?![\\p{L}\\p{N}])',
    // a time of day (before a day: “10.14” is no day 10), a day or a year, a zone
    '\\d{1,2}[:.h]\\d{2}(?:[:.]\\d{2})?(?![\\p{L}\\p{N}])', '\\d{1,2}(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])', '\\d{4}(?![\\p{L}\\p{N}])',
    '(?:a\\.m\\.|p\\.m\\.|am|pm)(?![\\p{L}\\p{N}])', '(?:gmt|utc|bst|cet|cest|eet|eest|est|edt|cst|cdt|mst|mdt|pst|pdt|ist|aest|aedt|jst|wib|sast)(?![\\p{L}\\p{N}])',
    '[+-]\\d{2}:?\\d{2}(?![\\p{L}\\p{N}])',
    // separators
    '[\\s|·•,:;/()–—-]+',
  ].join('|'),
  'iuy',
);

/**
 * True when a paragraph is only a date, or “Published”, “Updated”, “Last modified” or “Posted” and a date, though no
 * <time> element marks it: “<p class="date">Published 3 March 2026, 10:14 GMT</p>”, “<div>Updated: 12 May 2026</div>”.
 * It needs a month named beside a day or a year, or a date in figures; a sentence that opens with a date (“3 March
 * 2026 was the day the strike began.”) says more, and is text.
 */
export function isDateOnlyLine(paragraph: string): boolean {
  if (paragraph.length > MAX_DATELINE_CHARS) return false;
  let at = 0;
  let month = false;
  let numbers = 0;
  let numeric = false;
  while (at < paragraph.length) {
    if (matchAt(NUMERIC_DATE, paragraph, at)) {
      numeric = true;
      at = NUMERIC_DATE.lastIndex;
    } else if (matchAt(MONTH, paragraph, at)) {
      month = true;
      at = MONTH.lastIndex;
    } else if (matchAt(DATE_WORD, paragraph, at)) {
      if (/^\d/.test(paragraph.slice(at, DATE_WORD.lastIndex))) numbers++;
      at = DATE_WORD.lastIndex;
    } else return false;
  }
  return numeric || (month && numbers > 0);
}

function matchAt(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text) && re.lastIndex > at;
}
