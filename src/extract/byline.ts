import { shortElementTexts } from './paragraphs';

// A byline is a line, not a paragraph of prose.
const MAX_BYLINE_CHARS = 100;
// Lower-case words a name may hold: "By Ursula von der Leyen", "By the Associated Press".
const NAME_PARTICLES = new Set('and & of the de da del der den di du la le van von al el bin ibn y'.split(' '));
// What may follow the name: "By Amira Haddad, Valley Voice", "By Amira Haddad | June 4, 2024".
const SEPARATOR = /\s*[,|·•/–—]\s*/;
// A tail opening like a clause is prose: "By Air and Sea, the troops advanced".
const CLAUSE_START = new Set('the a an it its he she they we his her their our this that there'.split(' '));
// Class, id, itemprop or rel naming the byline element: <p class="byline">, <span itemprop="author">.
const BYLINE_ELEMENTS = '[class*="byline" i], [class*="author" i], [id*="byline" i], [itemprop~="author"], [rel~="author"]';
const MAX_BYLINE_ELEMENTS = 20;

// "Amira Haddad and Tom Reyes" → "amira haddad tom reyes": a name compared without its punctuation.
function nameKey(text: string): string {
  return text.toLowerCase().replace(/^by\b/, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w && w !== 'and').join(' ');
}

/**
 * "By Amira Haddad", "By AMIRA HADDAD and Tom Reyes, Staff writers", "By Reuters": "By" and a
 * capitalised name, and a tail after a separator only when the name has two words or more and the
 * tail is not a clause, so "By Tuesday, the council had voted" stays article text.
 */
export function looksLikeByline(text: string): boolean {
  if (text.length > MAX_BYLINE_CHARS || /[.!?"“”]$/.test(text)) return false;
  const by = /^by:?\s+/i.exec(text);
  if (!by) return false;
  const [name, ...tail] = text.slice(by[0].length).split(SEPARATOR);
  const words = name.split(/\s+/).filter(Boolean);
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  const allNameWords = words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w));
  const tailIsClause = CLAUSE_START.has((tail[0] ?? '').split(/\s+/)[0]);
  return capitalised > 0 && allNameWords && words.length <= 8 && (tail.length === 0 || (capitalised >= 2 && !tailIsClause));
}

/** Texts of the short elements marked as a byline, read before Readability rewrites the page. */
export function bylineTexts(doc: Document): string[] {
  return shortElementTexts(doc, BYLINE_ELEMENTS, MAX_BYLINE_ELEMENTS, MAX_BYLINE_CHARS);
}

/**
 * True when the article's first paragraph is only its byline: "By Amira Haddad" above the text,
 * with the byline already kept as metadata. Short lines only, so a lede that names the author stays.
 */
export function isLeadingByline(paragraph: string, byline: string | null, markedTexts: readonly string[]): boolean {
  if (paragraph.length > MAX_BYLINE_CHARS) return false;
  if (markedTexts.includes(paragraph) || looksLikeByline(paragraph)) return true;
  return byline !== null && nameKey(byline) !== '' && nameKey(paragraph) === nameKey(byline);
}

/**
 * A text sent as it was copied, opening with its byline on a line of its own (“By Marta
 * Lindqvist” ¶ the article): the name, as a fetched page's byline is kept, and the text after it.
 * Null when the first line is no byline, or when nothing of the article would be left.
 */
export function splitLeadingByline(text: string): { byline: string; rest: string } | null {
  const end = text.indexOf('\n');
  if (end < 0) return null;
  const line = text.slice(0, end).trim();
  if (!looksLikeByline(line)) return null;
  const rest = text.slice(end + 1).trim();
  if (!/\p{L}/u.test(rest)) return null;
  return { byline: line.replace(/^by:?\s+/i, '').trim(), rest };
}
