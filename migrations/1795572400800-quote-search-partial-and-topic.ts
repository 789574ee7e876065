// Two filters of a search by best match read far more than they keep.
//
// The kind filter: partial quotes are about one in eight, so a frequent word limited to them
// fetched about eight table rows from the GIN index for each one kept (on the bench's million
// quotes, "president" with kind partial fetched 8,494 rows for its 1,000 candidates: 163 ms with
// PostgreSQL's default cache). A GIN index of the partial quotes alone answers such a search
// from their own matches (1,000 rows fetched, 24–31 ms): 13 MB next to the 68 MB of the index
// of all quotes. Direct quotes are most of the archive, so the index of all quotes serves them.
//
// The topic filter reads the quotes of a topic's claims: the claims' rows were fetched from the
// table only for their quote (465 pages for the busiest topic's 1,859 claims); an index that
// carries the quote reads them from the index alone.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class QuoteSearchPartialAndTopic1795572400800 implements MigrationInterface {
  name = 'QuoteSearchPartialAndTopic1795572400800';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "quotes_search_partial_idx" ON "quotes" USING gin ("search") WHERE "kind" = 'partial'`);
    await queryRunner.query(`CREATE INDEX "claims_topic_quote_idx" ON "claims" ("topic_id") INCLUDE ("quote_id") WHERE "quote_id" IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."claims_topic_quote_idx"`);
    await queryRunner.query(`DROP INDEX "public"."quotes_search_partial_idx"`);
  }
}
