import type { EntityManager } from 'typeorm';
import { SEARCH_CONFIG } from '../search-config';
import { SEARCH_TEXT_FUNCTION } from '../search-text';
import { versionFilter } from './search.repository';

/** One exported quote row. */
export interface ExportRow {
  id: number;
  text: string;
  speakerId: number | null;
  speakerName: string | null;
  cue: string | null;
  kind: string;
  confidence: number;
  reviewStatus: string;
  articleId: number;
  articleTitle: string;
  outlet: string | null;
  url: string | null;
  publishedAt: Date | null;
  /** The article's version of its page (1 for the first text seen) and whether it is still the page's current text. */
  articleVersion: number;
  current: boolean;
}

/** What to export: quotes matching a search and/or of one speaker. */
export interface ExportFilter {
  q?: string;
  speakerId?: number;
  outlet?: string;
  from?: Date;
  to?: Date;
  topicId?: number;
  kind?: 'direct' | 'partial';
  reviewedOnly?: boolean;
  /** Also the words only earlier versions of their pages hold (see QuoteSearch.earlier). */
  earlier?: boolean;
}

/**
 * The next batch of quotes after `afterId` (keyset on the quote id), so an export of any
 * size reads the archive in bounded steps and never holds more than one batch. It selects what
 * searchQuotes finds with the same filters (search.repository.ts): no terms, no quotes a
 * reviewer marked as not a quote, the outlet as written (case aside), dates by `said_at`; and,
 * as search does, one version of each quote of a page: the current version's, or with `earlier`
 * also the words only an earlier version holds, each row saying its version and whether it is current.
 */
export async function exportBatch(em: EntityManager, f: ExportFilter, afterId: number, limit: number): Promise<ExportRow[]> {
  const params: unknown[] = [afterId, limit];
  const where = ['q.id > $1', "q.kind <> 'term'", "q.review_status <> 'rejected'", versionFilter(f.earlier)];
  if (f.q) where.push(`q.search @@ websearch_to_tsquery('${SEARCH_CONFIG}', ${SEARCH_TEXT_FUNCTION}($${params.push(f.q)}))`);
  if (f.speakerId) where.push(`q.speaker_id = $${params.push(f.speakerId)}`);
  if (f.outlet) where.push(`q.outlet_key = lower($${params.push(f.outlet)})`);
  if (f.from) where.push(`q.said_at >= $${params.push(f.from)}::timestamptz`);
  if (f.to) where.push(`q.said_at < $${params.push(f.to)}::timestamptz`);
  if (f.topicId) where.push(`q.id IN (SELECT c.quote_id FROM claims c WHERE c.topic_id = $${params.push(f.topicId)} AND c.quote_id IS NOT NULL)`);
  if (f.kind) where.push(`q.kind = $${params.push(f.kind)}`);
  if (f.reviewedOnly) where.push(`q.review_status IN ('confirmed', 'corrected')`);
  return em.query(
    `SELECT q.id, q.text, q.speaker_id AS "speakerId", q.speaker_name AS "speakerName", q.cue, q.kind, q.confidence,
            q.review_status AS "reviewStatus", q.article_id AS "articleId", a.title AS "articleTitle", a.outlet, a.url,
            a.published_at AS "publishedAt", a.version AS "articleVersion", a.is_current AS "current"
       FROM quotes q JOIN articles a ON a.id = q.article_id
      WHERE ${where.join(' AND ')}
      ORDER BY q.id
      LIMIT $2`,
    params,
  );
}

/** One exported claim row. */
export interface ClaimExportRow {
  id: number;
  topicId: number;
  text: string;
  kind: string;
  measure: string;
  group: string | null;
  subject: string | null;
  qualifier: string | null;
  valueLow: number | null;
  valueHigh: number | null;
  valueStated: number | null;
  valueText: string | null;
  unit: string | null;
  period: string | null;
  timeFrom: string | null;
  timeTo: string | null;
  polarity: 'affirmed' | 'negated';
  hedged: boolean;
  citedSource: string | null;
  checkWorthiness: number;
  conflictCount: number;
  saidAt: string;
  speakerId: number | null;
  speakerName: string | null;
  articleId: number;
  articleTitle: string;
  outlet: string | null;
  url: string | null;
}

/** Where a claim export batch starts: after this claim (date as stated, id) of the topic's timeline. */
export interface ClaimExportKey {
  saidAt: string;
  id: number;
}

/**
 * The next batch of a topic's claims in time order (keyset on said_at and id, read along the
 * (topic_id, said_at) index), so a topic of any size exports in bounded steps.
 */
export async function exportTopicClaimBatch(em: EntityManager, topicId: number, after: ClaimExportKey | null, limit: number): Promise<ClaimExportRow[]> {
  const params: unknown[] = [topicId, limit];
  const keyset = after ? `AND (c.said_at, c.id) > ($${params.push(after.saidAt)}::date, $${params.push(after.id)})` : '';
  return em.query(
    `SELECT c.id, c.topic_id AS "topicId", c.text, c.kind, c.measure, c.group_text AS "group", c.subject_text AS "subject",
            c.qualifier, c.value_low AS "valueLow", c.value_high AS "valueHigh", c.value_stated AS "valueStated", c.value_text AS "valueText", c.unit,
            c.time_text AS "period", c.time_from::text AS "timeFrom", c.time_to::text AS "timeTo", c.polarity, c.hedged,
            c.cited_source AS "citedSource", c.check_worthiness AS "checkWorthiness", c.conflict_count AS "conflictCount",
            c.said_at::text AS "saidAt", c.speaker_id AS "speakerId", c.speaker_name AS "speakerName",
            c.article_id AS "articleId", a.title AS "articleTitle", a.outlet, a.url
       FROM claims c JOIN articles a ON a.id = c.article_id
      WHERE c.topic_id = $1 AND NOT c.superseded ${keyset}
      ORDER BY c.said_at, c.id
      LIMIT $2`,
    params,
  );
}
