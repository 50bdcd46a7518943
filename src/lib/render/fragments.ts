/**
 * Rendered HTML of page parts that change only with the catalogue (decision 74): a product page's footer,
 * its producer's "more from this producer" cards, its origin panel. A part is rendered once per key and
 * catalogue version and inserted as HTML afterwards, which saves Astro the work of every component inside it
 * (each component render costs, and a fresh product page is mostly Astro's own work).
 *
 * The key names everything the part shows besides the catalogue (language, currency and rate, day, the ids of
 * what it lists); the version is the one the request read before it read the data the part shows, so a part
 * rendered from data newer than its version is only ever served to requests of that older version. Nothing
 * per visitor may go into a fragment: the cart count and the signed-in bar stay holes (decision 71).
 */
import type { Rate } from '../money/money.ts';

/** Fragments kept per process: a few for every producer in three languages and currencies. */
export const FRAGMENT_ENTRIES = 6000;
/**
 * And at most this many characters of them: a search page's card grid is some 20,000, so searches a stranger
 * makes up cannot hold 6,000 of those (120 MB) where a producer's parts take a few hundred each.
 */
export const FRAGMENT_CHARS = 16 * 1024 * 1024;

interface Store {
  version: number;
  entries: Map<string, string>;
  chars: number;
}
const stores = new WeakMap<object, Store>();

/** The fragment kept under `key` for this catalogue version, or undefined (it becomes the most recently used). */
export function peekFragment(owner: object, version: number, key: string): string | undefined {
  const store = stores.get(owner);
  if (!store || store.version !== version) return undefined;
  const html = store.entries.get(key);
  if (html !== undefined) {
    store.entries.delete(key);
    store.entries.set(key, html);
  }
  return html;
}

/**
 * Keeps `html` under `key` for this catalogue version; a newer version drops every older fragment, an older
 * one is not kept (its data may be gone), and beyond FRAGMENT_ENTRIES or FRAGMENT_CHARS the least recently used
 * goes.
 */
export function keepFragment(owner: object, version: number, key: string, html: string): void {
  let store = stores.get(owner);
  if (store && version < store.version) return;
  if (!store || store.version !== version) {
    store = { version, entries: new Map(), chars: 0 };
    stores.set(owner, store);
  }
  if (html.length > FRAGMENT_CHARS) return;
  const before = store.entries.get(key);
  if (before !== undefined) {
    store.entries.delete(key);
    store.chars -= before.length;
  }
  store.entries.set(key, html);
  store.chars += html.length;
  while (store.entries.size > FRAGMENT_ENTRIES || store.chars > FRAGMENT_CHARS) {
    const [oldest, text] = store.entries.entries().next().value!;
    store.entries.delete(oldest);
    store.chars -= text.length;
  }
}

/** What of the display currency a fragment with prices depends on: its code, its rate and the rate's day. */
export function rateKey(rate: Rate | undefined): string {
  return rate ? `${rate.currency}:${rate.kgsPerUnitMicros}:${rate.setOn}` : 'KGS';
}
