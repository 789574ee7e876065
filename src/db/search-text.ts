/**
 * What the quotes' search reads of a text: typography put in the plain characters PostgreSQL's
 * text search parser splits words on. Under the C locale the embedded database runs with, that
 * parser takes every non-ASCII character for a letter, so a curly quote, a dash, an ellipsis or
 * a no-break space glued the words around it into one (“peace” was the lexeme '"peace"',
 * "strong—and" one word, "10 000 people" one), and a word next to one was not found. Curly
 * quotes and primes become straight ones, typographic hyphens "-", and the rest of the
 * punctuation and spaces of Latin-1, General Punctuation, CJK and fullwidth forms a space (the
 * mapping is in the migration that defines it). Every character maps to one character, so a
 * headline made of the mapped text marks the same places in the original (see `restoreHeadline`). The SQL function `whosaid_search_text` (migration
 * 1795572402000) does the same in the database: the stored vectors, queries and headlines use it.
 */

/** The function's name in SQL. */
export const SEARCH_TEXT_FUNCTION = 'whosaid_search_text';

/**
 * A headline PostgreSQL made of the mapped text (`whosaid_search_text(text)`, its matches between
 * \u0001 and \u0002) with the original characters back in place: the same length, character for
 * character. A headline that does not line up with the text is returned as it is.
 */
export function restoreHeadline(headline: string, original: string): string {
  let length = 0;
  for (let i = 0; i < headline.length; i++) if (headline.charCodeAt(i) > 2) length++;
  if (length !== original.length) return headline;
  let out = '';
  let j = 0;
  let from = 0;
  for (let i = 0; i < headline.length; i++) {
    const c = headline.charCodeAt(i);
    if (c === 1 || c === 2) {
      out += original.slice(from, j) + headline[i];
      from = j;
    } else j++;
  }
  return out + original.slice(from);
}
