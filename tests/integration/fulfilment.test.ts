/**
 * Fulfilment over HTTP, as staff use it: the order list by status with search, the pick list, the order
 * page's steps (paid → packed → shipped with a tracking number → delivered) with the buyer's mail, illegal
 * jumps refused, and cancel-and-refund: a card order through the fake Stripe's Refunds API, its
 * `charge.refunded` webhook, and an offline one recorded by staff; stock back on hand, producers' balances
 * back, the ledger equal to the levels.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import en from '../../src/lib/i18n/locales/en.json' with { type: 'json' };
import ru from '../../src/lib/i18n/locales/ru.json' with { type: 'json' };
import { LEDGER_MISMATCH_SQL } from '../../src/lib/inventory/ledger.ts';
import { producerEarnings } from '../../src/lib/orders/producer-sales.ts';
import { startFakeStripe, type FakeStripe } from '../fake-stripe/server.ts';
import { Buyer, PICKUP_FORM } from '../support/client.ts';
import { startShop, type RunningServer } from '../support/server.ts';

const SECRET = 'whsec_fulfilment';
let db: Db;
let stripe: FakeStripe;
let shop: RunningServer;
let staff: Buyer;
let serial = 0;
/** Pages seen along the way, checked by the Nu Html Checker at the end. */
const seen: string[] = [];

const DOMESTIC = {
  ...PICKUP_FORM,
  shipping: 'domestic',
  country: 'KG',
  city: 'Бишкек',
  address: 'Чүй проспекти 100',
  postalCode: '720000',
  payment: 'bank_transfer',
};

beforeAll(async () => {
  db = openDb(inject('databaseUrl'));
  stripe = await startFakeStripe({ webhookSecret: SECRET });
  shop = await startShop({
    DATABASE_URL: inject('databaseUrl'),
    STRIPE_SECRET_KEY: 'sk_test_fulfilment',
    STRIPE_WEBHOOK_SECRET: SECRET,
    STRIPE_API_BASE: stripe.url,
  });
  stripe.setWebhookUrl(`${shop.url}/api/stripe/webhook`);
  staff = new Buyer(shop.url, { localAddress: '127.0.0.5' });
  expect((await staff.signIn('staff@ovop.kg', 'demo-staff-2026', 'en')).status).toBe(303);
});
afterAll(async () => {
  await shop?.stop();
  await stripe?.close();
});

const fill = (text: string, vars: Record<string, string>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => vars[k] ?? '');
const rows = async (sql: string, args: (string | number)[] = []) => (await db.$client.execute({ sql, args })).rows;
const one = async (sql: string, args: (string | number)[] = []) => (await rows(sql, args))[0]!;
const text = (doc: HTMLElement, selector: string) => doc.querySelector(selector)?.textContent.trim() ?? '';
const ledgerMismatches = async () => (await db.$client.execute(LEDGER_MISMATCH_SQL)).rows;

/** Published variants with online stock to spare, each of a different producer, skipping `skip` producers. */
async function variantsInStock(n: number, skip: number) {
  const rs = await rows(
    `SELECT min(v.id) AS id, p.producer_id FROM variants v JOIN products p ON p.id = v.product_id
      WHERE p.status = 'published' AND v.active = 1 AND (SELECT sum(on_hand - reserved) FROM stock_levels sl
        JOIN stock_locations l ON l.id = sl.location_id WHERE sl.variant_id = v.id AND l.sells_online = 1) >= 6
      GROUP BY p.producer_id ORDER BY p.producer_id DESC LIMIT ? OFFSET ?`,
    [n, skip],
  );
  return rs.map((r) => ({ variant: Number(r.id), producer: Number(r.producer_id) }));
}

/** A buyer puts variants in the cart and checks out; returns the order row. */
async function checkout(locale: string, form: Record<string, string>, items: { variant: number; quantity: number }[]) {
  const buyer = new Buyer(shop.url);
  for (const i of items)
    await buyer.post(`/${locale}/cart`, { intent: 'add', variant: i.variant, quantity: i.quantity });
  const email = `fulfil-${++serial}-${Date.now()}@example.com`;
  const res = await buyer.checkout(`/${locale}/checkout`, { ...form, email });
  expect(res.status).toBe(303);
  const order = await one('SELECT * FROM orders WHERE email = ?', [email]);
  return { buyer, order, number: String(order.number), email, location: res.location! };
}

/** Staff press one action's button on the order page. */
const act = async (number: string, form: Record<string, string>) => {
  const res = await staff.post(`/en/staff/orders/${number}`, form);
  if (res.status === 422) seen.push(res.html);
  return res;
};
const orderPage = async (number: string) => {
  const res = await staff.get(`/en/staff/orders/${number}`);
  seen.push(res.html);
  return res;
};
const statusOf = async (number: string) =>
  String((await one('SELECT status FROM orders WHERE number = ?', [number])).status);
const actionsOn = (doc: HTMLElement) =>
  doc.querySelectorAll('main form input[name=action]').map((i) => i.getAttribute('value'));

describe('the order list', () => {
  it('shows online orders by status with counts, newest first, and finds one by number or email', async () => {
    const [a, b] = await variantsInStock(2, 0);
    const first = await checkout('en', DOMESTIC, [{ variant: a!.variant, quantity: 1 }]);
    const second = await checkout('en', PICKUP_FORM, [{ variant: b!.variant, quantity: 1 }]);
    const page = await staff.get('/en/staff/orders?status=pending_payment');
    expect(page.status).toBe(200);
    seen.push(page.html);
    const pending = Number(
      (await one(`SELECT count(*) AS n FROM orders WHERE channel = 'online' AND status = 'pending_payment'`)).n,
    );
    const tab = page.doc.querySelector('.tabs a[data-status=pending_payment]')!;
    expect(tab.getAttribute('aria-current')).toBe('page');
    expect(tab.querySelector('.n')!.textContent.replace(/\D/g, '')).toBe(String(pending));
    const numbers = page.doc.querySelectorAll('table.orders tbody tr td:first-child strong').map((s) => s.textContent);
    expect(numbers.indexOf(second.number)).toBeLessThan(numbers.indexOf(first.number));
    expect(numbers.indexOf(second.number)).toBeGreaterThanOrEqual(0);

    const byNumber = await staff.get(`/en/staff/orders?q=${first.number}`);
    expect(byNumber.doc.querySelectorAll('table.orders tbody tr').length).toBe(1);
    expect(text(byNumber.doc, 'table.orders tbody tr')).toContain(first.email);
    const byEmail = await staff.get(`/en/staff/orders?q=${encodeURIComponent(second.email.toUpperCase())}`);
    expect(byEmail.doc.querySelectorAll('table.orders tbody tr').length).toBe(1);
    expect(text(byEmail.doc, 'table.orders tbody tr')).toContain(second.number);
    const none = await staff.get('/en/staff/orders?q=%25nobody%25');
    expect(text(none.doc, 'main')).toContain(en['fulfil.none']);
  });

  it('is for staff only', async () => {
    const producer = new Buyer(shop.url, { localAddress: '127.0.0.6' });
    await producer.signIn('producer@ovop.kg', 'demo-producer-2026', 'en');
    expect((await producer.get('/en/staff/orders')).status).toBe(403);
    expect((await new Buyer(shop.url).get('/en/staff/orders/pick-list')).status).toBe(303);
  });
});

describe('shipping an online order', () => {
  it('goes paid → packed → shipped with a tracking number mailed in the buyer’s language → delivered', async () => {
    const [v] = await variantsInStock(1, 2);
    const { order, number, email } = await checkout('ru', DOMESTIC, [{ variant: v!.variant, quantity: 2 }]);
    let page = await orderPage(number);
    expect(text(page.doc, '#order-status')).toBe(en['order.status.pending_payment']);
    expect(actionsOn(page.doc)).toEqual(['mark_paid', 'cancel']);

    let res = await act(number, { action: 'mark_paid' });
    expect(res.status).toBe(303);
    expect(res.location).toBe(`/en/staff/orders/${number}?done=mark_paid`);
    page = await staff.get(res.location!);
    expect(text(page.doc, '[role=status]')).toBe(en['fulfil.done.mark_paid']);
    expect(actionsOn(page.doc)).toEqual(['pack', 'refund']);

    // Shipping before packing is refused with a message, and changes nothing.
    res = await act(number, { action: 'ship', carrier: 'dhl', tracking: '1234567890' });
    expect(res.status).toBe(422);
    expect(text(res.doc, '.flash.err')).toBe(
      fill(en['fulfil.error.illegal'], { from: en['order.status.paid'], to: en['order.status.shipped'] }),
    );
    expect(await statusOf(number)).toBe('paid');

    res = await act(number, { action: 'pack' });
    expect(res.location).toBe(`/en/staff/orders/${number}?done=pack`);
    // The same click again (a double submit) changes nothing and says so.
    res = await act(number, { action: 'pack' });
    expect(res.location).toBe(`/en/staff/orders/${number}?same=packed`);
    page = await staff.get(res.location!);
    expect(text(page.doc, '[role=status]')).toBe(fill(en['fulfil.same'], { status: en['order.status.packed'] }));
    const packed = await one(
      `SELECT count(*) AS n FROM audit_log WHERE entity = 'order' AND entity_id = ? AND action = 'order_packed'`,
      [number],
    );
    expect(packed.n).toBe(1);
    expect(actionsOn(page.doc)).toEqual(['ship', 'refund']);

    // A mistyped postal tracking number (wrong check digit) is caught at the desk.
    res = await act(number, {
      action: 'ship',
      carrier: 'kyrgyz_pochtasy',
      carrier_name: '',
      tracking: 'EE123456784KG',
    });
    expect(res.status).toBe(422);
    expect(text(res.doc, '#e-tracking')).toBe(en['fulfil.error.tracking.kyrgyz_pochtasy']);
    expect(res.doc.querySelector('#tracking')!.getAttribute('value')).toBe('EE123456784KG');

    res = await act(number, {
      action: 'ship',
      carrier: 'kyrgyz_pochtasy',
      carrier_name: '',
      tracking: 'ee 123456785 kg',
    });
    expect(res.location).toBe(`/en/staff/orders/${number}?done=ship`);
    const mail = await one(`SELECT * FROM outbox WHERE "to" = ? ORDER BY id DESC LIMIT 1`, [email]);
    expect(mail.locale).toBe('ru');
    expect(mail.subject).toBe(fill(ru['mail.shipped.subject'], { number }));
    expect(String(mail.text)).toContain(`${ru['fulfil.tracking']}: EE123456785KG`);
    expect(String(mail.text)).toContain(ru['fulfil.carrier.kyrgyz_pochtasy']);
    expect(String(mail.text)).toContain(`/ru/orders/${String(order.access_token)}`);

    // The buyer's own page shows the parcel on its way with its tracking number.
    const pub = await new Buyer(shop.url).get(`/ru/orders/${String(order.access_token)}`);
    seen.push(pub.html);
    expect(text(pub.doc, '.status')).toContain(ru['order.status.shipped']);
    expect(text(pub.doc, '#tracking-number')).toBe('EE123456785KG');

    res = await act(number, { action: 'deliver' });
    expect(res.location).toBe(`/en/staff/orders/${number}?done=deliver`);
    page = await staff.get(res.location!);
    expect(text(page.doc, '#order-status')).toBe(en['order.status.delivered']);
    // A delivered order is not a dead end: a return or refund can still be recorded.
    expect(text(page.doc, '.next')).toContain(en['return.open']);
    expect(actionsOn(page.doc)).toEqual([]);
    const history = page.doc.querySelectorAll('.history li strong').map((s) => s.textContent);
    expect(history).toEqual([
      en['fulfil.history.placed'],
      en['fulfil.history.order_paid'],
      en['fulfil.history.order_packed'],
      en['fulfil.history.order_shipped'],
      en['fulfil.history.order_delivered'],
    ]);
    expect(text(page.doc, '.history')).toContain('EE123456785KG');

    // Delivered is final: a refund now is refused.
    res = await act(number, { action: 'refund', method: 'bank_transfer', note: 'too late' });
    expect(res.status).toBe(422);
    expect(text(res.doc, '.flash.err')).toBe(
      fill(en['fulfil.error.illegal'], { from: en['order.status.delivered'], to: en['order.status.refunded'] }),
    );
    expect(await ledgerMismatches()).toEqual([]);
  });

  it('shows the order’s lines with producer and location, the buyer’s contact and address', async () => {
    const [v] = await variantsInStock(1, 3);
    const { number, email } = await checkout('en', { ...DOMESTIC, phone: '+996 555 123 456' }, [
      { variant: v!.variant, quantity: 1 },
    ]);
    const line = await one(
      `SELECT ol.sku, ol.producer_name, (SELECT name FROM stock_location_translations WHERE location_id = ol.location_id AND locale = 'en') AS location
         FROM order_lines ol JOIN orders o ON o.id = ol.order_id WHERE o.number = ?`,
      [number],
    );
    const page = await orderPage(number);
    const row = text(page.doc, 'table.lines tbody tr');
    expect(row).toContain(String(line.sku));
    expect(row).toContain(String(line.producer_name));
    expect(row).toContain(String(line.location));
    const buyer = text(page.doc, '[aria-labelledby=buyer-h]');
    expect(buyer).toContain(email);
    expect(buyer).toContain('+996 555 123 456');
    expect(buyer).toContain('Чүй проспекти 100');
    expect((await staff.get('/en/staff/orders/OVP-000000-00000')).status).toBe(404);
  });
});

describe('cancel and refund', () => {
  it('refunds a card order through Stripe, returns the stock and the producer’s credit, once', async () => {
    const [v] = await variantsInStock(1, 4);
    const stockOf = async () =>
      Number((await one('SELECT sum(on_hand) AS n FROM stock_levels WHERE variant_id = ?', [v!.variant])).n);
    const balanceOf = async () => (await producerEarnings(db, v!.producer)).balanceTiyin;
    const [stockBefore, balanceBefore] = [await stockOf(), await balanceOf()];

    const buyer = new Buyer(shop.url);
    await buyer.get('/en/currency/USD?back=/');
    await buyer.post('/en/cart', { intent: 'add', variant: v!.variant, quantity: 3 });
    const email = `fulfil-card-${Date.now()}@example.com`;
    const res0 = await buyer.checkout('/en/checkout', { ...PICKUP_FORM, email, payment: 'stripe' });
    const sessionId = res0.location!.split('/pay/')[1]!;
    await stripe.completeSession(sessionId);
    const order = await one('SELECT * FROM orders WHERE email = ?', [email]);
    const number = String(order.number);
    expect(order.status).toBe('paid');
    expect(await stockOf()).toBe(stockBefore - 3);
    expect(await balanceOf()).toBeGreaterThan(balanceBefore);

    let page = await orderPage(number);
    expect(actionsOn(page.doc)).toEqual(['pack', 'ready_for_pickup', 'refund']);
    expect(page.doc.querySelector('form.refund input[name=method]')!.getAttribute('value')).toBe('stripe');
    const res = await act(number, { action: 'refund', method: 'stripe', note: 'The buyer changed their mind' });
    expect(res.location).toBe(`/en/staff/orders/${number}?done=refund`);

    // The fake Stripe got one refund of the whole charge, keyed on the order number.
    const paymentIntent = String(
      (await one('SELECT stripe_payment_intent_id AS pi FROM payments WHERE order_id = ?', [Number(order.id)])).pi,
    );
    const refunds = stripe.refunds.filter((r) => r.payment_intent === paymentIntent);
    expect(refunds.map((r) => [r.amount, r.currency])).toEqual([[Number(order.total_charged_minor), 'usd']]);
    const request = stripe.requests.find((r) => r.path === '/v1/refunds' && r.body.payment_intent === paymentIntent)!;
    expect(request.headers['idempotency-key']).toBe(`refund-${number}`);
    expect(request.body.amount).toBe(String(order.total_charged_minor));

    expect(await statusOf(number)).toBe('refunded');
    expect(await stockOf()).toBe(stockBefore);
    expect(await balanceOf()).toBe(balanceBefore);
    expect(await ledgerMismatches()).toEqual([]);
    page = await staff.get(res.location!);
    expect(text(page.doc, '[role=status]')).toBe(en['fulfil.done.refund']);
    expect(text(page.doc, '[aria-labelledby=payment-h]')).toContain(en['fulfil.payment.status.refunded']);
    expect(text(page.doc, '.history')).toContain('The buyer changed their mind');
    const mail = await one(`SELECT * FROM outbox WHERE "to" = ? ORDER BY id DESC LIMIT 1`, [email]);
    expect(mail.subject).toBe(fill(en['mail.refunded.subject'], { number }));

    // Stripe's charge.refunded webhook follows: acknowledged, and changes nothing, however often it comes.
    const hook = await stripe.sendChargeRefunded(paymentIntent);
    expect(hook.status).toBe(200);
    expect(JSON.parse(hook.body)).toMatchObject({ received: true, outcome: 'no_change' });
    const again = await stripe.sendChargeRefunded(paymentIntent, { id: String(hook.event.id) });
    expect(JSON.parse(again.body)).toMatchObject({ received: true, outcome: 'duplicate' });
    // A second click on the old form refunds nothing more.
    await act(number, { action: 'refund', method: 'stripe', note: '' });
    expect(stripe.refunds.filter((r) => r.payment_intent === paymentIntent)).toHaveLength(1);
    const returns = await one(`SELECT count(*) AS n FROM stock_movements WHERE order_id = ? AND kind = 'return'`, [
      Number(order.id),
    ]);
    expect(Number(returns.n)).toBe(
      Number((await one('SELECT count(*) AS n FROM order_lines WHERE order_id = ?', [Number(order.id)])).n),
    );
    expect(await stockOf()).toBe(stockBefore);
  });

  it('applies a full refund made in Stripe’s dashboard to an order still at the shop', async () => {
    const [v] = await variantsInStock(1, 5);
    const buyer = new Buyer(shop.url);
    await buyer.post('/en/cart', { intent: 'add', variant: v!.variant, quantity: 1 });
    const email = `fulfil-dash-${Date.now()}@example.com`;
    const res0 = await buyer.checkout('/en/checkout', { ...PICKUP_FORM, email, payment: 'stripe' });
    await stripe.completeSession(res0.location!.split('/pay/')[1]!);
    const order = await one('SELECT * FROM orders WHERE email = ?', [email]);
    const paymentIntent = String(
      (await one('SELECT stripe_payment_intent_id AS pi FROM payments WHERE order_id = ?', [Number(order.id)])).pi,
    );
    const refund = await fetch(`${stripe.url}/v1/refunds`, {
      method: 'POST',
      headers: { Authorization: 'Bearer sk_test_dashboard', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ payment_intent: paymentIntent }),
    });
    expect(refund.status).toBe(200);
    const hook = await stripe.sendChargeRefunded(paymentIntent);
    expect(JSON.parse(hook.body)).toMatchObject({ outcome: 'applied' });
    expect(await statusOf(String(order.number))).toBe('refunded');
    expect(await ledgerMismatches()).toEqual([]);
    const entry = await one(`SELECT user_id, after FROM audit_log WHERE entity_id = ? AND action = 'order_refunded'`, [
      String(order.number),
    ]);
    expect(entry.user_id).toBeNull();
    expect(JSON.parse(String(entry.after))).toMatchObject({ via: 'stripe_webhook' });
  });

  it('records an offline refund paid back by staff, with a note', async () => {
    const [v] = await variantsInStock(1, 6);
    const { number } = await checkout('en', PICKUP_FORM, [{ variant: v!.variant, quantity: 2 }]);
    await act(number, { action: 'mark_paid' });
    let res = await act(number, { action: 'ready_for_pickup' });
    expect(res.location).toBe(`/en/staff/orders/${number}?done=ready_for_pickup`);
    res = await act(number, { action: 'refund', method: 'cash', note: '' });
    expect(res.status).toBe(422);
    expect(text(res.doc, '#e-refund_note')).toBe(en['fulfil.error.note']);
    res = await act(number, { action: 'refund', method: 'cash', note: 'Paid back 900 som at the counter' });
    expect(res.location).toBe(`/en/staff/orders/${number}?done=refund`);
    expect(await statusOf(number)).toBe('refunded');
    expect(await ledgerMismatches()).toEqual([]);
  });
});

describe('the pick list', () => {
  it('lists paid orders by location, then producer, with SKU, quantities and order numbers', async () => {
    const [a, b] = await variantsInStock(2, 7);
    const one1 = await checkout('en', PICKUP_FORM, [
      { variant: a!.variant, quantity: 2 },
      { variant: b!.variant, quantity: 1 },
    ]);
    const two = await checkout('ky', DOMESTIC, [{ variant: a!.variant, quantity: 1 }]);
    const unpaid = await checkout('en', PICKUP_FORM, [{ variant: b!.variant, quantity: 1 }]);
    await act(one1.number, { action: 'mark_paid' });
    await act(two.number, { action: 'mark_paid' });
    const page = await staff.get('/en/staff/orders/pick-list');
    expect(page.status).toBe(200);
    seen.push(page.html);
    const locations = page.doc.querySelectorAll('section.location');
    const locationNames = locations.map((l) => text(l, 'h2').split(' · ')[0]!.trim());
    expect(new Set(locationNames).size).toBe(locationNames.length);
    for (const l of locations) {
      const producers = l.querySelectorAll('section.producer').map((p) => text(p, 'h3').split(' · ')[0]!.trim());
      expect(new Set(producers).size).toBe(producers.length);
    }
    const lines = await rows(
      `SELECT o.number, ol.sku, ol.quantity, ol.producer_id,
              (SELECT name FROM stock_location_translations WHERE location_id = ol.location_id AND locale = 'en') AS location,
              (SELECT name FROM producer_translations WHERE producer_id = ol.producer_id AND locale = 'en') AS producer
         FROM order_lines ol JOIN orders o ON o.id = ol.order_id WHERE o.number IN (?, ?)`,
      [one1.number, two.number],
    );
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) {
      const location = locations.find((l) => text(l, 'h2').startsWith(String(line.location)))!;
      expect(location).toBeDefined();
      const producer = location
        .querySelectorAll('section.producer')
        .find((p) => text(p, 'h3').startsWith(String(line.producer)))!;
      expect(producer).toBeDefined();
      const row = producer
        .querySelectorAll('tbody tr')
        .find((r) => text(r, 'td:nth-child(2)').includes(String(line.sku)))!;
      expect(text(row, '.orders')).toContain(`${String(line.number)} × ${String(line.quantity)}`);
    }
    expect(text(page.doc, 'main')).not.toContain(unpaid.number);
  });
});

it('has zero HTML errors on the staff order pages and the buyer’s page with tracking', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ovop-vnu-fulfil-'));
  const files = seen.map((html, i) => {
    const file = join(dir, `page-${i}.html`);
    writeFileSync(file, html);
    return file;
  });
  expect(files.length).toBeGreaterThan(8);
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
