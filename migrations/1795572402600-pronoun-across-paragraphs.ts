// A quote whose speaker is a pronoun (“…,” he said.) resolved to a name written only in an
// earlier paragraph waits for review, whatever the form of its attribution: “The separatist
// commander … "It is a matter of days," he said.” was given to the spokesman named a paragraph
// before at 97% and stayed out of the queue, while its continuation (“Perhaps a week.”) was in
// it. The fact is read from the text when the quote is stored (see nameSeen), kept in
// `pronoun_across_paragraphs`, and the review queue's index gains it (its predicate is repeated
// word for word by src/db/repositories/review.repository.ts). Stored quotes are read once here:
// only unreviewed ones with a pronoun as speaker and a speaker name, a small share of all quotes.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { BEFORE_MENTION_CHARS } from '../src/db/repositories/review.repository';
import { nameSeen } from '../src/services/review-queue';

const BATCH = 1000;

export class PronounAcrossParagraphs1795572402600 implements MigrationInterface {
  name = 'PronounAcrossParagraphs1795572402600';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "quotes" ADD "pronoun_across_paragraphs" boolean NOT NULL DEFAULT false`);
    let after = 0;
    for (;;) {
      const rows: Array<{ id: number; speakerName: string; beforeMention: string }> = await queryRunner.query(
        `SELECT q.id, q.speaker_name AS "speakerName", right(left(a.body, q.speaker_mention_start), ${BEFORE_MENTION_CHARS}) AS "beforeMention"
           FROM quotes q JOIN articles a ON a.id = q.article_id
          WHERE q.id > $1 AND q.review_status = 'unreviewed' AND q.speaker_name IS NOT NULL AND q.speaker_mention_start IS NOT NULL
            AND lower(q.speaker_mention) IN ('he', 'she', 'they', 'we', 'it')
          ORDER BY q.id LIMIT ${BATCH}`,
        [after],
      );
      if (!rows.length) break;
      after = rows[rows.length - 1].id;
      const across = rows.filter((r) => nameSeen(r) === 'earlier paragraph').map((r) => r.id);
      if (across.length) await queryRunner.query(`UPDATE quotes SET pronoun_across_paragraphs = true WHERE id = ANY($1::int[])`, [across]);
    }
    await queryRunner.query(`DROP INDEX "quotes_review_queue_idx"`);
    await queryRunner.query(
      `CREATE INDEX "quotes_review_queue_idx" ON "quotes" ("created_at", "id") WHERE review_status = 'unreviewed' AND kind <> 'term' AND (confidence < 0.7 OR speaker_kind IN ('anonymous', 'unknown') OR pronoun_across_paragraphs OR (lower(speaker_mention) IN ('he', 'she', 'they', 'we', 'it') AND (attribution_form IN ('previous-sentence', 'continuation') OR attribution_rule = 'colon-previous-paragraph')))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "quotes_review_queue_idx"`);
    await queryRunner.query(
      `CREATE INDEX "quotes_review_queue_idx" ON "quotes" ("created_at", "id") WHERE review_status = 'unreviewed' AND kind <> 'term' AND (confidence < 0.7 OR speaker_kind IN ('anonymous', 'unknown') OR (lower(speaker_mention) IN ('he', 'she', 'they', 'we', 'it') AND (attribution_form IN ('previous-sentence', 'continuation') OR attribution_rule = 'colon-previous-paragraph')))`,
    );
    await queryRunner.query(`ALTER TABLE "quotes" DROP COLUMN "pronoun_across_paragraphs"`);
  }
}
