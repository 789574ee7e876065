/**
 * Benchmark entry: `npm run bench -- <name>` runs test/bench/<name>.bench.ts.
 * Add a suite by adding a line to SUITES.
 */
import path from 'node:path';

/** Suites by name; each module exports `run(args): Promise<void>`. */
const SUITES: Record<string, string> = {
  core: './core.bench',
  speakers: './speakers.bench',
  ingest: './ingest.bench',
  crash: './crash.bench',
  search: './search.bench',
  'speaker-edits': './speaker-edits.bench',
};

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const file = name ? SUITES[name] : undefined;
  if (!file) {
    process.stderr.write(`usage: npm run bench -- <${Object.keys(SUITES).join('|')}>\n`);
    process.exitCode = 2;
    return;
  }
  const suite = (await import(path.join(__dirname, file))) as { run(args: string[]): Promise<void> };
  await suite.run(args);
}

void main();
