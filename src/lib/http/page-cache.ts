/**
 * An in-memory cache of rendered anonymous pages. An entry is served only while the catalogue
 * version it was rendered at is still current, so any change to the data it shows invalidates it;
 * entries also expire after a TTL and the oldest go first beyond a size bound.
 */
export interface CachedPage {
  body: Uint8Array;
  headers: [string, string][];
  status: number;
  version: number;
  storedAt: number;
}

export class PageCache {
  private entries = new Map<string, CachedPage>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;

  constructor(ttlMs: number, maxEntries = 2000) {
    this.ttlMs = ttlMs;
    this.maxEntries = maxEntries;
  }

  /** The cached page for a key, if it was rendered at this version and is fresh. */
  get(key: string, version: number, now = Date.now()): CachedPage | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (hit.version !== version || now - hit.storedAt > this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    // Map keeps insertion order; re-inserting makes this the most recently used.
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit;
  }

  set(key: string, page: CachedPage): void {
    if (this.ttlMs <= 0) return;
    this.entries.delete(key);
    this.entries.set(key, page);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  get size(): number {
    return this.entries.size;
  }
}

const SHARED = Symbol.for('ovop.pageCache');

/**
 * The process-wide page cache. The Astro middleware fills it and the front server (src/server/main.ts)
 * answers hits before Astro runs; both are bundled separately, so they meet on globalThis.
 */
export function sharedPageCache(ttlSeconds: number): PageCache {
  const g = globalThis as typeof globalThis & { [SHARED]?: PageCache };
  g[SHARED] ??= new PageCache(ttlSeconds * 1000);
  return g[SHARED];
}

/** The cache key of a page: its path and query as the URL parser writes them, and the display currency. */
export function pageCacheKey(url: URL, currency: string): string {
  return `${url.pathname}${url.search}|${currency}`;
}
