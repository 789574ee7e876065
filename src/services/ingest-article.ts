import type { DataSource, EntityManager } from 'typeorm';
import { analyseArticle } from '../core';
import type { QuoteResult, SpeakerRef, StatementResult } from '../core/types';
import type { ArticleSource } from '../db/entities/article.entity';
import { findArticleByHash, insertArticle, setArticleCounters } from '../db/repositories/article.repository';
import { insertQuotes, insertStatements, type NewQuote, type NewStatement } from '../db/repositories/quote.repository';
import { insertTimelineForArticle } from '../db/repositories/speaker-quote.repository';
import { bumpSpeakerCounters } from '../db/repositories/speaker.repository';
import { withTransaction } from '../db/transaction';
import { validationError } from '../errors';
import { articleInputSchema, contentHash } from './article-input';
import { resolveSpeakerIdentities, speakerKey } from './resolve-speaker-identity';
import { storeArticleClaims } from './store-claims';

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

  const existing = await findArticleByHash(deps.dataSource.manager, hash);
  if (existing) return { articleId: existing.id, duplicate: true };

  const analysis = analyseArticle(input.text, { publishedAt: input.publishedAt?.toISOString() });
  try {
    return await withTransaction(deps.dataSource, async (em) => {
      const article = await insertArticle(em, {
        title: input.title,
        outlet: input.outlet ?? null,
        url: input.url ?? null,
        canonicalUrl: extras.canonicalUrl ?? null,
        byline: extras.byline ?? null,
        publishedAt: input.publishedAt ?? null,
        language: extras.language ?? null,
        body: input.text,
        contentHash: hash,
        source,
        version: extras.previousVersion ? extras.previousVersion.version + 1 : 1,
        previousVersionId: extras.previousVersion?.id ?? null,
      });
      const at = input.publishedAt ?? article.createdAt;
      const speakerIds = await resolveSpeakerIdentities(em, { articleId: article.id, at }, analysis);
      await insertQuotes(em, analysis.quotes.map((q, i) => toQuoteRow(article.id, i, q, speakerIds)));
      await insertStatements(em, analysis.statements.map((s, i) => toStatementRow(article.id, i, s, speakerIds)));
      await insertTimelineForArticle(em, article.id, at);

      const perSpeaker = new Map<number, number>();
      for (const q of analysis.quotes) {
        const id = q.speaker ? speakerIds.get(speakerKey(q.speaker)) : undefined;
        if (id !== undefined) perSpeaker.set(id, (perSpeaker.get(id) ?? 0) + 1);
      }
      for (const [id, n] of perSpeaker) await bumpSpeakerCounters(em, id, n, at);
      const names = new Set(analysis.quotes.map((q) => q.speaker?.name).filter((n): n is string => !!n));
      await setArticleCounters(em, article.id, analysis.quotes.length, names.size);
      // Claims last: topic rows are locked after speaker rows, in the same order by every ingest.
      await storeArticleClaims(em, { articleId: article.id, text: input.text, analysis, saidAt: at, speakerIds });
      await extras.afterInsert?.(em, article.id);
      return { articleId: article.id, duplicate: false };
    });
  } catch (err) {
    // Two submissions of the same text at once: the loser returns the winner's article.
    if ((err as { code?: string }).code === '23505') {
      const winner = await findArticleByHash(deps.dataSource.manager, hash);
      if (winner) return { articleId: winner.id, duplicate: true };
    }
    throw err;
  }
}

function toQuoteRow(articleId: number, position: number, q: QuoteResult, ids: Map<string, number>): NewQuote {
  return {
    articleId,
    position,
    speakerId: q.speaker ? (ids.get(speakerKey(q.speaker)) ?? null) : null,
    speakerName: q.speaker?.name ?? null,
    speakerKind: q.speaker?.kind ?? 'unknown',
    speakerRole: q.speaker?.role ?? null,
    speakerMention: q.speakerMention?.text ?? null,
    speakerMentionStart: q.speakerMention?.start ?? null,
    speakerMentionEnd: q.speakerMention?.end ?? null,
    cue: q.cue?.text ?? null,
    cueStart: q.cue?.start ?? null,
    cueEnd: q.cue?.end ?? null,
    text: q.text,
    startOffset: q.start,
    endOffset: q.end,
    segments: q.segments.map((s) => ({ start: s.start, end: s.end })),
    kind: q.kind,
    attributionForm: q.form,
    attributionRule: q.evidence.rule,
    evidence: q.evidence.detail,
    confidence: clamp01(q.confidence),
  };
}

function toStatementRow(articleId: number, position: number, s: StatementResult, ids: Map<string, number>): NewStatement {
  return {
    articleId,
    position,
    speakerId: s.speaker ? (ids.get(speakerKey(s.speaker)) ?? null) : null,
    speakerName: s.speaker?.name ?? null,
    speakerKind: s.speaker?.kind ?? 'unknown',
    speakerMention: s.speakerMention?.text ?? null,
    speakerMentionStart: s.speakerMention?.start ?? null,
    speakerMentionEnd: s.speakerMention?.end ?? null,
    cue: s.cue.text,
    cueStart: s.cue.start,
    cueEnd: s.cue.end,
    content: s.content.text,
    contentStart: s.content.start,
    contentEnd: s.content.end,
    confidence: clamp01(s.confidence),
    evidence: s.evidence.detail,
  };
}

function clamp01(n: number): number {
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}
