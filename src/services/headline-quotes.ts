import { analyseArticle } from '../core';
import { type DiffPart, wordRun } from '../core/diff/word-diff';
import { CLOSE, compareQuote } from './verify-quote';

/**
 * What the article says of words its headline puts in quote marks: `exact`, one of its quotes
 * (whole or cut); `altered`, close to one of its quotes but not its words; `unquoted`, words of
 * the article that it does not present as anyone's quote (a paraphrase turned into a quote);
 * `not-found`, in neither.
 */
export type HeadlineVerdict = 'exact' | 'altered' | 'unquoted' | 'not-found';

export interface HeadlineQuote {
  /** The words the headline quotes. */
  text: string;
  verdict: HeadlineVerdict;
  /** The article's quote these words are, or come closest to (exact, altered, and not-found when one shares enough words). */
  quote: { id: number; position: number; speakerName: string | null } | null;
  /** Share of words in common with that quote (0–1). */
  similarity: number | null;
  /** How the headline's words differ from that quote (altered, not-found). */
  diff: DiffPart[] | null;
}

/** What is needed of the article's stored quotes. */
export interface ArticleQuote {
  id: number;
  position: number;
  text: string;
  speakerName: string | null;
  reviewStatus: string;
}

/** Fewest words for which an altered version is told from an unrelated quote (as /verify cuts quotes). */
const ALTERED_MIN_WORDS = 4;
/** Share of words in common from which the nearest quote is named beside words not found. */
const NEAREST = 0.3;

function realWords(text: string): number {
  return (text.match(/\S+/g) ?? []).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * The quotes of a headline checked against the article's own quotes and text, in the headline's
 * order. A headline is short, so it is read by the engine on each call rather than stored.
 */
export function checkHeadlineQuotes(title: string, body: string, quotes: readonly ArticleQuote[]): HeadlineQuote[] {
  if (!/["“”„«»‘’‚'‹›]/.test(title)) return [];
  const found = analyseArticle(title, { includeTerms: true }).quotes.filter((q) => realWords(q.text) > 0);
  if (!found.length) return [];
  const own = quotes.filter((q) => q.reviewStatus !== 'rejected');
  const paragraphs = body.split(/\n+/).filter((p) => p.trim());
  return found.map((h) => {
    const words = realWords(h.text);
    let best: { q: ArticleQuote; similarity: number; score: number; exact: boolean; diff: DiffPart[] } | null = null;
    for (const q of own) {
      if (words < ALTERED_MIN_WORDS) {
        // a word or two (“rigged”): the article's quote must hold them as they are
        if (wordRun(q.text, h.text, { foldAccents: true })) {
          best = { q, similarity: 1, score: 1, exact: true, diff: [] };
          break;
        }
        continue;
      }
      const c = compareQuote(q.text, h.text);
      if (!best || c.score > best.score) best = { q, similarity: c.similarity, score: c.score, exact: c.exact, diff: c.diff };
      if (c.exact && c.score >= 1) break;
    }
    const of = (b: NonNullable<typeof best>) => ({ id: b.q.id, position: b.q.position, speakerName: b.q.speakerName });
    if (best?.exact) return { text: h.text, verdict: 'exact', quote: of(best), similarity: best.similarity, diff: null };
    if (paragraphs.some((p) => wordRun(p, h.text, { foldAccents: true }))) return { text: h.text, verdict: 'unquoted', quote: null, similarity: null, diff: null };
    if (best && best.score >= CLOSE) return { text: h.text, verdict: 'altered', quote: of(best), similarity: best.similarity, diff: best.diff };
    // none close enough to be a version of it: the nearest is still named, for the reader to judge
    if (best && best.score >= NEAREST) return { text: h.text, verdict: 'not-found', quote: of(best), similarity: best.similarity, diff: best.diff };
    return { text: h.text, verdict: 'not-found', quote: null, similarity: null, diff: null };
  });
}
