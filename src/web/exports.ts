import type { Response } from 'express';
import { stringify } from 'csv-stringify/sync';
import type { DataSource } from 'typeorm';
import { type ExportFilter, type ExportRow, exportBatch } from '../db/repositories/export.repository';

const BATCH = 1000;
const COLUMNS = ['id', 'text', 'speakerId', 'speakerName', 'cue', 'kind', 'confidence', 'reviewStatus', 'articleId', 'articleTitle', 'outlet', 'url', 'publishedAt'] as const;

function cells(r: ExportRow): unknown[] {
  return COLUMNS.map((c) => (c === 'publishedAt' ? (r.publishedAt ? r.publishedAt.toISOString() : '') : (r[c] ?? '')));
}

/** Waits for the client to take more when the socket's buffer is full (bounded memory on slow readers). */
function write(res: Response, chunk: string): Promise<void> {
  return res.write(chunk) ? Promise.resolve() : new Promise((resolve) => res.once('drain', () => resolve()));
}

/**
 * Streams every quote matching the filter as CSV or JSON, a batch of a thousand at a time
 * (keyset on the quote id): memory stays bounded whatever the number of rows.
 */
export async function streamQuotes(res: Response, dataSource: DataSource, filter: ExportFilter, format: 'csv' | 'json', name: string): Promise<void> {
  res.setHeader('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8');
  res.attachment(`${name}.${format}`);
  if (format === 'csv') await write(res, stringify([COLUMNS as unknown as string[]]));
  else await write(res, '[');
  let after = 0;
  let first = true;
  for (;;) {
    const rows = await exportBatch(dataSource.manager, filter, after, BATCH);
    if (rows.length === 0) break;
    if (format === 'csv') await write(res, stringify(rows.map(cells)));
    else {
      await write(res, rows.map((r, i) => `${first && i === 0 ? '' : ','}\n${JSON.stringify({ ...r, publishedAt: r.publishedAt?.toISOString() ?? null })}`).join(''));
      first = false;
    }
    after = rows[rows.length - 1].id;
    if (res.destroyed) return;
  }
  res.end(format === 'json' ? '\n]\n' : '');
}
