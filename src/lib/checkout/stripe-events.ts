/**
 * The Stripe webhook's effects. Each handled event writes its id to processed_webhook_events in the same
 * batch as its effect, so the same event delivered twice (or fifty times) changes state once; events that
 * arrive out of order are harmless because every effect is guarded by the order's current status. A paid
 * session is checked against its order (number, amount, currency) before it counts as the order's payment.
 */
import type Stripe from 'stripe';
import type { InStatement } from '@libsql/client';
import type { Db } from '../../../db/client.ts';
import { applyStripeRefund } from '../orders/fulfilment.ts';
import { getOrderById, orderIdByPaymentIntent, type OrderView } from '../orders/queries.ts';
import { cancelUnpaidOrder, markOrderPaid } from '../orders/workflows.ts';
import { getShopSettings } from '../settings/shop.ts';
import { orderMail, sendQueuedMail } from './notify.ts';
import {
  markUnappliedRefunded,
  recordUnappliedStatements,
  refundUnapplied,
  unappliedIdByPaymentIntent,
} from './unapplied-payments.ts';
import { getLogger } from '../log/logger.ts';

export type EventOutcome = 'applied' | 'no_change' | 'duplicate' | 'ignored' | 'unapplied';

const HANDLED = new Set([
  'checkout.session.completed',
  'checkout.session.async_payment_succeeded',
  'checkout.session.async_payment_failed',
  'checkout.session.expired',
  'charge.refunded',
]);

function isDuplicateEvent(error: unknown): boolean {
  return /UNIQUE constraint failed: processed_webhook_events\.event_id|PRIMARY KEY/.test(String(error));
}

const recordOf = (event: { id: string; type: string }): InStatement => ({
  sql: 'INSERT INTO processed_webhook_events (event_id, type) VALUES (?, ?)',
  args: [event.id, event.type],
});

const paymentIntentOf = (object: { payment_intent?: string | { id: string } | null }) =>
  typeof object.payment_intent === 'string' ? object.payment_intent : (object.payment_intent?.id ?? null);

/** Applies one verified Stripe event. */
export async function handleStripeEvent(db: Db, event: Stripe.Event, origin: string): Promise<EventOutcome> {
  if (!HANDLED.has(event.type)) return 'ignored';
  const record = recordOf(event);
  try {
    if (event.type === 'charge.refunded')
      return await handleRefund(db, event.data.object as Stripe.Charge, record, origin);
    const session = event.data.object as Stripe.Checkout.Session;
    switch (event.type) {
      case 'checkout.session.completed':
        if (session.payment_status === 'paid' || session.payment_status === 'no_payment_required')
          return await applyPaidSession(db, session, origin, event);
        // Paid by a delayed method: wait for async_payment_succeeded or _failed.
        return (await orderOfSession(db, session)) ? await recordOnly(db, record) : 'ignored';
      case 'checkout.session.async_payment_succeeded':
        return await applyPaidSession(db, session, origin, event);
      default:
        return await endUnpaidSession(db, session, event.type === 'checkout.session.expired', record);
    }
  } catch (error) {
    if (isDuplicateEvent(error)) return 'duplicate';
    throw error;
  }
}

async function recordOnly(db: Db, record: InStatement): Promise<EventOutcome> {
  await db.$client.batch([record], 'write');
  return 'no_change';
}

/** The order a Checkout Session was made for, when its metadata names one of ours (id and number agree). */
async function orderOfSession(db: Db, session: Stripe.Checkout.Session): Promise<OrderView | null> {
  const orderId = Number(session.metadata?.order_id);
  if (!Number.isInteger(orderId) || orderId <= 0) return null;
  const order = await getOrderById(db, orderId);
  if (!order || session.metadata?.order_number !== order.number) return null;
  return order;
}

/**
 * An expired (or failed) session ends its order only while it is the order's current session: one the
 * shop expired itself to open another ("pay again") must not cancel the order the buyer is paying.
 */
async function endUnpaidSession(
  db: Db,
  session: Stripe.Checkout.Session,
  expired: boolean,
  record: InStatement,
): Promise<EventOutcome> {
  const order = await orderOfSession(db, session);
  if (!order) return 'ignored';
  if (order.payment?.stripeSessionId !== session.id) return recordOnly(db, record);
  const { changed } = await cancelUnpaidOrder(db, order.id, expired ? 'expired' : 'payment_failed', {
    before: [record],
  });
  return changed ? 'applied' : 'no_change';
}

/**
 * A Checkout Session that Stripe says is paid, from a webhook event or found by the shop itself when it
 * expires a session ("pay again", the hold sweeper). The payment is applied only when its amount and
 * currency are exactly the order's and the order still waits for it; any other paid session (a second
 * payment, a payment after the hold lapsed, a wrong amount) is recorded and refunded, never dropped.
 * `event` (when there is one) is recorded in the same batch as the effect, so a repeat changes nothing.
 */
export async function applyPaidSession(
  db: Db,
  session: Stripe.Checkout.Session,
  origin: string,
  event: { id: string; type: string } | null,
): Promise<EventOutcome> {
  let order = await orderOfSession(db, session);
  if (!order) return 'ignored';
  let record = event ? [recordOf(event)] : [];
  const paymentIntent = paymentIntentOf(session);
  const matches =
    session.amount_total === order.totalChargedMinor && (session.currency ?? '').toUpperCase() === order.currency;
  if (matches && order.status === 'pending_payment') {
    const { changed } = await markOrderPaid(db, order.id, {
      before: record,
      paymentIntentId: paymentIntent,
      via: 'stripe',
      mail: orderMail(order, origin, 'paid', await getShopSettings(db)),
    });
    order = (await getOrderById(db, order.id))!;
    if (changed) {
      sendQueuedMail(db);
      return 'applied';
    }
    record = []; // written with the batch above, which another payment beat to the order
  }
  if (matches && paymentIntent !== null && order.payment?.stripePaymentIntentId === paymentIntent) {
    return record.length ? recordOnly(db, record[0]!) : 'no_change';
  }
  const reason = !matches ? 'mismatch' : order.status === 'cancelled' ? 'late' : 'duplicate';
  const results = await db.$client.batch(
    [
      ...record,
      ...recordUnappliedStatements({
        orderId: order.id,
        orderNumber: order.number,
        reason,
        amountMinor: session.amount_total ?? 0,
        currency: session.currency ?? '',
        eventId: event?.id ?? null,
        sessionId: session.id,
        paymentIntentId: paymentIntent,
      }),
    ],
    'write',
  );
  const inserted = results.at(-1)!;
  if (inserted.rowsAffected === 0) return 'no_change';
  getLogger().warn(
    { payment: paymentIntent ?? session.id, order: order.number, reason },
    'card payment cannot be applied: refunding it',
  );
  await refundUnapplied(db, Number(inserted.lastInsertRowid));
  return 'unapplied';
}

/**
 * A card payment refunded in full: usually the refund staff just made from the order page (already
 * applied, so nothing changes), or one made in Stripe's dashboard for an order still at the shop, which
 * is then cancelled with its stock returned; or the refund of a payment that could not be applied,
 * which is then settled. A partial refund is acknowledged and left to staff.
 */
async function handleRefund(db: Db, charge: Stripe.Charge, record: InStatement, origin: string): Promise<EventOutcome> {
  const paymentIntent = paymentIntentOf(charge);
  if (!paymentIntent || !charge.refunded) return 'ignored';
  const orderId = await orderIdByPaymentIntent(db, paymentIntent);
  if (orderId === null) {
    const unapplied = await unappliedIdByPaymentIntent(db, paymentIntent);
    if (unapplied === null) return 'ignored';
    const refundId = charge.refunds?.data?.[0]?.id ?? null;
    return (await markUnappliedRefunded(db, unapplied, refundId, record)) ? 'applied' : 'no_change';
  }
  const changed = await applyStripeRefund(db, orderId, { chargeId: charge.id, before: [record] }, origin);
  return changed ? 'applied' : 'no_change';
}
