/** Media types fetched by default: pages and feeds, nothing binary. */
export const DEFAULT_CONTENT_TYPES: readonly string[] = [
  'text/html',
  'application/xhtml+xml',
  'text/plain',
  'application/rss+xml',
  'application/atom+xml',
  'application/xml',
  'text/xml',
];

/**
 * Media types a feed is fetched with: the default ones and the other names feeds are served
 * under — the unregistered `x-` forms (Python's http.server and many sites give `.rss` files
 * `application/x-rss+xml`), `text/rss+xml`, and RSS 1.0's RDF. Only feed polls accept them: an
 * article fetched by its address keeps the default list.
 */
export const FEED_CONTENT_TYPES: readonly string[] = [
  ...DEFAULT_CONTENT_TYPES,
  'application/x-rss+xml',
  'application/x-atom+xml',
  'text/rss+xml',
  'text/atom+xml',
  'application/rdf+xml',
];

/** A parsed Content-Type header. */
export interface ContentType {
  /** Lower-case media type without parameters, '' when the header is missing. */
  mediaType: string;
  /** Lower-case charset parameter, or null. */
  charset: string | null;
}

/** Parses `text/html; charset="UTF-8"` into its media type and charset. */
export function parseContentType(header: string | undefined): ContentType {
  if (!header) return { mediaType: '', charset: null };
  const [type, ...params] = header.split(';');
  let charset: string | null = null;
  for (const param of params) {
    const eq = param.indexOf('=');
    if (eq < 0 || param.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    const value = param.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1').toLowerCase();
    if (value) charset = value;
  }
  return { mediaType: type.trim().toLowerCase(), charset };
}
