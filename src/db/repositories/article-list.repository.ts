import type { EntityManager } from 'typeorm';
import type { ArticleEntity } from '../entities/article.entity';
import { SEARCH_CONFIG } from '../search-config';
import { SEARCH_TEXT_FUNCTION } from '../search-text';
import { ARTICLE_LIST_KEY } from './article.repository';
import { cappedCount, type CappedTotal } from './capped-count';

/**
 * The filters of the article list: words of the title (read as search reads quotes: web-search
 * syntax, forms of a word as one, accents and typography aside), the outlet (case aside, as
 * written) and a range of publication dates (`to` exclusive). Each has an index over the current
 * articles (migration 1795572403420).
 */
export interface ArticleFilter {
  words?: string;
  outlet?: string;
  from?: Date;
  to?: Date;
}

/** A position in the list: the sort key as PostgreSQL wrote it (to the microsecond) and the id. */
export interface ArticlePosition {
  key: string;
  id: number;
}

/** An article of a list, with its sort key. */
export type ListedArticle = Pick<ArticleEntity, 'id' | 'title' | 'outlet' | 'url' | 'publishedAt' | 'source' | 'quoteCount' | 'speakerCount' | 'createdAt'> & {
  sortKey: string;
};

/** The title's words as the index `articles_title_search_idx` holds them, word for word. */
const TITLE_VECTOR = `to_tsvector('${SEARCH_CONFIG}'::regconfig, ${SEARCH_TEXT_FUNCTION}(a.title))`;

/** The filters' conditions and parameters (from $1). */
function conditions(f: ArticleFilter): { where: string[]; params: unknown[] } {
  const params: unknown[] = [];
  const where = ['a.is_current'];
  if (f.words) where.push(`${TITLE_VECTOR} @@ websearch_to_tsquery('${SEARCH_CONFIG}'::regconfig, ${SEARCH_TEXT_FUNCTION}($${params.push(f.words)}))`);
  if (f.outlet) where.push(`lower(a.outlet) = lower($${params.push(f.outlet)})`);
  // on the sort key itself, so the list's index reads the range (an undated article is in none)
  if (f.from) where.push(`${ARTICLE_LIST_KEY} >= $${params.push(f.from.toISOString())}::timestamptz`);
  if (f.to) where.push(`${ARTICLE_LIST_KEY} < $${params.push(f.to.toISOString())}::timestamptz`);
  return { where, params };
}

/**
 * A page of current articles the filters allow, newest first (publication date, undated ones
 * last, then id), read `limit + 1` rows from a keyset position so page 500 costs what page 1
 * costs: after a position (older), or before one (newer, read the other way and turned back).
 * `offset` serves the old numbered pages' addresses only.
 */
export async function findArticlePage(
  em: EntityManager,
  f: ArticleFilter,
  page: { limit: number; after?: ArticlePosition; before?: ArticlePosition; offset?: number },
): Promise<ListedArticle[]> {
  const { where, params } = conditions(f);
  const back = !page.after && !!page.before;
  const at = page.after ?? page.before;
  if (at) where.push(`(${ARTICLE_LIST_KEY}, a.id) ${back ? '>' : '<'} ($${params.push(at.key)}::timestamptz, $${params.push(at.id)}::int)`);
  const dir = back ? 'ASC' : 'DESC';
  const rows: ListedArticle[] = await em.query(
    `SELECT a.id, a.title, a.outlet, a.url, a.published_at AS "publishedAt", a.source, a.quote_count AS "quoteCount",
            a.speaker_count AS "speakerCount", a.created_at AS "createdAt", ${ARTICLE_LIST_KEY}::text AS "sortKey"
       FROM articles a WHERE ${where.join(' AND ')}
      ORDER BY ${ARTICLE_LIST_KEY} ${dir}, a.id ${dir} LIMIT ${page.limit + 1}${!at && page.offset ? ` OFFSET ${page.offset}` : ''}`,
    params,
  );
  return back ? rows.reverse() : rows;
}

/** How many current articles the filters allow: exact up to the cap, an estimate beyond (as search counts its matches). */
export function countArticles(em: EntityManager, f: ArticleFilter): Promise<CappedTotal> {
  const { where, params } = conditions(f);
  return cappedCount(em, `SELECT 1 FROM articles a WHERE ${where.join(' AND ')}`, params);
}
