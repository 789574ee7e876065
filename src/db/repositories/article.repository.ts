import { IsNull, type EntityManager } from 'typeorm';
import { ArticleEntity, type ArticleSource } from '../entities/article.entity';

/** Fields of a new article. */
export interface NewArticle {
  title: string;
  outlet: string | null;
  url: string | null;
  canonicalUrl: string | null;
  byline: string | null;
  publishedAt: Date | null;
  language: string | null;
  body: string;
  contentHash: string;
  source: ArticleSource;
  version?: number;
  previousVersionId?: number | null;
}

/** Inserts an article; a duplicate content hash surfaces as PostgreSQL error 23505. */
export async function insertArticle(em: EntityManager, data: NewArticle): Promise<ArticleEntity> {
  const repo = em.getRepository(ArticleEntity);
  if (data.previousVersionId) {
    // The page changed: the older text stays, marked as superseded, before the new one takes the canonical URL.
    await repo.update({ id: data.previousVersionId }, { isCurrent: false });
  }
  return repo.save(repo.create({ ...data, quoteCount: 0, speakerCount: 0, isCurrent: true }));
}

/**
 * Takes the transaction's advisory locks on a page's addresses (sorted, so two ingests never
 * wait on each other in a cycle; before any speaker or topic lock). Held until the transaction
 * ends: another text of the same page waits, then reads the version this one stores as current.
 */
export async function lockPageAddresses(em: EntityManager, addresses: string[]): Promise<void> {
  const keys = [...new Set(addresses)].sort().map((a) => `article-page:${a}`);
  await em.query('SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext(k)) FROM unnest($1::text[]) WITH ORDINALITY AS u(k, n) ORDER BY n) l', [keys]);
}

/** The current version of the article stored for a canonical URL. */
export function findCurrentArticleByCanonicalUrl(em: EntityManager, canonicalUrl: string): Promise<ArticleEntity | null> {
  return em.getRepository(ArticleEntity).findOne({ where: { canonicalUrl, isCurrent: true } });
}

/**
 * The current article of a page sent again by its address: the one kept under that canonical
 * address, else the newest current article stored with that address and no canonical one (a
 * bulk import keeps the address it was given but versions nothing: an imported page posted later
 * with an edited text is that article's next version, not a second current one). `addresses`:
 * those such an article may carry (a fetched page's canonical address and the one requested).
 */
export async function findCurrentArticleOfPage(em: EntityManager, canonicalUrl: string, addresses: string[] = [canonicalUrl]): Promise<ArticleEntity | null> {
  const page = await findCurrentArticleByCanonicalUrl(em, canonicalUrl);
  if (page) return page;
  // (served by articles_current_unversioned_url_idx)
  const where = [...new Set(addresses)].map((url) => ({ url, canonicalUrl: IsNull(), isCurrent: true }));
  return em.getRepository(ArticleEntity).findOne({ where, order: { id: 'DESC' } });
}

/** Every version of a page, oldest first, following the chain of previous versions (with each one's content hash, to tell which share a text). */
export async function findArticleVersions(
  em: EntityManager,
  id: number,
): Promise<Array<Pick<ArticleEntity, 'id' | 'version' | 'createdAt' | 'isCurrent' | 'contentHash'>>> {
  return em.query(
    `WITH RECURSIVE back AS (
       SELECT id, previous_version_id FROM articles WHERE id = $1
       UNION ALL SELECT a.id, a.previous_version_id FROM articles a JOIN back b ON a.id = b.previous_version_id
     ), fwd AS (
       SELECT id FROM articles WHERE id = $1
       UNION ALL SELECT a.id FROM articles a JOIN fwd f ON a.previous_version_id = f.id
     )
     SELECT id, version, created_at AS "createdAt", is_current AS "isCurrent", content_hash AS "contentHash"
       FROM articles WHERE id IN (SELECT id FROM back UNION SELECT id FROM fwd) ORDER BY version`,
    [id],
  );
}

/**
 * The article stored first with this content hash, if any: the one a pasted, imported or newly
 * fetched copy of the text is a duplicate of (later versions of a page may repeat the text).
 */
export function findArticleByHash(em: EntityManager, contentHash: string): Promise<ArticleEntity | null> {
  return em.getRepository(ArticleEntity).findOne({ where: { contentHash, sameTextAsId: IsNull() } });
}

/** One article by id. */
export function findArticleById(em: EntityManager, id: number): Promise<ArticleEntity | null> {
  return em.getRepository(ArticleEntity).findOne({ where: { id } });
}

/** Sets the stored counters of an article. */
export async function setArticleCounters(em: EntityManager, id: number, quoteCount: number, speakerCount: number): Promise<void> {
  await em.getRepository(ArticleEntity).update({ id }, { quoteCount, speakerCount });
}

/**
 * What the article lists sort by, newest first, word for word as the index `articles_listed_idx`: the publication date,
 * an undated article as the earliest of all (a text pasted today without a date is not news of today), then the id.
 */
export const ARTICLE_LIST_KEY = `coalesce(a.published_at, '-infinity'::timestamptz)`;

/** A page of articles, newest first (by publication date, undated ones last); fetches one extra row to tell if more follow. */
export async function listArticles(
  em: EntityManager,
  page: { limit: number; offset: number },
): Promise<{ rows: Omit<ArticleEntity, 'body'>[]; hasMore: boolean }> {
  const rows = await articleListQuery(em, page).getMany();
  return { rows: rows.slice(0, page.limit), hasMore: rows.length > page.limit };
}

/** The list's query: current articles newest first, in the order of the index `articles_listed_idx` (one more row than the page, to know there are more). */
export function articleListQuery(em: EntityManager, page: { limit: number; offset: number }) {
  return em
    .getRepository(ArticleEntity)
    .createQueryBuilder('a')
    .select([
      'a.id',
      'a.title',
      'a.outlet',
      'a.url',
      'a.publishedAt',
      'a.source',
      'a.quoteCount',
      'a.speakerCount',
      'a.createdAt',
    ])
    .where('a.is_current')
    .orderBy(ARTICLE_LIST_KEY, 'DESC')
    .addOrderBy('a.id', 'DESC')
    .limit(page.limit + 1)
    .offset(page.offset);
}

/** Ids of the articles stored first with these content hashes, by hash (as `findArticleByHash`). */
export async function findArticleIdsByHashes(em: EntityManager, hashes: string[]): Promise<Map<string, number>> {
  if (hashes.length === 0) return new Map();
  const rows: Array<{ id: number; hash: string }> = await em.query(
    'SELECT id, content_hash AS hash FROM articles WHERE content_hash = ANY($1::bpchar[]) AND same_text_as_id IS NULL',
    [hashes],
  );
  return new Map(rows.map((r) => [r.hash.trim(), r.id]));
}
