import { buildContext } from '../../src/core/context';
import { scanQuotes } from '../../src/core/quotes/scan-quotes';
import { isCommonWordAt, WALKS_BEFORE_SET } from '../../src/core/attribution/common-words';

function contextOf(text: string) {
  return buildContext(text, {}, scanQuotes(text));
}

function answers(text: string, words: string[]): boolean[] {
  const ctx = contextOf(text);
  return words.map((w) => isCommonWordAt(ctx, ctx.tokens.findIndex((t) => t.text === w)));
}

describe('capitalised words the article also writes in lower case', () => {
  const text = [
    'Hours later the council met. Domestically, the mood was calm. Speaking to reporters, Ann Lowe said the hours were long.',
    'Nothing changed (an -ing form). Storms hit the coast, and storms will return. Budget talks stalled; the budget is late. Harbor crews waited.',
    'Tuesday came. Rivers rose. Crews and rivers both moved. Lowe left.',
  ].join('\n');
  const asked = ['Hours', 'Domestically', 'Speaking', 'Ann', 'Nothing', 'Storms', 'Budget', 'Harbor', 'Tuesday', 'Rivers', 'Crews', 'Lowe'];
  const expected = [true, true, true, false, true, true, true, false, false, true, true, false];

  it('answers each word from the text, one question at a time and after many', () => {
    // one question at a time, each answered by a walk over the tokens
    expect(answers(text, asked)).toEqual(expected);
  });

  it('answers as many distinct words as there are walks and more, the set giving the same answers', () => {
    // Alpha … words of letters only: every other one is also written in lower case
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const words = Array.from({ length: WALKS_BEFORE_SET + 8 }, (_, k) => `Q${letters[k % 26]}${letters[(k * 7) % 26]}ven`);
    const many = words.map((w, k) => (k % 2 === 0 ? `${w} arrived. Then ${w.toLowerCase()} came.` : `${w} arrived.`)).join(' ');
    expect(answers(many, words)).toEqual(words.map((_, k) => k % 2 === 0));
  });

  it('gives the same answers in any order and when asked twice', () => {
    const ctx = contextOf(text);
    const at = (w: string) => ctx.tokens.findIndex((t) => t.text === w);
    const reversed = [...asked].reverse().map((w) => isCommonWordAt(ctx, at(w)));
    expect(reversed.reverse()).toEqual(expected);
    expect(asked.map((w) => isCommonWordAt(ctx, at(w)))).toEqual(expected);
  });

  it('lower-case and non-word tokens are never common capitalised words', () => {
    const ctx = contextOf('the hours were long. Hours later, rain.');
    expect(isCommonWordAt(ctx, 0)).toBe(false);
    expect(isCommonWordAt(ctx, ctx.tokens.findIndex((t) => t.text === '.'))).toBe(false);
    expect(isCommonWordAt(ctx, ctx.tokens.findIndex((t) => t.text === 'Hours'))).toBe(true);
  });
});
