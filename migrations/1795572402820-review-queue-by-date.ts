// The review queues go by the date of the article (publication, else arrival), oldest or newest
// first, rather than by when the text was stored: a back-filled archive put 2015 pieces before
// yesterday's. Their partial indexes are built again on that date, so a page of the queue is
// read from the index in either direction. Built CONCURRENTLY (outside a transaction), so
// articles keep being stored and reviewed meanwhile; the old index serves until the new one
// takes its name. The predicates are word for word those of src/db/repositories/review.repository.ts.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const QUOTES = `WHERE review_status = 'unreviewed' AND kind <> 'term' AND (confidence < 0.7 OR speaker_kind IN ('anonymous', 'unknown') OR pronoun_across_paragraphs OR (lower(speaker_mention) IN ('he', 'she', 'they', 'we', 'it') AND (attribution_form IN ('previous-sentence', 'continuation') OR attribution_rule = 'colon-previous-paragraph')))`;
const CLAIMS = `WHERE check_worthy IS NULL AND check_worthiness >= 0.5`;

export class ReviewQueueByDate1795572402820 implements MigrationInterface {
  name = 'ReviewQueueByDate1795572402820';
  transaction = false;

  public async up(queryRunner: QueryRunner): Promise<void> {
    await this.rebuild(queryRunner, 'quotes', 'said_at', QUOTES);
    await this.rebuild(queryRunner, 'claims', 'said_at', CLAIMS);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await this.rebuild(queryRunner, 'quotes', 'created_at', QUOTES);
    await this.rebuild(queryRunner, 'claims', 'created_at', CLAIMS);
  }

  private async rebuild(queryRunner: QueryRunner, table: string, column: string, predicate: string): Promise<void> {
    await queryRunner.query(`DROP INDEX CONCURRENTLY IF EXISTS "${table}_review_queue_next_idx"`);
    await queryRunner.query(`CREATE INDEX CONCURRENTLY "${table}_review_queue_next_idx" ON "${table}" ("${column}", "id") ${predicate}`);
    await queryRunner.query(`DROP INDEX CONCURRENTLY "${table}_review_queue_idx"`);
    await queryRunner.query(`ALTER INDEX "${table}_review_queue_next_idx" RENAME TO "${table}_review_queue_idx"`);
  }
}
