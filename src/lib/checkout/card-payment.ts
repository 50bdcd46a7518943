/** Starting (or restarting) a card payment for an order through Stripe Checkout. */
import type { Db } from '../../../db/client.ts';
import { convertFromKgs, isCurrency } from '../money/money.ts';
import type { OrderView } from '../orders/queries.ts';
import { createCheckoutSession, getStripe } from '../payments/stripe.ts';

/**
 * Creates a Checkout Session for a pending card order and remembers it on the payment; returns the
 * hosted page to send the buyer to, or null when the order is not waiting for a card payment.
 */
export async function startCardPayment(db: Db, order: OrderView, origin: string): Promise<string | null> {
  const stripe = getStripe();
  if (!stripe || order.status !== 'pending_payment' || order.paymentMethod !== 'stripe' || !isCurrency(order.currency))
    return null;
  const rate = { currency: order.currency, kgsPerUnitMicros: order.kgsPerUnitMicros };
  const unit = (tiyin: number) => convertFromKgs(tiyin, rate).amount;
  const rs = await db.$client.execute({
    sql: `SELECT attempt FROM payments WHERE order_id = ? ORDER BY id DESC LIMIT 1`,
    args: [order.id],
  });
  const attempt = Number(rs.rows[0]?.attempt ?? 1) + (order.payment?.stripeSessionId ? 1 : 0);
  const orderUrl = `${origin}/${order.locale}/orders/${order.accessToken}`;
  const session = await createCheckoutSession(stripe, {
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
  await db.$client.execute({
    sql: `UPDATE payments SET stripe_session_id = ?, checkout_url = ?, attempt = ?, updated_at = unixepoch('subsec') * 1000
          WHERE id = (SELECT id FROM payments WHERE order_id = ? ORDER BY id DESC LIMIT 1)`,
    args: [session.id, session.url ?? null, attempt, order.id],
  });
  return session.url ?? null;
}
