/**
 * Property: whatever sequence of receive / reserve / release / sell happens, stock levels equal the sum of
 * the ledger, never go negative, and a reservation beyond what is free fails without a trace.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import {
  isOutOfStockError,
  LEDGER_MISMATCH_SQL,
  releaseStatements,
  reserveStatements,
  sellReservedStatements,
} from '../../src/lib/inventory/ledger.ts';
import { loadCatalog } from '../factories/catalog.ts';
import { tinyCatalog } from '../factories/tiny.ts';
import { freshDb } from '../support/db.ts';

type Op =
  | { kind: 'receive'; qty: number }
  | { kind: 'reserve'; qty: number }
  | { kind: 'release'; pick: number }
  | { kind: 'sell'; pick: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('receive' as const), qty: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('reserve' as const), qty: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ kind: fc.constant('release' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('sell' as const), pick: fc.nat() }),
);

async function levelOf(db: Db, variantId: number, locationId: number) {
  const r = (
    await db.$client.execute({
      sql: 'SELECT on_hand, reserved FROM stock_levels WHERE variant_id = ? AND location_id = ?',
      args: [variantId, locationId],
    })
  ).rows[0]!;
  return { onHand: Number(r.on_hand), reserved: Number(r.reserved) };
}

it('keeps levels equal to the ledger through any sequence of stock changes', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
      const db = await freshDb();
      await loadCatalog(db, tinyCatalog());
      const v = (
        await db.$client.execute(
          `SELECT v.id FROM variants v JOIN products p ON p.id = v.product_id WHERE p.slug = 'white-honey'`,
        )
      ).rows[0]!;
      const variantId = Number(v.id);
      const locationId = 1;
      let model = await levelOf(db, variantId, locationId);
      const open: { id: number; qty: number }[] = [];
      let n = 0;
      for (const o of ops) {
        if (o.kind === 'receive') {
          await db.$client.batch(
            [
              {
                sql: 'UPDATE stock_levels SET on_hand = on_hand + ? WHERE variant_id = ? AND location_id = ?',
                args: [o.qty, variantId, locationId],
              },
              {
                sql: `INSERT INTO stock_movements (variant_id, location_id, kind, on_hand_delta) VALUES (?, ?, 'receive', ?)`,
                args: [variantId, locationId, o.qty],
              },
            ],
            'write',
          );
          model = { ...model, onHand: model.onHand + o.qty };
        } else if (o.kind === 'reserve') {
          const token = `t${++n}`.padEnd(43, 'x');
          const order = {
            sql: `INSERT INTO orders (number, access_token, email, name, locale, payment_method, subtotal_tiyin, total_tiyin, total_charged_minor)
                  VALUES (?, ?, 'p@example.kg', 'P', 'en', 'pay_at_pickup', 0, 0, 0)`,
            args: [`OVP-000000-${String(n).padStart(5, '0')}`, token],
          };
          const free = model.onHand - model.reserved;
          try {
            await db.$client.batch(
              [order, ...reserveStatements({ accessToken: token }, [{ variantId, locationId, quantity: o.qty }])],
              'write',
            );
            expect(o.qty).toBeLessThanOrEqual(free);
            const id = Number(
              (await db.$client.execute({ sql: 'SELECT id FROM orders WHERE access_token = ?', args: [token] }))
                .rows[0]!.id,
            );
            open.push({ id, qty: o.qty });
            model = { ...model, reserved: model.reserved + o.qty };
          } catch (error) {
            expect(isOutOfStockError(error)).toBe(true);
            expect(o.qty).toBeGreaterThan(free);
          }
        } else if (open.length > 0) {
          const [target] = open.splice(o.pick % open.length, 1);
          const line = [{ variantId, locationId, quantity: target!.qty }];
          const statements =
            o.kind === 'release'
              ? releaseStatements(target!.id, line, 'test')
              : sellReservedStatements(target!.id, line);
          const status = o.kind === 'release' ? 'cancelled' : 'paid';
          await db.$client.batch(
            [
              ...statements,
              {
                sql: `UPDATE orders SET status = ? WHERE id = ? AND status = 'pending_payment'`,
                args: [status, target!.id],
              },
            ],
            'write',
          );
          // Applying the same change again must do nothing: the order is no longer pending.
          await db.$client.batch(statements, 'write');
          model =
            o.kind === 'release'
              ? { ...model, reserved: model.reserved - target!.qty }
              : { onHand: model.onHand - target!.qty, reserved: model.reserved - target!.qty };
        }
        expect(await levelOf(db, variantId, locationId)).toEqual(model);
        expect(model.reserved).toBeGreaterThanOrEqual(0);
        expect(model.reserved).toBeLessThanOrEqual(model.onHand);
      }
      expect((await db.$client.execute(LEDGER_MISMATCH_SQL)).rows).toEqual([]);
      db.$client.close();
    }),
    { numRuns: 40 },
  );
});
