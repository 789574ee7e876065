import type { EntityManager } from 'typeorm';
import { sourceKey } from '../core/claims';
import { findCorrectionsToCarry, recountArticle, removeFromTimeline, setClaimsSpeakerOfQuote, setTimelineSpeaker, updateQuoteReview } from '../db/repositories/review.repository';
import { recountSpeakers } from '../db/repositories/speaker.repository';
import { recordAudit, type Actor } from './audit';
import { recheckTopics } from './refresh-topic';

/** Who the audit log names for a correction a new version of a page keeps: no person acted now. */
export const NEW_VERSION_ACTOR: Actor = { id: null, label: 'new version of the page' };

/**
 * A new version of a page keeps a reviewer's correction of a quote it left as it was: the same words
 * and kind, the same occurrence of those words, in a paragraph the edit did not touch (a site that
 * changed a figure three paragraphs up has not changed who said “My husband stayed behind.”). The
 * quote takes the speaker the reviewer chose, with their name and date, moves on the speakers'
 * timelines and counters, its claims follow (their topics re-checked), and the audit log records
 * the change, naming the earlier version's quote it was carried from. An edit of the quote's own
 * paragraph (“said Dufresne” changed to “said Achterberg”) leaves it to the engine and the queue.
 * Returns how many were carried.
 */
export async function carryCorrections(em: EntityManager, versions: Array<[number, number]>): Promise<number> {
  let carried = 0;
  for (const [nowId, beforeId] of versions) {
    const pairs = (await findCorrectionsToCarry(em, nowId, beforeId)).filter((p) => p.beforeParagraph === p.nowParagraph);
    if (pairs.length === 0) continue;
    const nowOf = new Map(pairs.map((p) => [p.beforeId, p.nowId]));
    const touched = new Set<number>();
    const topics: number[] = [];
    for (const p of pairs) {
      // the reviewer's name and date stay those of the correction, as a carried confirmation's do
      await updateQuoteReview(em, p.nowId, { reviewStatus: 'corrected', reviewedById: p.reviewedById, reviewedAt: p.reviewedAt, speaker: p.speaker });
      if (p.speaker.id === null) await removeFromTimeline(em, p.nowId);
      else await setTimelineSpeaker(em, p.nowId, p.articleId, p.speaker.id, p.quotedAt);
      for (const id of [p.speaker.id, p.now.speakerId]) if (id !== null) touched.add(id);
      topics.push(...(await setClaimsSpeakerOfQuote(em, p.nowId, { id: p.speaker.id, name: p.speaker.name, key: sourceKey(p.speaker.name) })));
      const follows = p.followsBefore !== null ? nowOf.get(p.followsBefore) : undefined;
      await recordAudit(em, NEW_VERSION_ACTOR, {
        action: 'quote.speaker',
        targetType: 'quote',
        targetId: p.nowId,
        before: { reviewStatus: 'unreviewed', ...p.now },
        after: {
          reviewStatus: 'corrected',
          speakerId: p.speaker.id,
          speakerName: p.speaker.name,
          speakerKind: p.speaker.kind,
          carriedFromQuote: p.beforeId,
          ...(follows !== undefined ? { followsQuote: follows } : {}),
        },
      });
      carried++;
    }
    if (touched.size) await recountSpeakers(em, [...touched]);
    await recountArticle(em, nowId);
    await recheckTopics(em, topics);
  }
  return carried;
}
