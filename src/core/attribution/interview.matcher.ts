/**
 * Interview transcripts: a paragraph opening with a speaker label (“SHAMKHANI:”,
 * “Lavrentiev:”, “A:”) belongs to that speaker, and so do quotes inside it.
 */
import type { ArticleContext, Attribution } from '../context';
import { describeMention } from './describe';
import { isNameWord, nameRunForward } from './name-run';
import { matchAfterQuote } from './after-quote.matcher';

export const ANSWER_LABELS: ReadonlySet<string> = new Set(['a', 'answer']);
export const QUESTION_LABELS: ReadonlySet<string> = new Set(['q', 'question']);
/** Labels of a note correcting the article: the words quoted in it are the ones it got wrong. */
export const CORRECTION_LABELS: ReadonlySet<string> = new Set(['correction', 'corrections', 'clarification', 'editor', 'note']);

/** Labels of an editor's note, not of a speaker: “Correction: An earlier version …”. */
export const NOTE_LABELS: ReadonlySet<string> = new Set(['correction', 'corrections', 'clarification', 'update', 'updated', 'editor', 'note', 'disclosure', 'background', 'related', 'watch', 'read', 'photo', 'video', 'source', 'sources']);

/** How far into the text (tokens) a label in capitals may be a dateline (in its first or second paragraph). */
const DATELINE_TOP = 40;

/** Another paragraph opens with the words [start, end) and a colon. */
function opensAnotherParagraph(ctx: ArticleContext, start: number, end: number): boolean {
  const tokens = ctx.tokens;
  const starts = ctx.bounds.paragraphStart;
  for (let p = 0; p < starts.length; p++) {
    const k = starts[p];
    if (k === start || tokens[k]?.text !== tokens[start].text) continue;
    if (tokens[k + end - start]?.text === ':') return true;
  }
  return false;
}

/** The label opening the paragraph of token i: name run or A/Q, followed by a colon. */
export function paragraphLabel(ctx: ArticleContext, i: number): { start: number; end: number; answer: boolean; question: boolean } | null {
  const start = ctx.bounds.paragraphStart[ctx.bounds.paragraph[i]];
  const tokens = ctx.tokens;
  const t = tokens[start];
  if (!t || t.kind !== 'word') return null;
  if (tokens[start + 1]?.text === ':' || tokens[start + 1]?.text === '.') {
    if (ANSWER_LABELS.has(t.lower)) return { start, end: start + 1, answer: true, question: false };
    if (QUESTION_LABELS.has(t.lower)) return { start, end: start + 1, answer: false, question: true };
  }
  if (!isNameWord(t) || NOTE_LABELS.has(t.lower)) return null;
  const end = nameRunForward(tokens, start, Math.min(tokens.length, start + 4));
  if (tokens[end]?.text !== ':' || end <= start) return null;
  // “BENGALURU: Karnataka will release …” — a place in capitals opening the text is a dateline, unless other
  // paragraphs open with it too (a transcript's “TAPPER:”)
  if (start < DATELINE_TOP && ctx.bounds.paragraph[start] <= 1 && t.text.length > 1 && t.text === t.text.toUpperCase() && !opensAnotherParagraph(ctx, start, end)) return null;
  return { start, end, answer: false, question: false };
}

/** Q&A: quotes inside a labelled answer paragraph. */
export function matchInterview(ctx: ArticleContext, qi: number): Attribution | null {
  const q = ctx.quotes[qi];
  const label = paragraphLabel(ctx, q.openTok);
  if (!label || label.question) return null;
  if (label.answer) {
    // A: “We'll see,” said the finance minister, Olaf Berg. — a cue after the quote names who answered
    const named = matchAfterQuote(ctx, qi);
    if (named?.mention) return named;
    // a later answer of the same interview: the one who gave the earlier answers
    for (let j = qi - 1; j >= 0; j--) {
      const earlier = ctx.quotes[j];
      const at = earlier.attribution;
      if (!at?.mention || !paragraphLabel(ctx, earlier.openTok)?.answer) continue;
      return { form: 'interview', mention: at.mention, cue: { start: label.start, end: label.end + 1 }, rule: 'interview-answer', detail: `an “A:” answer of the interview whose earlier answer ${describeMention(ctx, at.mention)} gave`, strength: 0.6 };
    }
    return { form: 'interview', mention: null, cue: { start: label.start, end: label.end + 1 }, rule: 'interview-answer', detail: 'inside an “A:” answer of an interview', strength: 0.6 };
  }
  // “Superdelegates: Clinton is backed by 520 … “The concern would be …,” Devine said.” — a label that heads a
  // paragraph of the article's own prose: the cue right after the quote names who said it
  const named = matchAfterQuote(ctx, qi);
  if (named?.mention) return named;
  const m = { start: label.start, end: label.end, type: 'name' as const };
  return { form: 'interview', mention: m, cue: { start: label.end, end: label.end + 1 }, rule: 'interview-label', detail: `paragraph labelled ${describeMention(ctx, m)} in a transcript`, strength: 0.85 };
}
