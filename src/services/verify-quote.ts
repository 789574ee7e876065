import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { type DiffPart, wordDiff, wordSimilarity } from '../core/diff/word-diff';
import { findSameWords } from '../db/repositories/quote-page.repository';
import { findVerifyCandidates } from '../db/repositories/verify.repository';
import { validationError } from '../errors';
import { normalizeName } from './speaker-names';

/** The question: a quote as it circulates, and who it is said to be from. */
export const verifySchema = z.object({
  quote: z.string('is required').trim().min(3, 'is required').max(2000, 'must be at most 2000 characters'),
  speaker: z.string().trim().max(200).optional().transform((v) => v || undefined),
});

/** exact: the words were said (by the claimed speaker, if one was named); altered: close, with differences; not-found; someone-else: said, but by another speaker. */
export type Verdict = 'exact' | 'altered' | 'not-found' | 'someone-else';

/** A stored quote close to the circulating one, with what differs. */
export interface VerifyMatch {
  quoteId: number;
  text: string;
  similarity: number;
  diff: DiffPart[];
  speakerId: number | null;
  speakerName: string | null;
  /** Whether a person confirmed or corrected the attribution. */
  reviewStatus: string;
  articleId: number;
  position: number;
  articleTitle: string;
  outlet: string | null;
  at: Date;
}

/** Share of words in common from which a stored quote counts as the same words. */
const SAME = 0.97;
/** Share of words in common from which it counts as an altered version. */
const CLOSE = 0.5;

function quoteWords(text: string): string {
  return text.replace(/^[\s“”"'‘’«»]+|[\s“”"'‘’«»]+$/g, '');
}

function sameSpeaker(claimed: string, actual: string | null): boolean {
  if (!actual) return false;
  const a = normalizeName(claimed).split(' ');
  const b = new Set(normalizeName(actual).split(' '));
  return a.length > 0 && b.has(a[a.length - 1]);
}

/**
 * "Did X really say this?": compares a circulating quote with the stored ones sharing its
 * words, and answers with the closest real quotes (similarity and a word-level diff), who
 * said them, the earliest article with those words and the other outlets that ran them.
 */
export async function verifyQuote(deps: { dataSource: DataSource }, raw: unknown) {
  const parsed = verifySchema.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const asked = quoteWords(parsed.data.quote);
  const candidates = await findVerifyCandidates(deps.dataSource.manager, asked, 200);
  const matches: VerifyMatch[] = candidates
    .map((c) => ({ c, similarity: wordSimilarity(c.text, asked) }))
    .filter((m) => m.similarity >= CLOSE)
    .sort((x, y) => y.similarity - x.similarity || x.c.at.getTime() - y.c.at.getTime())
    .slice(0, 5)
    .map(({ c, similarity }) => ({
      quoteId: c.id,
      text: c.text,
      similarity: Math.round(similarity * 1000) / 1000,
      diff: wordDiff(c.text, asked),
      speakerId: c.speakerId,
      speakerName: c.speakerName,
      reviewStatus: c.reviewStatus,
      articleId: c.articleId,
      position: c.position,
      articleTitle: c.articleTitle,
      outlet: c.outlet,
      at: c.at,
    }));
  const best = matches[0] ?? null;
  let verdict: Verdict = 'not-found';
  if (best) {
    const claimed = parsed.data.speaker;
    if (claimed && !sameSpeaker(claimed, best.speakerName)) verdict = 'someone-else';
    else verdict = best.similarity >= SAME ? 'exact' : 'altered';
  }
  const occurrences = best ? await findSameWords(deps.dataSource.manager, best.quoteId, 50) : [];
  return { asked, claimedSpeaker: parsed.data.speaker ?? null, verdict, best, matches, occurrences, earliest: occurrences[0] ?? null };
}
