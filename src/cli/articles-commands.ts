import 'reflect-metadata';
import { loadConfig } from '../config';
import { connectDatabase } from '../db/database';
import { repairVersions } from '../services/repair-versions';

/**
 * `articles repair-versions`: chains as versions the current articles that share an address (an
 * imported page posted again edited, before such a post became its next version), the newest
 * current. A command rather than a migration: it does what ingest does for a new version (speakers'
 * timelines and counters, claims and their topics' checks, carried reviews), through the same code,
 * which a migration must not depend on, and an archive can take a while to check its topics again.
 */
export async function articlesCommand(args: string[]): Promise<number> {
  if (args[0] !== 'repair-versions') {
    process.stderr.write('usage: articles repair-versions\n');
    return 2;
  }
  const db = await connectDatabase(loadConfig(), undefined, { shareRunning: true });
  try {
    const tty = process.stderr.isTTY;
    const result = await repairVersions({ dataSource: db.dataSource }, (done, total) => {
      if (tty) process.stderr.write(`\r${done}/${total} addresses`);
    });
    if (tty) process.stderr.write('\n');
    process.stdout.write(
      `${result.pages.toLocaleString('en')} addresses had several current articles; ${result.retired.toLocaleString('en')} articles made earlier versions (${result.seconds.toFixed(1)} s)\n`,
    );
    return 0;
  } finally {
    await db.close();
  }
}
