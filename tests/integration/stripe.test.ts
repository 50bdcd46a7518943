/**
 * Card payments through Stripe Checkout against a local fake Stripe that the real `stripe` SDK talks to:
 * session creation, signed and forged webhooks, the same event fifty times, events out of order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import { LEDGER_MISMATCH_SQL } from '../../src/lib/inventory/ledger.ts';
import { startFakeStripe, type FakeStripe } from '../fake-stripe/server.ts';
import { Buyer, PICKUP_FORM } from '../support/client.ts';
import { startShop, type RunningServer } from '../support/server.ts';

const SECRET = 'whsec_integration';
let db: Db;
let stripe: FakeStripe;
let shop: RunningServer;
let offset = 20;

beforeAll(async () => {
  db = openDb(inject('databaseUrl'));
  stripe = await startFakeStripe({ webhookSecret: SECRET });
  shop = await startShop({
    DATABASE_URL: inject('databaseUrl'),
    STRIPE_SECRET_KEY: 'sk_test_integration',
    STRIPE_WEBHOOK_SECRET: SECRET,
    STRIPE_API_BASE: stripe.url,
  });
  stripe.setWebhookUrl(`${shop.url}/api/stripe/webhook`);
});
afterAll(async () => {
  await shop?.stop();
  await stripe?.close();
});

/** A buyer with one in-stock variant in the cart who checks out by card; returns the order and its session. */
async function cardOrder(locale: 'ky' | 'ru' | 'en' = 'en', currency = 'USD', quantity = 2) {
  const rs = await db.$client.execute({
    sql: `SELECT v.id FROM variants v JOIN products p ON p.id = v.product_id WHERE p.status = 'published'
          AND (SELECT sum(on_hand - reserved) FROM stock_levels sl JOIN stock_locations l ON l.id = sl.location_id WHERE sl.variant_id = v.id AND l.sells_online = 1) >= 5
          ORDER BY v.id LIMIT 1 OFFSET ?`,
    args: [offset++],
  });
  const variant = Number(rs.rows[0]!.id);
  const buyer = new Buyer(shop.url);
  if (currency !== 'KGS') await buyer.get(`/${locale}/currency/${currency}?back=/`);
  await buyer.post(`/${locale}/cart`, { intent: 'add', variant, quantity });
  const res = await buyer.checkout(`/${locale}/checkout`, {
    ...PICKUP_FORM,
    email: `card-${offset}@example.com`,
    payment: 'stripe',
  });
  expect(res.status).toBe(303);
  expect(res.location).toMatch(new RegExp(`^${stripe.url}/pay/cs_test_`));
  const sessionId = res.location!.split('/pay/')[1]!;
  const order = (
    await db.$client.execute({ sql: `SELECT * FROM orders WHERE email = ?`, args: [`card-${offset}@example.com`] })
  ).rows[0]!;
  return { buyer, variant, sessionId, orderId: Number(order.id), order };
}

const statusOf = async (orderId: number) =>
  String(
    (await db.$client.execute({ sql: 'SELECT status FROM orders WHERE id = ?', args: [orderId] })).rows[0]!.status,
  );
const movements = async (orderId: number, kind: string) =>
  Number(
    (
      await db.$client.execute({
        sql: 'SELECT count(*) AS n FROM stock_movements WHERE order_id = ? AND kind = ?',
        args: [orderId, kind],
      })
    ).rows[0]!.n,
  );

describe('Stripe Checkout', () => {
  it('creates a session in the order currency and the buyer’s language, expiring in 30 minutes, with an idempotency key', async () => {
    const { sessionId, order } = await cardOrder('ky', 'USD', 2);
    const request = stripe.requests.find(
      (r) =>
        r.method === 'POST' &&
        r.path === '/v1/checkout/sessions' &&
        stripe.sessions.get(sessionId)?.client_reference_id === order.number,
    )!;
    expect(request.headers['idempotency-key']).toBe(`checkout-${order.number}-1`);
    const body = request.body as {
      mode: string;
      locale: string;
      expires_at: string;
      metadata: Record<string, string>;
      line_items: { quantity: string; price_data: { currency: string; unit_amount: string } }[];
    };
    expect(body.mode).toBe('payment');
    expect(body.locale).toBe('ru');
    expect(body.metadata.order_id).toBe(String(order.id));
    expect(body.line_items[0]!.price_data.currency).toBe('usd');
    expect(body.line_items[0]!.quantity).toBe('2');
    const total = body.line_items.reduce((s, l) => s + Number(l.price_data.unit_amount) * Number(l.quantity), 0);
    expect(total).toBe(Number(order.total_charged_minor));
    const ttl = Number(body.expires_at) - Date.now() / 1000;
    expect(ttl).toBeGreaterThan(30 * 60 - 5);
    expect(ttl).toBeLessThan(31 * 60 + 5);
    expect(order).toMatchObject({ currency: 'USD', status: 'pending_payment', payment_method: 'stripe' });
  });

  it('marks the order paid on a signed checkout.session.completed, sells the stock and mails the buyer', async () => {
    const { sessionId, orderId, variant } = await cardOrder();
    const before = await db.$client.execute({
      sql: 'SELECT sum(on_hand) AS on_hand, sum(reserved) AS reserved FROM stock_levels WHERE variant_id = ?',
      args: [variant],
    });
    const { status } = await stripe.completeSession(sessionId);
    expect(status).toBe(200);
    expect(await statusOf(orderId)).toBe('paid');
    const after = await db.$client.execute({
      sql: 'SELECT sum(on_hand) AS on_hand, sum(reserved) AS reserved FROM stock_levels WHERE variant_id = ?',
      args: [variant],
    });
    expect(Number(after.rows[0]!.on_hand)).toBe(Number(before.rows[0]!.on_hand) - 2);
    expect(Number(after.rows[0]!.reserved)).toBe(Number(before.rows[0]!.reserved) - 2);
    const payment = (await db.$client.execute({ sql: 'SELECT * FROM payments WHERE order_id = ?', args: [orderId] }))
      .rows[0]!;
    expect(payment.status).toBe('succeeded');
    const mail = await db.$client.execute({
      sql: `SELECT count(*) AS n FROM outbox WHERE "to" = (SELECT email FROM orders WHERE id = ?)`,
      args: [orderId],
    });
    expect(Number(mail.rows[0]!.n)).toBe(1);
  });

  it('refuses a forged webhook and changes nothing', async () => {
    const { sessionId, orderId } = await cardOrder();
    const session = { ...stripe.sessions.get(sessionId)!, status: 'complete', payment_status: 'paid' };
    const forged = await stripe.sendEvent('checkout.session.completed', session, { signatureSecret: 'whsec_wrong' });
    expect(forged.status).toBe(400);
    const unsigned = await fetch(`${shop.url}/api/stripe/webhook`, {
      method: 'POST',
      body: JSON.stringify({ id: 'evt_x', type: 'checkout.session.completed' }),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(unsigned.status).toBe(400);
    expect(await statusOf(orderId)).toBe('pending_payment');
  });

  it('applies the same event delivered 50 times exactly once', async () => {
    const { sessionId, orderId } = await cardOrder();
    const first = await stripe.completeSession(sessionId);
    const eventId = String(first.event.id);
    const object = (first.event.data as { object: Record<string, unknown> }).object;
    const again = await Promise.all(
      Array.from({ length: 49 }, () => stripe.sendEvent('checkout.session.completed', object, { id: eventId })),
    );
    expect(again.every((r) => r.status === 200)).toBe(true);
    expect(await statusOf(orderId)).toBe('paid');
    expect(await movements(orderId, 'sale_online')).toBe(1);
    const processed = await db.$client.execute({
      sql: 'SELECT count(*) AS n FROM processed_webhook_events WHERE event_id = ?',
      args: [eventId],
    });
    expect(Number(processed.rows[0]!.n)).toBe(1);
    expect((await db.$client.execute(LEDGER_MISMATCH_SQL)).rows).toEqual([]);
  });

  it('keeps the order right when events arrive out of order', async () => {
    // expired first, then a (stale) completed: the order stays cancelled and its stock released once
    const a = await cardOrder();
    await stripe.expireSession(a.sessionId);
    expect(await statusOf(a.orderId)).toBe('cancelled');
    const late = { ...stripe.sessions.get(a.sessionId)!, status: 'complete', payment_status: 'paid' };
    expect((await stripe.sendEvent('checkout.session.completed', late)).status).toBe(200);
    expect(await statusOf(a.orderId)).toBe('cancelled');
    expect(await movements(a.orderId, 'release')).toBe(1);
    expect(await movements(a.orderId, 'sale_online')).toBe(0);
    // completed first, then a (stale) expired: the order stays paid
    const b = await cardOrder();
    await stripe.completeSession(b.sessionId);
    const stale = { ...stripe.sessions.get(b.sessionId)!, status: 'expired' };
    expect((await stripe.sendEvent('checkout.session.expired', stale)).status).toBe(200);
    expect(await statusOf(b.orderId)).toBe('paid');
    expect(await movements(b.orderId, 'release')).toBe(0);
  });

  it('waits for a delayed payment, then cancels and releases the stock when it fails', async () => {
    const { sessionId, orderId } = await cardOrder();
    await stripe.completeSession(sessionId, { paymentStatus: 'unpaid' });
    expect(await statusOf(orderId)).toBe('pending_payment');
    const session = stripe.sessions.get(sessionId)!;
    expect((await stripe.sendEvent('checkout.session.async_payment_failed', session)).status).toBe(200);
    expect(await statusOf(orderId)).toBe('cancelled');
    expect(await movements(orderId, 'release')).toBe(1);
  });

  it('acknowledges events it does not handle', async () => {
    const res = await stripe.sendEvent('customer.created', { id: 'cus_test', object: 'customer' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ received: true, outcome: 'ignored' });
  });

  it('offers to pay again from the order page after the buyer cancelled on Stripe', async () => {
    const { buyer, order, sessionId } = await cardOrder('en', 'EUR', 1);
    const page = await buyer.get(`/en/orders/${order.access_token}?cancelled=1`);
    expect(page.doc.querySelector('main form button')?.textContent).toMatch(/Pay by card/);
    const retry = await buyer.post(`/en/orders/${order.access_token}`, {});
    expect(retry.status).toBe(303);
    expect(retry.location).toMatch(new RegExp(`^${stripe.url}/pay/cs_test_`));
    expect(retry.location).not.toContain(sessionId);
  });
});
