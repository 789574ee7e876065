// Topic labels stored before labels were tidied: a double space (“Unspecified subject — city  (share)”,
// from a figure “of the city's”) becomes one, and a topic of one article's figures that has since
// taken claims of other articles (a merge, a claim moved in) drops the “(article N)” that no longer
// says where its figures are from. New labels are made so (store-claims, refresh-topic). No schema change.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TopicLabelsTidied1795572402400 implements MigrationInterface {
  name = 'TopicLabelsTidied1795572402400';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "claim_topics" SET "label" = btrim(regexp_replace("label", '\\s+', ' ', 'g')) WHERE "label" ~ '\\s\\s|^\\s|\\s$'`);
    await queryRunner.query(
      `UPDATE "claim_topics" t SET "label" = left(t."label", length(t."label") - length(x.suffix))
         FROM (SELECT id, ' (article ' || substring("key" from '@article:(\\d+)$') || ')' AS suffix, substring("key" from '@article:(\\d+)$')::int AS article_id
                 FROM "claim_topics" WHERE "key" ~ '@article:\\d+$') x
        WHERE x.id = t.id AND right(t."label", length(x.suffix)) = x.suffix
          AND EXISTS (SELECT 1 FROM "claims" c WHERE c."topic_id" = t.id AND c."article_id" <> x.article_id)`,
    );
  }

  public async down(): Promise<void> {
    // the labels are not put back: neither form said more than these do
  }
}
