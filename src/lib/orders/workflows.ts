/**
 * Order state changes that move stock, each one batch (one transaction). Every statement is guarded by the
 * order's current status, so a repeated or late call changes nothing and reports `changed: false`.
 */
import type { InStatement } from '@libsql/client';
import type { Db } from '../../../db/client.ts';
import { releaseStatements, sellReservedStatements } from '../inventory/ledger.ts';
import { saleCreditStatements } from './producer-sales.ts';
import { orderStockLines } from './queries.ts';
import { requireTransition, TRANSITIONS, type OrderStatus } from './status.ts';

export interface ChangeResult {
  changed: boolean;
}

async function runGuarded(db: Db, statements: InStatement[]): Promise<ChangeResult> {
  const results = await db.$client.batch(statements, 'write');
  return { changed: (results.at(-1)?.rowsAffected ?? 0) > 0 };
}

/** Payment arrived: reserved stock becomes sold, the payment succeeded, the order is paid. */
export async function markOrderPaid(
  db: Db,
  orderId: number,
  opts: { before?: InStatement[]; paymentIntentId?: string | null } = {},
): Promise<ChangeResult> {
  const lines = await orderStockLines(db, orderId);
  return runGuarded(db, [
    ...(opts.before ?? []),
    ...sellReservedStatements(orderId, lines),
    // Credits go in while the order is still unpaid in this batch; a repeated event adds nothing.
    ...saleCreditStatements(orderId, 'pending_payment'),
    {
      sql: `UPDATE payments SET status = 'succeeded', stripe_payment_intent_id = coalesce(?, stripe_payment_intent_id),
              updated_at = unixepoch('subsec') * 1000
            WHERE order_id = ? AND status = 'pending' AND EXISTS (SELECT 1 FROM orders WHERE id = ? AND status = 'pending_payment')`,
      args: [opts.paymentIntentId ?? null, orderId, orderId],
    },
    {
      sql: `UPDATE orders SET status = 'paid', reservation_expires_at = NULL, updated_at = unixepoch('subsec') * 1000
            WHERE id = ? AND status = 'pending_payment'`,
      args: [orderId],
    },
  ]);
}

/** An unpaid order ends (expired, payment failed, cancelled by the buyer): its reservation is released. */
export async function cancelUnpaidOrder(
  db: Db,
  orderId: number,
  reason: 'expired' | 'payment_failed' | 'cancelled',
  opts: { before?: InStatement[] } = {},
): Promise<ChangeResult> {
  const lines = await orderStockLines(db, orderId);
  const paymentStatus = reason === 'expired' ? 'expired' : 'failed';
  return runGuarded(db, [
    ...(opts.before ?? []),
    ...releaseStatements(orderId, lines, reason),
    {
      sql: `UPDATE payments SET status = ?, updated_at = unixepoch('subsec') * 1000
            WHERE order_id = ? AND status = 'pending' AND EXISTS (SELECT 1 FROM orders WHERE id = ? AND status = 'pending_payment')`,
      args: [paymentStatus, orderId, orderId],
    },
    {
      sql: `UPDATE orders SET status = 'cancelled', reservation_expires_at = NULL, updated_at = unixepoch('subsec') * 1000
            WHERE id = ? AND status = 'pending_payment'`,
      args: [orderId],
    },
  ]);
}

/** Releases the stock of every unpaid order whose reservation has run out; returns how many lapsed. */
export async function expireReservations(db: Db, now = Date.now()): Promise<number> {
  const rs = await db.$client.execute({
    sql: `SELECT id FROM orders WHERE status = 'pending_payment' AND reservation_expires_at IS NOT NULL AND reservation_expires_at <= ?`,
    args: [now],
  });
  let lapsed = 0;
  for (const row of rs.rows) {
    if ((await cancelUnpaidOrder(db, Number(row.id), 'expired')).changed) lapsed++;
  }
  return lapsed;
}

/** Statuses from which `to` may be reached, per the status machine. */
function allowedFrom(to: OrderStatus): OrderStatus[] {
  return (Object.keys(TRANSITIONS) as OrderStatus[]).filter((from) => TRANSITIONS[from].includes(to));
}

/**
 * Moves a paid order along fulfilment (packed, shipped, ready for pickup, delivered). Payment, cancellation
 * and refunds move stock and money and have their own workflows. Throws IllegalTransitionError when the
 * status machine forbids the move from the order's current status.
 */
export async function advanceOrder(
  db: Db,
  orderId: number,
  to: 'packed' | 'shipped' | 'ready_for_pickup' | 'delivered',
): Promise<ChangeResult> {
  const current = (await db.$client.execute({ sql: 'SELECT status FROM orders WHERE id = ?', args: [orderId] }))
    .rows[0];
  if (!current) return { changed: false };
  requireTransition(current.status as OrderStatus, to);
  const from = allowedFrom(to);
  const rs = await db.$client.execute({
    sql: `UPDATE orders SET status = ?, updated_at = unixepoch('subsec') * 1000 WHERE id = ? AND status IN (${from.map(() => '?').join(',')})`,
    args: [to, orderId, ...from],
  });
  return { changed: rs.rowsAffected > 0 };
}
