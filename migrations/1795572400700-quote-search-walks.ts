// Search walks read quotes from the index alone. A frequent word is found by walking quotes
// newest first (all of them, one speaker's, one outlet's, or the reviewed ones) and checking each
// one's search vector; read from the table, every row cost a heap fetch (about 1 µs warm, 29,000
// rows for the newest thousand quotes saying "president" in a million), and an outlet's walk went
// article by article. These indexes carry the vector and what the filters check with the date,
// so a walk is an index-only scan (about a third of the time, and pages read in order).
//
// The quote now carries its article's outlet (lower case, as searches compare it), kept by the
// trigger that keeps its date, so an outlet's quotes have an index of their own.
//
// A B-tree row holds at most 2,704 bytes, so only vectors whose text form is at most 1,200 bytes
// are carried (their stored form is at most about 1.7 times that; real quotes are far below it:
// 5 in 6,726 annotated news quotes exceed it). The few longer quotes have small indexes of their
// own that the walk merges in. The predicates are repeated word for word by the search
// repository, and the size expression gets statistics so the planner knows the long ones are rare.
// On the bench's million quotes the four covering indexes take 925 MB (the table 550 MB), and the
// outlet backfill below rewrites every quote: a large archive wants a VACUUM after it.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const SHORT = `octet_length("search"::text) <= 1200`;
const LONG = `octet_length("search"::text) > 1200`;
const REVIEWED = `"review_status" IN ('confirmed', 'corrected')`;
/** Each walk's index: its leading columns and the rows it holds. */
const WALKS: Array<[name: string, lead: string, where: string]> = [
  ['quotes_walk', '', ''],
  ['quotes_speaker_walk', '"speaker_id", ', `"speaker_id" IS NOT NULL AND `],
  ['quotes_outlet_walk', '"outlet_key", ', `"outlet_key" IS NOT NULL AND `],
  ['quotes_reviewed_walk', '', `${REVIEWED} AND `],
];

export class QuoteSearchWalks1795572400700 implements MigrationInterface {
  name = 'QuoteSearchWalks1795572400700';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "quotes" ADD "outlet_key" text`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION quotes_fill_said_at() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        moved boolean := TG_OP = 'UPDATE' AND NEW.article_id IS DISTINCT FROM OLD.article_id;
        at timestamptz;
        outlet text;
      BEGIN
        IF TG_OP = 'INSERT' OR moved OR NEW.said_at IS NULL THEN
          SELECT coalesce(a.published_at, a.created_at), lower(a.outlet) INTO at, outlet FROM articles a WHERE a.id = NEW.article_id;
          IF NEW.said_at IS NULL OR moved THEN NEW.said_at := at; END IF;
          IF TG_OP = 'INSERT' OR moved THEN NEW.outlet_key := outlet; END IF;
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION articles_follow_outlet() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE quotes SET outlet_key = lower(NEW.outlet) WHERE article_id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER articles_follow_outlet AFTER UPDATE OF outlet ON articles FOR EACH ROW
        WHEN (lower(NEW.outlet) IS DISTINCT FROM lower(OLD.outlet))
        EXECUTE FUNCTION articles_follow_outlet()`);
    await queryRunner.query(`UPDATE quotes q SET outlet_key = lower(a.outlet) FROM articles a WHERE a.id = q.article_id AND a.outlet IS NOT NULL`);

    const covered = `INCLUDE ("search", "kind", "review_status", "speaker_id", "outlet_key")`;
    for (const [name, lead, where] of WALKS) {
      await queryRunner.query(`CREATE INDEX "${name}_idx" ON "quotes" (${lead}"said_at" DESC, "id" DESC) ${covered} WHERE ${where}${SHORT}`);
      await queryRunner.query(`CREATE INDEX "${name}_long_idx" ON "quotes" (${lead}"said_at" DESC, "id" DESC) WHERE ${where}${LONG}`);
    }
    // They replace the walks' indexes that led to the table (nothing else reads those).
    await queryRunner.query(`DROP INDEX "quotes_reviewed_said_at_idx"`);
    await queryRunner.query(`DROP INDEX "quotes_speaker_said_at_idx"`);
    await queryRunner.query(`DROP INDEX "quotes_said_at_idx"`);
    await queryRunner.query(`DROP INDEX "articles_outlet_said_at_idx"`);
    await queryRunner.query(`CREATE STATISTICS "quotes_search_size" ON (octet_length("search"::text)) FROM "quotes"`);
    // An index-only scan reads the table for every row on a page the visibility map does not
    // mark all-visible, and new quotes are what date walks read first. By default autovacuum
    // visits a table after inserts of a fifth of its size (two million rows on ten million
    // quotes); every 10,000 new quotes keeps the pages of recent news marked.
    await queryRunner.query(`ALTER TABLE "quotes" SET (autovacuum_vacuum_insert_threshold = 10000, autovacuum_vacuum_insert_scale_factor = 0)`);
    await queryRunner.query(`ANALYZE "quotes"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "quotes" RESET (autovacuum_vacuum_insert_threshold, autovacuum_vacuum_insert_scale_factor)`);
    await queryRunner.query(`DROP STATISTICS "quotes_search_size"`);
    await queryRunner.query(
      `CREATE INDEX "articles_outlet_said_at_idx" ON "articles" (lower("outlet"), (coalesce("published_at", "created_at")) DESC, "id" DESC)`,
    );
    await queryRunner.query(`CREATE INDEX "quotes_said_at_idx" ON "quotes" ("said_at" DESC, "id" DESC)`);
    await queryRunner.query(`CREATE INDEX "quotes_speaker_said_at_idx" ON "quotes" ("speaker_id", "said_at" DESC, "id" DESC)`);
    await queryRunner.query(`CREATE INDEX "quotes_reviewed_said_at_idx" ON "quotes" ("said_at" DESC, "id" DESC) WHERE ${REVIEWED}`);
    for (const [name] of WALKS) {
      await queryRunner.query(`DROP INDEX "${name}_long_idx"`);
      await queryRunner.query(`DROP INDEX "${name}_idx"`);
    }
    await queryRunner.query(`DROP TRIGGER articles_follow_outlet ON articles`);
    await queryRunner.query(`DROP FUNCTION articles_follow_outlet()`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION quotes_fill_said_at() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.said_at IS NULL OR (TG_OP = 'UPDATE' AND NEW.article_id IS DISTINCT FROM OLD.article_id) THEN
          SELECT coalesce(a.published_at, a.created_at) INTO NEW.said_at FROM articles a WHERE a.id = NEW.article_id;
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`ALTER TABLE "quotes" DROP COLUMN "outlet_key"`);
  }
}
