/**
 * Interview transcripts: a paragraph opening with a speaker label (“SHAMKHANI:”,
 * “Lavrentiev:”, “A:”) belongs to that speaker, and so do quotes inside it.
 */
import type { ArticleContext, Attribution, Mention } from '../context';
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

/**
 * A name of two words or more written before the interview's first “Q:” paragraph (before token `before`), outside
 * quotes: whom the interview is with. Null when no question comes first or no such name is written before it.
 */
function introducedBeforeQuestions(ctx: ArticleContext, before: number): Mention | null {
  const { tokens } = ctx;
  const starts = ctx.bounds.paragraphStart;
  let first = -1;
  for (let p = 0; p < starts.length && starts[p] < before && first < 0; p++) {
    const k = starts[p];
    if (QUESTION_LABELS.has(tokens[k]?.lower ?? '') && (tokens[k + 1]?.text === ':' || tokens[k + 1]?.text === '.')) first = k;
  }
  // (the one named most often there, the first of those named as often: “Q&A with Vice President Joe Biden. ¶ Biden
  // spent Thursday … he spoke with reporters Ana Ruiz and …” is with Biden)
  let best: Mention | null = null;
  let bestCount = 0;
  const counts = new Map<string, number>();
  const runs: { start: number; end: number; key: string }[] = [];
  for (let k = Math.max(0, first - 400); k < first; k++) {
    if (!isNameWord(tokens[k]) || ctx.inQuote[k] >= 0) continue;
    const end = nameRunForward(tokens, k, first);
    if (end <= k) continue;
    const key = tokens[end - 1].lower;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (end - k >= 2) runs.push({ start: k, end, key });
    k = end - 1;
  }
  for (const r of runs) {
    const n = counts.get(r.key) ?? 0;
    if (n > bestCount) { best = { start: r.start, end: r.end, type: 'name' }; bestCount = n; }
  }
  return best;
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
    // the first answer: the one the article introduced before its first question (“Chief Superintendent Maria Okafor
    // spoke to reporters …” ¶ “Q: …” ¶ “A: …”)
    const introduced = introducedBeforeQuestions(ctx, q.openTok);
    if (introduced) return { form: 'interview', mention: introduced, cue: { start: label.start, end: label.end + 1 }, rule: 'interview-answer', detail: `an “A:” answer of the interview of ${describeMention(ctx, introduced)}, named before its first question`, strength: 0.6 };
    return { form: 'interview', mention: null, cue: { start: label.start, end: label.end + 1 }, rule: 'interview-answer', detail: 'inside an “A:” answer of an interview', strength: 0.6 };
  }
  // “Superdelegates: Clinton is backed by 520 … “The concern would be …,” Devine said.” — a label that heads a
  // paragraph of the article's own prose: the cue right after the quote names who said it
  const named = matchAfterQuote(ctx, qi);
  if (named?.mention) return named;
  const m = { start: label.start, end: label.end, type: 'name' as const };
  return { form: 'interview', mention: m, cue: { start: label.end, end: label.end + 1 }, rule: 'interview-label', detail: `paragraph labelled ${describeMention(ctx, m)} in a transcript`, strength: 0.85 };
}
