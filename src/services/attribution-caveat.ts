import type { EntityManager } from 'typeorm';
import { findCandidatesById } from '../db/repositories/verify.repository';
import type { QuoteRun } from './quote-runs';
import { reviewReasons } from './review-queue';

/** Where the same words ran, as `findSameWords` reads them. */
type Occurrence = { id: number; articleId: number; articleTitle: string; speakerId: number | null; reviewStatus: string };

/** How sure whosaid is of a quote's attribution, said the same on the quote page and by verification. */
export interface AttributionCaveat {
  /** No person has reviewed the attribution and the review queue holds it as unsure. */
  unsure: boolean;
  /** Why, in the review queue's words (““he” resolved across paragraphs”); empty when it is not unsure. */
  reasons: string[];
  /** The same words given to the same speaker in another article, where a person confirmed or corrected them. */
  reviewedElsewhere: Occurrence | null;
}

/**
 * Why the review queue holds this attribution as unsure, when it does (the queue's predicate,
 * read with the candidate, decides; its reasons say why).
 */
export function unsureReasons(c: QuoteRun): string[] {
  if (!c.attributionUnsure) return [];
  // a run is unsure when any of its parts is, for that part's reasons
  const reasons = [...new Set(c.parts.filter((p) => p.attributionUnsure).flatMap((p) => reviewReasons(p)))];
  return reasons.length ? reasons : ['waiting for review'];
}

/** The same words given to the same speaker by a person, in another article: the attribution is reviewed after all. */
export function reviewedElsewhereOf(q: { id: number; speakerId: number | null; attributionUnsure: boolean }, occurrences: readonly Occurrence[]): Occurrence | null {
  if (q.speakerId === null || !q.attributionUnsure) return null;
  return occurrences.find((o) => o.id !== q.id && o.speakerId === q.speakerId && (o.reviewStatus === 'confirmed' || o.reviewStatus === 'corrected')) ?? null;
}

/**
 * The caveat of one stored quote, read as verification reads each quote it answers with: unsure
 * exactly when the review queue holds it (so the quote page and the queue agree), for the
 * queue's reasons, unless the same words were reviewed for the same speaker elsewhere.
 */
export async function quoteCaveat(em: EntityManager, id: number, occurrences: readonly Occurrence[]): Promise<AttributionCaveat> {
  const [own] = await findCandidatesById(em, [id]);
  if (!own) return { unsure: false, reasons: [], reviewedElsewhere: null };
  const elsewhere = reviewedElsewhereOf(own, occurrences);
  const unsure = own.attributionUnsure && elsewhere === null;
  return { unsure, reasons: unsure ? unsureReasons({ ...own, parts: [own] }) : [], reviewedElsewhere: elsewhere };
}
