import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../config';
import { connectDatabase } from '../db/database';
import { AppError } from '../errors';
import { type JobQueue, startQueue } from '../jobs/queue';
import { CLI_ACTOR } from '../services/audit';
import { createImport, failedRowPages, processImport, rowProblems } from '../services/imports';

/** `[####....] 120/202 75 rows/s, 1s left`: position counts every row settled, the rate only those this run handled. */
function bar(position: number, total: number, handled: number, started: number): string {
  const width = 30;
  const filled = Math.min(width, Math.round((position / Math.max(total, 1)) * width));
  const rate = handled / Math.max((Date.now() - started) / 1000, 0.001);
  const eta = rate > 0 ? Math.ceil((total - position) / rate) : 0;
  return `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${position}/${total} ${rate.toFixed(0)} rows/s, ${eta}s left `;
}

/**
 * Stores the rows of a file in this process, reporting progress through `progress` (a bar
 * line at most every 100 ms, and once at the end). Rows that could not be read are failed
 * from the start and never reach the worker: the bar counts them as handled, so it ends at
 * total/total.
 */
export async function runImport(
  deps: { dataSource: DataSource; queue?: JobQueue },
  file: { content: Buffer; filename: string },
  progress?: (line: string) => void,
) {
  const created = await createImport(deps, file, CLI_ACTOR, { enqueue: false });
  const started = Date.now();
  let painted = 0;
  const paint = (handled: number, force = false) => {
    if (!progress || (!force && Date.now() - painted < 100)) return;
    painted = Date.now();
    progress(bar(Math.min(created.rows, created.unreadable + handled), created.rows, handled, started));
  };
  const counts = await processImport(deps, created.batchId, (done) => paint(done));
  paint(created.rows - created.unreadable - counts.pending, true);
  return { ...created, counts, seconds: (Date.now() - started) / 1000 };
}

/** Failed rows named on the terminal, with their reasons; the rest are counted and left to the import page. */
export const FAILED_ROWS_SHOWN = 20;

/**
 * The lines that say which rows failed and why (“row 54: publishedAt 12/03/2016 could be either
 * of two days …”), the first FAILED_ROWS_SHOWN in file order, then how many more and where all
 * are listed: on a terminal with no browser at hand the reason is not a dead end.
 */
export async function failedRowLines(deps: { dataSource: DataSource }, batchId: number, failed: number): Promise<string[]> {
  if (failed === 0) return [];
  const first = await failedRowPages(deps, batchId, FAILED_ROWS_SHOWN).next();
  const rows = first.done ? [] : first.value;
  const lines = rows.map((r) => `row ${r.rowNumber}: ${rowProblems(r.error).map((p) => p.replace(/\s+/g, ' ')).join('; ')}`);
  const more = failed - rows.length;
  lines.push(more > 0 ? `… and ${more} more failed row${more === 1 ? '' : 's'}: all are listed at /imports/${batchId}` : `failed rows are listed at /imports/${batchId}`);
  return lines;
}

/** `import FILE`: stores the articles of a JSON Lines, JSON or CSV file, with a progress bar; rows with only a URL go to the fetch queue. */
export async function importCommand(args: string[]): Promise<number> {
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write('usage: import FILE.jsonl|FILE.json|FILE.csv\n');
    return 2;
  }
  let content: Buffer;
  try {
    content = readFileSync(file);
  } catch (err) {
    process.stderr.write(`error: cannot read ${file}: ${(err as Error).message}\n`);
    return 1;
  }
  const config = loadConfig();
  const db = await connectDatabase(config, undefined, { shareRunning: true });
  const queue = await startQueue(config.DATABASE_URL ?? db.embedded!.url, { supervise: false });
  try {
    const tty = process.stderr.isTTY;
    const result = await runImport({ dataSource: db.dataSource, queue }, { content, filename: path.basename(file) }, tty ? (line) => process.stderr.write(line) : undefined);
    if (tty) process.stderr.write('\n');
    const { batchId, counts, encoding } = result;
    process.stdout.write(
      `import ${batchId}: ${counts.done} stored, ${counts.duplicate} already present, ${counts.fetching} sent to the fetcher, ${counts.failed} failed (${result.seconds.toFixed(1)} s)\n`,
    );
    if (encoding !== 'utf-8') process.stdout.write(`the file is not UTF-8: it was read as ${encoding}\n`);
    for (const line of await failedRowLines({ dataSource: db.dataSource }, batchId, counts.failed)) process.stdout.write(`${line}\n`);
    return counts.failed ? 3 : 0;
  } catch (err) {
    if (err instanceof AppError) {
      process.stderr.write(`error: ${err.message}\n`);
      return 1;
    }
    throw err;
  } finally {
    await queue.stop();
    await db.close();
  }
}
