import { describe, expect, it } from 'vitest';
import { PageCache } from './page-cache.ts';

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
});
