import { isUtf8 } from 'node:buffer';
import { CsvError, parse as parseCsv } from 'csv-parse/sync';
import type { DataSource } from 'typeorm';
import type { ImportBatchEntity } from '../db/entities/import-batch.entity';
import type { ImportRowEntity, ImportRowStatus } from '../db/entities/import-row.entity';
import {
  claimImportRows,
  countImportRows,
  finishImportRun,
  findImportBatch,
  importProgressCounts,
  insertImportBatch,
  insertImportRows,
  listFailedRows,
  nextPendingRows,
  resetFailedRows,
  setImportRowOutcomes,
  startImportRun,
  updateImportBatch,
  updateImportRow,
} from '../db/repositories/import.repository';
import { insertIngestRequest } from '../db/repositories/ingest-request.repository';
import { withTransaction } from '../db/transaction';
import { AppError, NotFoundError, ValidationError } from '../errors';
import type { JobQueue } from '../jobs/queue';
import { type Actor, recordAudit } from './audit';
import { prepareArticleBatch, storeArticleBatch, type PreparedBatch } from './ingest-batch';

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
  byline: 'byline',
  author: 'byline',
  publishedat: 'publishedAt',
  published_at: 'publishedAt',
  date: 'publishedAt',
};

/** Keeps the known fields of a record, under their canonical names (title, text, url, outlet, byline, publishedAt). */
function pick(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) {
    const field = FIELDS[k.trim().toLowerCase()];
    if (field && v !== null && v !== undefined && v !== '') out[field] = typeof v === 'string' ? v : String(v);
  }
  return out;
}

/** How a file's rows are laid out: JSON Lines, one JSON array of objects, or CSV with a header row. */
export type ImportFormat = 'jsonl' | 'json' | 'csv';

/** The character encoding a file was read in. */
export type ImportEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * Reads a JSON Lines, JSON array or CSV file (chosen by name or content) into rows; a line,
 * item or CSV record that cannot be read becomes a failed row with the reason, and the rest
 * go on. Only a file that cannot be read at all (empty, too large, a JSON array that does not
 * parse, a CSV header that does not, more than 10,000 malformed CSV records) is refused whole.
 */
export function parseImportFile(content: Buffer, filename: string): { format: ImportFormat; encoding: ImportEncoding; rows: ParsedRow[] } {
  if (content.length === 0) throw new ValidationError('The file is empty.', { file: ['is empty'] });
  if (content.length > MAX_IMPORT_BYTES) throw new AppError(413, 'payload_too_large', `Import files can be at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  const { utf8, encoding } = toUtf8(content);
  const format = formatOf(filename, utf8);
  const rows: ParsedRow[] = [];
  if (format === 'csv') readCsv(utf8, rows);
  else if (format === 'json') readJsonArray(utf8.toString('utf8'), rows);
  else readJsonLines(utf8.toString('utf8'), rows);
  if (rows.length === 0) throw new ValidationError('The file has no rows.', { file: ['has no rows'] });
  return { format, encoding, rows };
}

/**
 * The file as UTF-8 bytes, without a byte order mark. Bytes that are not valid UTF-8 are read
 * as Windows-1252 (a superset of Latin-1, what spreadsheets on Windows save), so “é” stays
 * “é” instead of becoming U+FFFD; a UTF-16 byte order mark is followed.
 */
function toUtf8(content: Buffer): { utf8: Buffer; encoding: ImportEncoding } {
  if (content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf) return { utf8: content.subarray(3), encoding: 'utf-8' };
  if (content[0] === 0xff && content[1] === 0xfe) return recode(content.subarray(2), 'utf-16le');
  if (content[0] === 0xfe && content[1] === 0xff) return recode(content.subarray(2), 'utf-16be');
  if (isUtf8(content)) return { utf8: content, encoding: 'utf-8' };
  return recode(content, 'windows-1252');
}

function recode(content: Buffer, encoding: ImportEncoding): { utf8: Buffer; encoding: ImportEncoding } {
  const text = encoding === 'windows-1252' ? decodeWindows1252(content) : new TextDecoder(encoding).decode(content);
  return { utf8: Buffer.from(text, 'utf8'), encoding };
}

/**
 * What Windows-1252 puts at bytes 0x80–0x9F (curly quotes, dashes, €); the rest is Latin-1.
 * Node 20's TextDecoder('windows-1252') reads these bytes as Latin-1 control characters
 * (nodejs/node#60888), so the table is applied here.
 */
const WINDOWS_1252_HIGH = String.fromCodePoint(
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
);

function decodeWindows1252(content: Buffer): string {
  return content.toString('latin1').replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/** CSV when named so; JSON when named so or when the content starts like JSON (`[`: an array of rows); CSV otherwise. */
function formatOf(filename: string, utf8: Buffer): ImportFormat {
  if (/\.csv$/i.test(filename)) return 'csv';
  let i = 0;
  while (i < utf8.length && (utf8[i] === 0x20 || utf8[i] === 0x09 || utf8[i] === 0x0a || utf8[i] === 0x0d)) i++;
  if (utf8[i] === 0x5b) return 'json';
  return utf8[i] === 0x7b || /\.(jsonl?|ndjson)$/i.test(filename) ? 'jsonl' : 'csv';
}

/** Appends a row, keeping to the row limit. */
function addRow(rows: ParsedRow[], row: ParsedRow): void {
  if (rows.length >= MAX_IMPORT_ROWS) throw tooMany();
  rows.push(row);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** One JSON object per line, numbered by line. */
function readJsonLines(text: string, rows: ParsedRow[]): void {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    try {
      const value: unknown = JSON.parse(lines[i]);
      if (!isObject(value)) throw new Error('not a JSON object');
      addRow(rows, { rowNumber: i + 1, payload: pick(value), error: null });
    } catch (err) {
      if (err instanceof AppError) throw err;
      addRow(rows, { rowNumber: i + 1, payload: null, error: `line ${i + 1} is not a JSON object: ${(err as Error).message.slice(0, 120)}` });
    }
  }
}

/** A JSON array of objects (what many tools export as “.json”), numbered by item. */
function readJsonArray(text: string, rows: ParsedRow[]): void {
  let items: unknown[];
  try {
    // the text starts with `[` (see formatOf): what parses is an array
    items = JSON.parse(text) as unknown[];
  } catch (err) {
    throw new ValidationError(`The JSON file cannot be read: ${(err as Error).message.slice(0, 200)}`, { file: ['is not valid JSON'] });
  }
  if (items.length > MAX_IMPORT_ROWS) throw tooMany();
  items.forEach((item, i) =>
    addRow(rows, isObject(item) ? { rowNumber: i + 1, payload: pick(item), error: null } : { rowNumber: i + 1, payload: null, error: `item ${i + 1} is not a JSON object` }),
  );
}

/**
 * Unreadable CSV records tolerated in one file: each costs two parser runs (about 0.1 ms), and
 * a file with more is most likely not comma-separated at all.
 */
const MAX_UNREADABLE_CSV_RECORDS = 10_000;

const CSV_OPTIONS = { skip_empty_lines: true, relax_column_count: true, trim: true, max_record_size: 2_000_000 } as const;

/** What to tell the person who fixes the file, by csv-parse error code. */
const CSV_REASONS: Record<string, string> = {
  CSV_INVALID_CLOSING_QUOTE: 'a quoted field goes on after its closing quote (inside quotes, write a quote twice: "")',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'a quoted field goes on after its closing quote (inside quotes, write a quote twice: "")',
  INVALID_OPENING_QUOTE: 'a field has a quote inside but does not start with one (put the field in quotes and write each quote in it twice: "")',
  CSV_QUOTE_NOT_CLOSED: 'a quote opened here is never closed',
  CSV_MAX_RECORD_SIZE: 'the record is longer than 2 MB, probably because a quote opened here is never closed',
};

/** Errors after which the records that follow are read again from the next line. */
const RUNAWAY_QUOTE = new Set(['CSV_QUOTE_NOT_CLOSED', 'CSV_MAX_RECORD_SIZE']);

function csvReason(err: unknown): string {
  const e = err as { code?: string; message?: string };
  return CSV_REASONS[e.code ?? ''] ?? String(e.message ?? err).replace(/ (at|on) line \d+/, '').slice(0, 200);
}

/**
 * CSV with a header row. Rows are numbered by the line they start on, the header being line 1,
 * as a spreadsheet numbers them (unless a cell holds a line break). A record that cannot be
 * read becomes a failed row with the reason and its lines, and reading starts again after it
 * (see resumeAfter): one bad record never stops the others.
 */
function readCsv(utf8: Buffer, rows: ParsedRow[]): void {
  const file = csvScanner(utf8);
  let header: string[];
  let at: number;
  try {
    const [first] = parseCsv(utf8, { ...CSV_OPTIONS, info: true, to: 1 }) as unknown as Array<{ record: string[]; info: { bytes: number } }>;
    if (!first) return;
    header = first.record;
    at = first.info.bytes;
  } catch (err) {
    throw new ValidationError(`The CSV file's header row cannot be read: ${csvReason(err)}`, { file: ['has no readable header row'] });
  }
  const add = (line: number, payload: Record<string, unknown> | null, error: string | null) =>
    // a strictly increasing number even in a file whose line breaks differ from its record breaks
    addRow(rows, { rowNumber: Math.max(line, (rows.at(-1)?.rowNumber ?? 1) + 1), payload, error });
  let unreadable = 0;
  while (at < utf8.length) {
    const base = at;
    let next = base;
    try {
      parseCsv(utf8.subarray(base), {
        ...CSV_OPTIONS,
        columns: header,
        on_record: (record: Record<string, string>, info: { bytes: number }) => {
          add(file.lineAt(skipLineBreaks(utf8, next)), pick(record), null);
          next = base + info.bytes;
          return null;
        },
      });
      return;
    } catch (err) {
      if (!(err instanceof CsvError)) throw err;
      const start = skipLineBreaks(utf8, next);
      const first = file.lineAt(start);
      at = resumeAfter(file, start, err, header);
      const last = Math.max(first, file.lineAt(at - 1));
      const reason = `${csvReason(err)}${RUNAWAY_QUOTE.has(err.code) ? '; the lines after it are read as new records' : ''}`;
      add(first, null, `${last > first ? `lines ${first}–${last}` : `line ${first}`} cannot be read as CSV: ${reason}`);
      if (++unreadable > MAX_UNREADABLE_CSV_RECORDS) {
        const firstBad = rows.find((r) => !r.payload)!;
        throw new ValidationError(
          `The CSV file cannot be read: more than ${MAX_UNREADABLE_CSV_RECORDS.toLocaleString('en')} of its records are malformed, the first: ${firstBad.error}. Check that it is comma-separated with a header row.`,
          { file: ['is not valid CSV'] },
        );
      }
    }
  }
}

/**
 * Where reading starts again after a record that cannot be read:
 * - after a quote that never closes, on the next line (the quote was most likely stray);
 * - after a quote inside an unquoted field, on the next line (such a field ends with its line);
 * - after a quote that ends a quoted field too early: when it opens a field on a later line
 *   (after a comma, or first on its line), it is the next record's, run into by a stray quote:
 *   on its line; otherwise it is a quote inside the field (`"He said "no" today"`), and the
 *   record goes on to the first quote that could close it (before a comma or a line's end).
 */
function resumeAfter(file: CsvScanner, start: number, err: CsvError, header: string[]): number {
  const nextLine = file.endOfLine(start);
  if (RUNAWAY_QUOTE.has(err.code)) return nextLine;
  const fault = faultyQuote(file.utf8, start, header);
  if (fault < 0) return nextLine;
  if (err.code === 'INVALID_OPENING_QUOTE') return Math.max(nextLine, file.endOfLine(fault));
  const before = file.utf8[fault - 1];
  if (fault >= nextLine && (before === 0x2c || before === 0x0a || before === 0x0d)) return file.startOfLine(fault);
  const closing = file.closingQuote(fault + 1, start + CSV_OPTIONS.max_record_size);
  return Math.max(nextLine, file.endOfLine(closing < 0 ? fault : closing));
}

/** The offset of the quote a record starting at `start` fails on, read from the record's raw text, or -1. */
function faultyQuote(utf8: Buffer, start: number, header: string[]): number {
  try {
    parseCsv(utf8.subarray(start), { ...CSV_OPTIONS, columns: header, raw: true, to: 1 });
  } catch (err) {
    const raw = (err as { raw?: unknown }).raw;
    if (typeof raw === 'string' && raw.length > 0) {
      const at = utf8.lastIndexOf(0x22, start + Buffer.byteLength(raw, 'utf8') - 1);
      return at >= start ? at : -1;
    }
  }
  return -1;
}

/** The first byte after the line breaks at `pos` (blank lines are skipped, as the parser does). */
function skipLineBreaks(utf8: Buffer, pos: number): number {
  while (pos < utf8.length && (utf8[pos] === 0x0a || utf8[pos] === 0x0d)) pos++;
  return pos;
}

type CsvScanner = ReturnType<typeof csvScanner>;

/**
 * Lines and closing quotes of a CSV file. Lines end at LF (at CR in a file that has no LF).
 * Offsets are asked for in increasing order, so however many records fail, the counts and
 * searches go over the file about once.
 */
function csvScanner(utf8: Buffer) {
  const lineBreak = utf8.includes(0x0a) ? 0x0a : 0x0d;
  let counted = 0;
  let line = 1;
  let searched = 0;
  let found = -1;
  return {
    utf8,
    /** The line number of an offset (not below the last one asked for). */
    lineAt(offset: number): number {
      for (let at = utf8.indexOf(lineBreak, counted); at !== -1 && at < offset; at = utf8.indexOf(lineBreak, counted)) {
        line++;
        counted = at + 1;
      }
      return line;
    },
    /** The start of the line after the one holding `pos`. */
    endOfLine(pos: number): number {
      const at = utf8.indexOf(lineBreak, pos);
      return at === -1 ? utf8.length : at + 1;
    },
    /** The start of the line holding `pos`. */
    startOfLine(pos: number): number {
      return pos <= 0 ? 0 : utf8.lastIndexOf(lineBreak, pos - 1) + 1;
    },
    /** The first quote from `pos` (before `limit`) followed, after spaces, by a comma, a line break or the end; or -1. */
    closingQuote(pos: number, limit: number): number {
      if (found >= pos) return found < limit ? found : -1;
      // [pos, searched) holds no such quote: it was searched already
      for (let q = utf8.indexOf(0x22, Math.max(pos, searched)); q !== -1 && q < limit; q = utf8.indexOf(0x22, q + 1)) {
        let i = q + 1;
        while (utf8[i] === 0x20 || utf8[i] === 0x09) i++;
        if (i >= utf8.length || utf8[i] === 0x2c || utf8[i] === 0x0a || utf8[i] === 0x0d) {
          searched = q + 1;
          found = q;
          return q;
        }
      }
      searched = Math.max(searched, limit);
      return -1;
    },
  };
}

function tooMany(): AppError {
  return new AppError(413, 'payload_too_large', `Import files can have at most ${MAX_IMPORT_ROWS.toLocaleString('en')} rows.`);
}

/** Stores a batch (with how its file was read) and its rows, and queues its processing, in one transaction. */
export async function createImport(
  deps: { dataSource: DataSource; queue?: JobQueue },
  file: { content: Buffer; filename: string },
  actor: Actor,
  options: { enqueue?: boolean } = {},
): Promise<{ batchId: number; rows: number; unreadable: number; format: ImportFormat; encoding: ImportEncoding }> {
  const { format, encoding, rows } = parseImportFile(file.content, file.filename);
  const unreadable = rows.filter((r) => !r.payload).length;
  return withTransaction(deps.dataSource, async (em) => {
    const batch = await insertImportBatch(em, {
      filename: file.filename.slice(0, 200),
      format,
      encoding,
      totalRows: rows.length,
      createdBy: actor.id,
    });
    await insertImportRows(
      em,
      rows.map((r) => ({ batchId: batch.id, rowNumber: r.rowNumber, payload: r.payload, status: r.payload ? 'pending' : 'failed', error: r.error })),
    );
    if (deps.queue && options.enqueue !== false) await deps.queue.enqueueImport(em, batch.id);
    await recordAudit(em, actor, {
      action: 'import.create',
      targetType: 'import',
      targetId: batch.id,
      after: { filename: batch.filename, rows: rows.length, format, encoding },
    });
    return { batchId: batch.id, rows: rows.length, unreadable, format, encoding };
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
  await startImportRun(em, batchId);
  let handled = 0;
  let storing: Promise<void> = Promise.resolve();
  const storeChunk = async (chunk: ImportRowEntity[], prepared: PreparedBatch) => {
    const outcomes = await storeArticleBatch(
      deps,
      prepared,
      (tx, stored) =>
        setImportRowOutcomes(tx, stored.map((s) => ({ id: chunk[s.index].id, status: 'done', articleId: s.articleId, error: null, convertedFromHtml: s.textFormat === 'html' }))),
      // a duplicate's row is settled with its copy's record as another publication, in one transaction
      (tx, duplicates) =>
        setImportRowOutcomes(tx, duplicates.map((d) => ({ id: chunk[d.index].id, status: 'duplicate', articleId: d.articleId, error: null, convertedFromHtml: d.textFormat === 'html' }))),
    );
    await setImportRowOutcomes(
      em,
      outcomes.flatMap((o, i): Array<{ id: number; status: ImportRowStatus; articleId: number | null; error: string | null; retryable?: boolean; convertedFromHtml?: boolean }> =>
        'error' in o ? [{ id: chunk[i].id, status: 'failed' as const, articleId: null, error: failure(o.error), retryable: retryable(o.error) }] : [],
      ),
    );
    handled += chunk.length;
    onProgress?.(handled);
  };
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
        await updateImportRow(em, row.id, { status: 'failed', error: 'the row has neither a text nor a url', retryable: false });
        onProgress?.(++handled);
        continue;
      }
      if (hasText) {
        texts.push(row);
        continue;
      }
      try {
        // (a retry from the web app goes through the queue)
        if (!deps.queue) throw new AppError(503, 'queue_needed', 'rows with only a url need the job queue (run the import from the web app or with a worker)');
        const url = (payload.url as string).trim();
        if (!/^https?:\/\//i.test(url) || !URL.canParse(url)) throw new ValidationError('url must be an http:// or https:// address');
        await withTransaction(deps.dataSource, async (tx) => {
          const request = await insertIngestRequest(tx, { url, requestedBy: batch.createdBy, overrides: pickStrings(payload, ['title', 'outlet', 'publishedAt']) });
          await deps.queue!.enqueueFetch(tx, request.id);
          await updateImportRow(tx, row.id, { status: 'fetching', ingestRequestId: request.id, error: null });
        });
      } catch (err) {
        await updateImportRow(em, row.id, { status: 'failed', error: failure(err), retryable: retryable(err) });
      }
      onProgress?.(++handled);
    }
    for (const chunk of chunksOf(texts)) {
      const prepared = await prepareArticleBatch(deps, chunk.map((row) => ({ ...row.payload, title: row.payload?.title ?? firstWords(row.payload?.text) })), 'import');
      // one transaction at a time, in file order; the chunk is stored while the next rows are read and analysed
      await storing;
      const store = storeChunk(chunk, prepared);
      store.catch(() => undefined); // (awaited before the next chunk or at the end, where a failure is thrown)
      storing = store;
    }
  }
  await storing;
  const counts = await countImportRows(em, batchId);
  if (counts.pending > 0) {
    // Rows still pending are claimed by another worker: it finishes them, or — if it died —
    // its claims lapse and this worker takes them. Either way the batch ends here.
    await new Promise((resolve) => setTimeout(resolve, CLAIM_POLL_MS));
    return processImport(deps, batchId, onProgress && ((done) => onProgress(handled + done)));
  }
  await finishImportRun(em, batchId);
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

/** The reason a row failed, as shown on the progress page: one problem a line. */
function failure(err: unknown): string {
  return err instanceof ValidationError ? describe(err) : err instanceof AppError ? err.message : 'internal error while storing this row';
}

/** Whether storing the row again as it is may succeed: not when the row itself is invalid. */
function retryable(err: unknown): boolean {
  return !(err instanceof ValidationError);
}

/** The problems of a failed row's reason, one each (as stored by `failure`). */
export function rowProblems(error: string | null): string[] {
  return (error ?? 'failed').split('\n').map((p) => p.trim()).filter(Boolean);
}

/** Puts the failed rows of a batch back in the queue. */
export async function retryFailedRows(deps: { dataSource: DataSource; queue?: JobQueue }, batchId: number, actor: Actor): Promise<number> {
  return withTransaction(deps.dataSource, async (em) => {
    const batch = await findImportBatch(em, batchId);
    if (!batch) throw new NotFoundError(`There is no import ${batchId}`);
    const n = await resetFailedRows(em, batchId);
    if (n > 0) {
      // a new run: its rate and time left are measured from its own start
      await updateImportBatch(em, batchId, { status: 'queued', startedAt: null, finishedAt: null });
      if (deps.queue) await deps.queue.enqueueImport(em, batchId);
    }
    await recordAudit(em, actor, { action: 'import.retry', targetType: 'import', targetId: batchId, after: { rows: n } });
    return n;
  });
}

/**
 * Progress of a batch: counts, rate and time left. The rate is that of the current run (the
 * rows it has handled since it started), so after a retry it is not diluted by the time
 * since the first run.
 */
export async function importProgress(deps: { dataSource: DataSource }, batchId: number) {
  const em = deps.dataSource.manager;
  const batch = await findImportBatch(em, batchId);
  if (!batch) throw new NotFoundError(`There is no import ${batchId}`);
  const { counts, handled, seconds, convertedFromHtml, retryable } = await importProgressCounts(em, batchId);
  // a row handed to the fetcher is settled when its page is stored or fails (see updateIngestRequest)
  const finished = counts.done + counts.duplicate + counts.failed;
  const rate = seconds && seconds > 0 && handled > 0 ? handled / seconds : null;
  const etaSeconds = rate && counts.pending > 0 ? Math.ceil(counts.pending / rate) : null;
  return { batch, counts, finished, rate, etaSeconds, convertedFromHtml, retryable };
}

/** A batch's failed rows in file order, a page at a time, for a download of them all. */
export async function* failedRowPages(deps: { dataSource: DataSource }, batchId: number, pageSize = 1000): AsyncGenerator<ImportRowEntity[]> {
  for (let after = 0; ; ) {
    const rows = await listFailedRows(deps.dataSource.manager, batchId, pageSize, after);
    if (rows.length) yield rows;
    // a short page is the last: no query to learn that nothing follows
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1].rowNumber;
  }
}

function describe(err: ValidationError): string {
  const details = err.details as Record<string, string[]> | undefined;
  return details ? Object.entries(details).flatMap(([k, v]) => v.map((m) => `${k} ${m}`)).join('\n') : err.message;
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
