/**
 * The default texts of the shop's pages (db/seed/pages/<slug>.<locale>.md): real text for the Karakol
 * shop, written into a page that has no text yet on every start (a new shop and an existing one alike).
 */
import { readFileSync } from 'node:fs';
import type { Db } from '../client.ts';
import { LOCALES, type Locale } from '../../src/lib/i18n/locales.ts';
import { addMissingShopPages, SHOP_PAGE_SLUGS, type ShopPageSlug } from '../../src/lib/pages/shop-pages.ts';

/** The default Markdown of every page in every language. */
export function defaultShopPages(): Record<ShopPageSlug, Record<Locale, string>> {
  const read = (slug: string, locale: string) =>
    readFileSync(new URL(`./pages/${slug}.${locale}.md`, import.meta.url), 'utf8').trim();
  return Object.fromEntries(
    SHOP_PAGE_SLUGS.map((slug) => [slug, Object.fromEntries(LOCALES.map((l) => [l, read(slug, l)]))]),
  ) as Record<ShopPageSlug, Record<Locale, string>>;
}

/** Writes the default texts of the pages that have none; returns how many pages were added. */
export async function seedShopPages(db: Db, origin: string): Promise<number> {
  return addMissingShopPages(db, defaultShopPages(), origin);
}
