import type { Server } from 'node:http';
import type { DataSource } from 'typeorm';
import type { AppDeps } from '../../src/app';
import { buildTestApp } from './app';

/** Serves the real app on a free loopback port for browser tests. */
export async function startTestServer(ds: DataSource, overrides: Partial<AppDeps> = {}): Promise<{ url: string; close(): Promise<void> }> {
  const app = buildTestApp(ds, overrides);
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
