/**
 * A stocktake from a spreadsheet: `sku,location,counted` rows (the CSV the levels export writes works
 * as a template: its `available`/`on_hand` columns are ignored, `counted` is read). Every row is checked
 * and previewed with its difference before anything is written.
 */
import { parse } from 'csv-parse/sync';
import type { Db } from '../../../db/client.ts';
import type { CountLine } from './stock.ts';

export const MAX_STOCKTAKE_ROWS = 5000;

export interface PreviewRow {
  line: number;
  sku: string;
  location: string;
  counted: number | null;
  expected: number | null;
  difference: number | null;
  /** A message key when the row cannot be used. */
  error: string | null;
  variantId: number | null;
  locationId: number | null;
}

export interface StocktakePreview {
  rows: PreviewRow[];
  errors: number;
  changes: number;
  /** A problem with the file as a whole (no rows, missing columns, not CSV). */
  fileError: string | null;
}

/** Reads and checks a stocktake CSV against the current levels, writing nothing. */
export async function previewStocktake(db: Db, text: string): Promise<StocktakePreview> {
  let records: Record<string, string>[];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      bom: true,
    });
  } catch {
    return { rows: [], errors: 0, changes: 0, fileError: 'stocktake.error.not_csv' };
  }
  if (records.length === 0) return { rows: [], errors: 0, changes: 0, fileError: 'stocktake.error.empty' };
  if (!('sku' in records[0]!) || !('location' in records[0]!) || !('counted' in records[0]!)) {
    return { rows: [], errors: 0, changes: 0, fileError: 'stocktake.error.columns' };
  }
  if (records.length > MAX_STOCKTAKE_ROWS)
    return { rows: [], errors: 0, changes: 0, fileError: 'stocktake.error.row_limit' };
  const [variants, locations] = await db.$client.batch(
    ['SELECT id, sku FROM variants', 'SELECT id, code FROM stock_locations'],
    'read',
  );
  const variantBySku = new Map(variants!.rows.map((r) => [String(r.sku), Number(r.id)]));
  const locationByCode = new Map(locations!.rows.map((r) => [String(r.code), Number(r.id)]));
  const seen = new Set<string>();
  const rows: PreviewRow[] = records.map((r, i) => {
    const sku = (r.sku ?? '').toUpperCase();
    const location = r.location ?? '';
    const countedText = (r.counted ?? '').replace(/\s/g, '');
    const counted = /^\d{1,6}$/.test(countedText) ? Number(countedText) : null;
    const variantId = variantBySku.get(sku) ?? null;
    const locationId = locationByCode.get(location) ?? null;
    let error: string | null = null;
    if (variantId === null) error = 'stocktake.error.sku';
    else if (locationId === null) error = 'stocktake.error.location';
    else if (counted === null) error = 'stocktake.error.counted';
    else if (seen.has(`${variantId}:${locationId}`)) error = 'stocktake.error.duplicate';
    if (variantId !== null && locationId !== null) seen.add(`${variantId}:${locationId}`);
    return { line: i + 2, sku, location, counted, expected: null, difference: null, error, variantId, locationId };
  });
  const good = rows.filter((r) => !r.error);
  if (good.length > 0) {
    const levels = await db.$client.batch(
      good.map((r) => ({
        sql: 'SELECT on_hand, reserved FROM stock_levels WHERE variant_id = ? AND location_id = ?',
        args: [r.variantId, r.locationId],
      })),
      'read',
    );
    good.forEach((r, i) => {
      const level = levels[i]!.rows[0];
      r.expected = level ? Number(level.on_hand) : 0;
      r.difference = r.counted! - r.expected;
      if (level && r.counted! < Number(level.reserved)) r.error = 'stocktake.error.below_reserved';
    });
  }
  return {
    rows,
    errors: rows.filter((r) => r.error).length,
    changes: rows.filter((r) => !r.error && r.difference !== 0).length,
    fileError: null,
  };
}

/** The count lines of a preview without errors, for recordStocktake. */
export function countLines(preview: StocktakePreview): CountLine[] {
  return preview.rows
    .filter((r) => !r.error && r.difference !== 0)
    .map((r) => ({ variantId: r.variantId!, locationId: r.locationId!, counted: r.counted! }));
}
