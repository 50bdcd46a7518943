/** The fake Stripe server, driven by the real stripe SDK and checked by a webhook receiver that verifies signatures. */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { decodeForm, startFakeStripe } from './server.ts';
import type { FakeStripe } from './server.ts';

const SECRET = 'whsec_fake_stripe_test_secret';
const SUCCESS = 'http://shop.test/ru/checkout/success?session_id={CHECKOUT_SESSION_ID}';

type Received = { ok: true; event: Stripe.Event } | { ok: false; error: unknown };

let fake: FakeStripe;
let stripe: Stripe;
let receiver: Server;
let received: Received[] = [];

/** Session parameters the shop would send; `overrides` replace top-level fields. */
function params(overrides: Partial<Stripe.Checkout.SessionCreateParams> = {}): Stripe.Checkout.SessionCreateParams {
  return {
    mode: 'payment',
    locale: 'ru',
    customer_email: 'buyer@example.kg',
    client_reference_id: 'order_42',
    metadata: { order_id: '42', lang: 'ru' },
    expires_at: Math.floor(Date.now() / 1000) + 3600,
    success_url: SUCCESS,
    cancel_url: 'http://shop.test/ru/cart',
    line_items: [
      { quantity: 2, price_data: { currency: 'kgs', unit_amount: 45000, product_data: { name: 'Белый мёд' } } },
      { quantity: 1, price_data: { currency: 'kgs', unit_amount: 120000, product_data: { name: 'Шырдак' } } },
    ],
    ...overrides,
  };
}

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        const event = stripe.webhooks.constructEvent(
          Buffer.concat(chunks),
          req.headers['stripe-signature'] ?? '',
          SECRET,
        );
        received.push({ ok: true, event });
        res.writeHead(200).end('ok');
      } catch (error) {
        received.push({ ok: false, error });
        res.writeHead(400).end('bad signature');
      }
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const webhookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks/stripe`;
  fake = await startFakeStripe({ webhookUrl, webhookSecret: SECRET });
  stripe = new Stripe('sk_test_fake', { host: '127.0.0.1', port: fake.port, protocol: 'http', maxNetworkRetries: 0 });
});

afterAll(async () => {
  await fake?.close();
  await new Promise((resolve) => receiver?.close(resolve));
});

beforeEach(async () => {
  await fake.settled();
  received = [];
});

describe('form decoding', () => {
  it('reads bracket notation into nested objects and arrays', () => {
    expect(
      decodeForm('line_items[0][price_data][unit_amount]=100&line_items[1][quantity]=2&metadata[k]=a%20b&x=1'),
    ).toEqual({
      line_items: [{ price_data: { unit_amount: '100' } }, { quantity: '2' }],
      metadata: { k: 'a b' },
      x: '1',
    });
    expect(decodeForm('expand[]=a&expand[]=b&__proto__[polluted]=1')).toEqual({ expand: ['a', 'b'] });
  });
});

describe('checkout sessions through the real SDK', () => {
  it('creates a session the way Stripe does', async () => {
    const session = await stripe.checkout.sessions.create(params());
    expect(session.id).toMatch(/^cs_test_/);
    expect(session).toMatchObject({
      object: 'checkout.session',
      mode: 'payment',
      status: 'open',
      payment_status: 'unpaid',
      currency: 'kgs',
      amount_total: 210000,
      locale: 'ru',
      customer_email: 'buyer@example.kg',
      client_reference_id: 'order_42',
      metadata: { order_id: '42', lang: 'ru' },
      payment_intent: null,
      success_url: `http://shop.test/ru/checkout/success?session_id=${session.id}`,
      url: `${fake.url}/pay/${session.id}`,
    });
    expect(typeof session.expires_at).toBe('number');
    const request = fake.requests.at(-1)!;
    expect(request).toMatchObject({ method: 'POST', path: '/v1/checkout/sessions' });
    expect(request.body.line_items).toEqual([
      { quantity: '2', price_data: { currency: 'kgs', unit_amount: '45000', product_data: { name: 'Белый мёд' } } },
      { quantity: '1', price_data: { currency: 'kgs', unit_amount: '120000', product_data: { name: 'Шырдак' } } },
    ]);
    expect(request.headers['authorization']).toBe('Bearer sk_test_fake');
    expect(fake.sessions.get(session.id)?.line_items).toEqual(request.body.line_items);
  });

  it('honours Idempotency-Key: same key and body give the same session', async () => {
    const body = params();
    const before = fake.sessions.size;
    const first = await stripe.checkout.sessions.create(body, { idempotencyKey: 'order-42-attempt-1' });
    const again = await stripe.checkout.sessions.create(body, { idempotencyKey: 'order-42-attempt-1' });
    expect(again.id).toBe(first.id);
    expect(fake.sessions.size).toBe(before + 1);
    await expect(
      stripe.checkout.sessions.create(params({ client_reference_id: 'other' }), {
        idempotencyKey: 'order-42-attempt-1',
      }),
    ).rejects.toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
  });

  it('retrieves a session, and answers resource_missing for an unknown one', async () => {
    const created = await stripe.checkout.sessions.create(params());
    const got = await stripe.checkout.sessions.retrieve(created.id);
    expect(got).toEqual(created);
    const error = await stripe.checkout.sessions.retrieve('cs_test_nope').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error).toMatchObject({ statusCode: 404, code: 'resource_missing' });
  });

  it.each([
    ['expires_at only 5 minutes out', params({ expires_at: Math.floor(Date.now() / 1000) + 300 }), 'expires_at'],
    ['expires_at beyond 24 hours', params({ expires_at: Math.floor(Date.now() / 1000) + 25 * 3600 }), 'expires_at'],
    ['no line items', params({ line_items: [] }), 'line_items'],
    ['no success_url', params({ success_url: undefined }), 'success_url'],
    ['a locale Stripe lacks (Kyrgyz)', params({ locale: 'ky' }), 'locale'],
    [
      'quantity 0',
      params({
        line_items: [{ quantity: 0, price_data: { currency: 'kgs', unit_amount: 1, product_data: { name: 'x' } } }],
      }),
      'line_items[0][quantity]',
    ],
    [
      'a negative unit_amount',
      params({
        line_items: [{ quantity: 1, price_data: { currency: 'kgs', unit_amount: -5, product_data: { name: 'x' } } }],
      }),
      'line_items[0][price_data][unit_amount]',
    ],
    [
      'a missing product name',
      params({
        line_items: [
          { quantity: 1, price_data: { currency: 'kgs', unit_amount: 5, product_data: {} as { name: string } } },
        ],
      }),
      'line_items[0][price_data][product_data][name]',
    ],
  ])('rejects %s with a 400 StripeInvalidRequestError', async (_label, body, param) => {
    const before = fake.sessions.size;
    const error = await stripe.checkout.sessions.create(body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error).toMatchObject({ statusCode: 400, type: 'StripeInvalidRequestError', param });
    expect(fake.sessions.size).toBe(before);
  });

  it('expires an open session (telling the webhook), refuses to expire it twice, and cannot be paid after', async () => {
    const { id } = await stripe.checkout.sessions.create(params());
    expect((await stripe.checkout.sessions.expire(id)).status).toBe('expired');
    await fake.settled();
    expect(received).toMatchObject([
      { ok: true, event: { type: 'checkout.session.expired', data: { object: { id } } } },
    ]);
    await expect(stripe.checkout.sessions.expire(id)).rejects.toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect((await fetch(`${fake.url}/pay/${id}`, { method: 'POST', redirect: 'manual' })).status).toBe(409);
    await expect(fake.completeSession(id)).rejects.toThrow(/can be expired or paid/);
  });

  it('refuses to expire a session the buyer already paid, with a 400 like Stripe', async () => {
    const { id } = await stripe.checkout.sessions.create(params());
    fake.payWithoutWebhook(id);
    expect(received).toHaveLength(0);
    await expect(stripe.checkout.sessions.expire(id)).rejects.toMatchObject({ statusCode: 400 });
    expect((await stripe.checkout.sessions.retrieve(id)).status).toBe('complete');
    const late = await fake.deliverCompleted(id);
    expect(late.status).toBe(200);
    expect(received).toHaveLength(1);
  });

  it('fails the requests a test names, as many times as asked, telling the SDK not to retry', async () => {
    const retrying = new Stripe('sk_test_fake', {
      host: '127.0.0.1',
      port: fake.port,
      protocol: 'http',
      maxNetworkRetries: 2,
    });
    const { id } = await retrying.checkout.sessions.create(params());
    fake.failNext('POST', /\/expire$/, { times: 1, status: 503 });
    const before = fake.requests.length;
    await expect(retrying.checkout.sessions.expire(id)).rejects.toMatchObject({ statusCode: 503 });
    expect(fake.requests.length - before).toBe(1);
    expect((await retrying.checkout.sessions.expire(id)).status).toBe('expired');
  });

  it('answers unknown routes with a 404 JSON error', async () => {
    const res = await fetch(`${fake.url}/v1/nothing`, { headers: { authorization: 'Bearer sk_test_fake' } });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toMatchObject({ error: { type: 'invalid_request_error' } });
    expect((await fetch(`${fake.url}/elsewhere`)).status).toBe(404);
    expect((await fetch(`${fake.url}/v1/checkout/sessions/cs_test_x`)).status).toBe(401);
  });
});

describe('webhooks', () => {
  it('completeSession delivers a checkout.session.completed event that verifies', async () => {
    const { id } = await stripe.checkout.sessions.create(params());
    const { status, event } = await fake.completeSession(id);
    expect(status).toBe(200);
    expect(received).toHaveLength(1);
    const got = received[0]!;
    if (!got.ok) throw got.error;
    expect(got.event.id).toBe(event.id);
    expect(got.event.type).toBe('checkout.session.completed');
    expect(got.event.api_version).toBe(Stripe.API_VERSION);
    const object = got.event.data.object as Stripe.Checkout.Session;
    expect(object).toMatchObject({ id, status: 'complete', payment_status: 'paid', metadata: { order_id: '42' } });
    expect(object.payment_intent).toMatch(/^pi_test_/);
    expect((await stripe.checkout.sessions.retrieve(id)).status).toBe('complete');

    const resent = await fake.sendEvent('checkout.session.completed', object as unknown as Record<string, unknown>, {
      id: String(event.id),
    });
    expect(resent.event.id).toBe(event.id);
    expect(resent.status).toBe(200);
  });

  it('expireSession delivers checkout.session.expired', async () => {
    const { id } = await stripe.checkout.sessions.create(params());
    const { status, event } = await fake.expireSession(id);
    expect(status).toBe(200);
    expect(event.type).toBe('checkout.session.expired');
    expect(received[0]).toMatchObject({ ok: true, event: { data: { object: { id, status: 'expired' } } } });
  });

  it('a forged signature fails verification', async () => {
    const { status } = await fake.sendEvent(
      'checkout.session.completed',
      { id: 'cs_test_forged' },
      { signatureSecret: 'whsec_wrong' },
    );
    expect(status).toBe(400);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ ok: false });
    expect((received[0] as { error: unknown }).error).toBeInstanceOf(Stripe.errors.StripeSignatureVerificationError);
  });
});

describe('refunds', () => {
  it('refunds a paid session in part, then the rest, and no more', async () => {
    const { id } = await stripe.checkout.sessions.create(params());
    await fake.completeSession(id);
    const paymentIntent = String(fake.sessions.get(id)!.payment_intent);
    const part = await stripe.refunds.create({ payment_intent: paymentIntent, amount: 45000 });
    expect(part).toMatchObject({
      object: 'refund',
      status: 'succeeded',
      amount: 45000,
      currency: 'kgs',
      payment_intent: paymentIntent,
    });
    expect(part.id).toMatch(/^re_test_/);
    expect((await stripe.refunds.create({ payment_intent: paymentIntent })).amount).toBe(165000);
    await expect(stripe.refunds.create({ payment_intent: paymentIntent, amount: 1 })).rejects.toBeInstanceOf(
      Stripe.errors.StripeInvalidRequestError,
    );
    await expect(stripe.refunds.create({})).rejects.toMatchObject({ statusCode: 400, param: 'payment_intent' });
    expect(fake.refunds.filter((r) => r.payment_intent === paymentIntent)).toHaveLength(2);
  });

  it('refunds once for one idempotency key, however often it is sent', async () => {
    const { id } = await stripe.checkout.sessions.create(params());
    await fake.completeSession(id);
    const paymentIntent = String(fake.sessions.get(id)!.payment_intent);
    const key = { idempotencyKey: `refund-unapplied-${paymentIntent}` };
    const first = await stripe.refunds.create({ payment_intent: paymentIntent, amount: 210000 }, key);
    const again = await stripe.refunds.create({ payment_intent: paymentIntent, amount: 210000 }, key);
    expect(again.id).toBe(first.id);
    expect(fake.refunds.filter((r) => r.payment_intent === paymentIntent)).toHaveLength(1);
  });
});

describe('the stand-in hosted checkout page', () => {
  it('shows a Pay button and, when pressed, delivers the webhook and redirects 303 to success_url', async () => {
    const session = await stripe.checkout.sessions.create(params());
    const page = await fetch(session.url!);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('2100.00 KGS');
    expect(html).toContain(
      `<form method="post" action="/pay/${session.id}"><button type="submit" id="pay">Pay</button></form>`,
    );
    expect(html).toContain('href="http://shop.test/ru/cart"');

    const paid = await fetch(session.url!, { method: 'POST', redirect: 'manual' });
    expect(paid.status).toBe(303);
    expect(paid.headers.get('location')).toBe(session.success_url);
    expect(paid.headers.get('location')).toContain(session.id);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      ok: true,
      event: { type: 'checkout.session.completed', data: { object: { id: session.id } } },
    });

    const again = await fetch(session.url!);
    expect(await again.text()).not.toContain('id="pay"');
  });
});
