import type { APIRoute } from 'astro';
import { getDb } from '../../../../../db/client.ts';
import { staffActor } from '../../../../lib/accounts/guard.ts';
import { csvDownload, toCsv } from '../../../../lib/http/csv.ts';
import { routeLocale } from '../../../../lib/http/locale-guard.ts';
import { LevelFilter, listLevels, listLocations } from '../../../../lib/inventory/stock.ts';

export const prerender = false;

/** Stock levels as CSV through the one CSV writer, with the page's filters (a template for a stocktake). */
export const GET: APIRoute = async ({ params, url, locals, rewrite }) => {
  const locale = routeLocale(params.locale);
  if (!locale) return rewrite('/404');
  if (!staffActor(locals.user, locals.client.ip)) return rewrite('/403');
  // Every field of the filter falls back to "any" on a value it cannot read.
  const filter = LevelFilter.parse({ ...Object.fromEntries(url.searchParams), page: 1 });
  const db = getDb();
  const locations = new Map((await listLocations(db, locale)).map((l) => [l.id, l.code]));
  const { rows } = await listLevels(db, locale, filter, 1_000_000);
  const csv = toCsv([
    ['sku', 'barcode', 'product', 'variant', 'producer', 'location', 'on_hand', 'reserved', 'available'],
    ...rows.map((r) => [
      r.sku,
      r.barcode,
      r.productName,
      r.variantLabel,
      r.producerName,
      locations.get(r.locationId),
      r.onHand,
      r.reserved,
      r.available,
    ]),
  ]);
  return csvDownload(csv, `stock-levels-${new Date().toISOString().slice(0, 10)}.csv`);
};
