import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { FetchError } from './fetch-error';
import { pinnedLookup, type PinnedAddress } from './resolve-target';
import type { CheckedUrl } from './url-policy';

/** Settings for one GET. */
export interface RequestSettings {
  connectTimeoutMs: number;
  /** Aborts the request (the total timeout). */
  signal: AbortSignal;
  headers: Record<string, string>;
}

/**
 * Sends one GET to the pinned address and resolves with the response head. The Host header
 * and TLS SNI stay the original host name, so virtual hosting and certificates still work.
 */
export function requestOnce(target: CheckedUrl, pinned: PinnedAddress, settings: RequestSettings): Promise<IncomingMessage> {
  const { url, host, port, ipLiteral } = target;
  const href = url.href;
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (err: FetchError | null, res?: IncomingMessage): void => {
      if (settled) return;
      settled = true;
      clearTimeout(connectTimer);
      if (err) {
        req.destroy();
        reject(err);
      } else resolve(res as IncomingMessage);
    };
    const req = transport.request({
      host,
      port,
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers: { ...settings.headers, Host: url.host },
      lookup: pinnedLookup(pinned),
      servername: ipLiteral ? undefined : host,
      agent: false, // a fresh socket per hop: no pooled connection to another address
      signal: settings.signal,
    });
    const connectTimer = setTimeout(
      () => settle(new FetchError('timeout', `Could not connect to ${host} within ${settings.connectTimeoutMs / 1000} s.`, href)),
      settings.connectTimeoutMs,
    );
    req.on('socket', (socket) => socket.once('connect', () => clearTimeout(connectTimer)));
    req.on('response', (res) => settle(null, res));
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (settings.signal.aborted) settle(new FetchError('timeout', `${host} took too long to answer.`, href));
      else settle(new FetchError('connect_failed', `Could not connect to ${host} (${err.code ?? err.message}).`, href));
    });
    req.end();
  });
}
