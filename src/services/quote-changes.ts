import { type DiffPart, wordDiff, wordSimilarity } from '../core/diff/word-diff';

/** A quote as compared across two versions of an article. */
export interface ComparableQuote {
  text: string;
  speakerName: string | null;
}

/** What changed in an article's quotes from one version to the next. */
export interface QuoteChanges {
  added: ComparableQuote[];
  removed: ComparableQuote[];
  altered: Array<{ before: ComparableQuote; after: ComparableQuote; diff: DiffPart[] }>;
  unchanged: number;
}

/**
 * A quote's words without the comma that ended them before the closing mark: a version stored when the quote kept it
 * (“…the unions,”) and one stored since (“…the unions”) hold the same words, unchanged.
 */
function wordsOf(text: string): string {
  return text.endsWith(',') ? text.slice(0, -1) : text;
}

/** Quotes sharing at least this share of words are the same quote, edited. */
const SAME_QUOTE = 0.5;

/**
 * Compares the quotes of two versions of a page: identical quotes are unchanged, the
 * closest remaining pairs above half their words in common are altered (with a word
 * diff), and the rest were added or removed. Silent edits after publication show here.
 */
export function compareQuotes(before: ComparableQuote[], after: ComparableQuote[]): QuoteChanges {
  const left = [...before];
  const right: ComparableQuote[] = [];
  let unchanged = 0;
  for (const q of after) {
    const words = wordsOf(q.text);
    const i = left.findIndex((p) => p.text === q.text || wordsOf(p.text) === words);
    if (i >= 0) {
      left.splice(i, 1);
      unchanged++;
    } else right.push(q);
  }
  const altered: QuoteChanges['altered'] = [];
  const added: ComparableQuote[] = [];
  for (const q of right) {
    let best = -1;
    let bestScore = SAME_QUOTE;
    left.forEach((p, i) => {
      const score = wordSimilarity(p.text, q.text);
      if (score >= bestScore) {
        best = i;
        bestScore = score;
      }
    });
    if (best >= 0) {
      const [p] = left.splice(best, 1);
      altered.push({ before: p, after: q, diff: wordDiff(p.text, q.text) });
    } else added.push(q);
  }
  return { added, removed: left, altered, unchanged };
}
