import 'reflect-metadata';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { connectDatabase } from '../db/database';
import { AppError } from '../errors';
import { createApiTokenForEmail } from '../services/api-tokens';
import { CLI_ACTOR } from '../services/audit';
import { createUser } from '../services/users';

/** Reads a password: prompted without echo on a terminal, else the first line of stdin. */
async function readPassword(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) {
    const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of rl) {
      rl.close();
      return line;
    }
    return '';
  }
  process.stderr.write(prompt);
  return new Promise((resolve) => {
    const stdin = process.stdin;
    let value = '';
    stdin.setRawMode(true);
    stdin.resume();
    const onData = (buf: Buffer) => {
      for (const ch of buf.toString('utf8')) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stderr.write('\n');
          return resolve(value);
        }
        if (ch === '\u0003') process.exit(130);
        value = ch === '\u007f' ? value.slice(0, -1) : value + ch;
      }
    };
    stdin.on('data', onData);
  });
}

/** Opens the configured database (embedded or DATABASE_URL), runs `work`, closes it. */
async function withDatabase<T>(work: (deps: Awaited<ReturnType<typeof connectDatabase>>) => Promise<T>): Promise<T> {
  const db = await connectDatabase(loadConfig(), undefined, { shareRunning: true });
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

function fail(err: unknown): number {
  if (err instanceof AppError) {
    const details = err.details as Record<string, string[]> | undefined;
    const lines = details && typeof details === 'object' ? Object.entries(details).map(([k, v]) => `  ${k}: ${v.join('; ')}`) : [];
    process.stderr.write(`error: ${err.message}\n${lines.join('\n')}${lines.length ? '\n' : ''}`);
    return 1;
  }
  throw err;
}

/** `user create --email E --role R [--name N]`: password prompted, or read from stdin. */
export async function userCommand(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { email: { type: 'string' }, role: { type: 'string', default: 'viewer' }, name: { type: 'string' } },
  });
  if (positionals[0] !== 'create' || !values.email) {
    process.stderr.write('usage: user create --email ADDRESS --role admin|editor|viewer [--name NAME]   (password prompted or on stdin)\n');
    return 2;
  }
  const password = await readPassword(`Password for ${values.email}: `);
  try {
    const user = await withDatabase((db) =>
      createUser(db, { email: values.email, password, role: values.role, displayName: values.name }, CLI_ACTOR),
    );
    process.stdout.write(`created ${user.role} ${user.email} (id ${user.id})\n`);
    return 0;
  } catch (err) {
    return fail(err);
  }
}

/** `token create --email E [--name N]`: prints a new API token for that account, once. */
export async function tokenCommand(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { email: { type: 'string' }, name: { type: 'string', default: 'command line' } },
  });
  if (positionals[0] !== 'create' || !values.email) {
    process.stderr.write('usage: token create --email ADDRESS [--name NAME]\n');
    return 2;
  }
  try {
    const created = await withDatabase((db) => createApiTokenForEmail(db, values.email!, values.name!, CLI_ACTOR));
    process.stdout.write(`${created.token}\n`);
    return 0;
  } catch (err) {
    return fail(err);
  }
}
