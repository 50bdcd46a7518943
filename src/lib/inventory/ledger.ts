/**
 * Stock changes as SQL statements for one batch (one transaction). Every change of a level is paired with
 * its ledger row, so levels always equal the ledger's sum. The CHECKs on stock_levels (0 <= reserved <=
 * on_hand) make an oversell fail the whole batch, whatever ran concurrently.
 */
import type { InStatement } from '@libsql/client';

export interface StockLine {
  variantId: number;
  locationId: number;
  quantity: number;
}

/** The error SQLite raises when a batch would reserve or sell more than is on hand. */
export function isOutOfStockError(error: unknown): boolean {
  const text = String((error as { message?: string })?.message ?? error);
  return /CHECK constraint failed: stock_levels_(reserved|on_hand)_ck/.test(text);
}

const ORDER_ID = (orderRef: OrderRef) =>
  'id' in orderRef
    ? { sql: '?', args: [orderRef.id] }
    : { sql: '(SELECT id FROM orders WHERE access_token = ?)', args: [orderRef.accessToken] };
export type OrderRef = { id: number } | { accessToken: string };

/** Reserve stock for an order being placed (the order row is written earlier in the same batch). */
export function reserveStatements(order: OrderRef, lines: StockLine[]): InStatement[] {
  const o = ORDER_ID(order);
  return lines.flatMap((l) => [
    {
      sql: `UPDATE stock_levels SET reserved = reserved + ?, updated_at = unixepoch('subsec') * 1000
            WHERE variant_id = ? AND location_id = ?`,
      args: [l.quantity, l.variantId, l.locationId],
    },
    {
      sql: `INSERT INTO stock_movements (variant_id, location_id, kind, reserved_delta, order_id)
            VALUES (?, ?, 'reservation', ?, ${o.sql})`,
      args: [l.variantId, l.locationId, l.quantity, ...o.args],
    },
  ]);
}

/**
 * Statements that apply only while the order is still in `status`: releasing or selling a reservation
 * twice is impossible, so a repeated or late event changes nothing. They must run before the statement
 * that moves the order out of that status, in the same batch.
 */
function whileStatus(orderId: number, status: string) {
  return { sql: `EXISTS (SELECT 1 FROM orders WHERE id = ? AND status = ?)`, args: [orderId, status] };
}

/** Give reserved stock back (order expired, cancelled or its payment failed). */
export function releaseStatements(
  orderId: number,
  lines: StockLine[],
  reason: string,
  fromStatus = 'pending_payment',
): InStatement[] {
  const guard = whileStatus(orderId, fromStatus);
  return lines.flatMap((l) => [
    {
      sql: `UPDATE stock_levels SET reserved = reserved - ?, updated_at = unixepoch('subsec') * 1000
            WHERE variant_id = ? AND location_id = ? AND ${guard.sql}`,
      args: [l.quantity, l.variantId, l.locationId, ...guard.args],
    },
    {
      sql: `INSERT INTO stock_movements (variant_id, location_id, kind, reserved_delta, order_id, reason)
            SELECT ?, ?, 'release', ?, ?, ? WHERE ${guard.sql}`,
      args: [l.variantId, l.locationId, -l.quantity, orderId, reason, ...guard.args],
    },
  ]);
}

/** Turn a reservation into a sale: the goods leave on-hand stock (the order has been paid). */
export function sellReservedStatements(
  orderId: number,
  lines: StockLine[],
  fromStatus = 'pending_payment',
): InStatement[] {
  const guard = whileStatus(orderId, fromStatus);
  return lines.flatMap((l) => [
    {
      sql: `UPDATE stock_levels SET on_hand = on_hand - ?, reserved = reserved - ?, updated_at = unixepoch('subsec') * 1000
            WHERE variant_id = ? AND location_id = ? AND ${guard.sql}`,
      args: [l.quantity, l.quantity, l.variantId, l.locationId, ...guard.args],
    },
    {
      sql: `INSERT INTO stock_movements (variant_id, location_id, kind, on_hand_delta, reserved_delta, order_id)
            SELECT ?, ?, 'sale_online', ?, ?, ? WHERE ${guard.sql}`,
      args: [l.variantId, l.locationId, -l.quantity, -l.quantity, orderId, ...guard.args],
    },
  ]);
}

/** Levels that differ from the sum of their ledger rows (empty when the books are right). */
export const LEDGER_MISMATCH_SQL = `
  SELECT l.variant_id, l.location_id, l.on_hand, l.reserved,
         coalesce(m.on_hand, 0) AS ledger_on_hand, coalesce(m.reserved, 0) AS ledger_reserved
  FROM stock_levels l
  LEFT JOIN (SELECT variant_id, location_id, sum(on_hand_delta) AS on_hand, sum(reserved_delta) AS reserved
             FROM stock_movements GROUP BY variant_id, location_id) m
    ON m.variant_id = l.variant_id AND m.location_id = l.location_id
  WHERE l.on_hand != coalesce(m.on_hand, 0) OR l.reserved != coalesce(m.reserved, 0)`;
