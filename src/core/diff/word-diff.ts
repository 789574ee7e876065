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
  return key(word).normalize('NFD').replace(/\p{M}/gu, '');
}

/** How words are compared: case and punctuation aside always; accents aside when asked. */
export interface DiffOptions {
  foldAccents?: boolean;
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
      push('same', b[j]);
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
