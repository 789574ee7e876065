import { type Request, type Response, Router } from 'express';
import { stringify } from 'csv-stringify/sync';
import multer from 'multer';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { findImportBatch, listFailedRows, listImportBatches } from '../../db/repositories/import.repository';
import { AppError, NotFoundError, ValidationError } from '../../errors';
import type { JobQueue } from '../../jobs/queue';
import {
  createImport,
  failedRowPages,
  type ImportEncoding,
  type ImportFormat,
  importProgress,
  MAX_IMPORT_BYTES,
  retryFailedRows,
  rowProblems,
} from '../../services/imports';
import { actorOf } from '../actor';
import { write } from '../exports';
import { requireQueue } from '../articles/articles.router';
import { requireRole } from '../middleware/auth';
import { csrfError, verifyUploadCsrf } from '../middleware/csrf';
import { validate } from '../middleware/validate';
import { formatCount } from '../counts';
import { pathId } from '../path-id';

declare module 'express-session' {
  interface SessionData {
    /** Why the last upload was refused, shown once on /imports. */
    importError?: string;
  }
}

const idParams = z.object({ id: pathId });

/** Failed rows listed on the progress page; all of them are in the CSV download. */
const LISTED_FAILED_ROWS = 200;

type Progress = Awaited<ReturnType<typeof importProgress>>;

/**
 * The progress figures as the page shows them, also sent as JSON to the page's script, which
 * writes them into the same places. `live` while rows are pending or pages are being fetched.
 */
function progressView(p: Progress) {
  const { batch, counts } = p;
  const live = batch.status !== 'done' || counts.fetching > 0;
  const state =
    batch.status === 'done' ? (counts.fetching > 0 ? 'rows read, pages still being fetched' : 'finished') : batch.status === 'running' ? 'running' : 'waiting for a worker';
  const eta = p.etaSeconds;
  return {
    live,
    total: batch.totalRows,
    finished: p.finished,
    percent: `${batch.totalRows ? Math.floor((p.finished / batch.totalRows) * 100) : 100}%`,
    facts: {
      state,
      stored: formatCount(counts.done),
      duplicate: formatCount(counts.duplicate),
      fetching: formatCount(counts.fetching),
      failed: formatCount(counts.failed),
      remaining: formatCount(counts.pending),
      // rows whose text was HTML, stored (or found already stored) as plain text
      converted: p.convertedFromHtml > 0 ? `${formatCount(p.convertedFromHtml)} of the stored and duplicate rows` : null,
      rate: p.rate ? `${p.rate.toFixed(1)} rows/s` : null,
      timeLeft: eta ? `about ${eta < 90 ? `${eta} s` : `${Math.ceil(eta / 60)} min`}` : null,
    },
  };
}

const FORMAT_NAMES: Record<ImportFormat, string> = { jsonl: 'JSON Lines', json: 'JSON array', csv: 'CSV' };
const ENCODING_NAMES: Record<ImportEncoding, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16', 'windows-1252': 'Windows-1252 (Latin-1)' };

/** What a row number counts in a file of this format. */
function rowUnit(format: ImportFormat): 'line' | 'item' {
  return format === 'json' ? 'item' : 'line';
}

/** Bulk import pages: upload a JSON Lines, JSON or CSV file, follow its progress, retry or download failed rows. */
export function importsRouter(deps: { dataSource: DataSource; queue?: JobQueue }): Router {
  const router = Router();
  // The form's CSRF token is a field before the file: checked when the parser reaches the file, so
  // a forged upload is refused before any of its file is kept in memory (`verifyUploadCsrf`).
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 5 },
    fileFilter: (_req, _file, cb) => (verifyUploadCsrf(_req.res as Response) ? cb(null, true) : cb(csrfError())),
  }).single('file');

  // A refused upload is redirected back to the form with its reason kept in the session (POST →
  // redirect → GET), so that reloading the page does not post the file again.
  const refuse = (req: Request, res: Response, message: string) => {
    req.session.importError = message;
    // saved before the redirect is sent: the session middleware saves while the response's head
    // is already on its way, and the browser's next request could read the session without it
    req.session.save((err) => (err ? res.status(500).type('text/plain').send('The session could not be saved.') : res.redirect(303, '/imports')));
  };

  router.get('/imports', requireRole('editor'), async (req, res) => {
    const error = req.session?.importError ?? null;
    if (error) delete req.session.importError;
    res.render('imports/index', { title: 'Imports', batches: await listImportBatches(deps.dataSource.manager, 50), error });
  });

  router.post('/imports', requireRole('editor'), (req, res, next) => {
    upload(req, res, (err: unknown) => {
      if (err instanceof AppError) return next(err);
      // a form without a file was not checked by the file filter
      if (!err) return verifyUploadCsrf(res) ? next() : next(csrfError());
      const tooLarge = (err as { code?: string }).code === 'LIMIT_FILE_SIZE';
      refuse(req, res, tooLarge ? `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.` : 'The upload could not be read.');
    });
  }, async (req, res) => {
    if (!req.file) return refuse(req, res, 'Choose a JSON Lines, JSON or CSV file to import.');
    try {
      const { batchId } = await createImport({ ...deps, queue: requireQueue(deps.queue) }, { content: req.file.buffer, filename: req.file.originalname }, actorOf(req));
      res.redirect(303, `/imports/${batchId}`);
    } catch (err) {
      if (!(err instanceof ValidationError) && !(err instanceof AppError && err.status === 413)) throw err;
      refuse(req, res, err.message);
    }
  });

  router.get('/imports/:id', requireRole('editor'), validate(idParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    const progress = await importProgress(deps, id);
    const { format, encoding } = progress.batch;
    res.render('imports/show', {
      title: `Import ${id}`,
      batch: progress.batch,
      progress: progressView(progress),
      format: FORMAT_NAMES[format],
      encoding: encoding === 'utf-8' ? null : ENCODING_NAMES[encoding],
      unit: rowUnit(format),
      failedCount: progress.counts.failed,
      retryableCount: progress.retryable,
      rowProblems,
      failed: await listFailedRows(deps.dataSource.manager, id, LISTED_FAILED_ROWS),
    });
  });

  // What the progress page's script polls (same origin, the session's user).
  router.get('/imports/:id/progress', requireRole('editor'), validate(idParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    res.set('Cache-Control', 'no-store').json(progressView(await importProgress(deps, id)));
  });

  router.get('/imports/:id/failed.csv', requireRole('editor'), validate(idParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    const batch = await findImportBatch(deps.dataSource.manager, id);
    if (!batch) throw new NotFoundError(`There is no import ${id}`);
    const unit = rowUnit(batch.format);
    await streamFailedRows(res, failedRowPages(deps, id), unit, `import-${id}-failed-rows`);
  });

  router.post('/imports/:id/retry', requireRole('editor'), validate(idParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    await retryFailedRows({ ...deps, queue: requireQueue(deps.queue) }, id, actorOf(req));
    res.redirect(303, `/imports/${id}`);
  });

  return router;
}

const FAILED_COLUMNS = ['reason', 'tries', 'title', 'text', 'url', 'outlet', 'publishedAt'] as const;

/**
 * Streams failed rows as CSV, one page of rows at a time, waiting for the client when its
 * buffer is full. The columns after `reason` and `tries` are the import fields, so the file
 * can be corrected in a spreadsheet and imported again (extra columns are ignored). A UTF-8
 * byte order mark makes spreadsheets read accents right; cells that start like a formula are
 * prefixed with `'` (CSV injection). A failure after the first bytes breaks the connection,
 * so a cut file never passes for a whole one.
 */
async function streamFailedRows(
  res: Response,
  pages: AsyncGenerator<Array<{ rowNumber: number; error: string | null; attempts: number; payload: Record<string, unknown> | null }>>,
  unit: 'line' | 'item',
  name: string,
): Promise<void> {
  let page = await pages.next();
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.attachment(`${name}.csv`);
  try {
    await write(res, stringify([[unit, ...FAILED_COLUMNS]], { bom: true }));
    while (!page.done && !res.destroyed) {
      const records = page.value.map((r) => [r.rowNumber, r.error === null ? '' : rowProblems(r.error).join('; '), r.payload ? r.attempts : '', ...FAILED_COLUMNS.slice(2).map((c) => String(r.payload?.[c] ?? ''))]);
      await write(res, stringify(records, { escape_formulas: true }));
      page = await pages.next();
    }
    res.end();
  } catch (err) {
    res.destroy(err as Error);
    throw err;
  }
}
