import pino from 'pino';

/** Creates the process logger; secrets in headers and bodies are redacted. */
export function createLogger(level: string): pino.Logger {
  return pino({
    level,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        '*.password',
        '*.token',
        'config.DATABASE_URL',
        'config.SESSION_SECRET',
      ],
      censor: '[redacted]',
    },
  });
}
