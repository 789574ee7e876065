// Search walks read quotes from the index alone. A frequent word is found by walking quotes
// newest first (all of them, one speaker's, or the reviewed ones) and checking each one's search
// vector; read from the table, every row cost a heap fetch (about 1 µs warm, 29,000 rows for the
// newest thousand quotes saying "president" in a million). These indexes carry the vector, kind
// and review status with the date, so the walk is an index-only scan (about a third of the time).
//
// A B-tree row holds at most 2,704 bytes, so only vectors whose text form is at most 1,200 bytes
// are carried (their stored form is at most about 1.7 times that; real quotes are far below it:
// 5 in 6,726 annotated news quotes exceed it). The few longer quotes have small indexes of their
// own that the walk merges in. The predicates are repeated word for word by the search
// repository, and the size expression gets statistics so the planner knows the long ones are rare.
// On the bench's million quotes the three covering indexes take about 570 MB (the table 562 MB).
import type { MigrationInterface, QueryRunner } from 'typeorm';

const SHORT = `octet_length("search"::text) <= 1200`;
const LONG = `octet_length("search"::text) > 1200`;
const REVIEWED = `"review_status" IN ('confirmed', 'corrected')`;

export class QuoteSearchWalks1795572400700 implements MigrationInterface {
  name = 'QuoteSearchWalks1795572400700';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const covered = `INCLUDE ("search", "kind", "review_status")`;
    await queryRunner.query(`CREATE INDEX "quotes_walk_idx" ON "quotes" ("said_at" DESC, "id" DESC) ${covered} WHERE ${SHORT}`);
    await queryRunner.query(`CREATE INDEX "quotes_walk_long_idx" ON "quotes" ("said_at" DESC, "id" DESC) WHERE ${LONG}`);
    await queryRunner.query(
      `CREATE INDEX "quotes_speaker_walk_idx" ON "quotes" ("speaker_id", "said_at" DESC, "id" DESC) ${covered} WHERE "speaker_id" IS NOT NULL AND ${SHORT}`,
    );
    await queryRunner.query(
      `CREATE INDEX "quotes_speaker_walk_long_idx" ON "quotes" ("speaker_id", "said_at" DESC, "id" DESC) WHERE "speaker_id" IS NOT NULL AND ${LONG}`,
    );
    await queryRunner.query(`CREATE INDEX "quotes_reviewed_walk_idx" ON "quotes" ("said_at" DESC, "id" DESC) ${covered} WHERE ${REVIEWED} AND ${SHORT}`);
    await queryRunner.query(`CREATE INDEX "quotes_reviewed_walk_long_idx" ON "quotes" ("said_at" DESC, "id" DESC) WHERE ${REVIEWED} AND ${LONG}`);
    // They replace the walks' indexes that led to the table (nothing else reads those).
    await queryRunner.query(`DROP INDEX "quotes_reviewed_said_at_idx"`);
    await queryRunner.query(`DROP INDEX "quotes_speaker_said_at_idx"`);
    await queryRunner.query(`DROP INDEX "quotes_said_at_idx"`);
    await queryRunner.query(`CREATE STATISTICS "quotes_search_size" ON (octet_length("search"::text)) FROM "quotes"`);
    await queryRunner.query(`ANALYZE "quotes"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP STATISTICS "quotes_search_size"`);
    await queryRunner.query(`CREATE INDEX "quotes_said_at_idx" ON "quotes" ("said_at" DESC, "id" DESC)`);
    await queryRunner.query(`CREATE INDEX "quotes_speaker_said_at_idx" ON "quotes" ("speaker_id", "said_at" DESC, "id" DESC)`);
    await queryRunner.query(`CREATE INDEX "quotes_reviewed_said_at_idx" ON "quotes" ("said_at" DESC, "id" DESC) WHERE ${REVIEWED}`);
    for (const name of ['quotes_reviewed_walk_long_idx', 'quotes_reviewed_walk_idx', 'quotes_speaker_walk_long_idx', 'quotes_speaker_walk_idx', 'quotes_walk_long_idx', 'quotes_walk_idx']) {
      await queryRunner.query(`DROP INDEX "${name}"`);
    }
  }
}
