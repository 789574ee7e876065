import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Resolver } from '../../src/net';

/** A local HTTP server on 127.0.0.1 that counts the TCP connections it accepts. */
export interface Listener {
  port: number;
  connections: () => number;
  close: () => Promise<void>;
}

/** Starts a listener on 127.0.0.1 with the given handler. */
export async function startListener(handler: http.RequestListener = (_req, res) => res.end('hi')): Promise<Listener> {
  const server = http.createServer(handler);
  let connections = 0;
  const sockets = new Set<net.Socket>();
  server.on('connection', (socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A fake DNS: names map to fixed answers, a function answers per call, anything else is NXDOMAIN. */
export function fakeResolver(table: Record<string, string[] | (() => string[])>): Resolver & { calls: string[] } {
  const calls: string[] = [];
  const resolve = async (host: string): Promise<string[]> => {
    calls.push(host);
    const entry = table[host];
    if (!entry) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return typeof entry === 'function' ? entry() : entry;
  };
  return Object.assign(resolve, { calls });
}

/** Spies on every outgoing TCP connect in this process (http and https both go through it). */
export function spyOnConnect(): jest.SpyInstance {
  return jest.spyOn(net.Socket.prototype, 'connect');
}
