import type { EntityManager } from 'typeorm';

/** The address that makes a page of a current article: its canonical address, else (an imported row) the address it was given. */
const PAGE_ADDRESS = `coalesce(a.canonical_url, a.url)`;

/**
 * Addresses with more than one current article (an imported page posted later with an edited text,
 * before such a post became the imported article's next version). Read through the current-article
 * indexes; the list is small (tens on an archive of thousands).
 */
export async function findPagesWithSeveralCurrent(em: EntityManager): Promise<string[]> {
  const rows: Array<{ page: string }> = await em.query(
    `SELECT ${PAGE_ADDRESS} AS page FROM articles a
      WHERE a.is_current AND ${PAGE_ADDRESS} IS NOT NULL
      GROUP BY 1 HAVING count(*) > 1 ORDER BY 1`,
  );
  return rows.map((r) => r.page);
}

/** One current article of a page, as the repair orders and chains them. */
export interface CurrentCopy {
  id: number;
  version: number;
  /** The first version of the article's own chain (itself when it has none). */
  rootId: number;
}

/**
 * The current articles of one page, locked, oldest first: by publication date, then when stored
 * (an article without a date by when it was stored), then id.
 */
export async function lockCurrentArticlesOfPage(em: EntityManager, page: string): Promise<CurrentCopy[]> {
  return em.query(
    `WITH cur AS (
       SELECT a.id, a.version, a.published_at, a.created_at FROM articles a
        WHERE a.is_current AND ${PAGE_ADDRESS} = $1
        ORDER BY a.id FOR UPDATE)
     SELECT cur.id, cur.version,
            (WITH RECURSIVE back AS (
               SELECT id, previous_version_id, 0 AS depth FROM articles WHERE id = cur.id
               UNION ALL SELECT p.id, p.previous_version_id, b.depth + 1 FROM articles p JOIN back b ON p.id = b.previous_version_id WHERE b.depth < 1000)
             SELECT id FROM back ORDER BY depth DESC LIMIT 1) AS "rootId"
       FROM cur
      ORDER BY coalesce(cur.published_at, cur.created_at), cur.created_at, cur.id`,
    [page],
  );
}

/**
 * Makes `later`'s chain of versions follow `earlier`: its first version becomes the one after
 * `earlier` (numbered `earlierVersion`), every version of its chain numbered on from it. Returns
 * the version `later` now has.
 */
export async function chainAfter(em: EntityManager, earlierId: number, earlierVersion: number, later: CurrentCopy): Promise<number> {
  await em.query(
    `WITH RECURSIVE chain AS (
       SELECT id FROM articles WHERE id = $2
       UNION ALL SELECT n.id FROM articles n JOIN chain c ON n.previous_version_id = c.id)
     UPDATE articles a SET version = a.version + $3, previous_version_id = CASE WHEN a.id = $2 THEN $1 ELSE a.previous_version_id END
      WHERE a.id IN (SELECT id FROM chain)`,
    [earlierId, later.rootId, earlierVersion],
  );
  return later.version + earlierVersion;
}

/**
 * After the chaining: only the newest stays current, and every version of the page takes the page's
 * address as its canonical one, as versions of a page share it (the count of pages that ran a
 * quote's words reads it). The others leave being current first: one current article per address.
 */
export async function settlePage(em: EntityManager, retiredIds: number[], currentId: number, page: string): Promise<void> {
  await em.query('UPDATE articles SET is_current = false WHERE id = ANY($1::int[])', [retiredIds]);
  await em.query(
    `WITH RECURSIVE chain AS (
       SELECT id, previous_version_id FROM articles WHERE id = $1
       UNION ALL SELECT p.id, p.previous_version_id FROM articles p JOIN chain c ON p.id = c.previous_version_id)
     UPDATE articles SET canonical_url = $2 WHERE id IN (SELECT id FROM chain) AND canonical_url IS DISTINCT FROM $2`,
    [currentId, page],
  );
}

/** Counts again the pages that ran the words of these articles' quotes (`quote_text_counts`), after their page changed. */
export async function recountQuoteTextsOf(em: EntityManager, articleIds: number[]): Promise<void> {
  await em.query(
    `SELECT quote_text_counts_recount(ARRAY(SELECT DISTINCT text_key FROM quotes WHERE article_id = ANY($1::int[]) AND text_key IS NOT NULL))`,
    [articleIds],
  );
}
