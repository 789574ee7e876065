// Search listed one quote once for every version of its page: a page edited twice showed the same
// words three times, and a speaker's search counted the versions that their page no longer counts.
// Two flags on the quote row let a search keep one version of each quote without reading articles:
//
// - article_current: its article is the page's current version (articles.is_current), filled on
//   insert by the trigger that fills said_at and followed when a newer version takes the page.
// - superseded: a later version of its page holds the same words (text_key), so the quote is found
//   through that version. A quote the page dropped (“We will not raise taxes,” gone from version 2)
//   is not superseded: it stays findable, as the words of an earlier version only. Set by a trigger
//   when a version's quotes are stored, and for the page again when a reviewer fixes a quote's words.
//
// The walks' covering indexes carry both flags (rebuilt here), so a walk filtered on them stays an
// index-only scan; the GIN path checks them on the rows it fetches anyway. On the bench's million
// quotes the rebuild reads the table once per index and blocks writes to quotes meanwhile.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const SHORT = `octet_length("search"::text) <= 1200`;
const REVIEWED = `"review_status" IN ('confirmed', 'corrected')`;
/** The walks' covering indexes (migration 1795572400700): name, leading columns, rows held. */
const WALKS: Array<[name: string, lead: string, where: string]> = [
  ['quotes_walk', '', ''],
  ['quotes_speaker_walk', '"speaker_id", ', `"speaker_id" IS NOT NULL AND `],
  ['quotes_outlet_walk', '"outlet_key", ', `"outlet_key" IS NOT NULL AND `],
  ['quotes_reviewed_walk', '', `${REVIEWED} AND `],
];
const COVERED = `"search", "kind", "review_status", "speaker_id", "outlet_key"`;

const FILL_BEFORE = `
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
  END $$`;

export class QuoteVersionsInSearch1795572403530 implements MigrationInterface {
  name = 'QuoteVersionsInSearch1795572403530';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "quotes" ADD "article_current" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "quotes" ADD "superseded" boolean NOT NULL DEFAULT false`);
    // the versions that follow an article, to find a page's later versions from an earlier one
    await queryRunner.query(`CREATE INDEX "articles_previous_version_idx" ON "articles" ("previous_version_id") WHERE "previous_version_id" IS NOT NULL`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION quotes_fill_said_at() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        moved boolean := TG_OP = 'UPDATE' AND NEW.article_id IS DISTINCT FROM OLD.article_id;
        at timestamptz;
        outlet text;
        current boolean;
      BEGIN
        IF TG_OP = 'INSERT' OR moved OR NEW.said_at IS NULL THEN
          SELECT coalesce(a.published_at, a.created_at), lower(a.outlet), a.is_current INTO at, outlet, current FROM articles a WHERE a.id = NEW.article_id;
          IF NEW.said_at IS NULL OR moved THEN NEW.said_at := at; END IF;
          IF TG_OP = 'INSERT' OR moved THEN NEW.outlet_key := outlet; NEW.article_current := coalesce(current, true); END IF;
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION articles_follow_current() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE quotes SET article_current = NEW.is_current WHERE article_id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER articles_follow_current AFTER UPDATE OF is_current ON articles FOR EACH ROW
        WHEN (NEW.is_current IS DISTINCT FROM OLD.is_current)
        EXECUTE FUNCTION articles_follow_current()`);
    // Every version of the pages of `ids` (back to the first, then forward), and for each quote of
    // them whether a later version holds its words: v1 “120 dead” and v2 “120 dead” mark v1's
    // superseded; v1 “We will rebuild”, dropped by v2, stays unmarked.
    await queryRunner.query(`
      CREATE FUNCTION quotes_mark_superseded(ids int[]) RETURNS void LANGUAGE sql AS $$
        WITH RECURSIVE back(id, prev) AS (
          SELECT a.id, a.previous_version_id FROM articles a WHERE a.id = ANY(ids)
          UNION SELECT a.id, a.previous_version_id FROM articles a JOIN back b ON a.id = b.prev
        ), page(root, id, depth) AS (
          SELECT b.id, b.id, 0 FROM back b WHERE b.prev IS NULL
          UNION ALL SELECT p.root, a.id, p.depth + 1 FROM articles a JOIN page p ON a.previous_version_id = p.id WHERE p.depth < 1000
        ), marked AS (
          SELECT o.id, EXISTS (SELECT 1 FROM page l JOIN quotes n ON n.article_id = l.id
                                WHERE l.root = v.root AND l.depth > v.depth AND n.text_key = o.text_key) AS superseded
            FROM page v JOIN quotes o ON o.article_id = v.id)
        UPDATE quotes q SET superseded = m.superseded FROM marked m WHERE q.id = m.id AND q.superseded IS DISTINCT FROM m.superseded
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION quotes_supersede_added() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        versions int[];
      BEGIN
        versions := ARRAY(SELECT DISTINCT n.article_id FROM added n JOIN articles a ON a.id = n.article_id WHERE a.previous_version_id IS NOT NULL);
        IF cardinality(versions) > 0 THEN PERFORM quotes_mark_superseded(versions); END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION quotes_supersede_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM quotes_mark_superseded(ARRAY[NEW.article_id]);
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER quotes_supersede_added AFTER INSERT ON quotes REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION quotes_supersede_added()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER quotes_supersede_changed AFTER UPDATE OF text ON quotes FOR EACH ROW WHEN (OLD.text_key IS DISTINCT FROM NEW.text_key) EXECUTE FUNCTION quotes_supersede_changed()`,
    );
    for (const [name, lead, where] of WALKS) {
      await queryRunner.query(`DROP INDEX "${name}_idx"`);
      await queryRunner.query(
        `CREATE INDEX "${name}_idx" ON "quotes" (${lead}"said_at" DESC, "id" DESC) INCLUDE (${COVERED}, "article_current", "superseded") WHERE ${where}${SHORT}`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name, lead, where] of WALKS) {
      await queryRunner.query(`DROP INDEX "${name}_idx"`);
      await queryRunner.query(`CREATE INDEX "${name}_idx" ON "quotes" (${lead}"said_at" DESC, "id" DESC) INCLUDE (${COVERED}) WHERE ${where}${SHORT}`);
    }
    await queryRunner.query(`DROP TRIGGER quotes_supersede_changed ON quotes`);
    await queryRunner.query(`DROP TRIGGER quotes_supersede_added ON quotes`);
    await queryRunner.query(`DROP FUNCTION quotes_supersede_changed()`);
    await queryRunner.query(`DROP FUNCTION quotes_supersede_added()`);
    await queryRunner.query(`DROP FUNCTION quotes_mark_superseded(int[])`);
    await queryRunner.query(`DROP TRIGGER articles_follow_current ON articles`);
    await queryRunner.query(`DROP FUNCTION articles_follow_current()`);
    await queryRunner.query(FILL_BEFORE);
    await queryRunner.query(`DROP INDEX "articles_previous_version_idx"`);
    await queryRunner.query(`ALTER TABLE "quotes" DROP COLUMN "superseded"`);
    await queryRunner.query(`ALTER TABLE "quotes" DROP COLUMN "article_current"`);
  }
}
