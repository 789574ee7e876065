import { parse as parseCsv } from 'csv-parse/sync';
import type { DataSource } from 'typeorm';
import type { ImportBatchEntity } from '../db/entities/import-batch.entity';
import type { ImportRowStatus } from '../db/entities/import-row.entity';
import {
  claimImportRows,
  countImportRows,
  findImportBatch,
  insertImportBatch,
  insertImportRows,
  nextPendingRows,
  resetFailedRows,
  setImportRowOutcomes,
  updateImportBatch,
  updateImportRow,
} from '../db/repositories/import.repository';
import { insertIngestRequest } from '../db/repositories/ingest-request.repository';
import { withTransaction } from '../db/transaction';
import { AppError, NotFoundError, ValidationError } from '../errors';
import type { JobQueue } from '../jobs/queue';
import { type Actor, recordAudit } from './audit';
import { ingestArticleBatch } from './ingest-batch';

/** Largest import file. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** Most rows in one import. */
export const MAX_IMPORT_ROWS = 100_000;

/** A row as read from the file. */
export interface ParsedRow {
  rowNumber: number;
  payload: Record<string, unknown> | null;
  error: string | null;
}

const FIELDS: Record<string, string> = {
  title: 'title',
  headline: 'title',
  text: 'text',
  body: 'text',
  url: 'url',
  link: 'url',
  outlet: 'outlet',
  publisher: 'outlet',
  publishedat: 'publishedAt',
  published_at: 'publishedAt',
  date: 'publishedAt',
};

/** Keeps the known fields of a record, under their canonical names (title, text, url, outlet, publishedAt). */
function pick(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) {
    const field = FIELDS[k.trim().toLowerCase()];
    if (field && v !== null && v !== undefined && v !== '') out[field] = typeof v === 'string' ? v : String(v);
  }
  return out;
}

/**
 * Reads a JSON Lines or CSV file (chosen by name or content) into rows; a line that cannot
 * be read becomes a failed row with the reason, and the rest go on.
 */
export function parseImportFile(content: Buffer, filename: string): { format: 'jsonl' | 'csv'; rows: ParsedRow[] } {
  if (content.length === 0) throw new ValidationError('The file is empty.', { file: ['is empty'] });
  if (content.length > MAX_IMPORT_BYTES) throw new AppError(413, 'payload_too_large', `Import files can be at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(content).replace(/^\uFEFF/, '');
  const format = /\.csv$/i.test(filename) || (!/\.jsonl?$/i.test(filename) && !text.trimStart().startsWith('{')) ? 'csv' : 'jsonl';
  const rows: ParsedRow[] = [];
  if (format === 'jsonl') {
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].trim() === '') continue;
      if (rows.length >= MAX_IMPORT_ROWS) throw tooMany();
      try {
        const value: unknown = JSON.parse(lines[i]);
        if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('not a JSON object');
        rows.push({ rowNumber: i + 1, payload: pick(value as Record<string, unknown>), error: null });
      } catch (err) {
        rows.push({ rowNumber: i + 1, payload: null, error: `line ${i + 1} is not a JSON object: ${(err as Error).message.slice(0, 120)}` });
      }
    }
  } else {
    let records: Array<Record<string, string>>;
    try {
      records = parseCsv(text, { columns: true, skip_empty_lines: true, relax_column_count: true, trim: true, max_record_size: 2_000_000 });
    } catch (err) {
      throw new ValidationError(`The CSV file cannot be read: ${(err as Error).message.slice(0, 200)}`, { file: ['is not valid CSV'] });
    }
    if (records.length > MAX_IMPORT_ROWS) throw tooMany();
    records.forEach((r, i) => rows.push({ rowNumber: i + 1, payload: pick(r), error: null }));
  }
  if (rows.length === 0) throw new ValidationError('The file has no rows.', { file: ['has no rows'] });
  return { format, rows };
}

function tooMany(): AppError {
  return new AppError(413, 'payload_too_large', `Import files can have at most ${MAX_IMPORT_ROWS.toLocaleString('en')} rows.`);
}

/** Stores a batch and its rows, and queues its processing, in one transaction. */
export async function createImport(
  deps: { dataSource: DataSource; queue?: JobQueue },
  file: { content: Buffer; filename: string },
  actor: Actor,
  options: { enqueue?: boolean } = {},
): Promise<{ batchId: number; rows: number }> {
  const { format, rows } = parseImportFile(file.content, file.filename);
  return withTransaction(deps.dataSource, async (em) => {
    const batch = await insertImportBatch(em, { filename: file.filename.slice(0, 200), format, totalRows: rows.length, createdBy: actor.id });
    await insertImportRows(
      em,
      rows.map((r) => ({ batchId: batch.id, rowNumber: r.rowNumber, payload: r.payload, status: r.payload ? 'pending' : 'failed', error: r.error })),
    );
    if (deps.queue && options.enqueue !== false) await deps.queue.enqueueImport(em, batch.id);
    await recordAudit(em, actor, { action: 'import.create', targetType: 'import', targetId: batch.id, after: { filename: batch.filename, rows: rows.length } });
    return { batchId: batch.id, rows: rows.length };
  });
}

/** Rows stored per transaction in bulk mode, and the most text one transaction carries. */
const BULK_ROWS = 200;
const BULK_CHARS = 4_000_000;

/**
 * Works through a batch's pending rows in file order. Rows with text are stored in bulk:
 * up to 200 articles per transaction (`ingestArticleBatch`), together with their rows'
 * outcome, so a crash anywhere means those rows are simply done again: never a duplicate,
 * never half-stored. A bad row is marked failed with its reason and the rest go on. Rows
 * with only a URL go to the fetch queue.
 */
export async function processImport(
  deps: { dataSource: DataSource; queue?: JobQueue },
  batchId: number,
  onProgress?: (done: number) => void,
): Promise<Record<string, number>> {
  const em = deps.dataSource.manager;
  const batch = await findImportBatch(em, batchId);
  if (!batch) throw new NotFoundError(`There is no import ${batchId}`);
  await updateImportBatch(em, batchId, { status: 'running', startedAt: batch.startedAt ?? new Date(), finishedAt: null });
  let handled = 0;
  for (;;) {
    const rows = await nextPendingRows(em, batchId, BULK_ROWS);
    if (rows.length === 0) break;
    const claimed = await claimImportRows(em, rows.map((r) => r.id));
    const mine = rows.filter((r) => claimed.has(r.id));
    const texts: typeof mine = [];
    for (const row of mine) {
      const payload = row.payload ?? {};
      const hasText = typeof payload.text === 'string' && payload.text.trim() !== '';
      const hasUrl = typeof payload.url === 'string' && payload.url.trim() !== '';
      if (!hasText && !hasUrl) {
        await updateImportRow(em, row.id, { status: 'failed', error: 'the row has neither a text nor a url' });
        onProgress?.(++handled);
        continue;
      }
      if (hasText) {
        texts.push(row);
        continue;
      }
      try {
        if (!deps.queue) throw new ValidationError('rows with only a url need the job queue (run the import from the web app or with a worker)');
        const url = (payload.url as string).trim();
        if (!/^https?:\/\//i.test(url) || !URL.canParse(url)) throw new ValidationError('url must be an http:// or https:// address');
        await withTransaction(deps.dataSource, async (tx) => {
          const request = await insertIngestRequest(tx, { url, requestedBy: batch.createdBy, overrides: pickStrings(payload, ['title', 'outlet', 'publishedAt']) });
          await deps.queue!.enqueueFetch(tx, request.id);
          await updateImportRow(tx, row.id, { status: 'fetching', ingestRequestId: request.id, error: null });
        });
      } catch (err) {
        await updateImportRow(em, row.id, { status: 'failed', error: failure(err) });
      }
      onProgress?.(++handled);
    }
    for (const chunk of chunksOf(texts)) {
      const outcomes = await ingestArticleBatch(
        deps,
        chunk.map((row) => ({ ...row.payload, title: row.payload?.title ?? firstWords(row.payload?.text) })),
        'import',
        (tx, stored) => setImportRowOutcomes(tx, stored.map((s) => ({ id: chunk[s.index].id, status: 'done', articleId: s.articleId, error: null }))),
      );
      await setImportRowOutcomes(
        em,
        outcomes.flatMap((o, i): Array<{ id: number; status: ImportRowStatus; articleId: number | null; error: string | null }> => {
          if ('error' in o) return [{ id: chunk[i].id, status: 'failed' as const, articleId: null, error: failure(o.error) }];
          return o.duplicate ? [{ id: chunk[i].id, status: 'duplicate' as const, articleId: o.articleId, error: null }] : [];
        }),
      );
      handled += chunk.length;
      onProgress?.(handled);
    }
  }
  const counts = await countImportRows(em, batchId);
  if (counts.pending > 0) {
    // Rows still pending are claimed by another worker: it finishes them, or — if it died —
    // its claims lapse and this worker takes them. Either way the batch ends here.
    await new Promise((resolve) => setTimeout(resolve, CLAIM_POLL_MS));
    return processImport(deps, batchId, onProgress && ((done) => onProgress(handled + done)));
  }
  await updateImportBatch(em, batchId, { status: 'done', finishedAt: new Date() });
  return counts;
}

/** How often a worker looks again at rows another worker holds. */
const CLAIM_POLL_MS = 1000;

/** Rows in file order, cut so that one transaction carries at most BULK_ROWS rows and about BULK_CHARS of text. */
function chunksOf<T extends { payload: Record<string, unknown> | null }>(rows: T[]): T[][] {
  const out: T[][] = [];
  let chars = 0;
  for (const row of rows) {
    const size = String(row.payload?.text ?? '').length;
    if (out.length === 0 || out[out.length - 1].length >= BULK_ROWS || (chars + size > BULK_CHARS && out[out.length - 1].length > 0)) {
      out.push([]);
      chars = 0;
    }
    out[out.length - 1].push(row);
    chars += size;
  }
  return out;
}

/** The reason a row failed, as shown on the progress page. */
function failure(err: unknown): string {
  return err instanceof ValidationError ? describe(err) : err instanceof AppError ? err.message : 'internal error while storing this row';
}

/** Puts the failed rows of a batch back in the queue. */
export async function retryFailedRows(deps: { dataSource: DataSource; queue?: JobQueue }, batchId: number, actor: Actor): Promise<number> {
  return withTransaction(deps.dataSource, async (em) => {
    const batch = await findImportBatch(em, batchId);
    if (!batch) throw new NotFoundError(`There is no import ${batchId}`);
    const n = await resetFailedRows(em, batchId);
    if (n > 0) {
      await updateImportBatch(em, batchId, { status: 'queued', finishedAt: null });
      if (deps.queue) await deps.queue.enqueueImport(em, batchId);
    }
    await recordAudit(em, actor, { action: 'import.retry', targetType: 'import', targetId: batchId, after: { rows: n } });
    return n;
  });
}

/** Progress of a batch: counts, rate and time left. */
export async function importProgress(deps: { dataSource: DataSource }, batchId: number) {
  const em = deps.dataSource.manager;
  const batch = await findImportBatch(em, batchId);
  if (!batch) throw new NotFoundError(`There is no import ${batchId}`);
  const counts = await countImportRows(em, batchId);
  // a row handed to the fetcher is settled when its page is stored or fails (see updateIngestRequest)
  const finished = counts.done + counts.duplicate + counts.failed;
  const elapsed = batch.startedAt ? ((batch.finishedAt ?? new Date()).getTime() - batch.startedAt.getTime()) / 1000 : 0;
  const rate = elapsed > 0 ? finished / elapsed : null;
  const etaSeconds = rate && counts.pending > 0 ? Math.ceil(counts.pending / rate) : null;
  return { batch, counts, finished, rate, etaSeconds };
}

function describe(err: ValidationError): string {
  const details = err.details as Record<string, string[]> | undefined;
  return details ? Object.entries(details).map(([k, v]) => `${k} ${v.join('; ')}`).join(', ') : err.message;
}

function pickStrings(payload: Record<string, unknown>, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.filter((k) => typeof payload[k] === 'string' && payload[k]).map((k) => [k, payload[k] as string]));
}

function firstWords(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const line = text.trim().split('\n')[0];
  return line.length > 90 ? `${line.slice(0, 87)}…` : line;
}

export type { ImportBatchEntity };
