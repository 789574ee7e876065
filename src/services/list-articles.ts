import type { DataSource } from 'typeorm';
import { listArticles } from '../db/repositories/article.repository';
import { countArticles, findArticlePage, type ArticleFilter, type ArticlePosition } from '../db/repositories/article-list.repository';
import { findRecentQuotes, type RecentQuoteRow } from '../db/repositories/quote.repository';

/** Articles shown per page. */
export const ARTICLES_PER_PAGE = 25;

/** Where a page of the list starts: after a position (older), before one (newer), or a numbered page of an old address. */
export type ArticleListPlace = { after?: ArticlePosition; before?: ArticlePosition; page?: number };

/**
 * One page of the article list, newest first, with the filters' total (exact up to a thousand,
 * else an estimate). Pages follow one another by keyset position; a page of newer articles that
 * reaches the top of the list is the first page.
 */
export async function listArticlePage(deps: { dataSource: DataSource }, filter: ArticleFilter, place: ArticleListPlace = {}) {
  const em = deps.dataSource.manager;
  const limit = ARTICLES_PER_PAGE;
  const offset = place.after || place.before ? 0 : ((place.page ?? 1) - 1) * limit;
  let rows = await findArticlePage(em, filter, { limit, after: place.after, before: place.before, offset });
  let newer = !!place.after || offset > 0;
  let older = rows.length > limit;
  if (place.before && !place.after) {
    newer = rows.length > limit;
    older = true;
    if (newer) rows = rows.slice(rows.length - limit);
    else {
      // back at the top: the first page, whole
      rows = await findArticlePage(em, filter, { limit });
      older = rows.length > limit;
    }
  }
  const articles = rows.slice(0, limit);
  const first = articles[0];
  const last = articles[articles.length - 1];
  return {
    articles,
    ...(await countArticles(em, filter)),
    newer: newer && first ? { key: first.sortKey, id: first.id } : null,
    older: older && last ? { key: last.sortKey, id: last.id } : null,
  };
}

/** What the dashboard shows: the newest articles and quotes. */
export async function getDashboard(deps: { dataSource: DataSource }): Promise<{
  articles: Awaited<ReturnType<typeof listArticles>>['rows'];
  quotes: RecentQuoteRow[];
}> {
  const em = deps.dataSource.manager;
  const [{ rows }, quotes] = await Promise.all([listArticles(em, { limit: 8, offset: 0 }), findRecentQuotes(em, 10)]);
  return { articles: rows, quotes };
}
