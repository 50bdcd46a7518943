/**
 * Nobody holds the shop's stock hostage: per-line, per-order, per-visitor, per-address and offline-value
 * limits (the README defaults), a session only for a visitor who keeps something, staff releasing an
 * unpaid hold, and the till selling from its shelf despite an unpaid web hold. A shop of its own, with
 * the default limits, on its own database.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import en from '../../src/lib/i18n/locales/en.json' with { type: 'json' };
import { Buyer, PICKUP_FORM } from '../support/client.ts';
import { startShop, type RunningServer } from '../support/server.ts';

let shop: RunningServer;
let db: Db;
const BANK = { ...PICKUP_FORM, payment: 'bank_transfer' };

beforeAll(async () => {
  const url = `file:${join(mkdtempSync(join(tmpdir(), 'ovop-holds-')), 'shop.db')}`;
  shop = await startShop({
    DATABASE_URL: url,
    PAGE_CACHE_SECONDS: '0',
    UNPAID_ORDERS_PER_ADDRESS: '5',
    UNPAID_ORDERS_PER_VISITOR: '2',
  });
  db = openDb(url);
}, 120_000);
afterAll(async () => {
  await shop?.stop();
});

const count = async (sql: string, args: (string | number)[] = []) =>
  Number((await db.$client.execute({ sql, args })).rows[0]!.n);

/** Online-sellable variants with free stock, cheapest or dearest first. */
async function forSale(order: 'ASC' | 'DESC', min = 1): Promise<{ id: number; price: number }[]> {
  const rs = await db.$client.execute({
    sql: `SELECT v.id, v.price_tiyin FROM variants v JOIN products p ON p.id = v.product_id
          WHERE p.status = 'published' AND v.active = 1
            AND (SELECT sum(sl.on_hand - sl.reserved) FROM stock_levels sl JOIN stock_locations l ON l.id = sl.location_id
                 WHERE sl.variant_id = v.id AND l.sells_online = 1) >= ?
          ORDER BY v.price_tiyin ${order}, v.id`,
    args: [min],
  });
  return rs.rows.map((r) => ({ id: Number(r.id), price: Number(r.price_tiyin) }));
}

const alert = (r: { doc: { querySelector(s: string): { textContent: string } | null } }) =>
  r.doc.querySelector('[role="alert"]')?.textContent.trim();

describe('sessions', () => {
  it('a cookie-less cart POST that fails creates no session and sets no cookie; one that keeps something does', async () => {
    const before = await count('SELECT count(*) AS n FROM sessions');
    const [item] = await forSale('ASC', 25);
    for (const form of [
      { intent: 'add', variant: 999_999_999, quantity: 1 },
      { intent: 'add', variant: item!.id, quantity: 21 },
      { intent: 'add', variant: 'abc', quantity: 1 },
      { intent: 'set', variant: item!.id, quantity: 3 },
      { intent: 'remove', variant: item!.id, quantity: 0 },
    ]) {
      const visitor = new Buyer(shop.url);
      const res = await visitor.post('/en/cart', form);
      expect(res.status).not.toBe(500);
      expect(res.headers.getSetCookie().filter((c) => /sid=/.test(c))).toEqual([]);
    }
    expect(await count('SELECT count(*) AS n FROM sessions')).toBe(before);
    const keeper = new Buyer(shop.url);
    expect((await keeper.post('/en/cart', { intent: 'add', variant: item!.id, quantity: 1 })).status).toBe(303);
    expect(keeper.cookies.has('sid')).toBe(true);
    expect(await count('SELECT count(*) AS n FROM sessions')).toBe(before + 1);
  });
});

describe('limits', () => {
  it('refuses more than 20 of one item, with the limit in the message, keeping the cart', async () => {
    const [item] = await forSale('ASC', 25);
    const buyer = new Buyer(shop.url, { localAddress: '127.0.0.2' });
    await buyer.post('/en/cart', { intent: 'add', variant: item!.id, quantity: 15 });
    const res = await buyer.post('/en/cart', { intent: 'add', variant: item!.id, quantity: 6 });
    expect(res.status).toBe(409);
    expect(alert(res)).toBe(en['cart.error.line_limit'].replace('{{max}}', '20'));
    expect(res.doc.querySelector(`#q-${item!.id}`)?.getAttribute('value')).toBe('15');
  });

  it('refuses an offline order above 150 000 som: a message, nothing reserved', async () => {
    const buyer = new Buyer(shop.url, { localAddress: '127.0.0.3' });
    let subtotal = 0;
    for (const v of await forSale('DESC', 20)) {
      if (subtotal > 15_000_000) break;
      if ((await buyer.post('/en/cart', { intent: 'add', variant: v.id, quantity: 20 })).status === 303)
        subtotal += v.price * 20;
    }
    expect(subtotal).toBeGreaterThan(15_000_000);
    const reserved = await count('SELECT sum(reserved) AS n FROM stock_levels');
    const res = await buyer.checkout('/en/checkout', BANK);
    expect(res.status).toBe(422);
    expect(alert(res)).toMatch(/^Bank transfer and paying at pickup are possible for orders up to .*150.000/);
    expect(await count('SELECT sum(reserved) AS n FROM stock_levels')).toBe(reserved);
  });

  it('caps a script reserving everything from one address: 30 lines an order, 2 unpaid per visitor, 5 per address', async () => {
    const ip = '127.0.0.4';
    const items = await forSale('ASC', 1);
    const reservedBefore = await count('SELECT sum(reserved) AS n FROM stock_levels');
    const outcomes: string[] = [];
    let refusedLine = '';
    let next = 0;
    for (let round = 0; round < 8; round++) {
      const bot = new Buyer(shop.url, { localAddress: ip });
      for (let i = 0; i < 31 && next < items.length; i++, next++) {
        const res = await bot.post('/en/cart', { intent: 'add', variant: items[next]!.id, quantity: 1 });
        if (res.status !== 303) refusedLine = alert(res) ?? '';
      }
      const placed = await bot.checkout('/en/checkout', BANK);
      outcomes.push(placed.status === 303 ? 'placed' : (alert(placed) ?? String(placed.status)));
      // The same visitor tries again with a fresh cart: at most 2 unpaid orders per visitor.
      if (round === 0) {
        await bot.post('/en/cart', { intent: 'add', variant: items[next++]!.id, quantity: 1 });
        expect((await bot.checkout('/en/checkout', BANK)).status).toBe(303);
        await bot.post('/en/cart', { intent: 'add', variant: items[next++]!.id, quantity: 1 });
        const third = await bot.checkout('/en/checkout', BANK);
        expect(alert(third)).toBe(en['limit.unpaidVisitor'].replace('{{max}}', '2'));
      }
    }
    expect(refusedLine).toBe(en['cart.error.lines_limit'].replace('{{lines}}', '30'));
    // Round 0 placed two orders (the visitor's limit), then three more rounds fill the address's five.
    expect(outcomes.slice(0, 4)).toEqual(['placed', 'placed', 'placed', 'placed']);
    expect(outcomes.slice(4)).toEqual(Array(4).fill(en['limit.unpaidAddress'].replace('{{max}}', '5')));
    const held = await count(
      `SELECT sum(ol.quantity) AS n FROM order_lines ol JOIN orders o ON o.id = ol.order_id WHERE o.client_ip = ? AND o.status = 'pending_payment'`,
      [ip],
    );
    expect(
      await count(`SELECT count(*) AS n FROM orders WHERE client_ip = ? AND status = 'pending_payment'`, [ip]),
    ).toBe(5);
    expect(held).toBeLessThanOrEqual(4 * 30 + 1);
    expect((await count('SELECT sum(reserved) AS n FROM stock_levels')) - reservedBefore).toBe(held);
  });
});

describe('holds and the counter', () => {
  let staff: Buyer;
  beforeAll(async () => {
    staff = new Buyer(shop.url, { localAddress: '127.0.0.9' });
    expect((await staff.signIn('staff@ovop.kg', 'demo-staff-2026', 'en')).status).toBe(303);
  });

  /** A variant with a barcode whose online stock is only on the shop's shelf, 3 units. */
  async function shelfOnly(): Promise<{ id: number; barcode: string; shop: number }> {
    const rs = await db.$client.execute(`
      SELECT v.id, v.barcode, sl.location_id FROM variants v JOIN products p ON p.id = v.product_id
      JOIN stock_levels sl ON sl.variant_id = v.id JOIN stock_locations l ON l.id = sl.location_id AND l.kind = 'shop'
      WHERE p.status = 'published' AND v.active = 1 AND v.barcode IS NOT NULL AND sl.reserved = 0 AND sl.on_hand BETWEEN 3 AND 20
        AND NOT EXISTS (SELECT 1 FROM stock_levels o JOIN stock_locations ol ON ol.id = o.location_id
                        WHERE o.variant_id = v.id AND ol.kind != 'shop' AND ol.sells_online = 1 AND o.on_hand > o.reserved)
      ORDER BY v.id DESC LIMIT 1`);
    const r = rs.rows[0]!;
    return { id: Number(r.id), barcode: String(r.barcode), shop: Number(r.location_id) };
  }
  const level = async (variant: number, location: number) =>
    (
      await db.$client.execute({
        sql: 'SELECT on_hand, reserved FROM stock_levels WHERE variant_id = ? AND location_id = ?',
        args: [variant, location],
      })
    ).rows[0]!;

  it('the till sells shelf units held for an unpaid bank-transfer order; the order is flagged short; staff release the rest', async () => {
    const item = await shelfOnly();
    const { on_hand: onHand } = await level(item.id, item.shop);
    const free = Number(onHand);
    const buyer = new Buyer(shop.url, { localAddress: '127.0.0.5' });
    expect(
      (await buyer.post('/en/cart', { intent: 'add', variant: item.id, quantity: Math.min(free, 20) })).status,
    ).toBe(303);
    const placed = await buyer.checkout('/en/checkout', BANK);
    expect(placed.status).toBe(303);
    const number = (await buyer.get(placed.location!)).doc
      .querySelector('h1')!
      .textContent.match(/OVP-\d{6}-\d{5}/)![0];
    expect(Number((await level(item.id, item.shop)).reserved)).toBe(Math.min(free, 20));

    expect((await staff.post('/en/staff/till', { intent: 'scan', code: item.barcode, quantity: 1 })).status).toBe(303);
    const sale = await staff.post('/en/staff/till', {
      intent: 'pay',
      payment: 'card',
      receipt_locale: 'en',
      tendered: '',
    });
    expect(sale.status).toBe(303);
    expect(await level(item.id, item.shop)).toMatchObject({ on_hand: free - 1, reserved: Math.min(free, 20) - 1 });

    const page = await staff.get(`/en/staff/orders/${number}`);
    expect(page.doc.querySelector('#order-short')?.textContent.trim()).toBe(
      en['fulfil.short'].replace('{{units}}', '1'),
    );
    const actions = page.doc.querySelectorAll('form.step input[name="action"]').map((i) => i.getAttribute('value'));
    expect(actions).toEqual(['cancel']);
    expect(page.html).toContain(en['fulfil.action.release']);

    const released = await staff.post(`/en/staff/orders/${number}`, { action: 'cancel' });
    expect(released.status).toBe(303);
    expect(await level(item.id, item.shop)).toMatchObject({ on_hand: free - 1, reserved: 0 });
    const order = (await db.$client.execute({ sql: 'SELECT id, status FROM orders WHERE number = ?', args: [number] }))
      .rows[0]!;
    expect(order.status).toBe('cancelled');
    const audit = await db.$client.execute({
      sql: `SELECT action FROM audit_log WHERE entity = 'order' AND entity_id = ? ORDER BY id`,
      args: [number],
    });
    expect(audit.rows.map((r) => r.action)).toEqual(['order_short', 'order_cancelled']);
    // The books balance: every level equals its ledger.
    const mismatch = await db.$client.execute(`SELECT count(*) AS n FROM stock_levels l
      LEFT JOIN (SELECT variant_id, location_id, sum(on_hand_delta) AS h, sum(reserved_delta) AS r FROM stock_movements GROUP BY 1, 2) m
      ON m.variant_id = l.variant_id AND m.location_id = l.location_id
      WHERE l.on_hand != coalesce(m.h, 0) OR l.reserved != coalesce(m.r, 0)`);
    expect(Number(mismatch.rows[0]!.n)).toBe(0);
  });
});

describe('order links by email', () => {
  it('mails a one-time link to an address with orders, answers the same for an unknown address, and limits requests', async () => {
    const [item] = await forSale('ASC', 3);
    const buyer = new Buyer(shop.url, { localAddress: '127.0.0.6' });
    await buyer.post('/ru/cart', { intent: 'add', variant: item!.id, quantity: 1 });
    const placed = await buyer.checkout('/ru/checkout', { ...BANK, email: 'Lost.Links@example.kg' });
    expect(placed.status).toBe(303);
    const visitor = new Buyer(shop.url, { localAddress: '127.0.0.7' });
    const known = await visitor.post('/ru/orders/lookup', { email: 'lost.links@example.kg' });
    const unknown = await visitor.post('/ru/orders/lookup', { email: 'nobody@example.kg' });
    expect([known.status, known.location]).toEqual([303, '/ru/orders/lookup?sent=1']);
    expect([unknown.status, unknown.location]).toEqual([303, '/ru/orders/lookup?sent=1']);
    const mails = await db.$client.execute(
      `SELECT "to", subject, text, status FROM outbox WHERE "to" IN ('lost.links@example.kg', 'nobody@example.kg') AND subject = 'Ваши заказы — Made in Kyrgyzstan'`,
    );
    expect(mails.rows.map((r) => r.to)).toEqual(['lost.links@example.kg']);
    expect(String(mails.rows[0]!.text)).toMatch(new RegExp(`${shop.url}/ru/orders/sign-in/[A-Za-z0-9_-]{43}\\n`));
    expect((await visitor.post('/ru/orders/lookup', { email: 'nope' })).status).toBe(422);
    await visitor.post('/ru/orders/lookup', { email: 'lost.links@example.kg' });
    await visitor.post('/ru/orders/lookup', { email: 'lost.links@example.kg' });
    const limited = await visitor.post('/ru/orders/lookup', { email: 'lost.links@example.kg' });
    expect(limited.status).toBe(429);
    expect(limited.doc.querySelector('[role="alert"]')?.textContent.trim()).toBe(
      'Слишком много запросов. Попробуйте снова через час.',
    );
  });
});
