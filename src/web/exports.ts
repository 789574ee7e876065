import type { Response } from 'express';
import { stringify } from 'csv-stringify/sync';
import type { DataSource } from 'typeorm';
import {
  type ClaimExportKey,
  type ClaimExportRow,
  type ExportFilter,
  type ExportRow,
  exportBatch,
  exportTopicClaimBatch,
} from '../db/repositories/export.repository';

const BATCH = 1000;

/** Waits for the client to take more when the socket's buffer is full (bounded memory on slow readers). */
function write(res: Response, chunk: string): Promise<void> {
  return res.write(chunk) ? Promise.resolve() : new Promise((resolve) => res.once('drain', () => resolve()));
}

/** What an export reads: its columns, batches after a keyset position, and each row's position. */
interface ExportSource<R, K> {
  columns: readonly string[];
  batch(after: K | null, limit: number): Promise<R[]>;
  keyOf(row: R): K;
  /** A row as JSON-ready values (dates as ISO strings). */
  json(row: R): Record<string, unknown>;
}

/**
 * Streams every row of a source as CSV or JSON, a batch of a thousand at a time (keyset, not
 * offset), waiting for the client whenever its buffer is full: memory stays bounded whatever
 * the number of rows.
 */
async function streamRows<R, K>(res: Response, source: ExportSource<R, K>, format: 'csv' | 'json', name: string): Promise<void> {
  res.setHeader('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8');
  res.attachment(`${name}.${format}`);
  if (format === 'csv') await write(res, stringify([source.columns as string[]]));
  else await write(res, '[');
  let after: K | null = null;
  let first = true;
  for (;;) {
    const rows = await source.batch(after, BATCH);
    if (rows.length === 0) break;
    if (format === 'csv') {
      await write(res, stringify(rows.map((r) => { const o = source.json(r); return source.columns.map((c) => (typeof o[c] === 'boolean' ? String(o[c]) : (o[c] ?? ''))); })));
    } else {
      await write(res, rows.map((r, i) => `${first && i === 0 ? '' : ','}\n${JSON.stringify(source.json(r))}`).join(''));
      first = false;
    }
    after = source.keyOf(rows[rows.length - 1]);
    if (res.destroyed) return;
  }
  res.end(format === 'json' ? '\n]\n' : '');
}

const QUOTE_COLUMNS = ['id', 'text', 'speakerId', 'speakerName', 'cue', 'kind', 'confidence', 'reviewStatus', 'articleId', 'articleTitle', 'outlet', 'url', 'publishedAt'] as const;

/** Streams every quote matching the filter (keyset on the quote id). */
export function streamQuotes(res: Response, dataSource: DataSource, filter: ExportFilter, format: 'csv' | 'json', name: string): Promise<void> {
  return streamRows<ExportRow, number>(
    res,
    {
      columns: QUOTE_COLUMNS,
      batch: (after, limit) => exportBatch(dataSource.manager, filter, after ?? 0, limit),
      keyOf: (r) => r.id,
      json: (r) => ({ ...r, publishedAt: r.publishedAt?.toISOString() ?? null }),
    },
    format,
    name,
  );
}

const CLAIM_COLUMNS = [
  'id', 'topicId', 'saidAt', 'speakerId', 'speakerName', 'text', 'kind', 'measure', 'group', 'subject', 'qualifier', 'valueLow', 'valueHigh',
  'valueText', 'unit', 'period', 'timeFrom', 'timeTo', 'polarity', 'hedged', 'citedSource', 'checkWorthiness', 'conflictCount',
  'articleId', 'articleTitle', 'outlet', 'url',
] as const;

/** Streams every claim of a topic in time order (keyset on said_at and id). */
export function streamTopicClaims(res: Response, dataSource: DataSource, topicId: number, format: 'csv' | 'json', name: string): Promise<void> {
  return streamRows<ClaimExportRow, ClaimExportKey>(
    res,
    {
      columns: CLAIM_COLUMNS,
      batch: (after, limit) => exportTopicClaimBatch(dataSource.manager, topicId, after, limit),
      keyOf: (r) => ({ saidAt: r.saidAt, id: r.id }),
      json: (r) => ({ ...r }),
    },
    format,
    name,
  );
}
