/**
 * Normalised keys for speakers and cited sources, so “the UN”, “UN figures” and
 * “United Nations” meet, and a claim citing a body can be checked against the body's own figure.
 */
import { SOURCE_ALIASES, SOURCE_TAILS } from './data/sources';
import { foldLetters } from '../text/fold-letters';

const LETTER = /^\p{L}$/u;

/** Lower case, no diacritics, no punctuation except inner dots, single spaces. */
export function foldText(s: string): string {
  const lower = foldLetters(s).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  let out = '';
  let space = false;
  for (const ch of lower) {
    const word = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || (ch.charCodeAt(0) > 127 && LETTER.test(ch));
    if (word) { if (space && out) out += ' '; out += ch; space = false; } else space = true;
  }
  return out;
}

/** “the UN’s figures” → “united nations”; “Syrian Observatory” → “syrian observatory for human rights”. Use it for speaker keys too. */
export function sourceKey(name: string): string {
  const words = foldText(name.replace(/[’']s\b/g, '')).split(' ').filter((w) => w.length > 0);
  while (words.length > 1 && (words[0] === 'the' || words[0] === 'a')) words.shift();
  while (words.length > 1 && SOURCE_TAILS.has(words[words.length - 1])) words.pop();
  const key = words.join(' ');
  return SOURCE_ALIASES.get(key) ?? key;
}
