import { speakerSuggestions } from './speaker-suggestions';
import type { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { countSameWords, findClaimsOfQuote, findOccurrencesOfWords, findQuoteRow, findSameWords, type SameWordsRow } from '../db/repositories/quote-page.repository';
import { findCandidatesById, findNeighbourKeys } from '../db/repositories/verify.repository';
import { NotFoundError } from '../errors';
import { mergeOccurrences, placeOf } from './same-words-speakers';
import { quoteRuns, runMemberIds, RUN_MAX } from './quote-runs';
import { quoteCaveat } from './attribution-caveat';

/** Longest paragraph context shown around a quote, in characters each side. */
const CONTEXT = 1200;

/** The paragraph(s) a quote stands in, cut at most CONTEXT characters around it. */
export function paragraphAround(body: string, start: number, end: number): { before: string; quote: string; after: string } {
  const from = Math.max(body.lastIndexOf('\n', start - 1) + 1, start - CONTEXT);
  const next = body.indexOf('\n', end);
  const to = Math.min(next === -1 ? body.length : next, end + CONTEXT);
  return { before: body.slice(from, start), quote: body.slice(start, end), after: body.slice(end, to) };
}

/** A quote's words as cited alone: “…every winter,” said X — the comma belongs to the sentence that carried them. */
export function citedWords(text: string): string {
  return text.replace(/[\s,;:]+$/u, '');
}

/** Citations ready to copy: plain text, Markdown and an academic (APA-like) style. */
export function citations(q: { text: string; speakerName: string | null; articleTitle: string; outlet: string | null; url: string | null; publishedAt: Date | null }) {
  const who = q.speakerName ?? 'Unattributed';
  const words = citedWords(q.text);
  const date = q.publishedAt ? q.publishedAt.toISOString().slice(0, 10) : 'n.d.';
  const where = [q.outlet, q.articleTitle].filter(Boolean).join(', ');
  const link = q.url ? ` ${q.url}` : '';
  return {
    plain: `“${words}” — ${who}, quoted in ${where} (${date}).${link}`,
    markdown: `> “${words}”\n>\n> — ${who}, quoted in ${q.url ? `[${q.articleTitle}](${q.url})` : `*${q.articleTitle}*`}${q.outlet ? `, ${q.outlet}` : ''}, ${date}`,
    academic: `${who}. (${date}). Quoted in “${q.articleTitle}.”${q.outlet ? ` ${q.outlet}.` : ''}${link}`,
  };
}

/**
 * Where the quote's words ran, earliest first: the same words as one quote or split around an attribution, and
 * when the quote is a part of a split one (“Stone and mud kills,” he said. “We have known this for ten years.”),
 * the articles that ran the whole, in one quote or in parts.
 */
async function sameWordsOf(em: EntityManager, quote: { id: number; text: string }, limit: number) {
  const run = quoteRuns(await findCandidatesById(em, runMemberIds(await findNeighbourKeys(em, [quote.id], RUN_MAX - 1)))).find((r) => r.parts.some((p) => p.id === quote.id));
  const [own, whole, split] = await Promise.all([
    findSameWords(em, quote.id, limit),
    findOccurrencesOfWords(em, quote.text, RUN_MAX, limit),
    run ? findOccurrencesOfWords(em, run.text, RUN_MAX, limit) : [],
  ]);
  const listed = mergeOccurrences<SameWordsRow>(own, whole, split);
  // counted over every article, not the ones listed: a quote that ran in 109 articles is credited by all of them
  const count = await countSameWords(em, [quote.text, ...(run ? [run.text] : [])], listed.filter((o) => (o.quoteIds?.length ?? 1) > 1).map((o) => o.id));
  return { listed, count };
}

/** Occurrences listed on a page of “Where these words ran”. */
export const RAN_PAGE_SIZE = 50;
/** Deepest page of that list (each page reads the ones before it). */
export const RAN_MAX_PAGE = 200;

/**
 * Everything the quote page answers: the words in their paragraph, who said them and how
 * sure whosaid is (with the caveat verification gives for an unsure attribution), where else the same words ran (earliest first), and the claims they make.
 */
export async function getQuote(deps: { dataSource: DataSource }, id: number, ranPage = 1) {
  const em = deps.dataSource.manager;
  const quote = await findQuoteRow(em, id);
  if (!quote) throw new NotFoundError(`There is no quote ${id}`);
  const page = Math.min(Math.max(1, Math.floor(ranPage)), RAN_MAX_PAGE);
  const [{ listed, count }, claims, speakers] = await Promise.all([sameWordsOf(em, quote, page * RAN_PAGE_SIZE), findClaimsOfQuote(em, id), speakerSuggestions(em, [quote.articleId])]);
  const sameWords = listed.slice((page - 1) * RAN_PAGE_SIZE, page * RAN_PAGE_SIZE);
  const listedArticles = new Set(listed.slice(0, page * RAN_PAGE_SIZE).map(placeOf)).size;
  const { body, ...rest } = quote;
  return {
    quote: rest,
    /** Whether the attribution is unsure and why, as verification says it (a rejected quote is no one's: no caveat). */
    caveat: quote.reviewStatus === 'rejected' ? { unsure: false, reasons: [], reviewedElsewhere: null } : await quoteCaveat(em, id, listed),
    context: paragraphAround(body, quote.startOffset, quote.endOffset),
    /** This page of the articles that ran the same words, earliest first. */
    sameWords,
    /** Which page of them, how many current articles ran the words in all, and how many come after this page. */
    ran: { page, pageSize: RAN_PAGE_SIZE, articles: Math.max(count.articles, listedArticles), after: Math.max(0, count.articles - listedArticles), hasNext: listed.length > page * RAN_PAGE_SIZE || (count.articles > listedArticles && page < RAN_MAX_PAGE) },
    earliest: listed[0] ?? null,
    /** Everyone the stored articles credit these words to, earliest first (more than one: a misattribution somewhere), counted over all of them. */
    credited: count.credited,
    claims,
    citations: citations(quote),
    /** Speakers quoted in the same article, and the other names it gives, offered when a reviewer changes the speaker. */
    suggestions: speakers.get(quote.articleId) ?? { speakers: [], named: [] },
  };
}
