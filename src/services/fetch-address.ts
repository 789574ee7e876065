import { checkTarget, type FetchError, isFetchError, type SafeFetchOptions } from '../net';
import { ValidationError } from '../errors';

/**
 * Applies the fetcher's checks to an address without fetching it: the scheme and port, and
 * every address its host resolves to (loopback, private, link-local, shared, metadata … are
 * refused unless the host is allowed), within a few seconds for the name to resolve. An address
 * the fetcher would refuse every time is refused when it is given, as the `url` field's message
 * (`what` says what is fetched from it: “Feeds”, “Pages”).
 */
export async function checkFetchAddress(url: string, what: string, fetchOptions: SafeFetchOptions = {}): Promise<void> {
  try {
    await checkTarget(url, fetchOptions);
  } catch (err) {
    if (!isFetchError(err)) throw err;
    const message = addressProblem(err, what);
    throw new ValidationError(`url ${message}`, { url: [message] });
  }
}

/** What is wrong with an address, worded to follow the field's label (“Feed address is refused. …”). */
function addressProblem(err: FetchError, what: string): string {
  switch (err.code) {
    case 'timeout':
      return `could not be checked. ${err.message} Check the address, or try again later.`;
    case 'dns_failed':
      return `is refused. ${err.message} Check the address for a typing mistake.`;
    case 'blocked_address':
      return `is refused. ${err.message} ${what} are fetched from public addresses only.`;
    default:
      return `is refused. ${err.message}`;
  }
}
