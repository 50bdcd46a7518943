/** Cart and checkout over HTTP without a Stripe key: offline payments, validation, stock, mail. */
import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import { LEDGER_MISMATCH_SQL } from '../../src/lib/inventory/ledger.ts';
import ky from '../../src/lib/i18n/locales/ky.json' with { type: 'json' };
import { Buyer, PICKUP_FORM } from '../support/client.ts';
import { startShop } from '../support/server.ts';
import { leaveFreeUnits } from '../support/db.ts';

let db: Db;
const base = () => inject('baseUrl');

/** Published variants with online stock, each from a different producer. */
async function variantsInStock(n: number, offset: number, minStock = 3, maxStock = 1_000_000) {
  const rs = await db.$client.execute({
    sql: `SELECT v.id, v.price_tiyin, p.producer_id, p.slug FROM variants v JOIN products p ON p.id = v.product_id
          WHERE p.status = 'published' AND (SELECT sum(on_hand - reserved) FROM stock_levels sl JOIN stock_locations l ON l.id = sl.location_id
            WHERE sl.variant_id = v.id AND l.sells_online = 1) BETWEEN ? AND ?
          GROUP BY p.producer_id ORDER BY p.producer_id LIMIT ? OFFSET ?`,
    args: [minStock, maxStock, n, offset],
  });
  return rs.rows.map((r) => ({
    id: Number(r.id),
    price: Number(r.price_tiyin),
    producer: Number(r.producer_id),
    slug: String(r.slug),
  }));
}

async function reservedOf(variant: number): Promise<number> {
  const rs = await db.$client.execute({
    sql: 'SELECT coalesce(sum(reserved), 0) AS n FROM stock_levels WHERE variant_id = ?',
    args: [variant],
  });
  return Number(rs.rows[0]!.n);
}

beforeAll(() => {
  db = openDb(inject('databaseUrl'));
});

describe('cart', () => {
  it('adds two products from two producers, changes a quantity and removes a line with plain forms', async () => {
    const [a, b] = await variantsInStock(2, 0);
    const buyer = new Buyer(base());
    const added = await buyer.post('/en/cart', { intent: 'add', variant: a!.id, quantity: 2 });
    expect(added.status).toBe(303);
    expect(added.location).toBe('/en/cart?done=add');
    expect(buyer.cookies.get('sid')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await buyer.post('/en/cart', { intent: 'add', variant: b!.id, quantity: 1 });
    let cart = await buyer.get('/en/cart?done=add');
    expect(cart.doc.querySelectorAll('.line').length).toBe(2);
    expect(cart.doc.querySelector('.cart .count')?.textContent.trim()).toBe('3');
    await buyer.post('/en/cart', { intent: 'set', variant: a!.id, quantity: 1 });
    await buyer.post('/en/cart', { intent: 'remove', variant: b!.id });
    cart = await buyer.get('/en/cart');
    expect(cart.doc.querySelectorAll('.line').length).toBe(1);
    expect(cart.doc.querySelector('.cart .count')?.textContent.trim()).toBe('1');
  });

  it('refuses more than is in stock, in the page language, keeping the cart as it was', async () => {
    // Fewer units than the per-line limit (20), so the stock check answers, not the limit.
    const [a] = await variantsInStock(1, 2, 3, 19);
    const available = Number(
      (
        await db.$client.execute({
          sql: `SELECT sum(on_hand - reserved) AS n FROM stock_levels sl JOIN stock_locations l ON l.id = sl.location_id WHERE variant_id = ? AND l.sells_online = 1`,
          args: [a!.id],
        })
      ).rows[0]!.n,
    );
    const buyer = new Buyer(base());
    const res = await buyer.post('/ru/cart', { intent: 'add', variant: a!.id, quantity: available + 1 });
    expect(res.status).toBe(409);
    expect(res.doc.querySelector('[role="alert"]')?.textContent).toContain(`${available}`);
    expect(res.doc.querySelector('html')?.getAttribute('lang')).toBe('ru');
  });

  it('refuses a cross-site form post', async () => {
    const res = await fetch(`${base()}/en/cart`, {
      method: 'POST',
      body: new URLSearchParams({ intent: 'add', variant: '1', quantity: '1' }),
      headers: { Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' },
      redirect: 'manual',
    });
    expect(res.status).toBe(403);
  });

  it('lives in the database, so another app instance sees the same cart', async () => {
    const [a] = await variantsInStock(1, 3);
    const buyer = new Buyer(base());
    await buyer.post('/en/cart', { intent: 'add', variant: a!.id, quantity: 2 });
    const second = await startShop({ DATABASE_URL: inject('databaseUrl'), PAGE_CACHE_SECONDS: '300' });
    try {
      const other = new Buyer(second.url);
      other.cookies.set('sid', buyer.cookies.get('sid')!);
      const cart = await other.get('/en/cart');
      expect(cart.doc.querySelector('.cart .count')?.textContent.trim()).toBe('2');
    } finally {
      await second.stop();
    }
  });
});

describe('checkout', () => {
  it('shows localized errors next to the fields and keeps everything the buyer typed', async () => {
    const [a] = await variantsInStock(1, 4);
    const buyer = new Buyer(base());
    await buyer.post('/ky/cart', { intent: 'add', variant: a!.id, quantity: 1 });
    const res = await buyer.checkout('/ky/checkout', {
      ...PICKUP_FORM,
      email: 'not-an-email',
      name: 'Айгерим',
      shipping: 'international',
      country: 'DE',
      city: 'Berlin',
      address: '',
      postalCode: '10119',
      payment: 'bank_transfer',
      note: 'Эшикке калтырыңыз',
    });
    expect(res.status).toBe(422);
    expect(res.doc.querySelector('#e-email')?.textContent.trim()).toBe(ky['checkout.error.email']);
    expect(res.doc.querySelector('#e-address')?.textContent.trim()).toBe(ky['checkout.error.address']);
    expect(res.doc.querySelector('#email')?.getAttribute('aria-invalid')).toBe('true');
    expect(res.doc.querySelector('#e-address')).not.toBeNull();
    expect(res.doc.querySelector('#name')?.getAttribute('value')).toBe('Айгерим');
    expect(res.doc.querySelector('#postalCode')?.getAttribute('value')).toBe('10119');
    expect(res.doc.querySelector('#country option[selected]')?.getAttribute('value')).toBe('DE');
    expect(res.doc.querySelector('#note')?.textContent).toBe('Эшикке калтырыңыз');
    expect(res.doc.querySelector('input[name="shipping"][value="international"]')?.hasAttribute('checked')).toBe(true);
    // countries are named in the page's language
    expect(res.doc.querySelector('#country option[value="DE"]')?.textContent.trim()).toBe('Германия');
    expect(res.doc.querySelector('input[name="payment"][value="stripe"]')).toBeNull();
  });

  it('places a bank-transfer order: invoice page with reference and bank details, mail in the buyer’s language', async () => {
    const [a, b] = await variantsInStock(2, 5);
    const buyer = new Buyer(base());
    await buyer.post('/ru/cart', { intent: 'add', variant: a!.id, quantity: 2 });
    await buyer.post('/ru/cart', { intent: 'add', variant: b!.id, quantity: 1 });
    const before = await db.$client.execute({
      sql: 'SELECT reserved FROM stock_levels WHERE variant_id = ? ORDER BY location_id',
      args: [a!.id],
    });
    const res = await buyer.checkout('/ru/checkout', {
      ...PICKUP_FORM,
      email: 'olga@example.ru',
      payment: 'bank_transfer',
    });
    expect(res.status).toBe(303);
    expect(res.location).toMatch(/^\/ru\/orders\/[A-Za-z0-9_-]{43}$/);
    const page = await buyer.get(res.location!);
    const number = page.doc.querySelector('h1')?.textContent.match(/OVP-\d{6}-\d{5}/)?.[0];
    expect(number).toBeDefined();
    expect(page.doc.querySelector('main')?.textContent).toContain('Ожидает оплаты');
    expect(page.doc.querySelector('dl.facts')?.textContent).toContain(number);
    expect(page.doc.querySelector('dl.facts')?.textContent).toContain('AILBKG22');
    expect(page.doc.querySelectorAll('tbody tr').length).toBe(2);
    const order = (await db.$client.execute({ sql: 'SELECT * FROM orders WHERE number = ?', args: [number!] }))
      .rows[0]!;
    expect(order).toMatchObject({
      status: 'pending_payment',
      payment_method: 'bank_transfer',
      locale: 'ru',
      email: 'olga@example.ru',
    });
    const lines = (
      await db.$client.execute({
        sql: 'SELECT * FROM order_lines WHERE order_id = ? ORDER BY id',
        args: [Number(order.id)],
      })
    ).rows;
    expect(lines.map((l) => Number(l.unit_price_tiyin))).toEqual([a!.price, b!.price]);
    expect(lines.every((l) => String(l.producer_name).length > 0 && String(l.product_name).length > 0)).toBe(true);
    const after = await db.$client.execute({
      sql: 'SELECT reserved FROM stock_levels WHERE variant_id = ? ORDER BY location_id',
      args: [a!.id],
    });
    const sum = (rs: typeof before) => rs.rows.reduce((s, r) => s + Number(r.reserved), 0);
    expect(sum(after) - sum(before)).toBe(2);
    const mail = (await db.$client.execute({ sql: `SELECT * FROM outbox WHERE "to" = 'olga@example.ru'` })).rows[0]!;
    expect(mail).toMatchObject({ locale: 'ru', status: 'queued' });
    expect(String(mail.subject)).toContain(number);
    expect(String(mail.text)).toContain('Здравствуйте');
    expect(String(mail.text)).toContain(res.location);
    // the order page is private and never cached
    expect((await fetch(`${base()}${res.location}`)).headers.get('cache-control')).toBe('private, no-store');
    expect((await buyer.get('/ru/orders/not-a-real-token')).status).toBe(404);
  });

  it('tells the buyer when a price changed, and places the order at the new price on the next submit', async () => {
    const [a] = await variantsInStock(1, 7);
    const buyer = new Buyer(base());
    await buyer.post('/en/cart', { intent: 'add', variant: a!.id, quantity: 1 });
    await db.$client.execute({
      sql: 'UPDATE variants SET price_tiyin = price_tiyin + 5000 WHERE id = ?',
      args: [a!.id],
    });
    const second = await buyer.checkout('/en/checkout', PICKUP_FORM);
    // The review points the change out and shows the new price; the order is placed at it.
    expect(second.review.doc.querySelector('[role="alert"]')?.textContent).toMatch(/prices changed/i);
    expect(second.status).toBe(303);
    const number = (await buyer.get(second.location!)).doc
      .querySelector('h1')
      ?.textContent.match(/OVP-\d{6}-\d{5}/)?.[0];
    const order = (
      await db.$client.execute({ sql: 'SELECT subtotal_tiyin FROM orders WHERE number = ?', args: [number!] })
    ).rows[0]!;
    expect(Number(order.subtotal_tiyin)).toBe(a!.price + 5000);
  });
});

describe('a price in another currency', () => {
  it('shows in the cart, line by line and in total, exactly what the review charges', async () => {
    // Three lines of several units: converting a line's som total instead of its unit price times the
    // quantity is a cent off for some of them (760 som at the demo's dollar rate: $8.69, but 2 × $4.35 = $8.70).
    const picks = await variantsInStock(3, 11, 8);
    for (const currency of ['USD', 'EUR', 'RUB', 'KZT', 'CNY', 'JPY']) {
      const buyer = new Buyer(base());
      await buyer.get(`/en/currency/${currency}?back=/cart`);
      for (const [i, v] of picks.entries())
        await buyer.post('/en/cart', { intent: 'add', variant: v.id, quantity: i + 2 });
      const cart = await buyer.get('/en/cart');
      const subtotal = cart.doc.querySelector('.summary .row strong')!.textContent.trim();
      const cartLines = cart.doc.querySelectorAll('.line .total').map((e) => e.textContent.trim());
      const review = await buyer.post('/en/checkout', { ...PICKUP_FORM, step: 'review' });
      const total = review.doc.querySelector('.row.total strong')!;
      expect(total.getAttribute('data-currency')).toBe(currency);
      // Pickup costs nothing: the order's total is the cart's subtotal.
      expect({ currency, shown: subtotal }).toEqual({ currency, shown: total.textContent.trim() });
      const reviewLines = review.doc
        .querySelectorAll('.review .summary ul li > span:last-child')
        .map((e) => e.textContent.trim());
      expect({ currency, lines: cartLines }).toEqual({ currency, lines: reviewLines });
    }
  });
});

describe('placing twice', () => {
  it('a double click on "Place order" makes one order, and every answer leads to it', async () => {
    const [a] = await variantsInStock(1, 5);
    const buyer = new Buyer(base());
    await buyer.post('/en/cart', { intent: 'add', variant: a!.id, quantity: 1 });
    const review = await buyer.post('/en/checkout', { ...PICKUP_FORM, email: 'double@example.com', step: 'review' });
    expect(review.status).toBe(200);
    const fields = Object.fromEntries(
      review.doc
        .querySelectorAll('form.place input[type="hidden"]')
        .map((i) => [i.getAttribute('name')!, i.getAttribute('value') ?? '']),
    );
    const reservedBefore = await reservedOf(a!.id);
    // Five presses at once (an impatient buyer, a flaky connection that resends).
    const presses = await Promise.all(
      Array.from({ length: 5 }, () => buyer.post('/en/checkout', { ...fields, step: 'place' })),
    );
    // A third, later replay of the same form changes nothing either.
    const third = await buyer.post('/en/checkout', { ...fields, step: 'place' });
    const orders = await db.$client.execute({
      sql: `SELECT access_token FROM orders WHERE email = 'double@example.com'`,
      args: [],
    });
    expect(orders.rows.length).toBe(1);
    const page = `/en/orders/${String(orders.rows[0]!.access_token)}`;
    expect([...presses, third].map((r) => [r.status, r.location])).toEqual(Array(6).fill([303, page]));
    expect(await reservedOf(a!.id)).toBe(reservedBefore + 1);
  });
});

describe('the last units', () => {
  it('200 simultaneous checkouts for the last 10 units make exactly 10 orders and a consistent ledger', async () => {
    const [target] = await variantsInStock(1, 9, 1);
    // Leave exactly 10 free units, all in the Karakol shop.
    await leaveFreeUnits(db, target!.id, 10, 'concurrency test');
    const clients = await Promise.all(
      Array.from({ length: 200 }, async () => {
        const b = new Buyer(base());
        await b.post('/en/cart', { intent: 'add', variant: target!.id, quantity: 1 });
        return b;
      }),
    );
    const results = await Promise.all(
      clients.map((b, i) => b.checkout('/en/checkout', { ...PICKUP_FORM, email: `rush${i}@example.com` })),
    );
    const placed = results.filter((r) => r.status === 303 && r.location?.includes('/orders/'));
    const refused = results.filter((r) => r.status === 422);
    const other = results.filter((r) => !placed.includes(r) && !refused.includes(r));
    expect(other.map((r) => `${r.status} ${r.html.slice(0, 300)}`)).toEqual([]);
    expect(placed.length).toBe(10);
    expect(refused.length).toBe(190);
    expect(refused[0]!.doc.querySelector('[role="alert"]')?.textContent).toMatch(/no longer available/);
    const orders = await db.$client.execute({
      sql: `SELECT count(DISTINCT o.id) AS n, sum(ol.quantity) AS units FROM orders o JOIN order_lines ol ON ol.order_id = o.id WHERE ol.variant_id = ? AND o.email LIKE 'rush%'`,
      args: [target!.id],
    });
    expect(orders.rows[0]).toMatchObject({ n: 10, units: 10 });
    const level = await db.$client.execute({
      sql: `SELECT sum(on_hand - reserved) AS free FROM stock_levels sl JOIN stock_locations l ON l.id = sl.location_id WHERE variant_id = ? AND l.sells_online = 1`,
      args: [target!.id],
    });
    expect(Number(level.rows[0]!.free)).toBe(0);
    expect((await db.$client.execute(LEDGER_MISMATCH_SQL)).rows).toEqual([]);
    const product = await db.$client.execute({
      sql: 'SELECT available FROM products WHERE id = (SELECT product_id FROM variants WHERE id = ?)',
      args: [target!.id],
    });
    expect(Number(product.rows[0]!.available)).toBeGreaterThanOrEqual(0);
  });
});
