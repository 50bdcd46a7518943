/**
 * A card order's Checkout Sessions: starting (or restarting) the payment, and closing the open session
 * when the order's hold lapses or staff cancel it. An order has at most one session that can be paid:
 * a new one is opened only after Stripe confirmed the previous one expired.
 */
import type Stripe from 'stripe';
import type { Db } from '../../../db/client.ts';
import { convertFromKgs, isCurrency } from '../money/money.ts';
import { getOrderById, type OrderView } from '../orders/queries.ts';
import { expireReservations } from '../orders/workflows.ts';
import { createCheckoutSession, expireCheckoutSession, getStripe, isIdempotencyError } from '../payments/stripe.ts';
import { applyPaidSession } from './stripe-events.ts';
import { getLogger } from '../log/logger.ts';

const LATEST_PAYMENT = '(SELECT id FROM payments WHERE order_id = ? ORDER BY id DESC LIMIT 1)';

/**
 * Creates a Checkout Session for a pending card order and remembers it on the payment; returns where to
 * send the buyer: Stripe's hosted page, or null when the order is not waiting for a card payment. When
 * the order already has a session ("pay again"), that one is expired first, so the buyer can never pay
 * twice; if Stripe says it was paid meanwhile, that payment is applied, no new session is made, and the
 * buyer goes back to the order page.
 */
export async function startCardPayment(db: Db, order: OrderView, origin: string): Promise<string | null> {
  const stripe = getStripe();
  if (!stripe || order.status !== 'pending_payment' || order.paymentMethod !== 'stripe' || !isCurrency(order.currency))
    return null;
  const previous = order.payment?.stripeSessionId ?? null;
  if (previous) {
    // Forget the session before expiring it, so its `checkout.session.expired` does not end the order.
    await db.$client.execute({
      sql: `UPDATE payments SET stripe_session_id = NULL, checkout_url = NULL, attempt = attempt + 1,
              updated_at = unixepoch('subsec') * 1000 WHERE id = ${LATEST_PAYMENT} AND stripe_session_id = ?`,
      args: [order.id, previous],
    });
    const closed = await expireCheckoutSession(stripe, previous);
    if (closed.status === 'complete') {
      await db.$client.execute({
        sql: `UPDATE payments SET stripe_session_id = ? WHERE id = ${LATEST_PAYMENT} AND stripe_session_id IS NULL`,
        args: [previous, order.id],
      });
      if (closed.payment_status !== 'unpaid') await applyPaidSession(db, closed, origin, null);
      return `${origin}/${order.locale}/orders/${order.accessToken}?paid=1`;
    }
  }
  const session = await createSession(db, stripe, order, origin);
  const rs = await db.$client.execute({
    sql: `UPDATE payments SET stripe_session_id = ?, checkout_url = ?, updated_at = unixepoch('subsec') * 1000
          WHERE id = ${LATEST_PAYMENT} AND EXISTS (SELECT 1 FROM orders WHERE id = ? AND status = 'pending_payment')`,
    args: [session.id, session.url ?? null, order.id, order.id],
  });
  if (rs.rowsAffected === 0 || !session.url) {
    // The order ended while the session was being made: nobody may pay it.
    await expireCheckoutSession(stripe, session.id).catch(() => undefined);
    return null;
  }
  return session.url;
}

/** Asks Stripe for a session for the order's current attempt (a fresh attempt if that key was spent). */
async function createSession(
  db: Db,
  stripe: Stripe,
  order: OrderView,
  origin: string,
): Promise<Stripe.Checkout.Session> {
  if (!isCurrency(order.currency)) throw new Error(`order ${order.number} is in an unknown currency`);
  const rate = { currency: order.currency, kgsPerUnitMicros: order.kgsPerUnitMicros };
  const unit = (tiyin: number) => convertFromKgs(tiyin, rate).amount;
  const orderUrl = `${origin}/${order.locale}/orders/${order.accessToken}`;
  for (let tries = 0; ; tries++) {
    const rs = await db.$client.execute({
      sql: `SELECT attempt FROM payments WHERE id = ${LATEST_PAYMENT}`,
      args: [order.id],
    });
    const attempt = Number(rs.rows[0]?.attempt ?? 1);
    try {
      return await createCheckoutSession(stripe, {
        orderId: order.id,
        orderNumber: order.number,
        email: order.email,
        locale: order.locale,
        currency: order.currency,
        lines: [
          ...order.lines.map((l) => ({
            name: `${l.productName} — ${l.variantLabel}`,
            unitAmount: unit(l.unitPriceTiyin),
            quantity: l.quantity,
          })),
          ...(order.shippingTiyin > 0
            ? [{ name: `Shipping / Доставка`, unitAmount: unit(order.shippingTiyin), quantity: 1 }]
            : []),
        ],
        successUrl: `${orderUrl}?paid=1`,
        cancelUrl: `${orderUrl}?cancelled=1`,
        attempt,
      });
    } catch (error) {
      // An earlier try of this attempt reached Stripe but its answer was lost: its key is spent.
      if (!isIdempotencyError(error) || tries > 0) throw error;
      await db.$client.execute({
        sql: `UPDATE payments SET attempt = attempt + 1 WHERE id = ${LATEST_PAYMENT}`,
        args: [order.id],
      });
    }
  }
}

/**
 * Makes sure an unpaid card order's open session can no longer be paid. Returns true when Stripe says
 * the buyer paid it meanwhile: that payment has then been applied (or recorded and refunded) instead.
 * When Stripe cannot be reached the order ends anyway; a payment that still comes is refunded.
 */
export async function closeCardSession(db: Db, orderId: number, origin: string): Promise<boolean> {
  const stripe = getStripe();
  const order = await getOrderById(db, orderId);
  const sessionId = order?.payment?.stripeSessionId;
  if (!stripe || !order || order.paymentMethod !== 'stripe' || !sessionId) return false;
  let session: Stripe.Checkout.Session;
  try {
    session = await expireCheckoutSession(stripe, sessionId);
  } catch (error) {
    getLogger().error({ err: error, session: sessionId, order: order.number }, 'could not expire the Checkout Session');
    return false;
  }
  if (session.status !== 'complete' || session.payment_status === 'unpaid') return false;
  // Stripe says the buyer paid. If applying it fails here (the database busy or away), the order must not
  // be cancelled for it: it keeps its hold until the webhook or the next sweep applies the payment.
  try {
    return (await applyPaidSession(db, session, origin, null)) !== 'unapplied';
  } catch (error) {
    getLogger().error({ err: error, session: sessionId, order: order.number }, 'could not apply a paid session');
    return true;
  }
}

/**
 * The hold sweeper: every unpaid order whose hold ran out gives its stock back, after its card session
 * (if any) is expired at Stripe, so a buyer cannot pay an order that no longer holds its goods. A session
 * paid just before that is applied and the order kept. Returns how many orders lapsed.
 */
export function expireLapsedOrders(db: Db, origin: string, now = Date.now()): Promise<number> {
  return expireReservations(db, now, (orderId) => closeCardSession(db, orderId, origin));
}
