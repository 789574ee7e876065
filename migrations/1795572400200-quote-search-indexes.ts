// Indexes behind fast search (src/db/repositories/search.repository.ts): quotes newest first —
// all of them, one speaker's, the reviewed ones — and one outlet's articles newest first. A
// search walks one of these when its words are frequent and uses the GIN index when they are
// rare. The reviewed predicate is repeated word for word by the repository.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class QuoteSearchIndexes1795572400200 implements MigrationInterface {
  name = 'QuoteSearchIndexes1795572400200';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "quotes" ALTER COLUMN "said_at" SET NOT NULL`);
    await queryRunner.query(`CREATE INDEX "quotes_said_at_idx" ON "quotes" ("said_at" DESC, "id" DESC)`);
    await queryRunner.query(`CREATE INDEX "quotes_speaker_said_at_idx" ON "quotes" ("speaker_id", "said_at" DESC, "id" DESC)`);
    await queryRunner.query(
      `CREATE INDEX "quotes_reviewed_said_at_idx" ON "quotes" ("said_at" DESC, "id" DESC) WHERE review_status IN ('confirmed', 'corrected')`,
    );
    await queryRunner.query(
      `CREATE INDEX "articles_outlet_said_at_idx" ON "articles" (lower("outlet"), (coalesce("published_at", "created_at")) DESC, "id" DESC)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."articles_outlet_said_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."quotes_reviewed_said_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."quotes_speaker_said_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."quotes_said_at_idx"`);
    await queryRunner.query(`ALTER TABLE "quotes" ALTER COLUMN "said_at" DROP NOT NULL`);
  }
}
