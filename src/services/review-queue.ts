import type { DataSource } from 'typeorm';
import {
  countQueues,
  listClaimQueue,
  listQuoteQueue,
  type ClaimQueueRow,
  type QueueFilter,
  type QuoteQueueRow,
} from '../db/repositories/review.repository';
import { foldWord, nameWords } from './speaker-names';
import { speakerSuggestions } from './speaker-suggestions';

type Deps = { dataSource: DataSource };

/** Items on a review page. */
export const REVIEW_PAGE_SIZE = 20;
/**
 * Queue sizes are counted up to this many (“1,000+” beyond). The count reads the queue's partial
 * index and each item's article (is it current?), so it grows with the queue: counting all of an
 * 8,000-quote queue and 16,000 claims took about 100 ms each, on every queue page and the
 * dashboard, against 15 ms up to a thousand.
 */
export const COUNT_CAP = 1000;

/** The speaker mentions that stand for a name written elsewhere (the queue's predicate lists the same). */
export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'it']);

/** How a quote carried over a speaker named by a pronoun, by the rule that did it. */
const CARRIED: Record<string, string> = {
  // “…,” she said. “…” — another quote of the same paragraph
  'continuation-paragraph': 'taken from another quote in its paragraph',
  // She added: ¶ “…”
  'colon-previous-paragraph': 'named at the end of the paragraph before',
  // “…,” she said. ¶ “…” — the quote goes on from the paragraph before
  'continuation-next-paragraph': 'carried over from the quote in the paragraph before',
};

/**
 * Why a quote is in the queue, in words a reviewer reads: the conditions of QUOTE_QUEUE_PREDICATE,
 * which decides. Verification gives the same reasons for an unsure attribution. A pronoun is
 * said to be resolved across paragraphs only when the name it stands for is not written in the
 * pronoun's own paragraph before it (`beforeMention`, when read, tells).
 */
export function reviewReasons(
  q: Pick<QuoteQueueRow, 'confidence' | 'speakerKind' | 'speakerMention' | 'attributionForm' | 'attributionRule'> & { speakerName?: string | null; beforeMention?: string | null },
): string[] {
  const reasons: string[] = [];
  if (q.speakerKind === 'unknown') reasons.push('no speaker found');
  if (q.speakerKind === 'anonymous') reasons.push('anonymous source');
  const pronoun = q.speakerMention !== null && PRONOUNS.has(q.speakerMention.toLowerCase());
  if (pronoun && q.attributionForm === 'previous-sentence') reasons.push(`“${q.speakerMention}” resolved across sentences`);
  else if (pronoun && (q.attributionForm === 'continuation' || q.attributionRule === 'colon-previous-paragraph')) {
    if (nameSeen(q) === 'earlier paragraph') reasons.push(`“${q.speakerMention}” resolved across paragraphs`);
    else reasons.push(`speaker “${q.speakerMention}” ${CARRIED[q.attributionRule] ?? 'taken from another quote'}`);
  } else if (pronoun && nameSeen(q) === 'earlier paragraph') {
    // “…,” he said. with the name he stands for a paragraph up (stored as pronoun_across_paragraphs)
    reasons.push(`“${q.speakerMention}” resolved across paragraphs`);
  }
  if (q.confidence < 0.7) reasons.push(`low confidence (${Math.round(q.confidence * 100)}%)`);
  return reasons;
}

/**
 * Where the name a pronoun stands for was last written before it: in the pronoun's paragraph
 * (a word of the speaker's name, folded as names are matched: “Oduya’s”, “ODUYA”), in an earlier
 * one, or null when the text read cannot tell (none read, or a paragraph longer than it).
 */
export function nameSeen(q: { speakerName?: string | null; beforeMention?: string | null }): 'same paragraph' | 'earlier paragraph' | null {
  if (!q.speakerName || q.beforeMention === null || q.beforeMention === undefined) return null;
  const nl = q.beforeMention.lastIndexOf('\n');
  const paragraph = q.beforeMention.slice(nl + 1);
  const name = new Set(nameWords(q.speakerName).filter((w) => w.length > 1).map(foldWord));
  if (nameWords(paragraph.replace(/[’']s\b/g, '')).some((w) => name.has(foldWord(w)))) return 'same paragraph';
  // no line break in all that was read: the paragraph began before it or opens the article, and holds no name
  return nl === -1 ? null : 'earlier paragraph';
}

/** The quote's paragraph out of the window of body text read around it, split around the quote's segments. */
export function quoteParagraphParts(q: Pick<QuoteQueueRow, 'window' | 'windowStart' | 'startOffset' | 'endOffset' | 'segments'>): Array<{ text: string; quoted: boolean }> {
  const local = (at: number) => at - q.windowStart;
  const from = q.window.lastIndexOf('\n', local(q.startOffset) - 1) + 1;
  const nl = q.window.indexOf('\n', local(q.endOffset));
  const to = nl === -1 ? q.window.length : nl;
  const parts: Array<{ text: string; quoted: boolean }> = [];
  let at = from;
  const segments = q.segments.length ? q.segments : [{ start: q.startOffset, end: q.endOffset }];
  for (const s of segments) {
    const start = Math.max(local(s.start), at);
    const end = Math.min(local(s.end), to);
    if (end <= start) continue;
    if (start > at) parts.push({ text: q.window.slice(at, start), quoted: false });
    parts.push({ text: q.window.slice(start, end), quoted: true });
    at = end;
  }
  if (at < to) parts.push({ text: q.window.slice(at, to), quoted: false });
  return parts;
}

/** A page of the quote queue, ready for the page. */
export async function quoteQueue(deps: Deps, filter: Omit<QueueFilter, 'limit' | 'offset'> & { page: number }) {
  const em = deps.dataSource.manager;
  const { rows, hasMore } = await listQuoteQueue(em, { ...filter, limit: REVIEW_PAGE_SIZE, offset: (filter.page - 1) * REVIEW_PAGE_SIZE });
  const speakers = await speakerSuggestions(em, rows.map((r) => r.articleId));
  return {
    items: rows.map((r) => ({ ...r, reasons: reviewReasons(r), paragraph: quoteParagraphParts(r), suggestions: speakers.get(r.articleId) ?? { speakers: [], named: [] } })),
    hasMore,
  };
}

/** A page of the claim queue. */
export async function claimQueue(
  deps: Deps,
  filter: Omit<QueueFilter, 'limit' | 'offset'> & { page: number },
): Promise<{ items: Array<ClaimQueueRow & { context: { before: string; claim: string; after: string } }>; hasMore: boolean }> {
  const { rows, hasMore } = await listClaimQueue(deps.dataSource.manager, { ...filter, limit: REVIEW_PAGE_SIZE, offset: (filter.page - 1) * REVIEW_PAGE_SIZE });
  return { items: rows.map((r) => ({ ...r, context: claimInSentence(r) })), hasMore };
}

/**
 * The sentence split around the claim's words, so the reviewer sees which of its figures is
 * asked about ("14 deaths" or "212 people" in one sentence); the whole sentence when the claim's
 * offsets fall outside it.
 */
export function claimInSentence(r: { sentence: string; claimStart: number; claimEnd: number }): { before: string; claim: string; after: string } {
  const start = Number(r.claimStart);
  const end = Number(r.claimEnd);
  if (!(start >= 0 && end > start && end <= r.sentence.length)) return { before: r.sentence, claim: '', after: '' };
  return { before: r.sentence.slice(0, start), claim: r.sentence.slice(start, end), after: r.sentence.slice(end) };
}

/** How many items matching the filters wait in each queue (capped). */
export function queueSizes(deps: Deps, filter: Pick<QueueFilter, 'outlet' | 'topicId' | 'speakerId'>) {
  return countQueues(deps.dataSource.manager, filter, COUNT_CAP);
}
