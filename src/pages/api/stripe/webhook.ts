import type { APIRoute } from 'astro';
import { getDb } from '../../../../db/client.ts';
import { handleStripeEvent } from '../../../lib/checkout/stripe-events.ts';
import { getEnv } from '../../../lib/env.ts';
import { BODY_LIMITS, readLimitedText } from '../../../lib/http/body.ts';
import { publicOrigin } from '../../../lib/http/origin.ts';
import { getStripe, verifyWebhook } from '../../../lib/payments/stripe.ts';
import { isWellFormedEvent } from '../../../lib/payments/webhook-event.ts';

/**
 * Stripe's webhook: the signature is checked on the raw body; handled events change the order once
 * (idempotent on the event id); any other event is acknowledged so Stripe stops resending it.
 */
export const POST: APIRoute = async ({ request }) => {
  const stripe = getStripe();
  const secret = getEnv().STRIPE_WEBHOOK_SECRET;
  // Without Stripe configured there is no webhook to call.
  if (!stripe || !secret) return Response.json({ error: 'Stripe is not configured' }, { status: 404 });
  const raw = await readLimitedText(request, BODY_LIMITS.webhook);
  if (raw === null) return Response.json({ error: 'body too large' }, { status: 413 });
  let event;
  try {
    event = verifyWebhook(stripe, raw, request.headers.get('stripe-signature'), secret);
  } catch {
    return Response.json({ error: 'invalid signature' }, { status: 400 });
  }
  if (!isWellFormedEvent(event)) return Response.json({ error: 'malformed event' }, { status: 400 });
  const outcome = await handleStripeEvent(getDb(), event, publicOrigin());
  return Response.json({ received: true, outcome });
};
