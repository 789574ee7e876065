import { AppError } from '../errors';

/** Stable codes a fetch can fail with; callers and tests branch on these, never on messages. */
export type FetchErrorCode =
  | 'invalid_url'
  | 'blocked_scheme'
  | 'blocked_credentials'
  | 'blocked_port'
  | 'blocked_address'
  | 'dns_failed'
  | 'connect_failed'
  | 'timeout'
  | 'too_many_redirects'
  | 'http_error'
  | 'unsupported_content_type'
  | 'unsupported_encoding'
  | 'too_large'
  | 'decompression_bomb';

// Refusals caused by the URL the user gave are their input's fault (422); failures of the
// remote side are a bad gateway (502), so the web layer can tell the two apart.
const UPSTREAM: ReadonlySet<FetchErrorCode> = new Set<FetchErrorCode>([
  'dns_failed',
  'connect_failed',
  'timeout',
  'http_error',
]);

/** A refused or failed fetch, with a stable `code` and a message safe to show the user. */
export class FetchError extends AppError {
  constructor(
    override readonly code: FetchErrorCode,
    message: string,
    readonly url?: string,
  ) {
    super(UPSTREAM.has(code) ? 502 : 422, code, message);
  }
}

/** True when `err` is a FetchError with the given code (handy in tests and job handlers). */
export function isFetchError(err: unknown, code?: FetchErrorCode): err is FetchError {
  return err instanceof FetchError && (code === undefined || err.code === code);
}
