import type { DataSource, EntityManager } from 'typeorm';
import { analyseArticle } from '../core';
import type { ArticleSource } from '../db/entities/article.entity';
import { findArticleByHash } from '../db/repositories/article.repository';
import { withTransaction } from '../db/transaction';
import { validationError } from '../errors';
import { articleInputSchema, contentHash } from './article-input';
import { storeAnalysedArticles } from './store-articles';

/** What ingest needs from the application. */
export interface IngestDeps {
  dataSource: DataSource;
}

/** What a fetched page adds to a submission: metadata, and work done in the same transaction (snapshot, versioning). */
export interface IngestExtras {
  canonicalUrl?: string | null;
  byline?: string | null;
  language?: string | null;
  /** Set when this text replaces an earlier version of the same page. */
  previousVersion?: { id: number; version: number } | null;
  afterInsert?(em: EntityManager, articleId: number): Promise<void>;
}

/** Result of an ingest: the stored article's id, and whether it was already there. */
export interface IngestResult {
  articleId: number;
  duplicate: boolean;
}

/**
 * Validates a submitted article, analyses it with the quote engine, and stores the
 * article, its quotes, statements and speakers in one transaction. The same text
 * submitted again returns the stored article with `duplicate: true`.
 */
export async function ingestArticle(
  deps: IngestDeps,
  raw: unknown,
  source: ArticleSource,
  extras: IngestExtras = {},
): Promise<IngestResult> {
  const parsed = articleInputSchema.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const input = parsed.data;
  const hash = contentHash(input.text);

  const analysis = analyseArticle(input.text, { publishedAt: input.publishedAt?.toISOString() });
  const article = { input, hash, source, analysis, canonicalUrl: extras.canonicalUrl, byline: extras.byline, language: extras.language, previousVersion: extras.previousVersion };
  for (let attempt = 1; ; attempt++) {
    try {
      return await withTransaction(deps.dataSource, async (em) => {
        const [articleId] = await storeAnalysedArticles(em, [article]);
        if (articleId === null) throw new AlreadyStored();
        await extras.afterInsert?.(em, articleId);
        return { articleId, duplicate: false };
      });
    } catch (err) {
      // The same text stored before, or by a submission racing this one: the stored article.
      if (err instanceof AlreadyStored || (err as { code?: string }).code === '23505') {
        const winner = await findArticleByHash(deps.dataSource.manager, hash);
        if (winner) return { articleId: winner.id, duplicate: true };
      }
      // Two ingests updating the same speakers or topics in opposite orders: one is chosen to wait and try again.
      if ((err as { code?: string }).code === '40P01' && attempt < 3) continue;
      throw err;
    }
  }
}

/** The article's text is already stored: nothing was written. */
class AlreadyStored extends Error {}
