import type { EntityManager } from 'typeorm';
import { QuoteEntity } from '../entities/quote.entity';
import { StatementEntity } from '../entities/statement.entity';

/** A quote row to insert (ids and timestamps come from the database). */
export type NewQuote = Omit<QuoteEntity, 'id' | 'createdAt' | 'article' | 'speaker' | 'reviewStatus' | 'reviewVersion' | 'reviewedById' | 'reviewedBy' | 'reviewedAt'>;

/** A statement row to insert. */
export type NewStatement = Omit<StatementEntity, 'id' | 'createdAt' | 'article' | 'speaker'>;

/** Inserts an article's quotes in one statement. */
export async function insertQuotes(em: EntityManager, quotes: NewQuote[]): Promise<void> {
  if (quotes.length === 0) return;
  await em.createQueryBuilder().insert().into(QuoteEntity).values(quotes).execute();
}

/** Inserts an article's reported statements in one statement. */
export async function insertStatements(em: EntityManager, statements: NewStatement[]): Promise<void> {
  if (statements.length === 0) return;
  await em.createQueryBuilder().insert().into(StatementEntity).values(statements).execute();
}

/** An article's quotes in reading order. */
export function findQuotesByArticle(em: EntityManager, articleId: number): Promise<QuoteEntity[]> {
  return em.getRepository(QuoteEntity).find({ where: { articleId }, order: { position: 'ASC' } });
}

/** An article's statements in reading order. */
export function findStatementsByArticle(em: EntityManager, articleId: number): Promise<StatementEntity[]> {
  return em.getRepository(StatementEntity).find({ where: { articleId }, order: { position: 'ASC' } });
}

/** A recent quote with the title of its article, for the dashboard. */
export interface RecentQuoteRow {
  id: number;
  articleId: number;
  articleTitle: string;
  outlet: string | null;
  position: number;
  text: string;
  speakerId: number | null;
  speakerName: string | null;
  speakerKind: string;
  kind: string;
  confidence: number;
}

/**
 * The newest direct and partial quotes across the archive: of current article versions, and
 * not those a reviewer marked as not a quote.
 */
export async function findRecentQuotes(em: EntityManager, limit: number): Promise<RecentQuoteRow[]> {
  return em.query(
    `SELECT q.id, q.article_id AS "articleId", a.title AS "articleTitle", a.outlet, q.position, q.text,
            q.speaker_id AS "speakerId", q.speaker_name AS "speakerName", q.speaker_kind AS "speakerKind", q.kind, q.confidence
       FROM quotes q JOIN articles a ON a.id = q.article_id
      WHERE q.kind <> 'term' AND q.review_status <> 'rejected' AND a.is_current
      ORDER BY q.id DESC
      LIMIT $1`,
    [limit],
  );
}
