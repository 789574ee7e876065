import type { DataSource, EntityManager } from 'typeorm';
import { analyseArticle } from '../core';
import type { ArticleSource } from '../db/entities/article.entity';
import { findArticleByHash, findCurrentArticleByCanonicalUrl, findCurrentArticleOfPage, lockPageAddresses } from '../db/repositories/article.repository';
import { withTransaction } from '../db/transaction';
import { validationError } from '../errors';
import { articleInputSchema, contentHash, extractedArticleSchema, type TextFormat } from './article-input';
import { recordPublications } from './article-publications';
import { type Actor, recordAudit } from './audit';
import type { Publication } from '../db/repositories/publication.repository';
import { storeAnalysedArticles } from './store-articles';
import { readClaims } from './store-claims';

/** What ingest needs from the application. */
export interface IngestDeps {
  dataSource: DataSource;
}

/** What a fetched page adds to a submission: metadata, and work done in the same transaction (snapshot, versioning). */
export interface IngestExtras {
  canonicalUrl?: string | null;
  byline?: string | null;
  language?: string | null;
  /**
   * The page this text is a version of: its canonical address, and the other addresses an imported
   * copy of it may be kept under. Its current version is read in the storing transaction, under a
   * lock on those addresses: the same text is a duplicate of it, another text its next version.
   */
  page?: { canonicalUrl: string; addresses?: string[] } | null;
  afterInsert?(em: EntityManager, articleId: number): Promise<void>;
  /** The person who pasted or posted the text: the new article is recorded in the audit log under their name. */
  actor?: Actor;
}

/** Result of an ingest: the stored article's id, whether it was already there, and whether its text came as HTML. */
export interface IngestResult {
  articleId: number;
  duplicate: boolean;
  textFormat: TextFormat;
  /** The stored article this one is the next version of (the same address sent again with another text), else null. */
  newVersionOf?: number | null;
  /**
   * A duplicate from another outlet or address (a wire story run by another paper): its record as another
   * publication of the stored article; null when the duplicate is the stored article itself sent again.
   */
  publication?: Publication | null;
}

/**
 * Validates a submitted article, analyses it with the quote engine, and stores the
 * article, its quotes, statements and speakers in one transaction. The same text
 * submitted again returns the stored article with `duplicate: true`; sent under another address or by
 * another outlet, it is recorded as another publication of that article (`publication`). A text sent with an address
 * (pasted or through the API) is kept as that page's: the same address sent again with another
 * text becomes the next version of the stored article, with what changed, as a page fetched again
 * does — not a second, independent article. A text a person or a
 * client sent as HTML is converted to plain text first (`textFormat: 'html'`); a fetched
 * page's text is already extracted and kept as it is.
 */
export async function ingestArticle(
  deps: IngestDeps,
  raw: unknown,
  source: ArticleSource,
  given: IngestExtras = {},
): Promise<IngestResult> {
  const parsed = (source === 'url' || source === 'feed' ? extractedArticleSchema : articleInputSchema).safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const input = parsed.data;
  const hash = contentHash(input.text);

  const analysis = analyseArticle(input.text, { publishedAt: input.publishedAt?.toISOString() });
  const claims = readClaims(input.text, analysis, input.publishedAt ?? new Date());
  // A text a person or a client sends with its address is that page's text: sent again edited, it
  // is the page's next version, also when the page was first stored by a bulk import.
  const page = (source === 'paste' || source === 'api') && input.url ? { canonicalUrl: input.url } : (given.page ?? null);
  const canonicalUrl = page?.canonicalUrl ?? given.canonicalUrl ?? null;
  for (let attempt = 1; ; attempt++) {
    // (set inside the transaction: the version this text follows, as read under the page's lock)
    const follows: { previousVersion: { id: number; version: number } | null } = { previousVersion: null };
    try {
      return await withTransaction(deps.dataSource, async (em): Promise<IngestResult> => {
        if (page) {
          // Edits of one page sent at once wait here for each other, and each reads the version the one
          // before it stored: looked up before the lock, two would follow the same version and one be refused.
          const addresses = [page.canonicalUrl, ...(page.addresses ?? [])];
          await lockPageAddresses(em, addresses);
          // (stored by any path: an imported copy of the page is the version this text follows)
          const known = await findCurrentArticleOfPage(em, page.canonicalUrl, addresses);
          if (known && known.contentHash === hash) return { articleId: known.id, duplicate: true, textFormat: input.textFormat, publication: null };
          follows.previousVersion = known ? { id: known.id, version: known.version } : null;
        }
        const { previousVersion } = follows;
        const article = { input, hash, source, analysis, claims, canonicalUrl, byline: given.byline, language: given.language, previousVersion };
        const [articleId] = await storeAnalysedArticles(em, [article]);
        if (articleId === null) throw new AlreadyStored();
        await given.afterInsert?.(em, articleId);
        if (given.actor) {
          const { title, outlet, url, publishedAt } = input;
          await recordAudit(em, given.actor, {
            action: 'article.create',
            targetType: 'article',
            targetId: articleId,
            after: {
              title, outlet: outlet ?? null, url: url ?? null, publishedAt: publishedAt?.toISOString().slice(0, 10) ?? null, source,
              ...(previousVersion ? { versionOf: previousVersion.id, version: previousVersion.version + 1 } : {}),
            },
          });
        }
        return { articleId, duplicate: false, textFormat: input.textFormat, newVersionOf: previousVersion?.id ?? null };
      });
    } catch (err) {
      // The same text stored before, or by a submission racing this one: the stored article.
      if (err instanceof AlreadyStored || (err as { code?: string }).code === '23505') {
        const winner = await storedWinner(deps.dataSource.manager, hash, canonicalUrl, follows.previousVersion);
        if (winner) {
          const copy = { title: input.title, outlet: input.outlet, url: input.url, canonicalUrl, publishedAt: input.publishedAt, source };
          const [publication] = await withTransaction(deps.dataSource, (em) => recordPublications(em, [{ articleId: winner.id, copy }]));
          return { articleId: winner.id, duplicate: true, textFormat: input.textFormat, publication };
        }
        // the text was being stored by another page as this one read it: tried again, it is this page's next version
        if (page && attempt < 3) continue;
      }
      // Two ingests updating the same speakers or topics in opposite orders: one is chosen to wait and try again.
      if ((err as { code?: string }).code === '40P01' && attempt < 3) continue;
      throw err;
    }
  }
}

/**
 * The article a refused insert is a duplicate of. A new version of a page may repeat any stored
 * text: refused, it is a duplicate only of the page's current version with that text (else the text
 * was being stored by another article as the page was read, and the caller tries again). Anything
 * else is a duplicate of the article first stored with its text.
 */
async function storedWinner(
  em: EntityManager, hash: string, canonicalUrl: string | null, previousVersion: { id: number; version: number } | null,
): Promise<{ id: number } | null> {
  if (!previousVersion) return findArticleByHash(em, hash);
  const current = canonicalUrl ? await findCurrentArticleByCanonicalUrl(em, canonicalUrl) : null;
  return current && current.contentHash === hash ? current : null;
}

/** The article's text is already stored: nothing was written. */
class AlreadyStored extends Error {
  constructor() {
    super('the same text was stored meanwhile');
  }
}
