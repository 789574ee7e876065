#!/usr/bin/env node
/**
 * Command-line entry. Commands live in one table; add an entry to add a command.
 *   extract            JSON Lines articles on stdin → one JSON line of quotes per article
 *   eval quotes [file] quote extraction and attribution metrics on an annotated file
 *   user create        create an account (needs the database)
 *   token create       print a new API token for an account (needs the database)
 *   articles repair-versions  chain as versions the current articles sharing an address (needs the database)
 *   speakers propose   list stored name variants of one person for review (needs the database)
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { tokenCommand, userCommand } from './cli/account-commands';
import { claimsCommand, topicsCommand } from './cli/claims-commands';
import { importCommand } from './cli/import-command';
import { speakersCommand } from './cli/speakers-commands';
import { articlesCommand } from './cli/articles-commands';
import { analyseArticle } from './core';
import { evalQuotes } from './eval/run-quotes';

/** One command: a name, a line of help and a runner returning the exit code. */
export interface Command {
  name: string;
  summary: string;
  run(args: string[]): Promise<number>;
}

/** The directory holding package.json, found upward from this file (works from src/ and dist/src/). */
export function projectRoot(from: string = __dirname): string {
  let dir = from;
  for (let i = 0; i < 6; i++) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}

function progress(done: number): void {
  if (process.stderr.isTTY) process.stderr.write(`\r${done} articles`);
}

/** Analyse one input line; never throws. */
export function extractLine(line: string): Record<string, unknown> {
  let id: unknown;
  try {
    const input = JSON.parse(line) as { id?: unknown; text?: unknown; publishedAt?: unknown };
    id = input.id;
    if (typeof input.text !== 'string') return { ...(id !== undefined ? { id } : {}), error: 'missing "text" string' };
    const publishedAt = typeof input.publishedAt === 'string' ? input.publishedAt : undefined;
    const a = analyseArticle(input.text, { publishedAt });
    return { id, quotes: a.quotes, statements: a.statements, people: a.people };
  } catch (err) {
    return { ...(id !== undefined ? { id } : {}), error: err instanceof Error ? err.message : String(err) };
  }
}

async function extract(): Promise<number> {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    if (line.trim() === '') continue;
    process.stdout.write(`${JSON.stringify(extractLine(line))}\n`);
    progress(++n);
  }
  if (process.stderr.isTTY) process.stderr.write('\n');
  return 0;
}

async function evaluate(args: string[]): Promise<number> {
  const [what, file] = args.filter((a) => !a.startsWith('--'));
  if (what !== 'quotes') {
    process.stderr.write('usage: eval quotes [file] [--errors=N] [--include-terms]\n');
    return 2;
  }
  const errorsArg = args.find((a) => a.startsWith('--errors='));
  const target = file ? path.resolve(file) : path.resolve(projectRoot(), '..', 'shared', 'quote-eval', 'train.jsonl');
  const { report } = evalQuotes({ file: target, errors: errorsArg ? Number(errorsArg.slice(9)) : 40, includeTerms: args.includes('--include-terms') });
  process.stdout.write(`${report}\n`);
  return 0;
}

/** Every command, by name. */
export const COMMANDS: readonly Command[] = [
  { name: 'extract', summary: 'read JSON Lines articles on stdin, write quotes/statements/people per line', run: () => extract() },
  { name: 'eval', summary: 'eval quotes [file]: quote and speaker metrics on an annotated JSON Lines file', run: (args) => evaluate(args) },
  { name: 'user', summary: 'user create --email E --role admin|editor|viewer: create an account (password prompted or on stdin)', run: (args) => userCommand(args) },
  { name: 'import', summary: 'import FILE: store the articles of a JSON Lines or CSV file (needs the database)', run: (args) => importCommand(args) },
  { name: 'claims', summary: 'claims backfill: find the claims of stored articles that have none (needs the database)', run: (args) => claimsCommand(args) },
  { name: 'topics', summary: 'topics refresh: re-run the consistency checks of every topic (needs the database)', run: (args) => topicsCommand(args) },
  { name: 'articles', summary: 'articles repair-versions: chain as versions the current articles that share an address (needs the database)', run: (args) => articlesCommand(args) },
  { name: 'speakers', summary: 'speakers propose: list for review the stored speakers that are one person under several names (needs the database)', run: (args) => speakersCommand(args) },
  { name: 'token', summary: 'token create --email E [--name N]: print a new API token for an account', run: (args) => tokenCommand(args) },
];

function usage(): string {
  return ['usage: whosaid <command> [args]', ...COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`)].join('\n');
}

/** Dispatch argv to a command. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`${usage()}\n`);
    return name ? 2 : 0;
  }
  return command.run(args);
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (err: unknown) => {
    // Problems the user can act on get one line; anything else keeps its stack for a bug report.
    const known = err instanceof Error && ['ConfigError', 'EmbeddedPostgresError'].includes(err.name);
    process.stderr.write(`${known ? `error: ${(err as Error).message}` : err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
