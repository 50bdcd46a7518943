import type { Locale } from '../i18n/locales.ts';
import type { HoledPage } from './holes.ts';

/**
 * An in-memory cache of rendered pages, shared by every visitor: the per-visitor bits are holes filled
 * per request (src/lib/http/holes.ts). An entry is served only while the catalogue
 * version it was rendered at is still current, so any change to the data it shows invalidates it;
 * entries also expire after a TTL, and the least recently used go first when the entries together
 * would hold more than a byte budget (bodies, headers and keys) or more than an entry count.
 */
export interface CachedPage {
  /** The page as a visitor without a session sees it (every hole empty). */
  body: Uint8Array;
  headers: [string, string][];
  status: number;
  version: number;
  storedAt: number;
  /** The same page cut at its per-visitor holes (views of `body`), filled per request for a session's visitor. */
  holed?: HoledPage;
  /** The page's language, which the holes' text is written in. */
  locale?: Locale;
  /** The render read the visitor's session (a cart page): only visitors without one may be given it. */
  personal?: boolean;
}

/** Roughly what an entry holds in memory: its body, its headers and key as UTF-16 strings, and some overhead. */
export function entryBytes(key: string, page: CachedPage): number {
  let bytes = page.body.byteLength + key.length * 2 + 200;
  for (const [name, value] of page.headers) bytes += (name.length + value.length) * 2 + 64;
  return bytes;
}

export class PageCache {
  private entries = new Map<string, CachedPage & { bytes: number }>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  private totalBytes = 0;

  constructor(ttlMs: number, maxEntries = 2000, maxBytes = 64 * 1024 * 1024) {
    this.ttlMs = ttlMs;
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.totalBytes -= entry.bytes;
    this.entries.delete(key);
  }

  /** The cached page for a key, if it was rendered at this version and is fresh. */
  get(key: string, version: number, now = Date.now()): CachedPage | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (hit.version !== version || now - hit.storedAt > this.ttlMs) {
      this.remove(key);
      return undefined;
    }
    // Map keeps insertion order; re-inserting makes this the most recently used.
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit;
  }

  /** Whether an entry is kept for a key, whatever its version: no need to read the version when not. */
  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** Stores a page; a page bigger than the whole budget is not stored. */
  set(key: string, page: CachedPage): void {
    if (this.ttlMs <= 0) return;
    this.remove(key);
    const bytes = entryBytes(key, page);
    if (bytes > this.maxBytes) return;
    this.entries.set(key, { ...page, bytes });
    this.totalBytes += bytes;
    while (this.entries.size > this.maxEntries || this.totalBytes > this.maxBytes) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.remove(oldest);
    }
  }

  /** The bytes the cached entries hold, as entryBytes counts them. */
  get bytes(): number {
    return this.totalBytes;
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
export function sharedPageCache(ttlSeconds: number, maxMegabytes = 64): PageCache {
  const g = globalThis as typeof globalThis & { [SHARED]?: PageCache };
  g[SHARED] ??= new PageCache(ttlSeconds * 1000, 2000, maxMegabytes * 1024 * 1024);
  return g[SHARED];
}

/** The cache key of a page: its path and query as the URL parser writes them, and the display currency. */
export function pageCacheKey(url: URL, currency: string): string {
  return `${url.pathname}${url.search}|${currency}`;
}
