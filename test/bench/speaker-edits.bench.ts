/**
 * Merging and renaming a busy speaker: `npm run bench -- speaker-edits [--speakers=500]
 * [--quotes=150000] [--rounds=3] [--regenerate]`.
 *
 * Builds (once, then reuses) a generated archive whose busiest speaker has about 15,000 quotes,
 * in BENCH_DATABASE_URL or an embedded PostgreSQL in BENCH_DATA_DIR (default
 * /tmp/whosaid-bench-edits), then times, through the services, the merge of that speaker into
 * the next busiest, its undo, a rename of the busiest and its undo, each `rounds` times. It
 * also times the quotes' UPDATE of a merge alone, with and without the speaker's name (rolled
 * back), which is what crediting the quotes under the kept name adds. Prints a table and writes
 * test/bench/out/speaker-edits.json.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { openDatabase } from '../../src/db/data-source';
import { CLI_ACTOR } from '../../src/services/audit';
import { renameSpeaker } from '../../src/services/edit-speaker';
import { mergeSpeakers } from '../../src/services/merge-speakers';
import { undoSpeakerChange } from '../../src/services/undo-speaker-change';
import { arg, openBenchDatabase, summary } from './bench-support';
import { ensureArchive } from './speakers-generate';

/** Runs the benchmark. */
export async function run(args: string[]): Promise<void> {
  const nSpeakers = arg(args, 'speakers', 500);
  const nQuotes = arg(args, 'quotes', 150_000);
  const rounds = arg(args, 'rounds', 3);
  const log = (m: string) => process.stderr.write(`[bench speaker-edits] ${m}\n`);
  const { url, embedded } = await openBenchDatabase(path.join(os.tmpdir(), 'whosaid-bench-edits'), 54435, 'whosaid_bench_edits');
  // (closed before the database stops, also after an error: else the open client's own error hides it)
  let openClient: Client | null = null;
  let openSource: Awaited<ReturnType<typeof openDatabase>>['dataSource'] | null = null;
  try {
    const { dataSource } = await openDatabase({ url, poolSize: 2 });
    openSource = dataSource;
    const client = new Client({ connectionString: url });
    openClient = client;
    await client.connect();
    await ensureArchive(client, { speakers: nSpeakers, quotes: nQuotes, regenerate: args.includes('--regenerate'), log });
    await client.query('ANALYZE quotes');
    const [busiest, next] = (
      // (two of one kind: a person and an organisation cannot be merged)
      await client.query(`SELECT id, name, quote_count AS "quoteCount" FROM speakers
                           WHERE merged_into_id IS NULL
                             AND kind = (SELECT kind FROM speakers WHERE merged_into_id IS NULL ORDER BY quote_count DESC, id LIMIT 1)
                           ORDER BY quote_count DESC, id LIMIT 2`)
    ).rows as Array<{ id: number; name: string; quoteCount: number }>;
    log(`busiest speaker #${busiest.id} (${busiest.quoteCount} quotes), merged into #${next.id} (${next.quoteCount})`);

    const deps = { dataSource };
    const lastChange = async (id: number, action: string) =>
      (await client.query(`SELECT id FROM audit_log WHERE target_type = 'speaker' AND target_id = $1 AND action = $2 ORDER BY id DESC LIMIT 1`, [String(id), action])).rows[0].id as string;
    const timed = async (f: () => Promise<unknown>) => {
      const t0 = process.hrtime.bigint();
      await f();
      return Number(process.hrtime.bigint() - t0) / 1e6;
    };
    const ms: Record<string, number[]> = { merge: [], 'undo merge': [], rename: [], 'undo rename': [], 'quotes UPDATE, id only': [], 'quotes UPDATE, id and name': [] };
    const ids = (await client.query('SELECT id FROM quotes WHERE speaker_id = $1', [busiest.id])).rows.map((r: { id: number }) => r.id);
    for (let i = 0; i < rounds; i++) {
      ms.merge.push(await timed(() => mergeSpeakers(deps, CLI_ACTOR, { keepId: next.id, mergeId: busiest.id })));
      const merge = await lastChange(next.id, 'speaker.merge');
      ms['undo merge'].push(await timed(() => undoSpeakerChange(deps, CLI_ACTOR, merge)));
      ms.rename.push(await timed(() => renameSpeaker(deps, CLI_ACTOR, busiest.id, `${busiest.name} Jr`)));
      const rename = await lastChange(busiest.id, 'speaker.rename');
      ms['undo rename'].push(await timed(() => undoSpeakerChange(deps, CLI_ACTOR, rename)));
      for (const [label, sql, params] of [
        ['quotes UPDATE, id only', 'UPDATE quotes SET speaker_id = $2 WHERE id = ANY($1::int[])', [ids, next.id]],
        ['quotes UPDATE, id and name', 'UPDATE quotes SET speaker_id = $2, speaker_name = $3 WHERE id = ANY($1::int[])', [ids, next.id, next.name]],
      ] as Array<[string, string, unknown[]]>) {
        await client.query('BEGIN');
        ms[label].push(await timed(() => client.query(sql, params)));
        await client.query('ROLLBACK');
      }
    }
    await client.query('VACUUM quotes');
    const rows = Object.entries(ms).map(([what, l]) => ({ what, quotes: busiest.quoteCount, ...summary(l) }));
    console.table(rows);
    const out = path.join(__dirname, 'out');
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, 'speaker-edits.json'), JSON.stringify({ at: new Date().toISOString(), speakers: nSpeakers, quotes: nQuotes, rounds, rows }, null, 2));
  } finally {
    await openClient?.end().catch(() => undefined);
    await openSource?.destroy().catch(() => undefined);
    await embedded?.stop();
  }
}
