import type { IncomingMessage } from 'node:http';
import type { Transform } from 'node:stream';
import zlib from 'node:zlib';
import { FetchError } from './fetch-error';

/** Limits for reading one response body. */
export interface BodyLimits {
  /** Largest body accepted, counted after decompression. */
  maxBytes: number;
  /** Aborts the read (the total timeout). */
  signal: AbortSignal;
}

function decoderFor(encoding: string, url: string): Transform | null {
  switch (encoding) {
    case '':
    case 'identity':
      return null;
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      return zlib.createInflate();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      throw new FetchError('unsupported_encoding', `The server used an unsupported content encoding (${encoding}).`, url);
  }
}

/**
 * Reads a response body into memory, decompressing gzip/deflate/br and stopping the moment
 * the decompressed size passes the cap, so a few kilobytes of gzip bomb cost a few kilobytes.
 */
export function readBody(res: IncomingMessage, url: string, limits: BodyLimits): Promise<Buffer> {
  const { maxBytes, signal } = limits;
  const megabytes = `${(maxBytes / 1048576).toFixed(1)} MB`;
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    return Promise.reject(new FetchError('too_large', `The page is larger than ${megabytes}.`, url));
  }
  const encoding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  let decoder: Transform | null;
  try {
    decoder = decoderFor(encoding, url);
  } catch (err) {
    res.destroy();
    return Promise.reject(err);
  }
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (err: FetchError | null): void => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      if (err) {
        res.destroy();
        decoder?.destroy();
        reject(err);
      } else resolve(Buffer.concat(chunks, size));
    };
    const onAbort = (): void => finish(new FetchError('timeout', 'The server took too long to send the page.', url));
    signal.addEventListener('abort', onAbort);
    const source = decoder ? res.pipe(decoder) : res;
    source.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
      else if (decoder) finish(new FetchError('decompression_bomb', `The compressed page expands to more than ${megabytes}.`, url));
      else finish(new FetchError('too_large', `The page is larger than ${megabytes}.`, url));
    });
    source.on('end', () => finish(null));
    decoder?.on('error', () => finish(new FetchError('unsupported_encoding', `The ${encoding} data of the page is corrupt.`, url)));
    res.on('error', () => finish(new FetchError('connect_failed', 'The connection broke while reading the page.', url)));
    res.on('close', () => {
      if (!res.complete) finish(new FetchError('connect_failed', 'The connection closed before the page was complete.', url));
    });
    if (signal.aborted) onAbort();
  });
}
