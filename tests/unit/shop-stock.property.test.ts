/**
 * Property: the shop's own stock work — receiving, transfers, adjustments, stocktakes and counter
 * sales, in any order and amount — keeps every level equal to the ledger's sum and never below zero;
 * a change that asks for more than is there fails as a whole and leaves no trace.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import { scanIntoTill, sellAtCounter } from '../../src/lib/checkout/counter-sale.ts';
import { LEDGER_MISMATCH_SQL } from '../../src/lib/inventory/ledger.ts';
import { adjustStock, receiveGoods, recordStocktake, transferStock } from '../../src/lib/inventory/stock.ts';
import { createSession } from '../../src/lib/sessions/session.ts';
import { loadCatalog } from '../factories/catalog.ts';
import { tinyCatalog } from '../factories/tiny.ts';
import { freshDb } from '../support/db.ts';

type Op =
  | { kind: 'receive'; at: 0 | 1; qty: number }
  | { kind: 'transfer'; from: 0 | 1; qty: number }
  | { kind: 'adjust'; at: 0 | 1; delta: number }
  | { kind: 'count'; at: 0 | 1; counted: number }
  | { kind: 'sell'; qty: number };

const at = fc.constantFrom(0 as const, 1 as const);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('receive' as const), at, qty: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ kind: fc.constant('transfer' as const), from: at, qty: fc.integer({ min: 1, max: 8 }) }),
  fc.record({
    kind: fc.constant('adjust' as const),
    at,
    delta: fc.integer({ min: -6, max: 6 }).filter((d) => d !== 0),
  }),
  fc.record({ kind: fc.constant('count' as const), at, counted: fc.integer({ min: 0, max: 12 }) }),
  fc.record({ kind: fc.constant('sell' as const), qty: fc.integer({ min: 1, max: 6 }) }),
);

async function onHand(db: Db, variantId: number, locationId: number): Promise<number> {
  const rs = await db.$client.execute({
    sql: 'SELECT on_hand FROM stock_levels WHERE variant_id = ? AND location_id = ?',
    args: [variantId, locationId],
  });
  return rs.rows[0] ? Number(rs.rows[0].on_hand) : 0;
}

it('keeps the shop’s levels equal to the ledger through receiving, moving, counting and selling', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 20 }), async (ops) => {
      const db = await freshDb();
      await loadCatalog(db, tinyCatalog());
      const v = (
        await db.$client.execute(
          `SELECT v.id, v.sku FROM variants v JOIN products p ON p.id = v.product_id WHERE p.slug = 'white-honey' LIMIT 1`,
        )
      ).rows[0]!;
      const variant = Number(v.id);
      const locs = (
        await db.$client.execute(
          `SELECT id FROM stock_locations WHERE kind IN ('shop', 'warehouse') ORDER BY kind = 'warehouse'`,
        )
      ).rows.map((r) => Number(r.id));
      const actor = { userId: 1 };
      const session = await createSession(db);
      const model = [await onHand(db, variant, locs[0]!), await onHand(db, variant, locs[1]!)];
      for (const o of ops) {
        if (o.kind === 'receive') {
          const r = await receiveGoods(db, actor, {
            variant,
            location: locs[o.at]!,
            quantity: o.qty,
            batch: '',
            produced_on: '',
            best_before: '',
            consignment: true,
          });
          expect(r.ok).toBe(true);
          model[o.at]! += o.qty;
        } else if (o.kind === 'transfer') {
          const to = o.from === 0 ? 1 : 0;
          const r = await transferStock(db, actor, { variant, from: locs[o.from]!, to: locs[to]!, quantity: o.qty });
          expect(r.ok).toBe(o.qty <= model[o.from]!);
          if (r.ok) {
            model[o.from]! -= o.qty;
            model[to]! += o.qty;
          }
        } else if (o.kind === 'adjust') {
          const r = await adjustStock(db, actor, {
            variant,
            location: locs[o.at]!,
            delta: o.delta,
            reason: 'correction',
            note: '',
          });
          expect(r.ok).toBe(model[o.at]! + o.delta >= 0);
          if (r.ok) model[o.at]! += o.delta;
        } else if (o.kind === 'count') {
          expect(
            (await recordStocktake(db, actor, [{ variantId: variant, locationId: locs[o.at]!, counted: o.counted }]))
              .ok,
          ).toBe(true);
          model[o.at] = o.counted;
        } else {
          await scanIntoTill(db, session.id, { code: String(v.sku), quantity: o.qty });
          const r = await sellAtCounter(db, actor, session.id, {
            payment: 'cash',
            receiptLocale: 'en',
            cashGivenTiyin: 10 ** 12,
          });
          expect(r.ok).toBe(o.qty <= model[0]!);
          if (r.ok) model[0]! -= o.qty;
          else await db.$client.execute({ sql: `UPDATE sessions SET data = NULL WHERE id = ?`, args: [session.id] });
        }
        expect([await onHand(db, variant, locs[0]!), await onHand(db, variant, locs[1]!)]).toEqual(model);
      }
      expect((await db.$client.execute(LEDGER_MISMATCH_SQL)).rows).toEqual([]);
      db.$client.close();
    }),
    { numRuns: 30 },
  );
});
