import net from 'node:net';
import ipaddr from 'ipaddr.js';
import { forbiddenAddressReason } from './address-policy';
import { FetchError } from './fetch-error';

/** The parts of the fetch options that decide whether a URL may be requested at all. */
export interface UrlPolicy {
  /** Host names or IP addresses that skip the address and port checks (FETCH_ALLOWED_HOSTS). */
  allowedHosts: readonly string[];
  /** Ports other hosts may use. */
  allowedPorts: readonly number[];
}

/** A URL that passed the checks that need no DNS. */
export interface CheckedUrl {
  url: URL;
  /** Lower-case host without IPv6 brackets or a trailing dot: what DNS and the allowlist see. */
  host: string;
  port: number;
  /** The host is an IP literal (no DNS needed). */
  ipLiteral: boolean;
  /** The host is on the allowlist: addresses and ports are not checked. */
  trusted: boolean;
}

const MAX_URL_LENGTH = 4096;
// Names that reach cloud metadata services without any DNS we could inspect.
const METADATA_HOSTS: ReadonlySet<string> = new Set([
  'metadata.google.internal',
  'metadata.goog',
  'metadata',
  'instance-data',
  'instance-data.ec2.internal',
]);

/** Normalises a host name or IP the same way for URLs and allowlist entries ("[::1]" → "::1"). */
export function normalizeHost(host: string): string {
  const bare = host.toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
  return ipaddr.isValid(bare) && net.isIP(bare) ? ipaddr.parse(bare).toString() : bare;
}

/** Parses `raw` and applies every check that needs no DNS: scheme, credentials, host name, IP literal, port. */
export function checkUrl(raw: string, policy: UrlPolicy): CheckedUrl {
  if (raw.length > MAX_URL_LENGTH) throw new FetchError('invalid_url', `The URL is longer than ${MAX_URL_LENGTH} characters.`);
  let url: URL;
  try {
    // The WHATWG parser already turns 2130706433, 0x7f.1 and 127.1 into 127.0.0.1.
    url = new URL(raw);
  } catch {
    throw new FetchError('invalid_url', 'That is not a valid URL.', raw);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('blocked_scheme', `Only http and https URLs can be fetched, not ${url.protocol.slice(0, -1)}.`, raw);
  }
  if (url.username || url.password) {
    throw new FetchError('blocked_credentials', 'URLs with a user name or password are not fetched.', raw);
  }
  const host = normalizeHost(url.hostname);
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  const ipLiteral = net.isIP(host) !== 0;
  const trusted = policy.allowedHosts.some((h) => normalizeHost(h) === host);
  if (!trusted) {
    if (METADATA_HOSTS.has(host)) throw new FetchError('blocked_address', `${host} is a cloud metadata host and is never fetched.`, raw);
    const reason = ipLiteral ? forbiddenAddressReason(host) : null;
    if (reason) throw new FetchError('blocked_address', `The address ${host} is not allowed (${reason}).`, raw);
    if (!policy.allowedPorts.includes(port)) {
      throw new FetchError('blocked_port', `Port ${port} is not allowed; only ${policy.allowedPorts.join(', ')} can be fetched.`, raw);
    }
  }
  return { url, host, port, ipLiteral, trusted };
}
