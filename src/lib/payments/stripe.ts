/** Stripe behind one module: the client, Checkout Sessions for orders, refunds, and webhook verification. */
import Stripe from 'stripe';
import { getEnv } from '../env.ts';
import type { Locale } from '../i18n/locales.ts';

let client: Stripe | null | undefined;

/** The Stripe client, or null when no STRIPE_SECRET_KEY is configured (card payment is then not offered). */
export function getStripe(): Stripe | null {
  if (client !== undefined) return client;
  const env = getEnv();
  if (!env.STRIPE_SECRET_KEY) return (client = null);
  const base = env.STRIPE_API_BASE ? new URL(env.STRIPE_API_BASE) : null;
  client = new Stripe(env.STRIPE_SECRET_KEY, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    ...(base
      ? {
          host: base.hostname,
          port: Number(base.port || (base.protocol === 'https:' ? 443 : 80)),
          protocol: base.protocol.replace(':', '') as 'http' | 'https',
        }
      : {}),
  });
  return client;
}

/** Stripe Checkout has no Kyrgyz: Kyrgyz speakers read Russian, so they get Russian. */
export function stripeLocale(locale: Locale): 'ru' | 'en' {
  return locale === 'en' ? 'en' : 'ru';
}

export interface CheckoutSessionInput {
  orderId: number;
  orderNumber: string;
  email: string;
  locale: Locale;
  currency: string;
  lines: { name: string; unitAmount: number; quantity: number }[];
  successUrl: string;
  cancelUrl: string;
  /** Distinguishes a retried payment of the same order; the same attempt is never charged twice. */
  attempt: number;
  now?: number;
}

/** Creates a Checkout Session for an order: 30 minutes to pay, idempotent per order and attempt. */
export async function createCheckoutSession(
  stripe: Stripe,
  input: CheckoutSessionInput,
): Promise<Stripe.Checkout.Session> {
  const now = input.now ?? Date.now();
  return stripe.checkout.sessions.create(
    {
      mode: 'payment',
      line_items: input.lines.map((l) => ({
        price_data: {
          currency: input.currency.toLowerCase(),
          unit_amount: l.unitAmount,
          product_data: { name: l.name },
        },
        quantity: l.quantity,
      })),
      customer_email: input.email,
      client_reference_id: input.orderNumber,
      metadata: { order_id: String(input.orderId), order_number: input.orderNumber },
      payment_intent_data: { metadata: { order_id: String(input.orderId), order_number: input.orderNumber } },
      locale: stripeLocale(input.locale),
      success_url: input.successUrl,
      cancel_url: input.cancelUrl,
      expires_at: Math.floor(now / 1000) + 30 * 60 + 30,
    },
    { idempotencyKey: `checkout-${input.orderNumber}-${input.attempt}` },
  );
}

/**
 * Expires an open Checkout Session so it can no longer be paid, and returns it as Stripe now has it.
 * Stripe refuses to expire a session that is no longer open (it may have been paid a moment ago): the
 * session is then read back, so the caller sees `complete` (with its payment status) or `expired`.
 */
export async function expireCheckoutSession(stripe: Stripe, sessionId: string): Promise<Stripe.Checkout.Session> {
  try {
    return await stripe.checkout.sessions.expire(sessionId);
  } catch (error) {
    if (!(error instanceof Stripe.errors.StripeInvalidRequestError) || error.statusCode !== 400) throw error;
    const session = await stripe.checkout.sessions.retrieve(sessionId);
    if (session.status === 'open') throw error;
    return session;
  }
}

/** True when Stripe refused a request because its idempotency key was used before with other parameters. */
export function isIdempotencyError(error: unknown): boolean {
  return error instanceof Stripe.errors.StripeIdempotencyError;
}

/**
 * Gives back a card payment that could not be applied to its order, in full, through the Refunds API.
 * The idempotency key names the PaymentIntent, so a retry (by staff or after a lost answer) refunds once;
 * a charge already refunded (by staff in Stripe's dashboard) answers with that refund.
 */
export async function refundUnappliedPayment(
  stripe: Stripe,
  input: { paymentIntentId: string; amount: number; orderNumber: string | null },
): Promise<Stripe.Refund> {
  try {
    return await stripe.refunds.create(
      {
        payment_intent: input.paymentIntentId,
        amount: input.amount,
        metadata: { order_number: input.orderNumber ?? '', unapplied: 'true' },
      },
      { idempotencyKey: `refund-unapplied-${input.paymentIntentId}` },
    );
  } catch (error) {
    if ((error as { code?: string }).code !== 'charge_already_refunded') throw error;
    const earlier = await stripe.refunds.list({ payment_intent: input.paymentIntentId, limit: 1 });
    if (!earlier.data[0]) throw error;
    return earlier.data[0];
  }
}

export interface RefundInput {
  orderId: number;
  orderNumber: string;
  paymentIntentId: string;
  /** In the payment's minor units: the whole amount charged. */
  amount: number;
}

/**
 * Refunds an order's card payment through the Refunds API. The idempotency key is the order number, so a
 * repeated click or a retry after a lost answer refunds once; when Stripe no longer remembers the key
 * (after 24 hours) and the charge is already refunded, that refund is looked up instead of failing.
 */
export async function refundPayment(stripe: Stripe, input: RefundInput): Promise<Stripe.Refund> {
  try {
    return await stripe.refunds.create(
      {
        payment_intent: input.paymentIntentId,
        amount: input.amount,
        metadata: { order_id: String(input.orderId), order_number: input.orderNumber },
      },
      { idempotencyKey: `refund-${input.orderNumber}` },
    );
  } catch (error) {
    if ((error as { code?: string }).code !== 'charge_already_refunded') throw error;
    const earlier = await stripe.refunds.list({ payment_intent: input.paymentIntentId, limit: 10 });
    const refund = earlier.data.find((r) => r.metadata?.order_number === input.orderNumber) ?? earlier.data[0];
    if (!refund) throw error;
    return refund;
  }
}

/** Verifies a webhook's signature on the raw body; throws when it is not from Stripe. */
export function verifyWebhook(stripe: Stripe, rawBody: string, signature: string | null, secret: string): Stripe.Event {
  if (!signature) throw new Error('missing Stripe-Signature');
  return stripe.webhooks.constructEvent(rawBody, signature, secret);
}
