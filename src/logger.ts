import pino from 'pino';

/** Query parameters whose values are secrets: CSRF tokens, tokens of any kind, passwords. */
const SECRET_PARAM = /^(_?csrf|.*token|.*password|.*secret)$/i;

/**
 * A URL with the values of secret query parameters replaced (`/imports?_csrf=[redacted]`):
 * request logs keep the path and the other parameters.
 */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q === -1) return url;
  return url.slice(0, q) + url.slice(q).replace(/([?&;])([^=&;#]*)=([^&;#]*)/g, (all, sep: string, name: string) => {
    let key = name;
    try {
      key = decodeURIComponent(name.replace(/\+/g, ' '));
    } catch {
      // a malformed escape: judge the name as written
    }
    return SECRET_PARAM.test(key.trim()) ? `${sep}${name}=[redacted]` : all;
  });
}

/**
 * Creates the process logger; secrets in headers and bodies are redacted, and so are secret
 * query parameters in logged request URLs (a token or password someone puts in an address
 * would otherwise be written to the log).
 */
export function createLogger(level: string, destination?: pino.DestinationStream): pino.Logger {
  const options: pino.LoggerOptions = {
    level,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        'req.url',
        '*.password',
        '*.token',
        'config.DATABASE_URL',
        'config.SESSION_SECRET',
      ],
      censor: (value: unknown, path: string[]) =>
        path.length === 2 && path[0] === 'req' && path[1] === 'url' ? (typeof value === 'string' ? redactUrl(value) : value) : '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
