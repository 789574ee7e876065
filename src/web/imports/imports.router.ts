import { Router } from 'express';
import multer from 'multer';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { listFailedRows, listImportBatches } from '../../db/repositories/import.repository';
import { AppError, ValidationError } from '../../errors';
import type { JobQueue } from '../../jobs/queue';
import {
  createImport,
  type ImportEncoding,
  type ImportFormat,
  importProgress,
  importSource,
  MAX_IMPORT_BYTES,
  retryFailedRows,
} from '../../services/imports';
import { actorOf } from '../actor';
import { requireQueue } from '../articles/articles.router';
import { requireRole } from '../middleware/auth';
import { validate } from '../middleware/validate';

const idParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

const FORMAT_NAMES: Record<ImportFormat, string> = { jsonl: 'JSON Lines', json: 'JSON array', csv: 'CSV' };
const ENCODING_NAMES: Record<ImportEncoding, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16', 'windows-1252': 'Windows-1252 (Latin-1)' };

/** What a row number counts in a file of this format. */
function rowUnit(format: ImportFormat): 'line' | 'item' {
  return format === 'json' ? 'item' : 'line';
}

/** Bulk import pages: upload a JSON Lines, JSON or CSV file, follow its progress, retry failed rows. */
export function importsRouter(deps: { dataSource: DataSource; queue?: JobQueue }): Router {
  const router = Router();
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 5 } }).single('file');
  const list = async (res: import('express').Response, error: string | null = null, status = 200) =>
    res.status(status).render('imports/index', { title: 'Imports', batches: await listImportBatches(deps.dataSource.manager, 50), error });

  router.get('/imports', requireRole('editor'), async (_req, res) => {
    await list(res);
  });

  router.post('/imports', requireRole('editor'), (req, res, next) => {
    upload(req, res, (err: unknown) => {
      if (err) {
        const tooLarge = (err as { code?: string }).code === 'LIMIT_FILE_SIZE';
        return void list(res, tooLarge ? `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.` : 'The upload could not be read.', tooLarge ? 413 : 400).catch(next);
      }
      next();
    });
  }, async (req, res) => {
    if (!req.file) return list(res, 'Choose a JSON Lines, JSON or CSV file to import.', 422);
    try {
      const { batchId } = await createImport({ ...deps, queue: requireQueue(deps.queue) }, { content: req.file.buffer, filename: req.file.originalname }, actorOf(req));
      res.redirect(303, `/imports/${batchId}`);
    } catch (err) {
      if (!(err instanceof ValidationError) && !(err instanceof AppError && err.status === 413)) throw err;
      await list(res, err.message, err.status);
    }
  });

  router.get('/imports/:id', requireRole('editor'), validate(idParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    const [progress, source] = await Promise.all([importProgress(deps, id), importSource(deps, id)]);
    res.render('imports/show', {
      title: `Import ${id}`,
      ...progress,
      format: FORMAT_NAMES[source.format],
      encoding: source.encoding === 'utf-8' ? null : ENCODING_NAMES[source.encoding],
      unit: rowUnit(source.format),
      failed: await listFailedRows(deps.dataSource.manager, id, 200),
    });
  });

  router.post('/imports/:id/retry', requireRole('editor'), validate(idParams, 'params'), async (req, res) => {
    const { id } = req.validated as { id: number };
    await retryFailedRows({ ...deps, queue: requireQueue(deps.queue) }, id, actorOf(req));
    res.redirect(303, `/imports/${id}`);
  });

  return router;
}
