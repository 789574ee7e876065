import 'reflect-metadata';
import { loadConfig } from '../config';
import { connectDatabase } from '../db/database';
import { withTransaction } from '../db/transaction';
import { backfillClaims } from '../services/backfill-claims';
import { refreshTopic } from '../services/refresh-topic';

/** Topics re-checked per transaction. */
const BATCH = 100;

/**
 * `topics refresh`: re-runs the consistency checks of every live topic (after the divergence
 * factor changed, say), a batch per transaction so ingest keeps going meanwhile.
 */
export async function topicsCommand(args: string[]): Promise<number> {
  if (args[0] !== 'refresh') {
    process.stderr.write('usage: topics refresh\n');
    return 2;
  }
  const db = await connectDatabase(loadConfig(), undefined, { shareRunning: true });
  try {
    const ds = db.dataSource;
    const [{ total }] = await ds.query('SELECT count(*)::int AS total FROM claim_topics WHERE merged_into_id IS NULL');
    let after = 0;
    let done = 0;
    for (;;) {
      const ids: number[] = (await ds.query('SELECT id FROM claim_topics WHERE merged_into_id IS NULL AND id > $1 ORDER BY id LIMIT $2', [after, BATCH])).map((r: { id: number }) => r.id);
      if (ids.length === 0) break;
      await withTransaction(ds, async (em) => {
        for (const id of ids) await refreshTopic(em, id);
      });
      done += ids.length;
      after = ids[ids.length - 1];
      if (process.stderr.isTTY) process.stderr.write(`\r${done}/${total} topics re-checked`);
    }
    if (process.stderr.isTTY) process.stderr.write('\n');
    const [{ conflicts }] = await ds.query('SELECT coalesce(sum(conflict_count), 0)::int AS conflicts FROM claim_topics WHERE merged_into_id IS NULL');
    process.stdout.write(`${done} topics re-checked; ${conflicts} conflicts now\n`);
    return 0;
  } finally {
    await db.close();
  }
}

/**
 * `claims backfill`: finds the claims of stored articles that have none (stored before claims
 * were kept), with progress, and re-checks the topics they join.
 */
export async function claimsCommand(args: string[]): Promise<number> {
  if (args[0] !== 'backfill') {
    process.stderr.write('usage: claims backfill\n');
    return 2;
  }
  const db = await connectDatabase(loadConfig(), undefined, { shareRunning: true });
  try {
    const started = Date.now();
    const tty = process.stderr.isTTY;
    const result = await backfillClaims({ dataSource: db.dataSource }, (articles, claims) => {
      if (tty) process.stderr.write(`\r${articles} articles analysed, ${claims} claims found`);
    });
    if (tty) process.stderr.write('\n');
    process.stdout.write(`${result.articles} articles without claims analysed; ${result.claims} claims stored (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    return 0;
  } finally {
    await db.close();
  }
}
