import type { TopicRecheckQueue } from './topic-rechecks';
import type { DataSource } from 'typeorm';
import { findMatchCandidate, listOpenMatches, setPairStatus } from '../db/repositories/speaker-match.repository';
import { withTransaction } from '../db/transaction';
import { NotFoundError } from '../errors';
import { recordAudit, type Actor } from './audit';
import { mergeSpeakers } from './merge-speakers';

/** Possible matches per review page. */
export const REVIEWS_PER_PAGE = 30;

/** One page of the review list: possible identities ingest did not merge, most confident first. */
export async function listSpeakerReviews(deps: { dataSource: DataSource }, page: number) {
  const rows = await listOpenMatches(deps.dataSource.manager, { limit: REVIEWS_PER_PAGE + 1, offset: (page - 1) * REVIEWS_PER_PAGE });
  return { reviews: rows.slice(0, REVIEWS_PER_PAGE), page, hasMore: rows.length > REVIEWS_PER_PAGE, hasPrevious: page > 1 };
}

/** Accepts a possible match: the article's speaker is merged into the candidate. */
export async function acceptSpeakerMatch(deps: { dataSource: DataSource; queue?: TopicRecheckQueue }, actor: Actor, matchId: number): Promise<{ keepId: number }> {
  const match = await findMatchCandidate(deps.dataSource.manager, matchId);
  if (!match || match.status !== 'open') throw new NotFoundError(`There is no open possible match ${matchId}`);
  await mergeSpeakers(deps, actor, { keepId: match.candidateId, mergeId: match.speakerId });
  return { keepId: match.candidateId };
}

/** Rejects a possible match: the two speakers are different people; recorded and reversible. */
export async function dismissSpeakerMatch(deps: { dataSource: DataSource }, actor: Actor, matchId: number): Promise<void> {
  await withTransaction(deps.dataSource, async (em) => {
    const match = await findMatchCandidate(em, matchId);
    if (!match || match.status !== 'open') throw new NotFoundError(`There is no open possible match ${matchId}`);
    const matchStatuses = await setPairStatus(em, match.speakerId, match.candidateId, 'dismissed');
    await recordAudit(em, actor, {
      action: 'speaker.match_dismiss',
      targetType: 'speaker',
      targetId: match.speakerId,
      after: { otherId: match.candidateId, matchStatuses },
    });
  });
}
