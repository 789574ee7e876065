import type { DataSource } from 'typeorm';
import { listArticles } from '../db/repositories/article.repository';
import { findRecentQuotes, type RecentQuoteRow } from '../db/repositories/quote.repository';

/** Articles shown per page. */
export const ARTICLES_PER_PAGE = 25;

/** One page of the article list, newest first. */
export async function listArticlePage(deps: { dataSource: DataSource }, page: number) {
  const { rows, hasMore } = await listArticles(deps.dataSource.manager, {
    limit: ARTICLES_PER_PAGE,
    offset: (page - 1) * ARTICLES_PER_PAGE,
  });
  return { articles: rows, page, hasMore, hasPrevious: page > 1 };
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
