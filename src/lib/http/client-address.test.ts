import { describe, expect, it } from 'vitest';
import { clientAddress, normalizeAddress, parseTrustedProxies } from './client-address.ts';

describe('parseTrustedProxies', () => {
  it('reads addresses, CIDR ranges in IPv4 and IPv6, and the loopback and private shorthands', () => {
    const trust = parseTrustedProxies(' 203.0.113.7, 10.1.0.0/16 ,2001:db8::/32, loopback');
    expect(trust.entries).toEqual(['203.0.113.7', '10.1.0.0/16', '2001:db8::/32', 'loopback']);
    for (const a of ['203.0.113.7', '10.1.255.4', '2001:db8:1::9', '127.0.0.1', '127.9.9.9', '::1', '::ffff:127.0.0.1'])
      expect(trust.trusts(a), a).toBe(true);
    for (const a of ['203.0.113.8', '10.2.0.1', '2001:db9::1', '192.168.1.1', 'not-an-ip', ''])
      expect(trust.trusts(a), a).toBe(false);
    const lan = parseTrustedProxies('private');
    for (const a of ['10.0.0.1', '172.20.1.1', '192.168.0.10', 'fd00::1']) expect(lan.trusts(a), a).toBe(true);
    expect(lan.trusts('172.32.0.1')).toBe(false);
  });

  it('trusts nobody when empty', () => {
    const trust = parseTrustedProxies('');
    expect(trust.entries).toEqual([]);
    expect(trust.trusts('127.0.0.1')).toBe(false);
  });

  it('refuses entries it cannot read, naming them', () => {
    expect(() => parseTrustedProxies('127.0.0.1,proxy.example')).toThrow(/proxy\.example/);
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow(/10\.0\.0\.0\/33/);
    expect(() => parseTrustedProxies('::1/129')).toThrow(/prefix/);
    expect(() => parseTrustedProxies('10.0.0.0/')).toThrow(/prefix/);
    expect(() => parseTrustedProxies('10.0.0.0/8x')).toThrow(/prefix/);
  });
});

describe('clientAddress', () => {
  const proxy = parseTrustedProxies('127.0.0.1,10.0.0.0/8');

  it('is the TCP peer when the peer is not a trusted proxy, whatever X-Forwarded-For says', () => {
    expect(clientAddress('198.51.100.4', '1.2.3.4', proxy)).toBe('198.51.100.4');
    expect(clientAddress('198.51.100.4', '127.0.0.1', parseTrustedProxies(''))).toBe('198.51.100.4');
    expect(clientAddress('127.0.0.1', '1.2.3.4', parseTrustedProxies(''))).toBe('127.0.0.1');
  });

  it('takes the right-most untrusted address behind trusted proxies', () => {
    expect(clientAddress('127.0.0.1', '198.51.100.4', proxy)).toBe('198.51.100.4');
    // The client wrote "1.2.3.4" itself; the proxy appended the address it really saw.
    expect(clientAddress('127.0.0.1', '1.2.3.4, 198.51.100.4', proxy)).toBe('198.51.100.4');
    // Two proxies: the edge (10.0.0.5) saw the client, the inner one saw the edge.
    expect(clientAddress('10.0.0.9', '1.2.3.4,198.51.100.4, 10.0.0.5', proxy)).toBe('198.51.100.4');
    expect(clientAddress('::ffff:127.0.0.1', '2001:db8::7', proxy)).toBe('2001:db8::7');
  });

  it('reads entries with ports and brackets, and IPv4-mapped peers', () => {
    expect(clientAddress('127.0.0.1', '198.51.100.4:51234', proxy)).toBe('198.51.100.4');
    expect(clientAddress('127.0.0.1', '[2001:db8::7]:443', proxy)).toBe('2001:db8::7');
    expect(clientAddress('::ffff:198.51.100.4', '1.2.3.4', proxy)).toBe('198.51.100.4');
  });

  it('never lets an unreadable entry become the address', () => {
    expect(clientAddress('127.0.0.1', 'evil, 10.0.0.5', proxy)).toBe('10.0.0.5');
    expect(clientAddress('127.0.0.1', 'unknown', proxy)).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', '', proxy)).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', null, proxy)).toBe('127.0.0.1');
  });

  it('ends at the left-most hop when every address in the chain is a trusted proxy', () => {
    expect(clientAddress('127.0.0.1', '10.0.0.7, 10.0.0.5', proxy)).toBe('10.0.0.7');
  });
});

describe('normalizeAddress', () => {
  it('turns IPv4-mapped IPv6 into IPv4 and leaves the rest', () => {
    expect(normalizeAddress('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(normalizeAddress('::1')).toBe('::1');
    expect(normalizeAddress('192.0.2.1')).toBe('192.0.2.1');
  });
});
