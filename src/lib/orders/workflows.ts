/**
 * Order state changes that move stock, each one batch (one transaction). Every statement is guarded by the
 * order's current status, so a repeated or late call changes nothing and reports `changed: false`.
 */
import type { InStatement } from '@libsql/client';
import { queueMailStatement, type Mail } from '../mail/outbox.ts';
import type { Db } from '../../../db/client.ts';
import { auditStatement, type AuditEntry } from '../audit/audit.ts';
import { releaseStatements, sellReservedStatements } from '../inventory/ledger.ts';
import { saleCreditStatements } from './producer-sales.ts';
import { orderStockLines } from './queries.ts';
import { requireTransition, TRANSITIONS, type OrderStatus } from './status.ts';

export interface ChangeResult {
  changed: boolean;
}

/** Who changes an order: a staff member (with their address), or nobody for the webhook, sweeper and CLI. */
export interface OrderActor {
  userId: number | null;
  ip?: string | null;
}

/**
 * The audit entry of an order change, written only while the order is still in `status`: it goes in
 * the batch before the statement that moves the order on, so a repeated click records nothing.
 */
export function orderAuditStatement(
  orderId: number,
  status: OrderStatus,
  entry: Omit<AuditEntry, 'entity'>,
): InStatement {
  return auditStatement({ ...entry, entity: 'order' }, Date.now(), {
    sql: 'EXISTS (SELECT 1 FROM orders WHERE id = ? AND status = ?)',
    args: [orderId, status],
  });
}

async function orderNumber(db: Db, orderId: number): Promise<string> {
  const rs = await db.$client.execute({ sql: 'SELECT number FROM orders WHERE id = ?', args: [orderId] });
  return String(rs.rows[0]?.number ?? orderId);
}

async function runGuarded(db: Db, statements: InStatement[]): Promise<ChangeResult> {
  const results = await db.$client.batch(statements, 'write');
  return { changed: (results.at(-1)?.rowsAffected ?? 0) > 0 };
}

/** Payment arrived: reserved stock becomes sold, the payment succeeded, the order is paid. */
export async function markOrderPaid(
  db: Db,
  orderId: number,
  opts: {
    before?: InStatement[];
    paymentIntentId?: string | null;
    actor?: OrderActor;
    via?: string;
    /** The buyer's confirmation, queued in the same batch only if this call is the one that marks it paid. */
    mail?: Mail;
    /**
     * Where the paid order goes: `paid` (default); an order already waiting at the counter (`ready_at`)
     * stays `ready_for_pickup`, or is `delivered` when it is paid and handed over in one step.
     */
    to?: 'paid' | 'ready_for_pickup' | 'delivered';
  } = {},
): Promise<ChangeResult> {
  const to = opts.to ?? 'paid';
  const [lines, number] = await Promise.all([orderStockLines(db, orderId), orderNumber(db, orderId)]);
  const stillUnpaid = {
    sql: `EXISTS (SELECT 1 FROM orders WHERE id = ? AND status = 'pending_payment')`,
    args: [orderId],
  };
  return runGuarded(db, [
    ...(opts.mail ? [queueMailStatement(opts.mail, { id: orderId }, stillUnpaid)] : []),
    ...(opts.before ?? []),
    orderAuditStatement(orderId, 'pending_payment', {
      userId: opts.actor?.userId ?? null,
      ip: opts.actor?.ip ?? null,
      action: 'order_paid',
      entityId: number,
      before: { status: 'pending_payment' },
      after: { status: 'paid', via: opts.via ?? null, paymentIntent: opts.paymentIntentId ?? null },
    }),
    ...(to === 'delivered'
      ? [
          orderAuditStatement(orderId, 'pending_payment', {
            userId: opts.actor?.userId ?? null,
            ip: opts.actor?.ip ?? null,
            action: 'order_handed_over',
            entityId: number,
            before: { status: 'paid' },
            after: { status: 'delivered' },
          }),
        ]
      : []),
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
      sql: `UPDATE orders SET status = ?, reservation_expires_at = NULL, updated_at = unixepoch('subsec') * 1000
            WHERE id = ? AND status = 'pending_payment'`,
      args: [to, orderId],
    },
  ]);
}

/** An unpaid order ends (expired, payment failed, cancelled by the buyer): its reservation is released. */
export async function cancelUnpaidOrder(
  db: Db,
  orderId: number,
  reason: 'expired' | 'payment_failed' | 'cancelled',
  opts: { before?: InStatement[]; actor?: OrderActor } = {},
): Promise<ChangeResult> {
  const [lines, number] = await Promise.all([orderStockLines(db, orderId), orderNumber(db, orderId)]);
  const paymentStatus = reason === 'expired' ? 'expired' : 'failed';
  return runGuarded(db, [
    ...(opts.before ?? []),
    orderAuditStatement(orderId, 'pending_payment', {
      userId: opts.actor?.userId ?? null,
      ip: opts.actor?.ip ?? null,
      action: 'order_cancelled',
      entityId: number,
      before: { status: 'pending_payment' },
      after: { status: 'cancelled', reason },
    }),
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

/**
 * Releases the stock of every unpaid order whose reservation has run out; returns how many lapsed.
 * `settle` runs first for each order (closing its card session at Stripe); when it answers true the
 * order was paid meanwhile and is left alone.
 */
export async function expireReservations(
  db: Db,
  now = Date.now(),
  settle?: (orderId: number) => Promise<boolean>,
): Promise<number> {
  const rs = await db.$client.execute({
    sql: `SELECT id FROM orders WHERE status = 'pending_payment' AND reservation_expires_at IS NOT NULL AND reservation_expires_at <= ?`,
    args: [now],
  });
  let lapsed = 0;
  for (const row of rs.rows) {
    if (settle && (await settle(Number(row.id)))) continue;
    if ((await cancelUnpaidOrder(db, Number(row.id), 'expired')).changed) lapsed++;
  }
  return lapsed;
}

/** Statuses from which `to` may be reached, per the status machine. */
function allowedFrom(to: OrderStatus): OrderStatus[] {
  return (Object.keys(TRANSITIONS) as OrderStatus[]).filter((from) => TRANSITIONS[from].includes(to));
}

/**
 * Moves a paid order along fulfilment (packed, shipped, ready for pickup, delivered) with no audit entry,
 * carrier or mail: the bare status move. Staff work goes through `src/lib/orders/fulfilment.ts`, which
 * adds those. Throws IllegalTransitionError when the status machine forbids the move.
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
