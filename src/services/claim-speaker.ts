import type { DataSource, EntityManager } from 'typeorm';
import { sourceKey } from '../core/claims';
import { returnedRows } from '../db/repositories/speaker.repository';
import { withTransaction } from '../db/transaction';
import { ConflictError, NotFoundError } from '../errors';
import { recordAudit, type Actor } from './audit';
import { lockLiveSpeaker } from './edit-speaker';
import { requestTopicRechecks, type TopicRecheckQueue } from './topic-rechecks';
import { describedSource, speakerByName, type SpeakerChoice } from './review-quotes';

/** Who a claim is credited to after an editor's correction: a stored speaker, or an unnamed source as described. */
type Credited = { id: number | null; name: string; kind: string };

/**
 * Gives a claim another source. A claim drawn from a reported statement is corrected there: the statement takes the
 * speaker, and every claim drawn from it follows. A claim of the article's own words is credited on its own. A claim
 * drawn from a quote is corrected through its quote (where the quote's speaker pages and counters follow), so it is
 * refused here with a pointer there. The topics are re-checked and the change audited.
 */
export async function reassignClaimSource(deps: { dataSource: DataSource; queue?: TopicRecheckQueue }, actor: Actor, claimId: number, choice: SpeakerChoice): Promise<{ claims: number }> {
  return withTransaction(deps.dataSource, async (em) => {
    const [claim]: Array<{ id: number; sourceType: string; quoteId: number | null; statementId: number | null; speakerId: number | null; speakerName: string | null }> = await em.query(
      `SELECT id, source_type AS "sourceType", quote_id AS "quoteId", statement_id AS "statementId", speaker_id AS "speakerId", speaker_name AS "speakerName"
         FROM claims WHERE id = $1 FOR UPDATE`,
      [claimId],
    );
    if (!claim) throw new NotFoundError(`There is no claim ${claimId}`);
    if (claim.sourceType === 'quote' && claim.quoteId !== null) {
      throw new ConflictError(`This claim comes from quote ${claim.quoteId}: correct the quote's speaker on its page, and the claim follows.`);
    }
    const to = await creditedAs(em, choice);
    let statement: { id: number; speakerId: number | null; speakerName: string | null; speakerKind: string } | null = null;
    if (claim.statementId !== null) {
      [statement] = await em.query(
        `SELECT id, speaker_id AS "speakerId", speaker_name AS "speakerName", speaker_kind AS "speakerKind" FROM statements WHERE id = $1 FOR UPDATE`,
        [claim.statementId],
      );
    }
    if (statement) {
      await em.query('UPDATE statements SET speaker_id = $2, speaker_name = $3, speaker_kind = $4 WHERE id = $1', [statement.id, to.id, to.name, to.kind]);
    }
    const moved = returnedRows<{ id: number; topic_id: number }>(
      await em.query(
        `UPDATE claims SET speaker_id = $2, speaker_name = $3, speaker_key = $4
          WHERE ${statement ? 'statement_id = $1' : 'id = $1'} RETURNING id, topic_id`,
        [statement ? statement.id : claim.id, to.id, to.name, sourceKey(to.name)],
      ),
    );
    await requestTopicRechecks(em, deps.queue, moved.map((c) => c.topic_id));
    await recordAudit(em, actor, {
      action: statement ? 'statement.speaker' : 'claim.speaker',
      targetType: statement ? 'statement' : 'claim',
      targetId: statement ? statement.id : claim.id,
      before: statement ? { speakerId: statement.speakerId, speakerName: statement.speakerName, speakerKind: statement.speakerKind } : { speakerId: claim.speakerId, speakerName: claim.speakerName },
      after: { speakerId: to.id, speakerName: to.name, speakerKind: to.kind, claimIds: moved.map((c) => c.id), fromClaim: claim.id },
    });
    return { claims: moved.length };
  });
}

/** The stored speaker or unnamed source an editor named. */
async function creditedAs(em: EntityManager, choice: SpeakerChoice): Promise<Credited> {
  if ('speakerId' in choice) {
    const s = await lockLiveSpeaker(em, choice.speakerId);
    return { id: s.id, name: s.name, kind: s.kind };
  }
  if (choice.kind === 'anonymous') return { id: null, name: describedSource(choice.name), kind: 'anonymous' };
  const { speaker } = await speakerByName(em, choice.name, choice.kind === 'organisation' ? 'organisation' : 'person');
  return { id: speaker.id, name: speaker.name, kind: speaker.kind };
}
