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
