import dns from 'node:dns';
import net from 'node:net';
import { forbiddenAddressReason } from './address-policy';
import { FetchError } from './fetch-error';
import type { CheckedUrl } from './url-policy';

/** Resolves a host name to every address it has; injectable so tests can simulate DNS. */
export type Resolver = (host: string) => Promise<string[]>;

/** The one address a request will connect to, already checked. */
export interface PinnedAddress {
  address: string;
  family: 4 | 6;
}

/** The system resolver (getaddrinfo, so /etc/hosts counts), returning every address. */
export const systemResolver: Resolver = async (host) => {
  const records = await dns.promises.lookup(host, { all: true, verbatim: true });
  return records.map((r) => r.address);
};

/**
 * Resolves the URL's host once and checks EVERY address: one forbidden address refuses the
 * whole host, because the OS or a retry could pick it. The first address is then pinned.
 */
export async function resolvePinned(target: CheckedUrl, resolve: Resolver): Promise<PinnedAddress> {
  const addresses = target.ipLiteral ? [target.host] : await lookupAll(target.host, resolve);
  if (!target.trusted) {
    for (const address of addresses) {
      const reason = forbiddenAddressReason(address);
      if (reason) {
        throw new FetchError(
          'blocked_address',
          `${target.host} resolves to ${address}, which is not allowed (${reason}).`,
          target.url.href,
        );
      }
    }
  }
  const address = addresses[0];
  const family = net.isIP(address);
  if (family === 0) throw new FetchError('dns_failed', `${target.host} resolved to an invalid address.`, target.url.href);
  return { address, family: family as 4 | 6 };
}

async function lookupAll(host: string, resolve: Resolver): Promise<string[]> {
  let addresses: string[];
  try {
    addresses = await resolve(host);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new FetchError('dns_failed', `The host ${host} could not be resolved (${code}).`);
  }
  if (addresses.length === 0) throw new FetchError('dns_failed', `The host ${host} has no addresses.`);
  return addresses;
}

/**
 * A `lookup` for http(s).request that answers with the checked address only, whatever
 * DNS says now: a rebinding DNS server cannot switch the target between check and connect.
 */
export function pinnedLookup(pinned: PinnedAddress): net.LookupFunction {
  return (_hostname, options, callback) => {
    // Node 20's happy-eyeballs connect asks for `all: true` and expects an array.
    if (options.all) callback(null, [{ address: pinned.address, family: pinned.family }]);
    else callback(null, pinned.address, pinned.family);
  };
}
