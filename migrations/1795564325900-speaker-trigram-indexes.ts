// Hand-written: trigram indexes for the fuzzy speaker directory ("shamkani" finds Shamkhani).
// TypeORM cannot model GIN operator classes; the entities declare them with synchronize: false.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SpeakerTrigramIndexes1795564325900 implements MigrationInterface {
  name = 'SpeakerTrigramIndexes1795564325900';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE INDEX "speakers_normalized_name_trgm_idx" ON "speakers" USING gin ("normalized_name" gin_trgm_ops)`);
    await queryRunner.query(
      `CREATE INDEX "speaker_aliases_normalized_trgm_idx" ON "speaker_aliases" USING gin ("normalized_alias" gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."speaker_aliases_normalized_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "public"."speakers_normalized_name_trgm_idx"`);
    // The pg_trgm extension stays: other indexes may use it.
  }
}
