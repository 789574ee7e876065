import { analyseArticle } from '../../src/core';

/** The quote of a text holding these words; the test fails when the engine found none. */
export function quoteOf(text: string, words: string) {
  const q = analyseArticle(text).quotes.find((x) => x.text.includes(words));
  expect(q).toBeDefined();
  return q!;
}
