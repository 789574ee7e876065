import type { DataSource, EntityManager } from 'typeorm';
import { analyseArticle } from '../core';
import { insertClaimsWithTopics } from '../db/repositories/ingest.repository';
import { withTransaction } from '../db/transaction';
import { speakerKey } from './resolve-speaker-identity';
import { CLAIM_CHECKS, refreshTopicsOf } from './store-articles';
import { articleClaimRows } from './store-claims';
import { addWithRelatedTopics, type BatchTopic } from './related-event-topics';

/** Articles analysed per transaction. */
const BATCH = 50;

interface StoredSource {
  id: number;
  position: number;
  startOffset: number;
  speakerId: number | null;
  speakerName: string | null;
}

/** Stored quotes or statements of the articles, by article. */
async function storedSources(em: EntityManager, table: 'quotes' | 'statements', articleIds: number[]): Promise<Map<number, StoredSource[]>> {
  const start = table === 'quotes' ? 'start_offset' : 'content_start';
  const rows: Array<StoredSource & { articleId: number }> = await em.query(
    `SELECT id, article_id AS "articleId", position, ${start} AS "startOffset", speaker_id AS "speakerId", speaker_name AS "speakerName" FROM ${table} WHERE article_id = ANY($1::int[]) ORDER BY article_id, position`,
    [articleIds],
  );
  const out = new Map<number, StoredSource[]>();
  for (const r of rows) (out.get(r.articleId) ?? out.set(r.articleId, []).get(r.articleId)!).push(r);
  return out;
}

/**
 * The stored row of each of the engine's quotes (or statements): the one at the same offset,
 * so an engine that finds quotes in another order today still links claims to the right rows.
 * Their speakers are the stored ones, reviewers' corrections included.
 */
function link<T extends { speaker: { kind: string; name: string } | null }>(
  found: T[],
  startOf: (t: T) => number,
  stored: StoredSource[],
  speakerIds: Map<string, number>,
  speakerNames: Map<string, string>,
): Map<number, number> {
  const byStart = new Map(stored.map((s) => [s.startOffset, s]));
  const ids = new Map<number, number>();
  found.forEach((f, i) => {
    const row = byStart.get(startOf(f));
    if (!row) return;
    ids.set(i, row.id);
    if (f.speaker && row.speakerId !== null) {
      const key = speakerKey(f.speaker as Parameters<typeof speakerKey>[0]);
      speakerIds.set(key, row.speakerId);
      // (credited under the name the stored row has, the speaker's: as at ingest)
      if (row.speakerName !== null) speakerNames.set(key, row.speakerName);
    }
  });
  return ids;
}

/**
 * Finds the claims of stored articles that have none (articles stored before claims were
 * kept), a batch of articles per transaction, and re-checks the topics they join. Safe to
 * run again: an article that gains claims is skipped next time; one with no claims in it is
 * analysed again and still adds none. Two runs at once take turns on an advisory lock.
 */
export async function backfillClaims(deps: { dataSource: DataSource }, onProgress?: (articles: number, claims: number) => void): Promise<{ articles: number; claims: number }> {
  let after = 0;
  let articles = 0;
  let claims = 0;
  for (;;) {
    const found = await withTransaction(deps.dataSource, async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('claims-backfill'))`);
      const batch: Array<{ id: number; body: string; at: Date; published: Date | null }> = await em.query(
        `SELECT a.id, a.body, coalesce(a.published_at, a.created_at) AS at, a.published_at AS published
           FROM articles a
          WHERE a.id > $1 AND a.is_current AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id)
          ORDER BY a.id LIMIT $2`,
        [after, BATCH],
      );
      if (batch.length === 0) return null;
      const ids = batch.map((a) => a.id);
      const [quotes, statements] = await Promise.all([storedSources(em, 'quotes', ids), storedSources(em, 'statements', ids)]);
      const topics = new Map<string, { key: string; label: string; measure: string }>();
      const rows: Array<Record<string, unknown> & { topic_key: string }> = [];
      const opened = new Map<string, BatchTopic>();
      for (const a of batch) {
        const analysis = analyseArticle(a.body, a.published ? { publishedAt: a.published.toISOString().slice(0, 10) } : {});
        const speakerIds = new Map<string, number>();
        const speakerNames = new Map<string, string>();
        const sources = {
          quotes: link(analysis.quotes, (q) => q.start, quotes.get(a.id) ?? [], speakerIds, speakerNames),
          statements: link(analysis.statements, (s) => s.content.start, statements.get(a.id) ?? [], speakerIds, speakerNames),
        };
        const planned = articleClaimRows({ articleId: a.id, text: a.body, analysis, saidAt: a.at, speakerIds, speakerNames }, sources);
        // (a toll joins the stored topic of its event named for another of its places, as at ingest)
        await addWithRelatedTopics(em, planned, { text: a.body, at: a.at }, topics, rows, opened);
      }
      await refreshTopicsOf(em, await insertClaimsWithTopics(em, [...topics.values()], rows, CLAIM_CHECKS));
      return { last: ids[ids.length - 1], articles: batch.length, claims: rows.length };
    });
    if (!found) break;
    after = found.last;
    articles += found.articles;
    claims += found.claims;
    onProgress?.(articles, claims);
  }
  return { articles, claims };
}
