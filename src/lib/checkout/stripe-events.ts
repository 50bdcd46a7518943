/**
 * The Stripe webhook's effects. Each handled event writes its id to processed_webhook_events in the same
 * batch as its effect, so the same event delivered twice (or fifty times) changes state once; events that
 * arrive out of order are harmless because every effect is guarded by the order's current status.
 */
import type Stripe from 'stripe';
import type { InStatement } from '@libsql/client';
import type { Db } from '../../../db/client.ts';
import { applyStripeRefund } from '../orders/fulfilment.ts';
import { getOrderById, orderIdByPaymentIntent } from '../orders/queries.ts';
import { cancelUnpaidOrder, markOrderPaid } from '../orders/workflows.ts';
import { sendOrderMail } from './notify.ts';

export type EventOutcome = 'applied' | 'no_change' | 'duplicate' | 'ignored';

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

/** Applies one verified Stripe event. */
export async function handleStripeEvent(db: Db, event: Stripe.Event, origin: string): Promise<EventOutcome> {
  if (!HANDLED.has(event.type)) return 'ignored';
  const record: InStatement = {
    sql: 'INSERT INTO processed_webhook_events (event_id, type) VALUES (?, ?)',
    args: [event.id, event.type],
  };
  if (event.type === 'charge.refunded') return handleRefund(db, event.data.object as Stripe.Charge, record, origin);
  const session = event.data.object as Stripe.Checkout.Session;
  const orderId = Number(session.metadata?.order_id);
  if (!Number.isInteger(orderId) || orderId <= 0) return 'ignored';
  const paymentIntent =
    typeof session.payment_intent === 'string' ? session.payment_intent : (session.payment_intent?.id ?? null);
  try {
    let changed = false;
    switch (event.type) {
      case 'checkout.session.completed':
        if (session.payment_status === 'paid' || session.payment_status === 'no_payment_required') {
          changed = (
            await markOrderPaid(db, orderId, { before: [record], paymentIntentId: paymentIntent, via: 'stripe' })
          ).changed;
        } else {
          // Paid by a delayed method: wait for async_payment_succeeded or _failed.
          await db.$client.batch([record], 'write');
        }
        break;
      case 'checkout.session.async_payment_succeeded':
        changed = (
          await markOrderPaid(db, orderId, { before: [record], paymentIntentId: paymentIntent, via: 'stripe' })
        ).changed;
        break;
      case 'checkout.session.async_payment_failed':
        changed = (await cancelUnpaidOrder(db, orderId, 'payment_failed', { before: [record] })).changed;
        break;
      case 'checkout.session.expired':
        changed = (await cancelUnpaidOrder(db, orderId, 'expired', { before: [record] })).changed;
        break;
    }
    if (changed) {
      const order = await getOrderById(db, orderId);
      if (order?.status === 'paid') await sendOrderMail(db, order, origin, 'paid');
      return 'applied';
    }
    return 'no_change';
  } catch (error) {
    if (isDuplicateEvent(error)) return 'duplicate';
    throw error;
  }
}

/**
 * A card payment refunded in full: usually the refund staff just made from the order page (already
 * applied, so nothing changes), or one made in Stripe's dashboard for an order still at the shop, which
 * is then cancelled with its stock returned. A partial refund is acknowledged and left to staff.
 */
async function handleRefund(db: Db, charge: Stripe.Charge, record: InStatement, origin: string): Promise<EventOutcome> {
  const paymentIntent =
    typeof charge.payment_intent === 'string' ? charge.payment_intent : (charge.payment_intent?.id ?? null);
  if (!paymentIntent || !charge.refunded) return 'ignored';
  const orderId = await orderIdByPaymentIntent(db, paymentIntent);
  if (orderId === null) return 'ignored';
  try {
    const changed = await applyStripeRefund(db, orderId, { chargeId: charge.id, before: [record] }, origin);
    return changed ? 'applied' : 'no_change';
  } catch (error) {
    if (isDuplicateEvent(error)) return 'duplicate';
    throw error;
  }
}
