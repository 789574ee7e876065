// Speaker identity: match keys, external id and merge redirect on speakers; alias kinds and sightings; roles over time
// (with the per-article observations they are rebuilt from); the speaker timeline; the review list of possible matches.
import { MigrationInterface, QueryRunner } from "typeorm";

export class SpeakerIdentity1795564325879 implements MigrationInterface {
    name = 'SpeakerIdentity1795564325879'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "speaker_match_candidates" ("id" SERIAL NOT NULL, "speaker_id" integer NOT NULL, "candidate_id" integer NOT NULL, "article_id" integer, "mention" text NOT NULL, "confidence" real NOT NULL, "reason" text NOT NULL, "status" text NOT NULL DEFAULT 'open', "resolved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "speaker_match_candidates_confidence_check" CHECK ("confidence" >= 0 AND "confidence" <= 1), CONSTRAINT "speaker_match_candidates_status_check" CHECK ("status" IN ('open', 'merged', 'dismissed')), CONSTRAINT "PK_d0d4fe5f419e45e9f499afc4a62" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "speaker_match_candidates_candidate_idx" ON "speaker_match_candidates"  ("candidate_id") `);
        await queryRunner.query(`CREATE INDEX "speaker_match_candidates_status_idx" ON "speaker_match_candidates"  ("status", "id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "speaker_match_candidates_pair_key" ON "speaker_match_candidates"  ("speaker_id", "candidate_id") `);
        await queryRunner.query(`CREATE TABLE "speaker_quotes" ("quote_id" integer NOT NULL, "speaker_id" integer NOT NULL, "article_id" integer NOT NULL, "quoted_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_be600eb050c967182733a0df1a2" PRIMARY KEY ("quote_id"))`);
        await queryRunner.query(`CREATE INDEX "speaker_quotes_timeline_idx" ON "speaker_quotes"  ("speaker_id", "quoted_at", "quote_id") `);
        await queryRunner.query(`CREATE TABLE "speaker_role_observations" ("id" SERIAL NOT NULL, "speaker_id" integer NOT NULL, "article_id" integer NOT NULL, "role_key" text NOT NULL, "title" text, "organisation" text, "organisation_abbreviation" text, "country" text, "stated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f0cd354799f194bdaf5595ef3ce" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "speaker_role_observations_article_idx" ON "speaker_role_observations"  ("article_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "speaker_role_observations_key" ON "speaker_role_observations"  ("speaker_id", "article_id", "role_key") `);
        await queryRunner.query(`CREATE TABLE "speaker_roles" ("id" SERIAL NOT NULL, "speaker_id" integer NOT NULL, "role_key" text NOT NULL, "title" text, "organisation" text, "organisation_abbreviation" text, "country" text, "first_stated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_stated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "first_article_id" integer, "last_article_id" integer, "article_count" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_74e528980b9403112e8d8e2c441" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "speaker_roles_speaker_key" ON "speaker_roles"  ("speaker_id", "role_key") `);
        await queryRunner.query(`ALTER TABLE "speakers" ADD "match_key" text NOT NULL DEFAULT ''`);
        await queryRunner.query(`ALTER TABLE "speakers" ADD "surname_key" text`);
        await queryRunner.query(`ALTER TABLE "speakers" ADD "organisation_abbreviation" text`);
        await queryRunner.query(`ALTER TABLE "speakers" ADD "external_id" text`);
        await queryRunner.query(`ALTER TABLE "speakers" ADD "merged_into_id" integer`);
        await queryRunner.query(`ALTER TABLE "speaker_aliases" ADD "match_key" text NOT NULL DEFAULT ''`);
        await queryRunner.query(`ALTER TABLE "speaker_aliases" ADD "kind" text NOT NULL DEFAULT 'name'`);
        await queryRunner.query(`ALTER TABLE "speaker_aliases" ADD "last_article_id" integer`);
        await queryRunner.query(`ALTER TABLE "speaker_aliases" ADD "seen_count" integer NOT NULL DEFAULT '1'`);
        await queryRunner.query(`CREATE INDEX "speakers_match_key_idx" ON "speakers"  ("match_key") `);
        await queryRunner.query(`CREATE INDEX "speakers_surname_key_idx" ON "speakers"  ("surname_key") `);
        await queryRunner.query(`CREATE INDEX "speakers_last_quoted_idx" ON "speakers"  ("last_quoted_at", "id") `);
        await queryRunner.query(`CREATE INDEX "speakers_quote_count_idx" ON "speakers"  ("quote_count", "id") `);
        await queryRunner.query(`CREATE INDEX "speaker_aliases_match_key_idx" ON "speaker_aliases"  ("match_key") `);
        await queryRunner.query(`ALTER TABLE "speaker_aliases" ADD CONSTRAINT "speaker_aliases_kind_check" CHECK ("kind" IN ('name', 'variant', 'initials', 'surname', 'abbreviation', 'description', 'editor'))`);
        await queryRunner.query(`ALTER TABLE "speakers" ADD CONSTRAINT "FK_9e6edf37a8172221e4bfc61d2e9" FOREIGN KEY ("merged_into_id") REFERENCES "speakers"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "speaker_aliases" ADD CONSTRAINT "FK_4bbd02ff9a9e7c64b47efb684ac" FOREIGN KEY ("last_article_id") REFERENCES "articles"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "speaker_match_candidates" ADD CONSTRAINT "FK_d0362b90bda5a5ef91a0d23d7ee" FOREIGN KEY ("speaker_id") REFERENCES "speakers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "speaker_match_candidates" ADD CONSTRAINT "FK_b66a1b03a949bbeb38b5cd61375" FOREIGN KEY ("candidate_id") REFERENCES "speakers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "speaker_match_candidates" ADD CONSTRAINT "FK_d38b8b4b2885633a58516907a0d" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "speaker_quotes" ADD CONSTRAINT "FK_be600eb050c967182733a0df1a2" FOREIGN KEY ("quote_id") REFERENCES "quotes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "speaker_quotes" ADD CONSTRAINT "FK_22f2294d3533ad1304258c1e787" FOREIGN KEY ("speaker_id") REFERENCES "speakers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "speaker_quotes" ADD CONSTRAINT "FK_287a5a8b25e1b3def2db70847b5" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "speaker_role_observations" ADD CONSTRAINT "FK_2e5dc2c3bee2ed0d25e7a76b935" FOREIGN KEY ("speaker_id") REFERENCES "speakers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "speaker_role_observations" ADD CONSTRAINT "FK_f2cbfc3d4d78e4c91d9dd916524" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "speaker_roles" ADD CONSTRAINT "FK_38aac54527e4397df05c713e5c8" FOREIGN KEY ("speaker_id") REFERENCES "speakers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "speaker_roles" ADD CONSTRAINT "FK_cabbed3b72c1b0fb17889dbf3b8" FOREIGN KEY ("first_article_id") REFERENCES "articles"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "speaker_roles" ADD CONSTRAINT "FK_f2d70a1fc17b94f8cd96c2207ff" FOREIGN KEY ("last_article_id") REFERENCES "articles"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "speaker_roles" DROP CONSTRAINT "FK_f2d70a1fc17b94f8cd96c2207ff"`);
        await queryRunner.query(`ALTER TABLE "speaker_roles" DROP CONSTRAINT "FK_cabbed3b72c1b0fb17889dbf3b8"`);
        await queryRunner.query(`ALTER TABLE "speaker_roles" DROP CONSTRAINT "FK_38aac54527e4397df05c713e5c8"`);
        await queryRunner.query(`ALTER TABLE "speaker_role_observations" DROP CONSTRAINT "FK_f2cbfc3d4d78e4c91d9dd916524"`);
        await queryRunner.query(`ALTER TABLE "speaker_role_observations" DROP CONSTRAINT "FK_2e5dc2c3bee2ed0d25e7a76b935"`);
        await queryRunner.query(`ALTER TABLE "speaker_quotes" DROP CONSTRAINT "FK_287a5a8b25e1b3def2db70847b5"`);
        await queryRunner.query(`ALTER TABLE "speaker_quotes" DROP CONSTRAINT "FK_22f2294d3533ad1304258c1e787"`);
        await queryRunner.query(`ALTER TABLE "speaker_quotes" DROP CONSTRAINT "FK_be600eb050c967182733a0df1a2"`);
        await queryRunner.query(`ALTER TABLE "speaker_match_candidates" DROP CONSTRAINT "FK_d38b8b4b2885633a58516907a0d"`);
        await queryRunner.query(`ALTER TABLE "speaker_match_candidates" DROP CONSTRAINT "FK_b66a1b03a949bbeb38b5cd61375"`);
        await queryRunner.query(`ALTER TABLE "speaker_match_candidates" DROP CONSTRAINT "FK_d0362b90bda5a5ef91a0d23d7ee"`);
        await queryRunner.query(`ALTER TABLE "speaker_aliases" DROP CONSTRAINT "FK_4bbd02ff9a9e7c64b47efb684ac"`);
        await queryRunner.query(`ALTER TABLE "speakers" DROP CONSTRAINT "FK_9e6edf37a8172221e4bfc61d2e9"`);
        await queryRunner.query(`ALTER TABLE "speaker_aliases" DROP CONSTRAINT "speaker_aliases_kind_check"`);
        await queryRunner.query(`DROP INDEX "public"."speaker_aliases_match_key_idx"`);
        await queryRunner.query(`DROP INDEX "public"."speakers_quote_count_idx"`);
        await queryRunner.query(`DROP INDEX "public"."speakers_last_quoted_idx"`);
        await queryRunner.query(`DROP INDEX "public"."speakers_surname_key_idx"`);
        await queryRunner.query(`DROP INDEX "public"."speakers_match_key_idx"`);
        await queryRunner.query(`ALTER TABLE "speaker_aliases" DROP COLUMN "seen_count"`);
        await queryRunner.query(`ALTER TABLE "speaker_aliases" DROP COLUMN "last_article_id"`);
        await queryRunner.query(`ALTER TABLE "speaker_aliases" DROP COLUMN "kind"`);
        await queryRunner.query(`ALTER TABLE "speaker_aliases" DROP COLUMN "match_key"`);
        await queryRunner.query(`ALTER TABLE "speakers" DROP COLUMN "merged_into_id"`);
        await queryRunner.query(`ALTER TABLE "speakers" DROP COLUMN "external_id"`);
        await queryRunner.query(`ALTER TABLE "speakers" DROP COLUMN "organisation_abbreviation"`);
        await queryRunner.query(`ALTER TABLE "speakers" DROP COLUMN "surname_key"`);
        await queryRunner.query(`ALTER TABLE "speakers" DROP COLUMN "match_key"`);
        await queryRunner.query(`DROP INDEX "public"."speaker_roles_speaker_key"`);
        await queryRunner.query(`DROP TABLE "speaker_roles"`);
        await queryRunner.query(`DROP INDEX "public"."speaker_role_observations_key"`);
        await queryRunner.query(`DROP INDEX "public"."speaker_role_observations_article_idx"`);
        await queryRunner.query(`DROP TABLE "speaker_role_observations"`);
        await queryRunner.query(`DROP INDEX "public"."speaker_quotes_timeline_idx"`);
        await queryRunner.query(`DROP TABLE "speaker_quotes"`);
        await queryRunner.query(`DROP INDEX "public"."speaker_match_candidates_pair_key"`);
        await queryRunner.query(`DROP INDEX "public"."speaker_match_candidates_status_idx"`);
        await queryRunner.query(`DROP INDEX "public"."speaker_match_candidates_candidate_idx"`);
        await queryRunner.query(`DROP TABLE "speaker_match_candidates"`);
    }

}
