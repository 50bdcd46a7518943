import { describe, expect, it } from 'vitest';
import { entryBytes, PageCache } from './page-cache.ts';

const page = (version: number, storedAt = 0) => ({
  body: new Uint8Array([1]),
  headers: [],
  status: 200,
  version,
  storedAt,
});

describe('PageCache', () => {
  it('serves a page only at the catalogue version it was rendered at', () => {
    const cache = new PageCache(60_000);
    cache.set('/en/', page(3, 1000));
    expect(cache.get('/en/', 3, 2000)).toBeDefined();
    expect(cache.get('/en/', 4, 2000)).toBeUndefined();
    expect(cache.get('/en/', 3, 2000)).toBeUndefined();
  });
  it('expires entries after the TTL', () => {
    const cache = new PageCache(1000);
    cache.set('/ru/', page(1, 0));
    expect(cache.get('/ru/', 1, 1500)).toBeUndefined();
  });
  it('drops the least recently used beyond its size', () => {
    const cache = new PageCache(60_000, 2);
    cache.set('a', page(1));
    cache.set('b', page(1));
    cache.get('a', 1, 0);
    cache.set('c', page(1));
    expect(cache.get('b', 1, 0)).toBeUndefined();
    expect(cache.get('a', 1, 0)).toBeDefined();
  });
  it('stores nothing when turned off', () => {
    const cache = new PageCache(0);
    cache.set('a', page(1));
    expect(cache.size).toBe(0);
  });
  it('keeps the entries within a byte budget, dropping the least recently used', () => {
    const big = (version: number) => ({ ...page(version), body: new Uint8Array(40_000) });
    const one = entryBytes('a', big(1));
    const cache = new PageCache(60_000, 2000, one * 3 + 10);
    cache.set('a', big(1));
    cache.set('b', big(1));
    cache.set('c', big(1));
    cache.get('a', 1, 0);
    cache.set('d', big(1));
    expect(cache.bytes).toBeLessThanOrEqual(one * 3 + 10);
    expect(cache.size).toBe(3);
    expect(cache.get('b', 1, 0)).toBeUndefined();
    expect(cache.get('a', 1, 0)).toBeDefined();
    expect(cache.get('d', 1, 0)).toBeDefined();
  });
  it('does not store a page larger than the whole budget, and frees bytes of stale entries', () => {
    const cache = new PageCache(60_000, 2000, 10_000);
    cache.set('huge', { ...page(1), body: new Uint8Array(20_000) });
    expect(cache.size).toBe(0);
    cache.set('a', page(1));
    expect(cache.bytes).toBeGreaterThan(0);
    cache.get('a', 2, 0);
    expect(cache.bytes).toBe(0);
  });
});
