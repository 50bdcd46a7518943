import type { APIRoute } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { getDb } from '../../../../../db/client.ts';
import { staffActor } from '../../../../lib/accounts/guard.ts';
import { routeLocale } from '../../../../lib/http/locale-guard.ts';
import { LevelFilter, listLevels, listLocations } from '../../../../lib/inventory/stock.ts';

export const prerender = false;

/** Stock levels as CSV (UTF-8 with a BOM so spreadsheets read Cyrillic), with the page's filters. */
export const GET: APIRoute = async ({ params, url, locals }) => {
  const locale = routeLocale(params.locale);
  if (!locale || !staffActor(locals.user, locals.client.ip)) return new Response('Forbidden', { status: 403 });
  const db = getDb();
  const filter = LevelFilter.parse({ ...Object.fromEntries(url.searchParams), page: 1 });
  const locations = new Map((await listLocations(db, locale)).map((l) => [l.id, l.code]));
  const { rows } = await listLevels(db, locale, filter, 1_000_000);
  const csv = stringify(
    rows.map((r) => [
      r.sku,
      r.barcode ?? '',
      r.productName,
      r.variantLabel,
      r.producerName,
      locations.get(r.locationId),
      r.onHand,
      r.reserved,
      r.available,
    ]),
    {
      header: true,
      columns: ['sku', 'barcode', 'product', 'variant', 'producer', 'location', 'on_hand', 'reserved', 'available'],
    },
  );
  return new Response(`\uFEFF${csv}`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="stock-levels-${new Date().toISOString().slice(0, 10)}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
};
