import type { Response } from 'express';
import { describeClaimFigure } from '../services/refresh-topic';
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

/**
 * Titles, outlets and quotes come from web pages: a cell starting with `=`, `+`, `-`, `@`, a tab
 * or a carriage return is prefixed with `'` so a spreadsheet shows it instead of running it as a
 * formula (OWASP, CSV injection). Numeric fields stay plain: csv-stringify leaves numbers alone.
 */
const CSV_OPTIONS = { escape_formulas: true } as const;

/**
 * Waits for the client to take more when the socket's buffer is full (bounded memory on slow
 * readers), or until the connection closes: a client gone mid-download never drains. Nothing is
 * written once the connection is gone.
 */
export function write(res: Response, chunk: string): Promise<void> {
  if (res.destroyed || res.write(chunk)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/** What an export reads: its columns, batches after a keyset position, and each row's position. */
interface ExportSource<R, K> {
  columns: readonly string[];
  batch(after: K | null, limit: number): Promise<R[]>;
  keyOf(row: R): K;
  /** A row as JSON-ready values (dates as ISO strings). */
  json(row: R): Record<string, unknown>;
}

/** A batch as CSV records: booleans spelled out, missing values empty. */
function csvRows<R, K>(source: ExportSource<R, K>, rows: R[]): string {
  return stringify(
    rows.map((r) => {
      const o = source.json(r);
      return source.columns.map((c) => (typeof o[c] === 'boolean' ? String(o[c]) : (o[c] ?? '')));
    }),
    CSV_OPTIONS,
  );
}

/** A batch as elements of the JSON array, a comma before each but the array's first. */
function jsonRows<R, K>(source: ExportSource<R, K>, rows: R[], first: boolean): string {
  return rows.map((r, i) => `${first && i === 0 ? '' : ','}\n${JSON.stringify(source.json(r))}`).join('');
}

/**
 * Streams every row of a source as CSV (with a UTF-8 byte order mark, so spreadsheets read
 * accented names right) or JSON, a batch of a thousand at a time (keyset, not offset), waiting
 * for the client whenever its buffer is full: memory stays bounded whatever the number of rows.
 *
 * The first batch is read before anything is sent, so a query that fails there reaches the
 * error handler as a normal error response. A later failure breaks the connection: the status
 * is sent already, and an ended body would pass for the whole export.
 */
async function streamRows<R, K>(res: Response, source: ExportSource<R, K>, format: 'csv' | 'json', name: string): Promise<void> {
  let rows = await source.batch(null, BATCH);
  res.setHeader('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8');
  res.attachment(`${name}.${format}`);
  try {
    await write(res, format === 'csv' ? stringify([[...source.columns]], { ...CSV_OPTIONS, bom: true }) : '[');
    for (let first = true; ; first = false) {
      if (rows.length) await write(res, format === 'csv' ? csvRows(source, rows) : jsonRows(source, rows, first));
      if (res.destroyed) return;
      // A short batch is the last: no query to learn that nothing follows.
      if (rows.length < BATCH) break;
      rows = await source.batch(source.keyOf(rows[rows.length - 1]), BATCH);
    }
    res.end(format === 'json' ? '\n]\n' : '');
  } catch (err) {
    res.destroy(err as Error);
    // Still thrown, so the error handler logs it (it sends nothing once headers are out).
    throw err;
  }
}

/**
 * `articleVersion` and `current` tell a quote only an earlier version of a page holds (exported,
 * as search finds it, with `earlier=1`) from one of its current text.
 */
const QUOTE_COLUMNS = ['id', 'text', 'speakerId', 'speakerName', 'cue', 'kind', 'confidence', 'reviewStatus', 'articleId', 'articleTitle', 'outlet', 'url', 'publishedAt', 'articleVersion', 'current'] as const;

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
  'id', 'topicId', 'saidAt', 'speakerId', 'speakerName', 'text', 'kind', 'measure', 'group', 'subject', 'figure', 'qualifier', 'valueLow', 'valueHigh',
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
      // the figure as said (“not 14” for a denied one), beside its bounds and polarity
      json: ({ valueStated, ...r }) => ({ ...r, figure: valueStated !== null && r.qualifier !== null ? describeClaimFigure({ ...r, valueStated }) : null }),
    },
    format,
    name,
  );
}
