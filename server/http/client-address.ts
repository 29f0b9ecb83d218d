import { isIP } from 'node:net';

/** How much of a client address the logs keep (LOG_CLIENT_ADDRESS; docs/SECURITY.md, "Logs"). */
export type AddressLogMode = 'off' | 'truncated' | 'full';

/** An IPv4-mapped IPv6 address (::ffff:203.0.113.9) read as the IPv4 address it carries. */
function unmapped(ip: string): string {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  return m?.[1] ?? ip;
}

/** The eight 16-bit groups of an IPv6 address, '::' expanded (an embedded IPv4 tail counts as two groups). */
function ipv6Groups(ip: string): string[] {
  const [head = '', tail] = ip.split('::');
  const part = (s: string) =>
    s === ''
      ? []
      : s.split(':').flatMap((g) => {
          if (!g.includes('.')) return [g.toLowerCase().replace(/^0+(?=.)/, '')];
          const [a = 0, b = 0, c = 0, d = 0] = g.split('.').map(Number);
          return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
        });
  const left = part(head);
  const right = tail === undefined ? [] : part(tail);
  return [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
}

/**
 * The part of a client address that names one subscriber: the whole IPv4 address, or the /64 prefix of an IPv6 one
 * (a subscriber is usually given a whole /64, RFC 6177), so that rotating addresses inside it does not reset a limit.
 */
export function subscriberKey(ip: string): string {
  const a = unmapped(ip);
  if (isIP(a) !== 6) return a;
  return `${ipv6Groups(a).slice(0, 4).join(':')}::/64`;
}

/**
 * A client address as the logs may keep it: nothing, the network only (IPv4 /24, IPv6 /48: enough to see an attack's
 * origin, not to name a household), or in full.
 */
export function loggedAddress(ip: string, mode: AddressLogMode): string | undefined {
  if (mode === 'off') return undefined;
  const a = unmapped(ip);
  if (mode === 'full') return a;
  const kind = isIP(a);
  if (kind === 4) return `${a.split('.').slice(0, 3).join('.')}.0/24`;
  if (kind === 6) return `${ipv6Groups(a).slice(0, 3).join(':')}::/48`;
  return undefined;
}
