import type { DataSource, EntityManager } from 'typeorm';
import type { ClaimEntity } from '../db/entities/claim.entity';
import type { ArticleEntity } from '../db/entities/article.entity';
import type { QuoteEntity } from '../db/entities/quote.entity';
import type { StatementEntity } from '../db/entities/statement.entity';
import { findArticleById, findArticleVersions } from '../db/repositories/article.repository';
import { findQuotesByArticle, findStatementsByArticle } from '../db/repositories/quote.repository';
import { findPublications, type Publication } from '../db/repositories/publication.repository';
import { listSnapshots } from '../db/repositories/snapshot.repository';
import { compareQuotes, type QuoteChanges } from './quote-changes';
import { compareClaims, type ClaimChanges } from './claim-changes';
import { findClaimsWithTopicsByArticle } from '../db/repositories/claim.repository';
import { NotFoundError } from '../errors';
import { checkHeadlineQuotes, type HeadlineQuote } from './headline-quotes';

/** An article with its quotes and statements in reading order. */
export interface ArticleDetail {
  article: ArticleEntity;
  quotes: QuoteEntity[];
  statements: StatementEntity[];
  /** Every stored version of the same page (none for pasted articles). */
  versions: Array<{ id: number; version: number; createdAt: Date; isCurrent: boolean; contentHash: string }>;
  /** The other versions of the page with this very text (the page went back to, or later returned to, that wording). */
  sameTextVersions: number[];
  /** The article whose text this version took when it is not a version of the same page. */
  sameTextArticle: { id: number; title: string } | null;
  /** How the quotes changed from the previous version, when there is one. */
  changes: QuoteChanges | null;
  /** How the figures (claims) changed from the previous version, when there is one. */
  figureChanges: ClaimChanges | null;
  /** How the reported statements (indirect speech) changed from the previous version, when there is one. */
  statementChanges: QuoteChanges | null;
  snapshots: Awaited<ReturnType<typeof listSnapshots>>;
  /** The other outlets and addresses that ran this very text (a wire story in several papers), earliest first. */
  publications: Publication[];
  /** The words the headline quotes, each checked against the article's quotes and text. */
  headlineQuotes: HeadlineQuote[];
}

/** Loads one article with everything found in it; NotFound when there is no such article. */
export async function getArticle(deps: { dataSource: DataSource }, id: number): Promise<ArticleDetail> {
  const em = deps.dataSource.manager;
  const article = await findArticleById(em, id);
  if (!article) throw new NotFoundError(`There is no article ${id}`);
  const [quotes, statements, snapshots, publications] = await Promise.all([
    findQuotesByArticle(em, id),
    findStatementsByArticle(em, id),
    listSnapshots(em, id),
    findPublications(em, id),
  ]);
  const versions = article.previousVersionId || !article.isCurrent ? await findArticleVersions(em, id) : [];
  const changes = article.previousVersionId ? compareQuotes(await findQuotesByArticle(em, article.previousVersionId), quotes) : null;
  const said = (list: StatementEntity[]) => list.map((st) => ({ text: st.content, speakerName: st.speakerName }));
  const statementChanges = article.previousVersionId ? compareQuotes(said(await findStatementsByArticle(em, article.previousVersionId)), said(statements)) : null;
  const figureChanges = article.previousVersionId ? await compareVersionClaims(em, article.previousVersionId, id, article.body) : null;
  const sameTextVersions = versions.filter((v) => v.id !== id && v.contentHash === article.contentHash).map((v) => v.version);
  const other = article.sameTextAsId && !versions.some((v) => v.id === article.sameTextAsId) ? await findArticleById(em, article.sameTextAsId) : null;
  const sameTextArticle = other ? { id: other.id, title: other.title } : null;
  const headlineQuotes = checkHeadlineQuotes(article.title, article.body, quotes);
  return { article, quotes, statements, versions, changes, figureChanges, statementChanges, sameTextVersions, sameTextArticle, snapshots, publications, headlineQuotes };
}

/** The figures of two versions of a page, compared, each with the words of its sentence around it. */
async function compareVersionClaims(em: EntityManager, previousId: number, id: number, body: string): Promise<ClaimChanges> {
  const withContext = (claims: ClaimEntity[], text: string) =>
    claims.map((c) => ({ ...c, topicLabel: c.topic?.label ?? null, around: `${text.slice(c.sentenceStart, c.startOffset)} ${text.slice(c.endOffset, c.sentenceEnd)}` }));
  const [before, after, previous] = await Promise.all([findClaimsWithTopicsByArticle(em, previousId), findClaimsWithTopicsByArticle(em, id), findArticleById(em, previousId)]);
  return compareClaims(withContext(before, previous?.body ?? ''), withContext(after, body));
}
