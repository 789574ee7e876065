import type { IncomingHttpHeaders } from 'node:http';
import { DEFAULT_CONTENT_TYPES, parseContentType } from './content-type';
import { FetchError } from './fetch-error';
import { readBody } from './read-body';
import { requestOnce } from './request-once';
import { resolvePinned, systemResolver, type Resolver } from './resolve-target';
import { checkUrl, type UrlPolicy } from './url-policy';

/** Options for safeFetch; every limit has a safe default. */
export interface SafeFetchOptions {
  /** Host names or IPs that skip the address and port checks (FETCH_ALLOWED_HOSTS); nothing else is relaxed. */
  allowedHosts?: readonly string[];
  /** Ports allowed for hosts not on the allowlist (default 80 and 443). */
  allowedPorts?: readonly number[];
  /** Redirects followed before giving up (default 5). */
  maxRedirects?: number;
  /** Time to establish each TCP connection (default 5 s). */
  connectTimeoutMs?: number;
  /** Time for the whole fetch, redirects and body included (default 15 s). */
  timeoutMs?: number;
  /** Largest body after decompression (default 5 MB). */
  maxBytes?: number;
  /** Accepted media types (default: HTML, XHTML, plain text, RSS/Atom/XML). */
  contentTypes?: readonly string[];
  /** DNS resolver returning every address of a host (default: the system's getaddrinfo). */
  resolve?: Resolver;
  userAgent?: string;
  /** Validators from an earlier fetch: the server may answer 304 Not Modified (feeds). */
  conditional?: { etag?: string | null; lastModified?: string | null };
  /** Time checkTarget waits for a host name to resolve (default 5 s); a fetch is bounded by timeoutMs. */
  lookupTimeoutMs?: number;
}

/** A fetched document. */
export interface FetchResult {
  finalUrl: string;
  status: number;
  headers: IncomingHttpHeaders;
  /** Lower-case media type, e.g. text/html. */
  contentType: string;
  /** Charset from the Content-Type header, or null (the extractor then sniffs the body). */
  charset: string | null;
  body: Buffer;
  /** Every URL that answered with a redirect, in order; finalUrl is not included. */
  redirects: string[];
}

const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches a user-supplied URL without letting it reach our own network: every hop's scheme,
 * port, DNS answers and addresses are checked, the checked address is pinned for the
 * connection, and time, size and content type are bounded. Throws FetchError.
 */
export async function safeFetch(rawUrl: string, options: SafeFetchOptions = {}): Promise<FetchResult> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await fetchHops(rawUrl, options, controller.signal, timeoutMs);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The checks safeFetch makes before it connects — scheme, credentials, port, and every address
 * the host resolves to — without connecting, so that an address the fetcher would refuse can be
 * refused when it is given (a feed being registered) rather than each time it is fetched. A name
 * that does not resolve within `lookupTimeoutMs` is a `timeout`. Throws FetchError.
 */
export async function checkTarget(rawUrl: string, options: SafeFetchOptions = {}): Promise<void> {
  const timeoutMs = options.lookupTimeoutMs ?? 5_000;
  const target = checkUrl(rawUrl, urlPolicy(options));
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const timedOut = () => new FetchError('timeout', `The host ${target.host} did not resolve within ${timeoutMs / 1000} s.`, target.url.href);
    await withDeadline(resolvePinned(target, options.resolve ?? systemResolver), controller.signal, timedOut);
  } finally {
    clearTimeout(timer);
  }
}

function urlPolicy(options: SafeFetchOptions): UrlPolicy {
  return { allowedHosts: options.allowedHosts ?? [], allowedPorts: options.allowedPorts ?? [80, 443] };
}

async function fetchHops(rawUrl: string, options: SafeFetchOptions, signal: AbortSignal, timeoutMs: number): Promise<FetchResult> {
  const policy = urlPolicy(options);
  const maxRedirects = options.maxRedirects ?? 5;
  const accepted = options.contentTypes ?? DEFAULT_CONTENT_TYPES;
  const headers: Record<string, string> = {
    'User-Agent': options.userAgent ?? 'whosaid/0.1 (+article fetcher)',
    Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1',
    'Accept-Encoding': 'gzip, deflate, br',
  };
  if (options.conditional?.etag) headers['If-None-Match'] = options.conditional.etag;
  if (options.conditional?.lastModified) headers['If-Modified-Since'] = options.conditional.lastModified;
  const redirects: string[] = [];
  let current = rawUrl;
  for (;;) {
    const target = checkUrl(current, policy);
    const timedOut = () => new FetchError('timeout', `The fetch took longer than ${timeoutMs / 1000} s.`);
    const pinned = await withDeadline(resolvePinned(target, options.resolve ?? systemResolver), signal, timedOut);
    const res = await requestOnce(target, pinned, { connectTimeoutMs: options.connectTimeoutMs ?? 5_000, signal, headers });
    const status = res.statusCode ?? 0;
    if (REDIRECT_STATUSES.has(status)) {
      res.destroy();
      const location = res.headers.location;
      if (!location) throw new FetchError('http_error', `The server answered ${status} without saying where to go.`, target.url.href);
      if (redirects.length >= maxRedirects) {
        throw new FetchError('too_many_redirects', `The page redirected more than ${maxRedirects} times.`, rawUrl);
      }
      redirects.push(target.url.href);
      current = resolveLocation(location, target.url);
      continue;
    }
    if (status === 304 && options.conditional) {
      res.destroy();
      return { finalUrl: target.url.href, status, headers: res.headers, contentType: '', charset: null, body: Buffer.alloc(0), redirects };
    }
    if (status < 200 || status >= 300) {
      res.destroy();
      throw new FetchError('http_error', `The server answered with HTTP status ${status}.`, target.url.href);
    }
    const { mediaType, charset } = parseContentType(res.headers['content-type']);
    if (!accepted.includes(mediaType)) {
      res.destroy();
      const shown = mediaType || 'no content type';
      throw new FetchError('unsupported_content_type', `The page is ${shown}, not a web page or feed.`, target.url.href);
    }
    const body = await readBody(res, target.url.href, { maxBytes: options.maxBytes ?? 5 * 1024 * 1024, signal });
    return { finalUrl: target.url.href, status, headers: res.headers, contentType: mediaType, charset, body, redirects };
  }
}

function resolveLocation(location: string, base: URL): string {
  try {
    return new URL(location, base).href;
  } catch {
    throw new FetchError('invalid_url', 'The server redirected to an invalid URL.', base.href);
  }
}

/** Bounds a step that cannot be aborted itself (getaddrinfo) by a timeout's signal; `timedOut` says which. */
function withDeadline<T>(step: Promise<T>, signal: AbortSignal, timedOut: () => FetchError): Promise<T> {
  if (signal.aborted) return Promise.reject(timedOut());
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(timedOut());
    signal.addEventListener('abort', onAbort, { once: true });
    step.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
