import type http from 'node:http';
import zlib from 'node:zlib';
import { safeFetch, type SafeFetchOptions } from '../../src/net';
import { startListener, type Listener } from './listeners';

const html = '<html><body><p>Hello “world”.</p></body></html>';
const MB = 1024 * 1024;
// 64 MB of zeros: about 64 KB gzipped and a few bytes as brotli (fast settings: it is built per run).
const zeros = Buffer.alloc(64 * MB);
const gzipBomb = zlib.gzipSync(zeros, { level: 1 });
const brotliBomb = zlib.brotliCompressSync(zeros, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } });
const timers = new Set<NodeJS.Timeout>();

const routes: Record<string, http.RequestListener> = {
  '/gzip': (_q, r) => r.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(zlib.gzipSync(html)),
  '/deflate': (_q, r) => r.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'deflate' }).end(zlib.deflateSync(html)),
  '/br': (_q, r) => r.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' }).end(zlib.brotliCompressSync(html)),
  '/latin1': (_q, r) => r.writeHead(200, { 'content-type': 'text/html; charset="ISO-8859-1"' }).end(Buffer.from('<p>café</p>', 'latin1')),
  '/gzip-bomb': (_q, r) => r.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipBomb),
  '/br-bomb': (_q, r) => r.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' }).end(brotliBomb),
  '/corrupt-gzip': (_q, r) => r.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end('not gzip at all'),
  '/compress': (_q, r) => r.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'compress' }).end('x'),
  '/declared-huge': (_q, r) => {
    r.writeHead(200, { 'content-type': 'text/html', 'content-length': String(6 * MB) });
    r.write('<p>'); // the client must give up on the header alone
  },
  '/chunked-huge': (_q, r) => {
    r.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(256 * 1024, 'a');
    let sent = 0;
    const pump = (): void => {
      while (sent < 8 * MB && !r.destroyed) {
        sent += chunk.length;
        if (!r.write(chunk)) return void r.once('drain', pump);
      }
      r.end();
    };
    pump();
  },
  '/slow-loris': (_q, r) => {
    r.writeHead(200, { 'content-type': 'text/html' });
    const timer = setInterval(() => (r.destroyed ? clearInterval(timer) : r.write('a')), 50);
    timers.add(timer);
  },
  '/no-answer': () => undefined,
  '/png': (_q, r) => r.writeHead(200, { 'content-type': 'image/png' }).end('PNG'),
  '/json': (_q, r) => r.writeHead(200, { 'content-type': 'application/json' }).end('{}'),
  '/octets': (_q, r) => r.writeHead(200, { 'content-type': 'application/octet-stream' }).end('x'),
  '/untyped': (_q, r) => r.end('x'),
  '/not-found': (_q, r) => r.writeHead(404, { 'content-type': 'text/html' }).end('gone'),
  '/server-error': (_q, r) => r.writeHead(500, { 'content-type': 'text/html' }).end('oops'),
  '/rss': (_q, r) => r.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss/>'),
};

let server: Listener;
let options: SafeFetchOptions;
beforeAll(async () => {
  server = await startListener((req, res) => (routes[req.url ?? ''] ?? routes['/not-found'])(req, res));
  options = { allowedHosts: ['127.0.0.1'], timeoutMs: 3000 };
});
afterAll(async () => {
  for (const timer of timers) clearInterval(timer);
  await server.close();
});

const get = (path: string, extra: SafeFetchOptions = {}) => safeFetch(`http://127.0.0.1:${server.port}${path}`, { ...options, ...extra });

async function timed<T>(work: () => Promise<T>): Promise<[T | unknown, number]> {
  const started = performance.now();
  const outcome = await work().catch((err: unknown) => err);
  return [outcome, performance.now() - started];
}

describe('decompression and charset', () => {
  it.each(['/gzip', '/deflate', '/br'])('%s is decoded', async (path) => {
    const result = await get(path);
    expect(result.body.toString('utf8')).toBe(html);
    expect(result.contentType).toBe('text/html');
    expect(result.status).toBe(200);
  });

  it('reports the charset of the Content-Type header', async () => {
    const result = await get('/latin1');
    expect(result.charset).toBe('iso-8859-1');
    expect(result.body.toString('latin1')).toBe('<p>café</p>');
  });

  it('accepts feeds', async () => {
    expect((await get('/rss')).contentType).toBe('application/rss+xml');
  });

  it.each([
    ['/corrupt-gzip', 'unsupported_encoding'],
    ['/compress', 'unsupported_encoding'],
  ])('%s fails with %s', async (path, code) => {
    await expect(get(path)).rejects.toMatchObject({ code });
  });
});

describe('size caps', () => {
  it.each([
    ['/gzip-bomb', 'decompression_bomb'],
    ['/br-bomb', 'decompression_bomb'],
    ['/declared-huge', 'too_large'],
    ['/chunked-huge', 'too_large'],
  ])('%s stops early with %s', async (path, code) => {
    const [outcome, ms] = await timed(() => get(path));
    expect(outcome).toMatchObject({ code });
    expect(ms).toBeLessThan(2000);
  });

  it('honours a smaller maxBytes, counted after decompression', async () => {
    await expect(get('/gzip', { maxBytes: 20 })).rejects.toMatchObject({ code: 'decompression_bomb' });
    expect((await get('/gzip', { maxBytes: html.length + 10 })).body.length).toBe(Buffer.byteLength(html));
  });
});

describe('time limits', () => {
  it('gives up on a slow-loris body at the total timeout', async () => {
    const [outcome, ms] = await timed(() => get('/slow-loris', { timeoutMs: 400 }));
    expect(outcome).toMatchObject({ code: 'timeout' });
    expect(ms).toBeGreaterThanOrEqual(350);
    expect(ms).toBeLessThan(1500);
  });

  it('gives up on a server that never answers', async () => {
    const [outcome, ms] = await timed(() => get('/no-answer', { timeoutMs: 300 }));
    expect(outcome).toMatchObject({ code: 'timeout' });
    expect(ms).toBeLessThan(1500);
  });

  it('bounds a resolver that never answers', async () => {
    const hang = (): Promise<string[]> => new Promise(() => undefined);
    const [outcome, ms] = await timed(() => safeFetch('http://stuck.test/', { resolve: hang, timeoutMs: 300 }));
    expect(outcome).toMatchObject({ code: 'timeout' });
    expect(ms).toBeLessThan(1500);
  });
});

describe('content types and statuses', () => {
  it.each([
    ['/png', 'unsupported_content_type', 'The page is image/png, not a web page or feed.'],
    ['/json', 'unsupported_content_type', 'The page is application/json, not a web page or feed.'],
    ['/octets', 'unsupported_content_type', 'The page is application/octet-stream, not a web page or feed.'],
    ['/untyped', 'unsupported_content_type', 'The page is no content type, not a web page or feed.'],
    ['/not-found', 'http_error', 'The server answered with HTTP status 404.'],
    ['/server-error', 'http_error', 'The server answered with HTTP status 500.'],
  ])('%s → %s', async (path, code, message) => {
    await expect(get(path)).rejects.toMatchObject({ code, message });
  });

  it('allows a configured content type', async () => {
    expect((await get('/json', { contentTypes: ['application/json'] })).body.toString()).toBe('{}');
  });

  it('reports a refused connection', async () => {
    const closed = await startListener();
    const port = closed.port;
    await closed.close();
    await expect(safeFetch(`http://127.0.0.1:${port}/`, options)).rejects.toMatchObject({ code: 'connect_failed' });
  });
});
