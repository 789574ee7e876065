/**
 * A change done to something named between its verb and “by” (“cut the bonus of its plant workers, about 4,000 people,
 * by nearly half”, “will cut emissions by 40 percent”): which way it goes and what is changed, for changes told by a
 * fraction and in percent alike.
 */
import type { Token } from '../text/tokenize';

/** Verbs of a change done to something, which may stand before what is changed: “cut the bonus of its chief executive by nearly half”. */
export const CHANGING: ReadonlyMap<string, 1 | -1> = new Map([
  ...['raise', 'raised', 'raises', 'raising', 'boost', 'boosted', 'boosts', 'boosting', 'increase', 'increased', 'increases', 'increasing']
    .map((w) => [w, 1] as [string, 1]),
  ...['cut', 'cuts', 'cutting', 'reduce', 'reduced', 'reduces', 'reducing', 'slash', 'slashed', 'slashes', 'slashing', 'lower', 'lowered',
    'lowers', 'lowering', 'trim', 'trimmed', 'trims', 'trimming', 'decrease', 'decreased', 'decreases', 'decreasing'].map((w) => [w, -1] as [string, -1]),
]);
/** How far before “by” a verb of CHANGING may stand, with what it changes between. */
export const OBJECT_BACK = 8;
/** How long an apposition between two commas may be: “, about 4,000 people,”. */
const APPOSITION_MAX = 8;
/** Words that open what is changed and name nothing: “the bonus”, “its payroll”. */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'this', 'that', 'these', 'those']);
/** Nouns of how much of something, whose “of” names what is changed: “the number of staff”. */
const AMOUNT_OF: ReadonlySet<string> = new Set(['number', 'amount', 'size', 'level', 'volume', 'total']);

/**
 * The token where the words before “by” (token k) start to be read back from: the opening comma of an apposition that
 * ends just before “by” (“its plant workers, about 4,000 people, by”: words and figures only between), else k - 1.
 */
export function appositionBefore(tokens: Token[], k: number): number {
  if (tokens[k - 1]?.text !== ',') return k - 1;
  for (let b = k - 2; b >= 0 && k - b <= APPOSITION_MAX + 2; b--) {
    const t = tokens[b];
    if (t.text === ',') return b < k - 2 ? b : k - 1;
    if (t.kind !== 'word' && t.kind !== 'num') return k - 1;
  }
  return k - 1;
}

/** What a change at “by” (token k) is done to and which way, or null: the verb of CHANGING and the head of its object. */
export function changeOfObject(tokens: Token[], k: number): { sign: 1 | -1; object: { text: string; start: number } | null } | null {
  const from = appositionBefore(tokens, k);
  for (let b = from - 1; b >= 0 && from - b <= OBJECT_BACK - 1 && tokens[b].kind === 'word'; b--) {
    const sign = CHANGING.get(tokens[b].lower);
    if (!sign) continue;
    // the head of what is changed: the last word before “of” or the end (“the bonus of its workers” → bonus,
    // “greenhouse gas emissions” → emissions), or what “the number of” counts
    let head = -1;
    for (let j = b + 1; j < from + (from === k - 1 ? 1 : 0) && j < k; j++) {
      if (tokens[j].lower === 'of') {
        // (“the number of polling places” → places)
        if (head >= 0 && AMOUNT_OF.has(tokens[head].lower)) {
          let h = -1;
          for (let i = j + 1; i < from + (from === k - 1 ? 1 : 0) && i < k && tokens[i].kind === 'word' && tokens[i].lower !== 'of'; i++) if (!DETERMINERS.has(tokens[i].lower)) h = i;
          if (h >= 0) head = h;
        }
        break;
      }
      if (!DETERMINERS.has(tokens[j].lower)) head = j;
    }
    const t = head >= 0 ? tokens[head] : null;
    return { sign, object: t && !t.cap ? { text: t.text, start: head } : null };
  }
  return null;
}
