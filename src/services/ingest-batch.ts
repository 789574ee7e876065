import type { EntityManager } from 'typeorm';
import { analyseArticle } from '../core';
import type { ArticleSource } from '../db/entities/article.entity';
import { findArticleIdsByHashes } from '../db/repositories/article.repository';
import { withTransaction } from '../db/transaction';
import { validationError } from '../errors';
import { articleInputSchema, contentHash, type ArticleInput, type TextFormat } from './article-input';
import { recordPublications } from './article-publications';
import { ingestArticle, type IngestDeps, type IngestResult } from './ingest-article';
import { storeAnalysedArticles, type AnalysedArticle } from './store-articles';
import { readClaims } from './store-claims';

/** The outcome of one article of a batch: stored (or already there), or why it failed. */
export type BatchOutcome = IngestResult | { error: unknown };

/** Work done in the transaction that stores articles: gets the index (in the batch) and id of each one stored. */
export type AfterStore = (em: EntityManager, stored: Array<{ index: number; articleId: number; textFormat: TextFormat }>) => Promise<void>;

/**
 * Bulk backfill: validates and analyses a batch of articles, then stores all of them in one
 * transaction with set-based statements (the same stored result as `ingestArticle` one
 * article after another). Texts already stored, or repeated within the batch, are
 * duplicates; invalid rows fail alone before anything is written. If the batch cannot be
 * stored as a whole (a row the database refuses, a text stored meanwhile by someone else),
 * nothing of it is kept and each article is stored in its own transaction, so a bad row
 * still fails alone. `afterStore` runs in the storing transaction(s). A duplicate from another outlet or
 * address (the same wire story in another paper) is recorded as another publication of the stored
 * article, all of the batch's in one transaction, in which `afterDuplicates` runs with every duplicate.
 */
export async function ingestArticleBatch(
  deps: IngestDeps,
  raws: unknown[],
  source: ArticleSource,
  afterStore?: AfterStore,
  afterDuplicates?: AfterStore,
): Promise<BatchOutcome[]> {
  // (nothing else was stored in between: the texts found stored a moment ago need no second look)
  return storePrepared(deps, await prepareArticleBatch(deps, raws, source), false, afterStore, afterDuplicates);
}

/** A batch validated and analysed, ready to store (see `prepareArticleBatch`). */
export interface PreparedBatch {
  raws: unknown[];
  source: ArticleSource;
  prepared: Array<{ index: number; input: ArticleInput; hash: string } | null>;
  outcomes: Array<BatchOutcome | undefined>;
  firstByHash: Map<string, number>;
  pending: Array<{ index: number; article: AnalysedArticle }>;
}

/**
 * The first half of `ingestArticleBatch`, which writes nothing: validates the rows, finds the
 * texts already stored and analyses the others. It lets the event loop run between articles, so a
 * caller storing the batch before (`storeArticleBatch`) goes on meanwhile: the application
 * analyses one batch while PostgreSQL stores the previous one. A text that batch stores is found
 * again when this one is stored, and is then a duplicate as always.
 */
export async function prepareArticleBatch(deps: IngestDeps, raws: unknown[], source: ArticleSource): Promise<PreparedBatch> {
  const outcomes: Array<BatchOutcome | undefined> = new Array(raws.length);
  const firstByHash = new Map<string, number>();
  const pending: Array<{ index: number; article: AnalysedArticle }> = [];
  const prepared = raws.map((raw, index) => {
    const parsed = articleInputSchema.safeParse(raw);
    if (!parsed.success) {
      outcomes[index] = { error: validationError(parsed.error.issues) };
      return null;
    }
    return { index, input: parsed.data, hash: contentHash(parsed.data.text) };
  });
  const stored = await findArticleIdsByHashes(deps.dataSource.manager, prepared.flatMap((p) => (p ? [p.hash] : [])));
  for (const p of prepared) {
    if (!p) continue;
    const known = stored.get(p.hash);
    if (known !== undefined) outcomes[p.index] = { articleId: known, duplicate: true, textFormat: p.input.textFormat };
    else if (firstByHash.has(p.hash)) continue; // the same text earlier in the batch: settled once that one is stored
    else {
      firstByHash.set(p.hash, p.index);
      try {
        const analysis = analyseArticle(p.input.text, { publishedAt: p.input.publishedAt?.toISOString() });
        const claims = readClaims(p.input.text, analysis, p.input.publishedAt ?? new Date());
        pending.push({ index: p.index, article: { input: p.input, hash: p.hash, source, analysis, claims } });
      } catch (error) {
        outcomes[p.index] = { error };
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return { raws, source, prepared, outcomes, firstByHash, pending };
}

/**
 * The second half of `ingestArticleBatch`: stores a prepared batch in one transaction (article by
 * article if the batch as a whole is refused), then records its duplicates. A text stored since
 * the batch was prepared makes the batch fall back to one transaction per article, where it is a
 * duplicate.
 */
export async function storeArticleBatch(
  deps: IngestDeps,
  batch: PreparedBatch,
  afterStore?: AfterStore,
  afterDuplicates?: AfterStore,
): Promise<BatchOutcome[]> {
  return storePrepared(deps, batch, true, afterStore, afterDuplicates);
}

async function storePrepared(
  deps: IngestDeps,
  batch: PreparedBatch,
  recheck: boolean,
  afterStore?: AfterStore,
  afterDuplicates?: AfterStore,
): Promise<BatchOutcome[]> {
  const { raws, source, prepared, outcomes, firstByHash } = batch;
  let pending = batch.pending;
  if (recheck && pending.length > 0) {
    // Texts stored since the batch was prepared (by the batch before it, say) are duplicates, as
    // if found then: one look, not a batch refused and stored again one article at a time.
    const since = await findArticleIdsByHashes(deps.dataSource.manager, pending.map((p) => p.article.hash));
    for (const p of pending) {
      const id = since.get(p.article.hash);
      if (id !== undefined) outcomes[p.index] = { articleId: id, duplicate: true, textFormat: p.article.input.textFormat };
    }
    pending = pending.filter((p) => !since.has(p.article.hash));
  }
  if (pending.length > 0) {
    try {
      await withTransaction(deps.dataSource, async (em) => {
        const ids = await storeAnalysedArticles(em, pending.map((p) => p.article));
        if (ids.some((id) => id === null)) throw new Error('a text of the batch was stored meanwhile');
        const done = pending.map((p, i) => ({ index: p.index, articleId: ids[i]!, textFormat: p.article.input.textFormat }));
        await afterStore?.(em, done);
        for (const [i, d] of done.entries()) outcomes[d.index] = { articleId: d.articleId, duplicate: false, textFormat: pending[i].article.input.textFormat };
      });
    } catch {
      // One article per transaction: the row at fault fails alone, the others are stored.
      for (const p of pending) {
        try {
          outcomes[p.index] = await ingestArticle(deps, raws[p.index], source, {
            afterInsert: afterStore ? (em, articleId) => afterStore(em, [{ index: p.index, articleId, textFormat: p.article.input.textFormat }]) : undefined,
          });
        } catch (error) {
          outcomes[p.index] = { error };
        }
      }
    }
  }
  // Repeats within the batch: the article their first occurrence became.
  const settled = prepared.map((p, index): BatchOutcome => {
    if (outcomes[index]) return outcomes[index]!;
    const first = outcomes[firstByHash.get(p!.hash)!];
    return first && 'articleId' in first ? { articleId: first.articleId, duplicate: true, textFormat: p!.input.textFormat } : first ?? { error: new Error('not stored') };
  });
  const duplicates = settled.flatMap((o, index) => ('articleId' in o && o.duplicate ? [{ index, outcome: o }] : []));
  if (duplicates.length > 0) {
    await withTransaction(deps.dataSource, async (em) => {
      // (a row stored alone above has had its copy recorded already)
      const unchecked = duplicates.filter((d) => d.outcome.publication === undefined);
      const recorded = await recordPublications(em, unchecked.map(({ index, outcome }) => ({ articleId: outcome.articleId, copy: copyOf(prepared[index]!.input, source) })));
      unchecked.forEach((d, i) => (d.outcome.publication = recorded[i]));
      await afterDuplicates?.(em, duplicates.map((d) => ({ index: d.index, articleId: d.outcome.articleId, textFormat: d.outcome.textFormat })));
    });
  }
  return settled;
}

/** Where a row of the batch says its text ran. */
function copyOf(input: ArticleInput, source: ArticleSource) {
  return { title: input.title, outlet: input.outlet, url: input.url, canonicalUrl: null, publishedAt: input.publishedAt, source };
}
