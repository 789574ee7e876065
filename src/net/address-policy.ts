import ipaddr from 'ipaddr.js';

type IPv4 = ipaddr.IPv4;
type IPv6 = ipaddr.IPv6;

// Well-known cloud metadata endpoints get their own wording so a refusal is easy to
// recognise in logs; they are forbidden by their range anyway.
const METADATA_ADDRESSES: ReadonlySet<string> = new Set(['169.254.169.254', 'fd00:ec2::254', '100.100.100.200']);

// ipaddr.js names its ranges in camel case; these read better in a message a person sees.
const RANGE_WORDS: Readonly<Record<string, string>> = {
  linkLocal: 'link-local',
  carrierGradeNat: 'shared (carrier-grade NAT)',
  uniqueLocal: 'unique local',
  ipv4Mapped: 'IPv4-mapped',
  rfc6145: 'IPv4-translated',
  rfc6052: 'NAT64',
};
const rangeWords = (range: string): string => RANGE_WORDS[range] ?? range;

/** Why an address is forbidden, or null when it is a public unicast address we may connect to. */
export function forbiddenAddressReason(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'not an IP address';
  const parsed = ipaddr.parse(address);
  const canonical = parsed.toString();
  if (METADATA_ADDRESSES.has(canonical)) return 'cloud metadata endpoint';
  return parsed.kind() === 'ipv4' ? ipv4Reason(parsed as IPv4) : ipv6Reason(parsed as IPv6);
}

function ipv4Reason(ip: IPv4): string | null {
  if (METADATA_ADDRESSES.has(ip.toString())) return 'cloud metadata endpoint';
  const range = ip.range();
  // Only plain unicast passes: ipaddr.js names every special-purpose block (loopback,
  // private, CGNAT, link-local, multicast, broadcast, 0/8, TEST-NET, 240/4 …).
  return range === 'unicast' ? null : `${rangeWords(range)} IPv4 range`;
}

function ipv6Reason(ip: IPv6): string | null {
  const range = ip.range();
  const embedded = embeddedIPv4(ip, range);
  if (embedded === 'opaque') return `${rangeWords(range)} IPv6 range`;
  if (embedded) {
    // ::ffff:127.0.0.1, 64:ff9b::a00:1, 2002:c0a8:101::, Teredo — judge what they carry.
    for (const v4 of embedded) {
      const reason = ipv4Reason(v4);
      if (reason) return `${reason} embedded in ${rangeWords(range)} IPv6 address`;
    }
    return null;
  }
  if (range !== 'unicast') return `${rangeWords(range)} IPv6 range`;
  // Anything outside global unicast 2000::/3 (e.g. IPv4-compatible ::7f00:1) is refused.
  return ip.match(ipaddr.IPv6.parse('2000::'), 3) ? null : 'non-global IPv6 address';
}

/** IPv4 addresses carried inside a translation form, 'opaque' when unknowable, null when none. */
function embeddedIPv4(ip: IPv6, range: string): IPv4[] | 'opaque' | null {
  const bytes = ip.toByteArray();
  const v4 = (at: number, flip = false): IPv4 =>
    new ipaddr.IPv4(bytes.slice(at, at + 4).map((b) => (flip ? b ^ 0xff : b)));
  switch (range) {
    case 'ipv4Mapped': // ::ffff:a.b.c.d
    case 'rfc6145': // ::ffff:0:a.b.c.d
      return [v4(12)];
    case 'rfc6052': // 64:ff9b::a.b.c.d; the local-use 64:ff9b:1::/48 is a private network by definition
      return bytes.slice(4, 12).every((b) => b === 0) ? [v4(12)] : 'opaque';
    case '6to4': // 2002:AABB:CCDD::/48
      return [v4(2)];
    case 'teredo': // 2001:0:SERVER:flags:port:~CLIENT
      return [v4(4), v4(12, true)];
    default:
      return null;
  }
}
