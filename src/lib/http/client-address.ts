/**
 * The visitor's address behind reverse proxies. `X-Forwarded-For` is a list anyone can start, so it is
 * read only when the TCP peer is a proxy the operator named in TRUSTED_PROXIES, and then from the right:
 * each trusted proxy appends the address it saw, and the first address from the right that is not a
 * trusted proxy is the client (the entries further left are whatever that client chose to send).
 */
import { BlockList, isIP } from 'node:net';

/** Which peers may tell us the client's address. */
export interface ProxyTrust {
  /** The entries as configured, for the start-up log. */
  readonly entries: readonly string[];
  trusts(address: string): boolean;
}

/** Shorthands for whole ranges, as in TRUSTED_PROXIES=loopback,private. */
const NAMED: Record<string, string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  private: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

/** `::ffff:127.0.0.1` (an IPv4 client on a dual-stack socket) → `127.0.0.1`; other addresses as given. */
export function normalizeAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

function add(list: BlockList, entry: string): void {
  const slash = entry.indexOf('/');
  const address = slash < 0 ? entry : entry.slice(0, slash);
  const version = isIP(address);
  if (version === 0) throw new Error(`"${entry}" is not an IP address, a CIDR range, "loopback" or "private"`);
  const type = version === 4 ? 'ipv4' : 'ipv6';
  if (slash < 0) return list.addAddress(address, type);
  const prefix = entry.slice(slash + 1);
  const bits = Number(prefix);
  if (!/^\d{1,3}$/.test(prefix) || bits > (version === 4 ? 32 : 128)) {
    throw new Error(`"${entry}" has no valid prefix length`);
  }
  list.addSubnet(address, bits, type);
}

/**
 * Parses TRUSTED_PROXIES: comma-separated IPv4/IPv6 addresses, CIDR ranges and the shorthands
 * `loopback` and `private`. Empty trusts nobody. Throws on an entry it cannot read.
 */
export function parseTrustedProxies(value: string): ProxyTrust {
  const entries = value
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const list = new BlockList();
  for (const entry of entries) {
    for (const range of NAMED[entry.toLowerCase()] ?? [entry]) add(list, range);
  }
  return {
    entries,
    trusts(address: string): boolean {
      if (entries.length === 0) return false;
      const plain = normalizeAddress(address);
      const version = isIP(plain);
      return version !== 0 && list.check(plain, version === 4 ? 'ipv4' : 'ipv6');
    },
  };
}

/** One X-Forwarded-For entry as an address: brackets and a port (some proxies add them) removed. */
function entryAddress(entry: string): string | undefined {
  let value = entry.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'));
  value = normalizeAddress(value);
  return isIP(value) ? value : undefined;
}

/**
 * The client's address: the TCP peer, unless the peer is a trusted proxy; then the right-most address
 * of `X-Forwarded-For` that is not a trusted proxy. An unreadable entry ends the walk at the trusted
 * hop to its right, so nothing a client writes can become its address.
 */
export function clientAddress(peer: string, forwardedFor: string | null | undefined, trust: ProxyTrust): string {
  let client = normalizeAddress(peer);
  if (!forwardedFor || !trust.trusts(client)) return client;
  const chain = forwardedFor.split(',');
  for (let i = chain.length - 1; i >= 0; i--) {
    const hop = entryAddress(chain[i]!);
    if (!hop) return client;
    client = hop;
    if (!trust.trusts(hop)) return hop;
  }
  return client;
}
