// Generated, then reviewed: the review state of quotes and claims, and append-only verdicts.
// Hand-added: the partial indexes behind the review queue (their predicates are repeated
// word for word by src/db/repositories/review.repository.ts so the planner can use them),
// the published-verdicts index, and the trigger that keeps verdicts append-only.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReviewVerdicts1795571600731 implements MigrationInterface {
  name = 'ReviewVerdicts1795571600731';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "verdicts" ("id" SERIAL NOT NULL, "claim_id" integer NOT NULL, "rating" text NOT NULL, "rating_definition" text NOT NULL, "rating_value" integer NOT NULL, "rating_best" integer NOT NULL, "rating_worst" integer NOT NULL, "explanation" text NOT NULL, "sources" jsonb NOT NULL DEFAULT '[]', "reference_value" double precision, "reference_unit" text, "reference_source_url" text, "reference_source_title" text, "reference_date" date, "error_value" double precision, "error_unit" text, "error_relative" double precision, "error_summary" text, "published" boolean NOT NULL DEFAULT false, "supersedes_id" integer, "author_id" integer, "author_label" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "verdicts_rating_value_check" CHECK ("rating_value" BETWEEN "rating_worst" AND "rating_best"), CONSTRAINT "PK_2c4a14769fb5ae0dac9cafbb941" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "verdicts_claim_idx" ON "verdicts"  ("claim_id", "id") `);
    await queryRunner.query(`ALTER TABLE "quotes" ADD "review_version" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "quotes" ADD "reviewed_by_id" integer`);
    await queryRunner.query(`ALTER TABLE "quotes" ADD "reviewed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "claims" ADD "check_worthy" boolean`);
    await queryRunner.query(`ALTER TABLE "claims" ADD "check_worthy_by_id" integer`);
    await queryRunner.query(`ALTER TABLE "claims" ADD "check_worthy_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "quotes" ADD CONSTRAINT "FK_cc83a02531580b50983451fc759" FOREIGN KEY ("reviewed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "claims" ADD CONSTRAINT "FK_94f172028b7208cac9527fb8c39" FOREIGN KEY ("check_worthy_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "verdicts" ADD CONSTRAINT "FK_3a5f2aa3bd8837ca015d80066c9" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "verdicts" ADD CONSTRAINT "FK_4a1c07ae45bc1acabec1d8e3dbb" FOREIGN KEY ("supersedes_id") REFERENCES "verdicts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "verdicts" ADD CONSTRAINT "FK_f85828f24a5f941db3cc250f198" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    await queryRunner.query(
      `CREATE INDEX "quotes_review_queue_idx" ON "quotes" ("created_at", "id") WHERE review_status = 'unreviewed' AND kind <> 'term' AND (confidence < 0.7 OR speaker_kind IN ('anonymous', 'unknown') OR (lower(speaker_mention) IN ('he', 'she', 'they', 'we', 'it') AND (attribution_form IN ('previous-sentence', 'continuation') OR attribution_rule = 'colon-previous-paragraph')))`,
    );
    await queryRunner.query(`CREATE INDEX "claims_review_queue_idx" ON "claims" ("created_at", "id") WHERE check_worthy IS NULL AND check_worthiness >= 0.5`);
    await queryRunner.query(`CREATE INDEX "verdicts_published_idx" ON "verdicts" ("claim_id", "id") WHERE published`);
    await queryRunner.query(`
      CREATE FUNCTION verdicts_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'verdicts cannot be changed or deleted; add a new verdict instead';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER verdicts_append_only BEFORE UPDATE OR DELETE ON "verdicts" FOR EACH ROW EXECUTE FUNCTION verdicts_are_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER verdicts_append_only ON "verdicts"`);
    await queryRunner.query(`DROP FUNCTION verdicts_are_append_only()`);
    await queryRunner.query(`DROP INDEX "public"."verdicts_published_idx"`);
    await queryRunner.query(`DROP INDEX "public"."claims_review_queue_idx"`);
    await queryRunner.query(`DROP INDEX "public"."quotes_review_queue_idx"`);
    await queryRunner.query(`ALTER TABLE "verdicts" DROP CONSTRAINT "FK_f85828f24a5f941db3cc250f198"`);
    await queryRunner.query(`ALTER TABLE "verdicts" DROP CONSTRAINT "FK_4a1c07ae45bc1acabec1d8e3dbb"`);
    await queryRunner.query(`ALTER TABLE "verdicts" DROP CONSTRAINT "FK_3a5f2aa3bd8837ca015d80066c9"`);
    await queryRunner.query(`ALTER TABLE "claims" DROP CONSTRAINT "FK_94f172028b7208cac9527fb8c39"`);
    await queryRunner.query(`ALTER TABLE "quotes" DROP CONSTRAINT "FK_cc83a02531580b50983451fc759"`);
    await queryRunner.query(`ALTER TABLE "claims" DROP COLUMN "check_worthy_at"`);
    await queryRunner.query(`ALTER TABLE "claims" DROP COLUMN "check_worthy_by_id"`);
    await queryRunner.query(`ALTER TABLE "claims" DROP COLUMN "check_worthy"`);
    await queryRunner.query(`ALTER TABLE "quotes" DROP COLUMN "reviewed_at"`);
    await queryRunner.query(`ALTER TABLE "quotes" DROP COLUMN "reviewed_by_id"`);
    await queryRunner.query(`ALTER TABLE "quotes" DROP COLUMN "review_version"`);
    await queryRunner.query(`DROP INDEX "public"."verdicts_claim_idx"`);
    await queryRunner.query(`DROP TABLE "verdicts"`);
  }
}
