// Initial schema: articles, speakers with aliases, quotes and reported statements (offsets into the article body).
import { MigrationInterface, QueryRunner } from "typeorm";

export class InitialSchema1795563197956 implements MigrationInterface {
    name = 'InitialSchema1795563197956'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "articles" ("id" SERIAL NOT NULL, "title" text NOT NULL, "outlet" text, "url" text, "canonical_url" text, "byline" text, "published_at" TIMESTAMP WITH TIME ZONE, "language" text, "body" text NOT NULL, "content_hash" character(64) NOT NULL, "source" text NOT NULL, "quote_count" integer NOT NULL DEFAULT '0', "speaker_count" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "articles_source_check" CHECK ("source" IN ('paste', 'api', 'url', 'feed', 'import')), CONSTRAINT "PK_0a6e2c450d83e0b6052c2793334" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "articles_content_hash_key" ON "articles"  ("content_hash") `);
        await queryRunner.query(`CREATE INDEX "articles_published_idx" ON "articles"  ("published_at", "id") `);
        await queryRunner.query(`CREATE TABLE "speakers" ("id" SERIAL NOT NULL, "name" text NOT NULL, "normalized_name" text NOT NULL, "kind" text NOT NULL, "role" text, "organisation" text, "country" text, "quote_count" integer NOT NULL DEFAULT '0', "first_quoted_at" TIMESTAMP WITH TIME ZONE, "last_quoted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "speakers_kind_check" CHECK ("kind" IN ('person', 'organisation')), CONSTRAINT "PK_b3818c94af77a0cf73403ecef14" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "speakers_normalized_name_idx" ON "speakers"  ("normalized_name") `);
        await queryRunner.query(`CREATE TABLE "quotes" ("id" SERIAL NOT NULL, "article_id" integer NOT NULL, "position" integer NOT NULL, "speaker_id" integer, "speaker_name" text, "speaker_kind" text NOT NULL, "speaker_role" text, "speaker_mention" text, "speaker_mention_start" integer, "speaker_mention_end" integer, "cue" text, "cue_start" integer, "cue_end" integer, "text" text NOT NULL, "start_offset" integer NOT NULL, "end_offset" integer NOT NULL, "segments" jsonb NOT NULL, "kind" text NOT NULL, "attribution_form" text NOT NULL, "attribution_rule" text NOT NULL, "evidence" text NOT NULL, "confidence" real NOT NULL, "review_status" text NOT NULL DEFAULT 'unreviewed', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "quotes_confidence_check" CHECK ("confidence" >= 0 AND "confidence" <= 1), CONSTRAINT "quotes_review_status_check" CHECK ("review_status" IN ('unreviewed', 'confirmed', 'corrected', 'rejected')), CONSTRAINT "quotes_speaker_kind_check" CHECK ("speaker_kind" IN ('person', 'organisation', 'anonymous', 'unknown')), CONSTRAINT "quotes_kind_check" CHECK ("kind" IN ('direct', 'partial', 'term')), CONSTRAINT "quotes_offsets_check" CHECK ("start_offset" >= 0 AND "start_offset" < "end_offset"), CONSTRAINT "PK_99a0e8bcbcd8719d3a41f23c263" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "quotes_speaker_idx" ON "quotes"  ("speaker_id", "id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "quotes_article_position_key" ON "quotes"  ("article_id", "position") `);
        await queryRunner.query(`CREATE TABLE "speaker_aliases" ("id" SERIAL NOT NULL, "speaker_id" integer NOT NULL, "alias" text NOT NULL, "normalized_alias" text NOT NULL, "article_id" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a1d8e1b73770f6b90675923883a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "speaker_aliases_normalized_idx" ON "speaker_aliases"  ("normalized_alias") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "speaker_aliases_speaker_normalized_key" ON "speaker_aliases"  ("speaker_id", "normalized_alias") `);
        await queryRunner.query(`CREATE TABLE "statements" ("id" SERIAL NOT NULL, "article_id" integer NOT NULL, "position" integer NOT NULL, "speaker_id" integer, "speaker_name" text, "speaker_kind" text NOT NULL, "speaker_mention" text, "speaker_mention_start" integer, "speaker_mention_end" integer, "cue" text NOT NULL, "cue_start" integer NOT NULL, "cue_end" integer NOT NULL, "content" text NOT NULL, "content_start" integer NOT NULL, "content_end" integer NOT NULL, "confidence" real NOT NULL, "evidence" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "statements_speaker_kind_check" CHECK ("speaker_kind" IN ('person', 'organisation', 'anonymous', 'unknown')), CONSTRAINT "statements_offsets_check" CHECK ("content_start" >= 0 AND "content_start" < "content_end"), CONSTRAINT "PK_7f53bcddeb706df7ea7eec10b8d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "statements_speaker_idx" ON "statements"  ("speaker_id", "id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "statements_article_position_key" ON "statements"  ("article_id", "position") `);
        await queryRunner.query(`ALTER TABLE "quotes" ADD CONSTRAINT "FK_9a205506b585071dab45491e5ab" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "quotes" ADD CONSTRAINT "FK_5db9cffcac4ec708d668ad1ba00" FOREIGN KEY ("speaker_id") REFERENCES "speakers"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "speaker_aliases" ADD CONSTRAINT "FK_c74979684e4fb35b7a6544fc109" FOREIGN KEY ("speaker_id") REFERENCES "speakers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "speaker_aliases" ADD CONSTRAINT "FK_847c171146cfb62b4045da56b9d" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "statements" ADD CONSTRAINT "FK_a345240a334c7f05a46121019b9" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "statements" ADD CONSTRAINT "FK_67e08df28f47856e97a761396a2" FOREIGN KEY ("speaker_id") REFERENCES "speakers"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "statements" DROP CONSTRAINT "FK_67e08df28f47856e97a761396a2"`);
        await queryRunner.query(`ALTER TABLE "statements" DROP CONSTRAINT "FK_a345240a334c7f05a46121019b9"`);
        await queryRunner.query(`ALTER TABLE "speaker_aliases" DROP CONSTRAINT "FK_847c171146cfb62b4045da56b9d"`);
        await queryRunner.query(`ALTER TABLE "speaker_aliases" DROP CONSTRAINT "FK_c74979684e4fb35b7a6544fc109"`);
        await queryRunner.query(`ALTER TABLE "quotes" DROP CONSTRAINT "FK_5db9cffcac4ec708d668ad1ba00"`);
        await queryRunner.query(`ALTER TABLE "quotes" DROP CONSTRAINT "FK_9a205506b585071dab45491e5ab"`);
        await queryRunner.query(`DROP INDEX "public"."statements_article_position_key"`);
        await queryRunner.query(`DROP INDEX "public"."statements_speaker_idx"`);
        await queryRunner.query(`DROP TABLE "statements"`);
        await queryRunner.query(`DROP INDEX "public"."speaker_aliases_speaker_normalized_key"`);
        await queryRunner.query(`DROP INDEX "public"."speaker_aliases_normalized_idx"`);
        await queryRunner.query(`DROP TABLE "speaker_aliases"`);
        await queryRunner.query(`DROP INDEX "public"."quotes_article_position_key"`);
        await queryRunner.query(`DROP INDEX "public"."quotes_speaker_idx"`);
        await queryRunner.query(`DROP TABLE "quotes"`);
        await queryRunner.query(`DROP INDEX "public"."speakers_normalized_name_idx"`);
        await queryRunner.query(`DROP TABLE "speakers"`);
        await queryRunner.query(`DROP INDEX "public"."articles_published_idx"`);
        await queryRunner.query(`DROP INDEX "public"."articles_content_hash_key"`);
        await queryRunner.query(`DROP TABLE "articles"`);
    }

}
