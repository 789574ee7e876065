import type { EntityManager } from 'typeorm';

/** A copy of a stored text, as recorded (see ArticlePublicationEntity). */
export interface PublicationRow {
  articleId: number;
  copyKey: string;
  outlet: string | null;
  url: string | null;
  canonicalUrl: string | null;
  title: string;
  publishedAt: Date | null;
  source: string;
}

/** A recorded publication, as pages show it. */
export interface Publication {
  id: number;
  articleId: number;
  outlet: string | null;
  url: string | null;
  title: string;
  publishedAt: Date | null;
  firstSeenAt: Date;
  source: string;
}

const PUBLICATION_COLUMNS = `id, article_id AS "articleId", outlet, url, title, published_at AS "publishedAt", first_seen_at AS "firstSeenAt", source`;

/**
 * Records copies in one statement; a copy already recorded (the same submission again, a job
 * run twice) is left as it is. Returns every copy's row, new or known, in the order given.
 */
export async function insertPublications(em: EntityManager, rows: PublicationRow[]): Promise<Publication[]> {
  if (rows.length === 0) return [];
  const json = JSON.stringify(rows.map((r, ord) => ({ ...r, publishedAt: r.publishedAt?.toISOString() ?? null, ord })));
  const found: Array<Publication & { copyKey: string }> = await em.query(
    `WITH x AS (SELECT * FROM json_to_recordset($1::json) AS x("articleId" int, "copyKey" text, outlet text, url text, "canonicalUrl" text,
                  title text, "publishedAt" timestamptz, source text, ord int)),
     ins AS (
       INSERT INTO article_publications (article_id, copy_key, outlet, url, canonical_url, title, published_at, source)
       SELECT DISTINCT ON ("articleId", "copyKey") "articleId", "copyKey", outlet, url, "canonicalUrl", title, "publishedAt", source FROM x ORDER BY "articleId", "copyKey", ord
       ON CONFLICT (article_id, copy_key) DO NOTHING
       RETURNING ${PUBLICATION_COLUMNS}, copy_key AS "copyKey")
     SELECT * FROM ins
     UNION ALL
     SELECT ${PUBLICATION_COLUMNS}, copy_key AS "copyKey" FROM article_publications p
      WHERE (p.article_id, p.copy_key) IN (SELECT "articleId", "copyKey" FROM x)`,
    [json],
  );
  // a row inserted now is not visible to the statement's own read: the two halves never list a copy twice
  const byKey = new Map(found.map((p) => [`${p.articleId} ${p.copyKey}`, p]));
  // a copy another submission recorded after this statement began: read in a statement of its own
  const late = rows.filter((r) => !byKey.has(`${r.articleId} ${r.copyKey}`));
  if (late.length > 0) {
    const again: Array<Publication & { copyKey: string }> = await em.query(
      `SELECT ${PUBLICATION_COLUMNS}, copy_key AS "copyKey" FROM article_publications p
        WHERE (p.article_id, p.copy_key) IN (SELECT * FROM unnest($1::int[], $2::text[]))`,
      [late.map((r) => r.articleId), late.map((r) => r.copyKey)],
    );
    for (const p of again) byKey.set(`${p.articleId} ${p.copyKey}`, p);
  }
  return rows.map((r) => {
    const { copyKey: _key, ...p } = byKey.get(`${r.articleId} ${r.copyKey}`)!;
    return p;
  });
}

/** The other publications of an article's text, earliest first. */
export function findPublications(em: EntityManager, articleId: number): Promise<Publication[]> {
  return em.query(
    `SELECT ${PUBLICATION_COLUMNS} FROM article_publications WHERE article_id = $1 ORDER BY coalesce(published_at, first_seen_at), id`,
    [articleId],
  );
}

/** The publication of an article recorded under this address, if any (a fetched copy is recorded under the address asked for). */
export async function findPublicationByUrl(em: EntityManager, articleId: number, url: string): Promise<Publication | null> {
  const rows: Publication[] = await em.query(`SELECT ${PUBLICATION_COLUMNS} FROM article_publications WHERE article_id = $1 AND (url = $2 OR canonical_url = $2) LIMIT 1`, [articleId, url]);
  return rows[0] ?? null;
}

/** What a copy is compared with: the stored article's addresses and outlet. */
export async function findArticleAddresses(em: EntityManager, ids: number[]): Promise<Map<number, { url: string | null; canonicalUrl: string | null; outlet: string | null }>> {
  if (ids.length === 0) return new Map();
  const rows: Array<{ id: number; url: string | null; canonicalUrl: string | null; outlet: string | null }> = await em.query(
    `SELECT id, url, canonical_url AS "canonicalUrl", outlet FROM articles WHERE id = ANY($1::int[])`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r]));
}
