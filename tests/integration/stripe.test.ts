/**
 * Card payments through Stripe Checkout against a local fake Stripe that the real `stripe` SDK talks to:
 * session creation, signed and forged webhooks, the same event fifty times, events out of order.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import en from '../../src/lib/i18n/locales/en.json' with { type: 'json' };
import { getTranslator } from '../../src/lib/i18n/translate.ts';
import { LEDGER_MISMATCH_SQL } from '../../src/lib/inventory/ledger.ts';
import { startFakeStripe, type FakeStripe } from '../fake-stripe/server.ts';
import { Buyer, PICKUP_FORM } from '../support/client.ts';
import { ROOT, run, startShop, type RunningServer } from '../support/server.ts';

const SECRET = 'whsec_integration';
let db: Db;
let stripe: FakeStripe;
let shop: RunningServer;
let offset = 20;
let env: Record<string, string>;

beforeAll(async () => {
  db = openDb(inject('databaseUrl'));
  stripe = await startFakeStripe({ webhookSecret: SECRET });
  env = {
    DATABASE_URL: inject('databaseUrl'),
    STRIPE_SECRET_KEY: 'sk_test_integration',
    STRIPE_WEBHOOK_SECRET: SECRET,
    STRIPE_API_BASE: stripe.url,
  };
  shop = await startShop(env);
  env.PUBLIC_URL = shop.url;
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
    const mails = async () =>
      Number(
        (
          await db.$client.execute({
            sql: `SELECT count(*) AS n FROM outbox WHERE "to" = (SELECT email FROM orders WHERE id = ?)`,
            args: [orderId],
          })
        ).rows[0]!.n,
      );
    // "Awaiting payment" went out with the order itself; the payment adds the confirmation.
    expect(await mails()).toBe(1);
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
    expect(await mails()).toBe(2);
    // The confirmation says it is paid; Stripe resending the event (a new event id) mails nobody again.
    const last = await db.$client.execute({
      sql: `SELECT text FROM outbox WHERE order_id = ? ORDER BY id DESC LIMIT 1`,
      args: [orderId],
    });
    expect(String(last.rows[0]!.text)).toContain(en['mail.paid']);
    expect((await stripe.deliverCompleted(sessionId, { id: `evt_resent_${orderId}` })).status).toBe(200);
    expect(await mails()).toBe(2);
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

const one = async (sql: string, args: (string | number)[] = []) => (await db.$client.execute({ sql, args })).rows[0];
const unappliedOf = async (orderId: number) =>
  (
    await db.$client.execute({
      sql: 'SELECT * FROM unapplied_payments WHERE order_id = ? ORDER BY id',
      args: [orderId],
    })
  ).rows;
const refundsOf = (paymentIntent: unknown) => stripe.refunds.filter((r) => r.payment_intent === paymentIntent);
const outcome = (res: { body: string }) => (JSON.parse(res.body) as { outcome: string }).outcome;

/**
 * A second Checkout Session for an order, opened the way "pay again" did before sessions were expired
 * (or by anything else holding the order's metadata): by default for the order's exact amount.
 */
async function extraSession(order: Record<string, unknown>, money?: { currency: string; amount: number }) {
  const sdk = new Stripe('sk_test_integration', { host: '127.0.0.1', port: stripe.port, protocol: 'http' });
  const session = await sdk.checkout.sessions.create({
    mode: 'payment',
    line_items: [
      {
        quantity: 1,
        price_data: {
          currency: (money?.currency ?? String(order.currency)).toLowerCase(),
          unit_amount: money?.amount ?? Number(order.total_charged_minor),
          product_data: { name: 'Order' },
        },
      },
    ],
    metadata: { order_id: String(order.id), order_number: String(order.number) },
    success_url: `${shop.url}/en/orders/${String(order.access_token)}?paid=1`,
  });
  return session.id;
}

/**
 * Lets the order's hold lapse now and runs the sweeper (`npm run orders -- expire`). Stripe's webhooks
 * wait until it is done: the shop's embedded database takes writes from one process at a time.
 */
/** What the last `orders expire` printed: shown when a lapse assertion fails, with Stripe's requests. */
let lastSweep = '';

async function lapse(orderId: number) {
  await db.$client.execute({
    sql: 'UPDATE orders SET reservation_expires_at = ? WHERE id = ?',
    args: [Date.now() - 1000, orderId],
  });
  stripe.pauseWebhooks();
  try {
    lastSweep = await run([`${ROOT}/src/cli/orders.ts`, 'expire'], env);
  } finally {
    stripe.resumeWebhooks();
  }
  await stripe.settled();
}

/** Staff pages seen along the way, checked by the Nu Html Checker at the end. */
const pages: string[] = [];

describe('one order, one payment', () => {
  it('pay again expires the first session before opening a new one, and the first can no longer be paid', async () => {
    const { buyer, order, sessionId, orderId } = await cardOrder('en', 'EUR', 1);
    const retry = await buyer.post(`/en/orders/${order.access_token}`, {});
    expect(retry.status).toBe(303);
    const second = retry.location!.split('/pay/')[1]!;
    expect(second).not.toBe(sessionId);
    expect(stripe.sessions.get(sessionId)!.status).toBe('expired');
    expect(stripe.requests.find((r) => r.path === `/v1/checkout/sessions/${second}`)).toBeUndefined();
    const key = stripe.requests.filter(
      (r) => r.path === '/v1/checkout/sessions' && r.method === 'POST' && r.body.client_reference_id === order.number,
    );
    expect(key.map((r) => r.headers['idempotency-key'])).toEqual([
      `checkout-${order.number}-1`,
      `checkout-${order.number}-2`,
    ]);
    // The buyer's old tab: Stripe refuses to take the money.
    expect((await fetch(`${stripe.url}/pay/${sessionId}`, { method: 'POST', redirect: 'manual' })).status).toBe(409);
    // Stripe's checkout.session.expired for the replaced session does not end the order.
    await stripe.settled();
    const expired = stripe.deliveries.find(
      (d) =>
        d.event.type === 'checkout.session.expired' &&
        (d.event.data as { object: { id: string } }).object.id === sessionId,
    )!;
    expect(expired.status).toBe(200);
    expect(outcome(expired)).toBe('no_change');
    expect(await statusOf(orderId)).toBe('pending_payment');
    // The new session pays the order.
    expect(outcome(await stripe.completeSession(second))).toBe('applied');
    expect(await statusOf(orderId)).toBe('paid');
    expect(await unappliedOf(orderId)).toEqual([]);
  });

  it('pay again after the buyer paid the first session (webhook not yet here) applies it and opens nothing', async () => {
    const { buyer, order, sessionId, orderId } = await cardOrder('en', 'USD', 1);
    stripe.payWithoutWebhook(sessionId);
    const sessions = stripe.sessions.size;
    const retry = await buyer.post(`/en/orders/${order.access_token}`, {});
    expect(retry.status).toBe(303);
    expect(retry.location).toBe(`${shop.url}/en/orders/${order.access_token}?paid=1`);
    expect(stripe.sessions.size).toBe(sessions);
    expect(await statusOf(orderId)).toBe('paid');
    const late = await stripe.deliverCompleted(sessionId);
    expect(outcome(late)).toBe('no_change');
    expect(await movements(orderId, 'sale_online')).toBe(1);
    expect(refundsOf(stripe.sessions.get(sessionId)!.payment_intent)).toEqual([]);
  });

  it('records and refunds a second payment of a paid order, once however often Stripe tells it', async () => {
    const { sessionId, orderId, order } = await cardOrder('en', 'USD', 1);
    expect(outcome(await stripe.completeSession(sessionId))).toBe('applied');
    const first = stripe.sessions.get(sessionId)!.payment_intent;
    const other = await extraSession(order);
    const second = await stripe.completeSession(other);
    expect(second.status).toBe(200);
    expect(outcome(second)).toBe('unapplied');
    const pi = stripe.sessions.get(other)!.payment_intent;
    expect(await unappliedOf(orderId)).toMatchObject([
      {
        reason: 'duplicate',
        status: 'refunded',
        amount_minor: Number(order.total_charged_minor),
        currency: 'USD',
        stripe_payment_intent_id: pi,
        stripe_event_id: second.event.id,
      },
    ]);
    expect(refundsOf(pi)).toMatchObject([{ amount: Number(order.total_charged_minor) }]);
    const refundRequest = stripe.requests.find((r) => r.path === '/v1/refunds' && r.body.payment_intent === pi)!;
    expect(refundRequest.headers['idempotency-key']).toBe(`refund-unapplied-${pi}`);
    // The same event again, another event for the same payment, and Stripe's charge.refunded: nothing more.
    const object = (second.event.data as { object: Record<string, unknown> }).object;
    expect(outcome(await stripe.sendEvent('checkout.session.completed', object, { id: String(second.event.id) }))).toBe(
      'duplicate',
    );
    expect(outcome(await stripe.sendEvent('checkout.session.async_payment_succeeded', object))).toBe('no_change');
    expect(outcome(await stripe.sendChargeRefunded(String(pi)))).toBe('no_change');
    expect(refundsOf(pi)).toHaveLength(1);
    expect(refundsOf(first)).toEqual([]);
    expect(await unappliedOf(orderId)).toHaveLength(1);
    expect(await statusOf(orderId)).toBe('paid');
    expect(await movements(orderId, 'sale_online')).toBe(1);
    const payment = await one(
      'SELECT count(*) AS n, max(stripe_payment_intent_id) AS pi FROM payments WHERE order_id = ?',
      [orderId],
    );
    expect(payment).toMatchObject({ n: 1, pi: first });
  });

  it('does not mark a 780 som order paid for 1 JPY: the payment is recorded and refunded', async () => {
    const { orderId, order } = await cardOrder('en', 'KGS', 1);
    const odd = await extraSession(order, { currency: 'jpy', amount: 1 });
    const res = await stripe.completeSession(odd);
    expect(res.status).toBe(200);
    expect(outcome(res)).toBe('unapplied');
    expect(await statusOf(orderId)).toBe('pending_payment');
    expect(await movements(orderId, 'sale_online')).toBe(0);
    const pi = stripe.sessions.get(odd)!.payment_intent;
    expect(await unappliedOf(orderId)).toMatchObject([
      { reason: 'mismatch', status: 'refunded', amount_minor: 1, currency: 'JPY', stripe_payment_intent_id: pi },
    ]);
    expect(refundsOf(pi)).toMatchObject([{ amount: 1, currency: 'jpy' }]);
    // The right amount in the wrong currency does not count either.
    const wrongCurrency = await extraSession(order, { currency: 'usd', amount: Number(order.total_charged_minor) });
    expect(outcome(await stripe.completeSession(wrongCurrency))).toBe('unapplied');
    expect(await statusOf(orderId)).toBe('pending_payment');
    expect(await unappliedOf(orderId)).toHaveLength(2);
  });

  it('applies a session the buyer paid just before the hold lapsed, when its webhook comes after', async () => {
    const { sessionId, orderId } = await cardOrder();
    stripe.payWithoutWebhook(sessionId);
    await lapse(orderId);
    expect(await statusOf(orderId)).toBe('paid');
    expect(outcome(await stripe.deliverCompleted(sessionId))).toBe('no_change');
    expect(await movements(orderId, 'release')).toBe(0);
    expect(await movements(orderId, 'sale_online')).toBe(1);
    expect(await unappliedOf(orderId)).toEqual([]);
    expect((await db.$client.execute(LEDGER_MISMATCH_SQL)).rows).toEqual([]);
  });

  it('expires the open session when the hold lapses, so it cannot be paid', async () => {
    const { sessionId, orderId } = await cardOrder();
    await lapse(orderId);
    expect(await statusOf(orderId)).toBe('cancelled');
    // Seen once on a loaded sqld pass: cancelled with the session still open. Say what happened if it recurs.
    const seen = stripe.requests.filter((r) => r.path.includes(sessionId)).map((r) => `${r.method} ${r.path}`);
    expect(stripe.sessions.get(sessionId)!.status, `${seen.join('\n')}\n${lastSweep}`).toBe('expired');
    expect((await fetch(`${stripe.url}/pay/${sessionId}`, { method: 'POST', redirect: 'manual' })).status).toBe(409);
  });

  it('records and refunds a payment that arrives after the hold lapsed (Stripe unreachable when it did)', async () => {
    const { sessionId, orderId } = await cardOrder();
    stripe.failNext('POST', new RegExp(`^/v1/checkout/sessions/${sessionId}/expire$`), { times: 2, status: 503 });
    await lapse(orderId);
    expect(await statusOf(orderId)).toBe('cancelled');
    expect(stripe.sessions.get(sessionId)!.status).toBe('open');
    const late = await stripe.completeSession(sessionId);
    expect(outcome(late)).toBe('unapplied');
    const pi = stripe.sessions.get(sessionId)!.payment_intent;
    expect(await unappliedOf(orderId)).toMatchObject([
      { reason: 'late', status: 'refunded', stripe_payment_intent_id: pi },
    ]);
    expect(refundsOf(pi)).toHaveLength(1);
    expect(await statusOf(orderId)).toBe('cancelled');
    expect(await movements(orderId, 'sale_online')).toBe(0);
    expect(await movements(orderId, 'release')).toBe(1);
  });

  it('puts a payment whose refund Stripe refused on the staff dashboard, where staff refund it again', async () => {
    const staff = new Buyer(shop.url, { localAddress: '127.0.0.31' });
    expect((await staff.signIn('staff@ovop.kg', 'demo-staff-2026', 'en')).status).toBe(303);
    const waiting = async () => {
      const tile = (await staff.get('/en/staff')).doc.querySelector('#todo-payments');
      return Number(tile!.getAttribute('data-count'));
    };
    const before = await waiting();
    const { sessionId, orderId, order } = await cardOrder();
    await stripe.completeSession(sessionId);
    const other = await extraSession(order);
    stripe.failNext('POST', /^\/v1\/refunds$/, { status: 402, message: 'This charge is disputed.' });
    expect(outcome(await stripe.completeSession(other))).toBe('unapplied');
    const pi = stripe.sessions.get(other)!.payment_intent;
    expect(refundsOf(pi)).toEqual([]);
    const [row] = await unappliedOf(orderId);
    expect(row).toMatchObject({ status: 'refund_failed', error: 'This charge is disputed.' });
    expect(await waiting()).toBe(before + 1);
    const tile = (await staff.get('/en/staff')).doc.querySelector('#todo-payments')!;
    // The caption agrees with the count shown beside it ("1 card payment", "2 card payments").
    const count = Number(tile.getAttribute('data-count'));
    expect(tile.textContent).toContain(getTranslator('en')('staff.payments.waiting', { count }));
    expect(tile.querySelector('a')!.getAttribute('href')).toBe('/en/staff/payments?open=1');
    const list = await staff.get('/en/staff/payments');
    pages.push(list.html, (await staff.get('/en/staff')).html, (await staff.get('/ky/staff/payments')).html);
    const line = list.doc.querySelector(`#payment-${Number(row!.id)}`)!;
    expect(line.textContent).toContain(String(order.number));
    expect(line.textContent).toContain(en['staff.payments.reason.duplicate']);
    expect(line.textContent).toContain(en['staff.payments.status.refund_failed']);
    expect(line.textContent).toContain('This charge is disputed.');
    // Resolving needs a note; refunding again works now that Stripe takes it.
    const noNote = await staff.post('/en/staff/payments', { intent: 'resolve', id: Number(row!.id), note: '' });
    expect(noNote.status).toBe(422);
    expect(noNote.doc.querySelector('#payments-error')!.textContent.trim()).toBe(en['staff.payments.error.note']);
    pages.push(noNote.html);
    const again = await staff.post('/en/staff/payments', { intent: 'retry', id: Number(row!.id) });
    expect(again.status).toBe(303);
    expect(again.location).toBe('/en/staff/payments?done=refunded');
    pages.push((await staff.get(again.location!)).html);
    expect(refundsOf(pi)).toHaveLength(1);
    expect((await unappliedOf(orderId))[0]).toMatchObject({ status: 'refunded' });
    expect(await waiting()).toBe(before);
    const twice = await staff.post('/en/staff/payments', { intent: 'retry', id: Number(row!.id) });
    expect(twice.status).toBe(422);
    expect(refundsOf(pi)).toHaveLength(1);
    const history = (await staff.get(`/en/staff/orders/${String(order.number)}`)).doc.querySelector('.history')!;
    expect(history.textContent).toContain(en['fulfil.history.order_payment_unapplied']);
    expect(history.textContent).toContain(en['fulfil.history.order_unapplied_refunded']);
    expect((await new Buyer(shop.url).get('/en/staff/payments')).status).toBe(303);
  });

  it('expires the card session when staff cancel an unpaid order', async () => {
    const staff = new Buyer(shop.url, { localAddress: '127.0.0.32' });
    await staff.signIn('staff@ovop.kg', 'demo-staff-2026', 'en');
    const { sessionId, orderId, order } = await cardOrder();
    const res = await staff.post(`/en/staff/orders/${String(order.number)}`, { action: 'cancel' });
    expect(res.status).toBe(303);
    expect(await statusOf(orderId)).toBe('cancelled');
    expect(stripe.sessions.get(sessionId)!.status).toBe('expired');
  });
});

it('has zero HTML errors on the staff payments page and the dashboard', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ovop-vnu-payments-'));
  const files = pages.map((html, i) => {
    const file = join(dir, `page-${i}.html`);
    writeFileSync(file, html);
    return file;
  });
  expect(files.length).toBe(5);
  const vnuJar = join(createRequire(import.meta.url).resolve('vnu-jar'), '..', 'build', 'dist', 'vnu.jar');
  const { stdout } = await promisify(execFile)(
    'java',
    ['-jar', vnuJar, '--errors-only', '--format', 'json', '--stdout', '--exit-zero-always', ...files],
    { maxBuffer: 32 * 1024 * 1024 },
  );
  const messages = (
    JSON.parse(stdout) as { messages: { type: string; url: string; message: string; extract?: string }[] }
  ).messages;
  expect(
    messages.filter((m) => m.type === 'error').map((m) => `${m.url.split('/').pop()}: ${m.message} ${m.extract ?? ''}`),
  ).toEqual([]);
});
