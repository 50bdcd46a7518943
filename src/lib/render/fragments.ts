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

interface Store {
  version: number;
  entries: Map<string, string>;
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
 * one is not kept (its data may be gone), and beyond FRAGMENT_ENTRIES the least recently used goes.
 */
export function keepFragment(owner: object, version: number, key: string, html: string): void {
  let store = stores.get(owner);
  if (store && version < store.version) return;
  if (!store || store.version !== version) {
    store = { version, entries: new Map() };
    stores.set(owner, store);
  }
  store.entries.set(key, html);
  if (store.entries.size > FRAGMENT_ENTRIES) store.entries.delete(store.entries.keys().next().value!);
}

/** What of the display currency a fragment with prices depends on: its code, its rate and the rate's day. */
export function rateKey(rate: Rate | undefined): string {
  return rate ? `${rate.currency}:${rate.kgsPerUnitMicros}:${rate.setOn}` : 'KGS';
}
