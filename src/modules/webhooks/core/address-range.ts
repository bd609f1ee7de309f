import ipaddr from 'ipaddr.js';

// A range ipaddr.js calls unicast that still must not receive webhooks: IPv4-compatible IPv6 (::/96, deprecated,
// reaches IPv4 hosts through some stacks). NAT64 prefixes (64:ff9b::/32 here) it already names rfc6052.
const EXTRA_RANGES: [ipaddr.IPv6, number, string][] = [[ipaddr.IPv6.parse('::'), 96, 'ipv4Compatible']];

/**
 * The special-use range an address belongs to (ipaddr.js's names: loopback, private, linkLocal, uniqueLocal,
 * carrierGradeNat, unspecified, reserved, …), or null for a public unicast address — the only kind a webhook may
 * reach, so a tenant cannot make Tenure call its own network (SSRF: databases, the cloud metadata service at
 * 169.254.169.254). IPv4-mapped IPv6 is judged as the IPv4 address it carries.
 */
export function specialUseRange(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'invalid';
  const ip = ipaddr.process(address);
  const range = ip.range();
  if (range !== 'unicast') return range;
  if (ip.kind() === 'ipv6') {
    for (const [base, bits, name] of EXTRA_RANGES) if ((ip as ipaddr.IPv6).match(base, bits)) return name;
  }
  return null;
}

/** The URL's host as an IP address, if it is one (`[::1]` → `::1`), else null (a name to resolve). */
export function literalAddress(hostname: string): string | null {
  const bare = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
  return ipaddr.isValid(bare) ? bare : null;
}
