// Hand-written: trigram index on the transliteration-folded speaker key, so a search for
// "Shamkany" folds to "shamkani" and finds "Ali Shamkhani" whatever the spelling.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SpeakerMatchKeyTrigram1795565385679 implements MigrationInterface {
  name = 'SpeakerMatchKeyTrigram1795565385679';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE INDEX "speakers_match_key_trgm_idx" ON "speakers" USING gin ("match_key" gin_trgm_ops)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."speakers_match_key_trgm_idx"`);
  }
}
