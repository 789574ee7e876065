/**
 * Number words, scale words and qualifiers, so “nearly twenty-five thousand” and
 * “at least 3,000” read the same way.
 */
import type { Qualifier } from '../types';

/** Words worth 0–90: “three”, “twenty”, “a dozen”. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fourty', 40],
  ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['dozen', 12], ['half', 0.5],
]);

/** Multipliers: “three hundred”, “1.2 million”, “5bn”; the Indian lakh and crore (“4.5 lakh acres” is 450,000, “Rs 500 crore” 5 billion). */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['m', 1e6], ['mn', 1e6], ['bn', 1e9], ['k', 1e3],
  ['lakh', 1e5], ['lakhs', 1e5], ['crore', 1e7], ['crores', 1e7],
]);

/** Plural scale words give a vague range: “hundreds” → 200–999, “dozens” → 24–108, “tens of thousands” → 20,000–99,999. */
export const VAGUE_SCALES: ReadonlyMap<string, number> = new Map([
  ['tens', 10], ['dozens', 12], ['scores', 20], ['hundreds', 100], ['thousands', 1e3], ['millions', 1e6], ['billions', 1e9],
  ['lakhs', 1e5], ['crores', 1e7],
]);

/** Vague multipliers before a scale word: “several hundred” → 300–900, “a few thousand” → 2,000–5,000. */
export const VAGUE_COUNTS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['several', [3, 9] as const], ['few', [2, 5] as const], ['couple', [2, 3] as const], ['handful', [2, 6] as const],
]);

/** Qualifier phrases before a figure (one to three words, lower case, joined by spaces). */
export const QUALIFIERS: ReadonlyMap<string, Qualifier> = new Map<string, Qualifier>([
  ['over', 'over'], ['more than', 'over'], ['above', 'over'], ['upwards of', 'over'], ['in excess of', 'over'], ['exceeding', 'over'],
  ['just over', 'over'], ['well over', 'over'], ['nearly', 'nearly'], ['almost', 'nearly'], ['close to', 'nearly'], ['just under', 'nearly'],
  ['approaching', 'nearly'], ['at least', 'at-least'], ['no fewer than', 'at-least'], ['no less than', 'at-least'], ['a minimum of', 'at-least'],
  ['about', 'about'], ['around', 'about'], ['some', 'about'], ['approximately', 'about'], ['roughly', 'about'], ['an estimated', 'about'],
  ['estimated', 'about'], ['circa', 'about'], ['approx', 'about'], ['up to', 'up-to'], ['as many as', 'up-to'], ['at most', 'up-to'],
  ['no more than', 'up-to'], ['a maximum of', 'up-to'], ['fewer than', 'under'], ['less than', 'under'], ['under', 'under'], ['below', 'under'],
]);

/** How far “about” and “nearly” stretch a point figure. */
export const APPROX_SPREAD = 0.1;
