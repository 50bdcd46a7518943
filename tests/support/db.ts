/** A fresh migrated database for a test file, with optional demo or small catalogue. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, type Db } from '../../db/client.ts';
import { migrateDb } from '../../db/migrate.ts';

/** Opens a new embedded database in a temp folder and applies all migrations. */
export async function freshDb(): Promise<Db> {
  const dir = mkdtempSync(join(tmpdir(), 'ovop-unit-'));
  const db = openDb(`file:${join(dir, 'test.db')}`);
  await migrateDb(db);
  return db;
}

/**
 * Leaves exactly `units` free units of a variant, all in the Karakol shop, with the ledger rows that say so
 * (one batch): the stage for a rush of buyers on the last few units.
 */
export async function leaveFreeUnits(db: Db, variantId: number, units: number, reason: string): Promise<void> {
  const shop = `(SELECT id FROM stock_locations WHERE code = 'karakol-shop')`;
  await db.$client.batch(
    [
      {
        sql: `INSERT INTO stock_movements (variant_id, location_id, kind, on_hand_delta, reason)
              SELECT variant_id, location_id, 'adjustment', -(on_hand - reserved), ? FROM stock_levels WHERE variant_id = ? AND on_hand - reserved > 0`,
        args: [reason, variantId],
      },
      { sql: 'UPDATE stock_levels SET on_hand = reserved WHERE variant_id = ?', args: [variantId] },
      {
        sql: `UPDATE stock_levels SET on_hand = on_hand + ? WHERE variant_id = ? AND location_id = ${shop}`,
        args: [units, variantId],
      },
      {
        sql: `INSERT INTO stock_movements (variant_id, location_id, kind, on_hand_delta, reason) VALUES (?, ${shop}, 'receive', ?, ?)`,
        args: [variantId, units, reason],
      },
    ],
    'write',
  );
}
