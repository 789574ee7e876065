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
