import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config';
import { connectDatabase } from '../db/database';
import { AppError } from '../errors';
import { startQueue } from '../jobs/queue';
import { CLI_ACTOR } from '../services/audit';
import { createImport, processImport } from '../services/imports';

function bar(done: number, total: number, started: number): string {
  const width = 30;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  const rate = done / Math.max((Date.now() - started) / 1000, 0.001);
  const eta = rate > 0 ? Math.ceil((total - done) / rate) : 0;
  return `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${rate.toFixed(0)} rows/s, ${eta}s left `;
}

/** `import FILE`: stores the articles of a JSON Lines or CSV file, with a progress bar; rows with only a URL go to the fetch queue. */
export async function importCommand(args: string[]): Promise<number> {
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write('usage: import FILE.jsonl|FILE.csv\n');
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
    const deps = { dataSource: db.dataSource, queue };
    const { batchId, rows } = await createImport(deps, { content, filename: path.basename(file) }, CLI_ACTOR, { enqueue: false });
    const started = Date.now();
    const tty = process.stderr.isTTY;
    const counts = await processImport(deps, batchId, (done) => {
      if (tty && (done % 25 === 0 || done === rows)) process.stderr.write(bar(done, rows, started));
    });
    if (tty) process.stderr.write('\n');
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(
      `import ${batchId}: ${counts.done} stored, ${counts.duplicate} already present, ${counts.fetching} sent to the fetcher, ${counts.failed} failed (${seconds.toFixed(1)} s)\n`,
    );
    if (counts.failed) process.stdout.write(`failed rows are listed at /imports/${batchId}\n`);
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
