// A topic whose claims an editor's change moved (a merge of speakers or topics, a quote's speaker
// corrected) is rechecked by the job worker after the change commits, not inside it: the topic
// records when a recheck was asked for until the worker has run it, so its page can say so, and a
// small partial index lets the worker find any left waiting.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TopicRecheckPending1795572406010 implements MigrationInterface {
  name = 'TopicRecheckPending1795572406010';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "claim_topics" ADD "recheck_requested_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "claim_topics_recheck_idx" ON "claim_topics" ("id") WHERE "recheck_requested_at" IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "claim_topics_recheck_idx"`);
    await queryRunner.query(`ALTER TABLE "claim_topics" DROP COLUMN "recheck_requested_at"`);
  }
}
