import type { DataSource } from 'typeorm';
import type { ArticleEntity } from '../db/entities/article.entity';
import type { QuoteEntity } from '../db/entities/quote.entity';
import type { StatementEntity } from '../db/entities/statement.entity';
import { findArticleById } from '../db/repositories/article.repository';
import { findQuotesByArticle, findStatementsByArticle } from '../db/repositories/quote.repository';
import { NotFoundError } from '../errors';

/** An article with its quotes and statements in reading order. */
export interface ArticleDetail {
  article: ArticleEntity;
  quotes: QuoteEntity[];
  statements: StatementEntity[];
}

/** Loads one article with everything found in it; NotFound when there is no such article. */
export async function getArticle(deps: { dataSource: DataSource }, id: number): Promise<ArticleDetail> {
  const em = deps.dataSource.manager;
  const article = await findArticleById(em, id);
  if (!article) throw new NotFoundError(`There is no article ${id}`);
  const [quotes, statements] = await Promise.all([findQuotesByArticle(em, id), findStatementsByArticle(em, id)]);
  return { article, quotes, statements };
}
