// Claims, claim topics and consistency findings: structured claims stored at ingest, grouped by topic.
import { MigrationInterface, QueryRunner } from "typeorm";

export class Claims1795566781100 implements MigrationInterface {
    name = 'Claims1795566781100'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "claim_topics" ("id" SERIAL NOT NULL, "key" text NOT NULL, "label" text NOT NULL, "measure" text NOT NULL, "claim_count" integer NOT NULL DEFAULT '0', "conflict_count" integer NOT NULL DEFAULT '0', "latest_figure" text, "latest_said_at" date, "min_value" double precision, "max_value" double precision, "unit" text, "merged_into_id" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "claim_topics_counts_check" CHECK ("claim_count" >= 0 AND "conflict_count" >= 0), CONSTRAINT "PK_52e3410bb9d8ae23aff7df0e8e9" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "claim_topics_updated_idx" ON "claim_topics"  ("updated_at", "id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "claim_topics_key_key" ON "claim_topics"  ("key") `);
        await queryRunner.query(`CREATE TABLE "claim_findings" ("id" SERIAL NOT NULL, "topic_id" integer NOT NULL, "kind" text NOT NULL, "claim_ids" integer array NOT NULL, "reason" text NOT NULL, "direction" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "claim_findings_kind_check" CHECK ("kind" IN ('contradiction', 'divergence', 'duration-mismatch', 'revision', 'cited-source-mismatch')), CONSTRAINT "PK_f55786361cbda6bc24508a05431" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "claim_findings_topic_idx" ON "claim_findings"  ("topic_id", "id") `);
        await queryRunner.query(`CREATE TABLE "claims" ("id" SERIAL NOT NULL, "article_id" integer NOT NULL, "position" integer NOT NULL, "topic_id" integer NOT NULL, "kind" text NOT NULL, "measure" text NOT NULL, "group_text" text, "subject_text" text, "subject_kind" text, "value_low" double precision, "value_high" double precision, "value_stated" double precision, "qualifier" text, "unit" text, "value_text" text, "time_text" text, "time_from" date, "time_to" date, "time_precision" text, "implied_start_earliest" date, "implied_start_latest" date, "implied_start_precision" text, "polarity" text NOT NULL, "hedged" boolean NOT NULL, "check_worthiness" real NOT NULL, "speaker_id" integer, "speaker_name" text, "speaker_key" text, "source_type" text NOT NULL, "quote_id" integer, "statement_id" integer, "source_position" integer, "text" text NOT NULL, "start_offset" integer NOT NULL, "end_offset" integer NOT NULL, "sentence_start" integer NOT NULL, "sentence_end" integer NOT NULL, "cited_source" text, "cited_source_key" text, "said_at" date NOT NULL, "conflict_count" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "claims_worthiness_check" CHECK ("check_worthiness" >= 0 AND "check_worthiness" <= 1), CONSTRAINT "claims_source_type_check" CHECK ("source_type" IN ('quote', 'statement', 'article')), CONSTRAINT "claims_polarity_check" CHECK ("polarity" IN ('affirmed', 'negated')), CONSTRAINT "claims_offsets_check" CHECK ("start_offset" >= 0 AND "start_offset" < "end_offset"), CONSTRAINT "PK_96c91970c0dcb2f69fdccd0a698" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "claims_said_at_idx" ON "claims"  ("said_at", "id") `);
        await queryRunner.query(`CREATE INDEX "claims_speaker_idx" ON "claims"  ("speaker_id", "id") `);
        await queryRunner.query(`CREATE INDEX "claims_topic_idx" ON "claims"  ("topic_id", "said_at") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "claims_article_position_key" ON "claims"  ("article_id", "position") `);
        await queryRunner.query(`ALTER TABLE "claim_findings" ADD CONSTRAINT "FK_f77a9ac515e8bd97427d5908a83" FOREIGN KEY ("topic_id") REFERENCES "claim_topics"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "claims" ADD CONSTRAINT "FK_ff3bdbf055a3814b14ac5bfc6b8" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "claims" ADD CONSTRAINT "FK_9bbc7267030d9fe684a892047c1" FOREIGN KEY ("topic_id") REFERENCES "claim_topics"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "claims" ADD CONSTRAINT "FK_91759cc2451f8dd03f651fc5e12" FOREIGN KEY ("speaker_id") REFERENCES "speakers"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "claims" ADD CONSTRAINT "FK_e36283c24a3752929d0648a72ff" FOREIGN KEY ("quote_id") REFERENCES "quotes"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "claims" ADD CONSTRAINT "FK_a93a005b6c4cc3481499bd73f3b" FOREIGN KEY ("statement_id") REFERENCES "statements"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "claims" DROP CONSTRAINT "FK_a93a005b6c4cc3481499bd73f3b"`);
        await queryRunner.query(`ALTER TABLE "claims" DROP CONSTRAINT "FK_e36283c24a3752929d0648a72ff"`);
        await queryRunner.query(`ALTER TABLE "claims" DROP CONSTRAINT "FK_91759cc2451f8dd03f651fc5e12"`);
        await queryRunner.query(`ALTER TABLE "claims" DROP CONSTRAINT "FK_9bbc7267030d9fe684a892047c1"`);
        await queryRunner.query(`ALTER TABLE "claims" DROP CONSTRAINT "FK_ff3bdbf055a3814b14ac5bfc6b8"`);
        await queryRunner.query(`ALTER TABLE "claim_findings" DROP CONSTRAINT "FK_f77a9ac515e8bd97427d5908a83"`);
        await queryRunner.query(`DROP INDEX "public"."claims_article_position_key"`);
        await queryRunner.query(`DROP INDEX "public"."claims_topic_idx"`);
        await queryRunner.query(`DROP INDEX "public"."claims_speaker_idx"`);
        await queryRunner.query(`DROP INDEX "public"."claims_said_at_idx"`);
        await queryRunner.query(`DROP TABLE "claims"`);
        await queryRunner.query(`DROP INDEX "public"."claim_findings_topic_idx"`);
        await queryRunner.query(`DROP TABLE "claim_findings"`);
        await queryRunner.query(`DROP INDEX "public"."claim_topics_key_key"`);
        await queryRunner.query(`DROP INDEX "public"."claim_topics_updated_idx"`);
        await queryRunner.query(`DROP TABLE "claim_topics"`);
    }

}
