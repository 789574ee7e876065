import { foldLetters } from '../text/fold-letters';

/** One run of a word-level diff. */
export interface DiffPart {
  op: 'same' | 'added' | 'removed';
  text: string;
}

/** Longest inputs compared word by word; longer texts are compared as whole strings (keeps time bounded). */
const MAX_WORDS = 600;

/** Words and the spaces after them: "Aleppo, they said" → ["Aleppo, ", "they ", "said"]. */
function words(text: string): string[] {
  return text.match(/\S+\s*/g) ?? [];
}

function key(word: string): string {
  return word.trim().toLowerCase().replace(/[“”"'‘’.,;:!?()…]/g, '');
}

/** The same key with accents left out (“Göttingen” and “Gottingen” are one word). */
function foldedKey(word: string): string {
  return foldLetters(key(word)).normalize('NFD').replace(/\p{M}/gu, '');
}

/** How words are compared: case and punctuation aside always; accents aside when asked. */
export interface DiffOptions {
  foldAccents?: boolean;
  /** Words both texts share are shown as `before` writes them (its case, accents and spacing); by default as `after` does. */
  sameFrom?: 'before' | 'after';
}

/**
 * Where `part`'s words stand one after another in `whole` (case, punctuation, dashes and, when
 * asked, accents aside): the span of `whole`'s words, or null. A verbatim excerpt of a quote is
 * found here even when its first word also occurs earlier in the quote, where the diff, which
 * matches words as early as it can, would scatter it.
 */
export function wordRun(whole: string, part: string, options: DiffOptions = {}): { start: number; end: number } | null {
  const k = options.foldAccents ? foldedKey : key;
  const a = words(whole);
  const ka = a.map(k);
  const kb = words(part).map(k).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (kb.length === 0 || a.length > MAX_WORDS) return null;
  // the words of `whole` that count, with their places
  const at: number[] = [];
  ka.forEach((w, i) => /[\p{L}\p{N}]/u.test(w) && at.push(i));
  for (let s = 0; s + kb.length <= at.length; s++) {
    let j = 0;
    while (j < kb.length && ka[at[s + j]] === kb[j]) j++;
    if (j === kb.length) return { start: at[s], end: at[s + kb.length - 1] + 1 };
  }
  return null;
}

/** The diff of a verbatim excerpt: `whole`'s words before and after the run removed, the run kept as `whole` writes it. */
export function runDiff(whole: string, run: { start: number; end: number }): DiffPart[] {
  const a = words(whole);
  const parts: DiffPart[] = [];
  const before = a.slice(0, run.start).join('');
  const same = a.slice(run.start, run.end).join('');
  const after = a.slice(run.end).join('');
  if (before) parts.push({ op: 'removed', text: before });
  parts.push({ op: 'same', text: same });
  if (after) parts.push({ op: 'removed', text: after });
  return parts;
}

/**
 * Word-level diff of two texts (longest common subsequence over normalised words), for
 * showing what a circulating or edited quote added, removed or changed:
 * "over three years" → "for two years" gives removed "over three", added "for two".
 */
export function wordDiff(before: string, after: string, options: DiffOptions = {}): DiffPart[] {
  const a = words(before);
  const b = words(after);
  if (a.length > MAX_WORDS || b.length > MAX_WORDS) {
    return before === after ? [{ op: 'same', text: after }] : [{ op: 'removed', text: before }, { op: 'added', text: after }];
  }
  const k = options.foldAccents ? foldedKey : key;
  const ka = a.map(k);
  const kb = b.map(k);
  // lcs[i][j]: length of the LCS of a[i..] and b[j..], in one flat array.
  const w = b.length + 1;
  const lcs = new Uint16Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * w + j] = ka[i] === kb[j] ? lcs[(i + 1) * w + j + 1] + 1 : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
    }
  }
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], text: string) => {
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += text;
    else parts.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (ka[i] === kb[j]) {
      push('same', options.sameFrom === 'before' ? a[i] : b[j]);
      i++;
      j++;
    } else if (lcs[(i + 1) * w + j] >= lcs[i * w + j + 1]) push('removed', a[i++]);
    else push('added', b[j++]);
  }
  while (i < a.length) push('removed', a[i++]);
  while (j < b.length) push('added', b[j++]);
  return parts;
}

/** Share of words the two texts have in common (0–1), from the diff. */
export function wordSimilarity(before: string, after: string): number {
  const parts = wordDiff(before, after);
  const count = (op: DiffPart['op']) => parts.filter((p) => p.op === op).reduce((n, p) => n + words(p.text).length, 0);
  const same = count('same');
  const total = same + Math.max(count('added'), count('removed'));
  return total === 0 ? 1 : same / total;
}
