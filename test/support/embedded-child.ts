// Runs the embedded server in its own process (the package is ESM-only, which Jest's module
// sandbox cannot load). Modes: "hold" starts and waits to be killed; "cycle" starts, checks
// the data kept by an earlier run, stops and exits; "share" is "cycle" next to a running owner. Errors go to stderr, exit code 1.
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/db/embedded';

const [mode, dataDir, port] = process.argv.slice(2);

async function run(): Promise<void> {
  const server = await startEmbeddedPostgres({ dataDir, port: Number(port), shareRunning: mode === 'share' });
  const client = new Client({ connectionString: server.url });
  await client.connect();
  if (mode === 'hold') {
    await client.query('CREATE TABLE IF NOT EXISTS kept (v int); INSERT INTO kept VALUES (42)');
    await client.end();
    process.stdout.write('ready\n');
    const timer = setInterval(() => undefined, 1000);
    process.once('SIGTERM', () => {
      clearInterval(timer);
      void server.stop().then(() => process.exit(0));
    });
    return;
  }
  const res = await client.query(`SELECT to_regclass('kept') IS NOT NULL AS has, pg_postmaster_start_time() AS t`);
  const kept = res.rows[0].has ? (await client.query('SELECT v FROM kept')).rows.map((r) => r.v) : [];
  await client.end();
  await server.stop();
  process.stdout.write(`${JSON.stringify({ kept })}\n`);
}

run().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
