// Feeds: RSS/Atom sources polled for new articles, and the items already seen in each.
import { MigrationInterface, QueryRunner } from "typeorm";

export class Feeds1795565728255 implements MigrationInterface {
    name = 'Feeds1795565728255'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "feeds" ("id" SERIAL NOT NULL, "url" text NOT NULL, "title" text, "active" boolean NOT NULL DEFAULT true, "poll_interval_minutes" integer NOT NULL DEFAULT '30', "next_poll_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_polled_at" TIMESTAMP WITH TIME ZONE, "last_outcome" text, "etag" text, "last_modified" text, "error_count" integer NOT NULL DEFAULT '0', "last_error" text, "items_seen" integer NOT NULL DEFAULT '0', "created_by" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3dafbf766ecbb1eb2017732153f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "feeds_url_key" ON "feeds"  ("url") `);
        await queryRunner.query(`CREATE INDEX "feeds_due_idx" ON "feeds"  ("next_poll_at") WHERE "active"`);
        await queryRunner.query(`CREATE TABLE "feed_items" ("id" SERIAL NOT NULL, "feed_id" integer NOT NULL, "item_key" text NOT NULL, "url" text NOT NULL, "title" text, "ingest_request_id" integer, "first_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9a33f003d604fbe4060d75c7be2" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "feed_items_feed_key" ON "feed_items"  ("feed_id", "item_key") `);
        await queryRunner.query(`ALTER TABLE "feed_items" ADD CONSTRAINT "FK_513c9c5a201fb8b163ec7ab1f35" FOREIGN KEY ("feed_id") REFERENCES "feeds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "feed_items" DROP CONSTRAINT "FK_513c9c5a201fb8b163ec7ab1f35"`);
        await queryRunner.query(`DROP INDEX "public"."feed_items_feed_key"`);
        await queryRunner.query(`DROP TABLE "feed_items"`);
        await queryRunner.query(`DROP INDEX "public"."feeds_due_idx"`);
        await queryRunner.query(`DROP INDEX "public"."feeds_url_key"`);
        await queryRunner.query(`DROP TABLE "feeds"`);
    }

}
