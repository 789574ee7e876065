import 'reflect-metadata';
import { loadConfig } from '../config';
import { connectDatabase } from '../db/database';
import { proposeSpeakerMatches } from '../services/propose-speaker-matches';

/**
 * `speakers propose`: lists for review the stored speakers that are one person under several
 * names (“Donald J. Trump” beside Donald Trump) or a headline word before a name (“Asserting
 * Clinton”), for archives stored before ingest matched such names. Nothing is merged.
 */
export async function speakersCommand(args: string[]): Promise<number> {
  if (args[0] !== 'propose') {
    process.stderr.write('usage: speakers propose\n');
    return 2;
  }
  const db = await connectDatabase(loadConfig(), undefined, { shareRunning: true });
  try {
    const tty = process.stderr.isTTY;
    const result = await proposeSpeakerMatches({ dataSource: db.dataSource }, (n) => {
      if (tty) process.stderr.write(`\r${n} shared surnames read`);
    });
    if (tty) process.stderr.write('\n');
    process.stdout.write(
      `${result.surnames.toLocaleString('en')} surnames shared by several people read; ${result.proposed.toLocaleString('en')} possible matches added to /speakers/review\n`,
    );
    return 0;
  } finally {
    await db.close();
  }
}
