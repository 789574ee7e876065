import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, makeTempDataDir } from '../../src/db/embedded';

jest.setTimeout(90_000);

const CHILD = path.join(__dirname, '..', 'support', 'embedded-child.ts');

/** Runs the embedded server in a child process (as `npm start` would), collecting its output. */
function runChild(mode: 'hold' | 'cycle' | 'share', dataDir: string, port: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, mode, dataDir, String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += String(d)));
  child.stderr.on('data', (d) => (stderr += String(d)));
  const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, stdout, stderr })),
  );
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', () => stdout.includes('ready') && resolve());
    void exited.then((r) => reject(new Error(`child exited ${r.code}: ${r.stderr}`)));
  });
  ready.catch(() => undefined);
  return { child, exited, ready };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('embedded PostgreSQL', () => {
  const dirs: string[] = [];
  const newDataDir = () => {
    const d = makeTempDataDir();
    dirs.push(path.dirname(d));
    return d;
  };
  afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it('starts again after its owner was killed with SIGKILL, stopping the orphan and keeping the data', async () => {
    const dataDir = newDataDir();
    const port = await freePort();
    const holder = runChild('hold', dataDir, port);
    await holder.ready;
    holder.child.kill('SIGKILL');
    await holder.exited;
    const orphanPid = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(isAlive(orphanPid)).toBe(true);

    const second = await runChild('cycle', dataDir, port).exited;
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toEqual({ kept: [42] });
    expect(isAlive(orphanPid)).toBe(false);
  });

  it('refuses, in one line, to take over a data directory a live whosaid is using', async () => {
    const dataDir = newDataDir();
    const port = await freePort();
    const holder = runChild('hold', dataDir, port);
    await holder.ready;
    try {
      const second = await runChild('cycle', dataDir, port).exited;
      expect(second.code).toBe(1);
      expect(second.stderr.trim()).toMatch(/^Another whosaid process \(PID \d+\) is already using .*; stop it first/);
      expect(second.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      holder.child.kill('SIGTERM');
      await holder.exited;
    }
  });

  it('lets command-line tools use the server of a running whosaid, leaving it running', async () => {
    const dataDir = newDataDir();
    const port = await freePort();
    const holder = runChild('hold', dataDir, port);
    await holder.ready;
    try {
      const tool = await runChild('share', dataDir, await freePort()).exited;
      expect(tool.stderr).toBe('');
      expect(tool.code).toBe(0);
      expect(JSON.parse(tool.stdout)).toEqual({ kept: [42] });
      const again = await runChild('share', dataDir, await freePort()).exited;
      expect(again.code).toBe(0);
    } finally {
      holder.child.kill('SIGTERM');
      await holder.exited;
    }
  });

  it('removes a stale postmaster.pid whose process is gone', async () => {
    const dataDir = newDataDir();
    // a port found free may be taken by another test's server before this one binds it: another port then
    let port = 0;
    let first = { code: null as number | null, stderr: '' };
    for (let attempt = 0; attempt < 3; attempt++) {
      port = await freePort();
      first = await runChild('cycle', dataDir, port).exited;
      if (!/is taken by another program/.test(first.stderr)) break;
    }
    expect({ code: first.code, stderr: first.stderr }).toEqual({ code: 0, stderr: '' });
    fs.writeFileSync(path.join(dataDir, 'postmaster.pid'), `999999\n${dataDir}\n0\n${port}\n`);
    const again = await runChild('cycle', dataDir, port).exited;
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
  });

  it('explains in one line when the port is taken', async () => {
    const port = await freePort();
    const holder = runChild('hold', newDataDir(), port);
    await holder.ready;
    try {
      const other = await runChild('cycle', newDataDir(), port).exited;
      expect(other.code).toBe(1);
      expect(other.stderr.trim()).toMatch(/^Port \d+ on 127\.0\.0\.1 is taken by another program; set EMBEDDED_PG_PORT/);
    } finally {
      holder.child.kill('SIGTERM');
      await holder.exited;
    }
  });

  const asRoot = process.getuid?.() === 0;
  (asRoot ? it : it.skip)('explains in one line when the server user cannot reach the data directory (root only)', async () => {
    const locked = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-locked-'));
    dirs.push(locked);
    fs.chmodSync(locked, 0o700);
    const res = await runChild('cycle', path.join(locked, 'data'), await freePort()).exited;
    expect(res.code).toBe(1);
    expect(res.stderr.trim()).toContain(`cannot enter ${locked} (mode 700)`);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
  });
});
