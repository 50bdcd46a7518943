/**
 * A pay-at-pickup order over HTTP: staff mark it ready before it is paid (goods packed, still held, the
 * buyer mailed to come and pay, with the hold's deadline), then take the payment at the counter and hand
 * it over in one step; the buyer's and staff pages say until when the goods are held and what happens then.
 */
import type { HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import en from '../../src/lib/i18n/locales/en.json' with { type: 'json' };
import ru from '../../src/lib/i18n/locales/ru.json' with { type: 'json' };
import { formatDateTime } from '../../src/lib/i18n/format.ts';
import { LEDGER_MISMATCH_SQL } from '../../src/lib/inventory/ledger.ts';
import { Buyer, PICKUP_FORM } from '../support/client.ts';
import { startShop, type RunningServer } from '../support/server.ts';

let db: Db;
let shop: RunningServer;
let staff: Buyer;

beforeAll(async () => {
  db = openDb(inject('databaseUrl'));
  shop = await startShop({ DATABASE_URL: inject('databaseUrl') });
  staff = new Buyer(shop.url, { localAddress: '127.0.0.7' });
  expect((await staff.signIn('staff@ovop.kg', 'demo-staff-2026', 'en')).status).toBe(303);
});
afterAll(async () => {
  await shop?.stop();
});

const one = async (sql: string, args: (string | number)[] = []) => (await db.$client.execute({ sql, args })).rows[0]!;
const text = (doc: HTMLElement, selector: string) => doc.querySelector(selector)?.textContent.trim() ?? '';
const actionsOn = (doc: HTMLElement) =>
  doc.querySelectorAll('main form input[name=action]').map((i) => i.getAttribute('value'));

describe('pay at pickup', () => {
  it('is marked ready before it is paid, shows its hold deadline, and is paid and handed over in one step', async () => {
    const v = await one(
      `SELECT v.id, (SELECT sum(on_hand) FROM stock_levels WHERE variant_id = v.id) AS on_hand,
              (SELECT sum(reserved) FROM stock_levels WHERE variant_id = v.id) AS reserved
         FROM variants v JOIN products p ON p.id = v.product_id
        WHERE p.status = 'published' AND v.active = 1
          AND (SELECT sum(on_hand - reserved) FROM stock_levels sl JOIN stock_locations l ON l.id = sl.location_id
                WHERE sl.variant_id = v.id AND l.sells_online = 1) >= 6
        ORDER BY v.id DESC LIMIT 1`,
    );
    const buyer = new Buyer(shop.url);
    await buyer.post('/ru/cart', { intent: 'add', variant: Number(v.id), quantity: 2 });
    const email = `pickup-${Date.now()}@example.com`;
    const placed = await buyer.checkout('/ru/checkout', { ...PICKUP_FORM, email });
    expect(placed.status).toBe(303);
    let order = await one('SELECT * FROM orders WHERE email = ?', [email]);
    const number = String(order.number);
    const deadline = Number(order.reservation_expires_at);
    expect(deadline).toBeGreaterThan(Date.now());

    // The buyer's page says until when the goods are held (Bishkek time) and what happens then.
    let mine = await buyer.get(`/ru/orders/${String(order.access_token)}`);
    expect(text(mine.doc, '#order-hold')).toBe(
      ru['order.pickup.heldUntil'].replace('{{deadline}}', formatDateTime('ru', deadline)),
    );
    // Staff see the same deadline, and may put the order out before it is paid.
    let page = await staff.get(`/en/staff/orders/${number}`);
    expect(text(page.doc, '#order-hold')).toContain(en['fulfil.holdThen']);
    expect(actionsOn(page.doc)).toEqual(['mark_paid', 'cancel', 'ready_for_pickup']);

    let res = await staff.post(`/en/staff/orders/${number}`, { action: 'ready_for_pickup' });
    expect(res.location).toBe(`/en/staff/orders/${number}?done=ready_for_pickup`);
    order = await one('SELECT * FROM orders WHERE id = ?', [Number(order.id)]);
    expect(order.status).toBe('pending_payment');
    expect(order.ready_at).not.toBeNull();
    // Still held, not sold: the stock has not moved yet.
    const stock = await one(
      'SELECT sum(on_hand) AS on_hand, sum(reserved) AS reserved FROM stock_levels WHERE variant_id = ?',
      [Number(v.id)],
    );
    expect([Number(stock.on_hand), Number(stock.reserved)]).toEqual([Number(v.on_hand), Number(v.reserved) + 2]);
    const mail = await one(`SELECT * FROM outbox WHERE "to" = ? ORDER BY id DESC LIMIT 1`, [email]);
    expect(mail.subject).toBe(ru['mail.ready.subject'].replace('{{number}}', number));
    expect(String(mail.text)).toContain(
      ru['mail.ready.heldUntil'].replace('{{deadline}}', formatDateTime('ru', deadline)),
    );
    // A second click changes nothing.
    res = await staff.post(`/en/staff/orders/${number}`, { action: 'ready_for_pickup' });
    expect(res.location).toBe(`/en/staff/orders/${number}?same=pending_payment`);
    expect(
      Number(
        (
          await one(`SELECT count(*) AS n FROM audit_log WHERE entity_id = ? AND action = 'order_ready_for_pickup'`, [
            number,
          ])
        ).n,
      ),
    ).toBe(1);

    mine = await buyer.get(`/ru/orders/${String(order.access_token)}`);
    expect(text(mine.doc, '#order-ready')).toBe(ru['order.readyUnpaidNote']);
    page = await staff.get(`/en/staff/orders/${number}`);
    expect(page.doc.querySelector('#order-ready-unpaid')).not.toBeNull();
    expect(actionsOn(page.doc)).toEqual(['mark_paid', 'cancel', 'deliver']);
    expect(text(page.doc, '.steps')).toContain(en['fulfil.action.pay_and_hand_over']);

    // The buyer pays at the counter and takes it: paid and handed over in one batch.
    res = await staff.post(`/en/staff/orders/${number}`, { action: 'deliver' });
    expect(res.location).toBe(`/en/staff/orders/${number}?done=deliver`);
    order = await one('SELECT * FROM orders WHERE id = ?', [Number(order.id)]);
    expect(order.status).toBe('delivered');
    expect((await one('SELECT status FROM payments WHERE order_id = ?', [Number(order.id)])).status).toBe('succeeded');
    const after = await one(
      'SELECT sum(on_hand) AS on_hand, sum(reserved) AS reserved FROM stock_levels WHERE variant_id = ?',
      [Number(v.id)],
    );
    expect([Number(after.on_hand), Number(after.reserved)]).toEqual([Number(v.on_hand) - 2, Number(v.reserved)]);
    expect(
      Number(
        (
          await one(
            `SELECT count(*) AS n FROM payout_entries pe JOIN order_lines ol ON ol.id = pe.order_line_id WHERE ol.order_id = ? AND pe.kind = 'sale'`,
            [Number(order.id)],
          )
        ).n,
      ),
    ).toBe(1);
    const history = (
      await db.$client.execute({
        sql: `SELECT action FROM audit_log WHERE entity = 'order' AND entity_id = ? ORDER BY id`,
        args: [number],
      })
    ).rows.map((r) => r.action);
    expect(history).toEqual(['order_ready_for_pickup', 'order_paid', 'order_handed_over']);
    expect((await db.$client.execute(LEDGER_MISMATCH_SQL)).rows).toEqual([]);
  });

  it('a bank-transfer or delivery order cannot be put out before it is paid', async () => {
    const v = await one(
      `SELECT v.id FROM variants v JOIN products p ON p.id = v.product_id WHERE p.status = 'published' AND v.active = 1
          AND (SELECT sum(on_hand - reserved) FROM stock_levels WHERE variant_id = v.id) >= 3 ORDER BY v.id DESC LIMIT 1 OFFSET 1`,
    );
    const buyer = new Buyer(shop.url);
    await buyer.post('/en/cart', { intent: 'add', variant: Number(v.id), quantity: 1 });
    const email = `pickup-bank-${Date.now()}@example.com`;
    await buyer.checkout('/en/checkout', { ...PICKUP_FORM, email, payment: 'bank_transfer' });
    const number = String((await one('SELECT number FROM orders WHERE email = ?', [email])).number);
    const page = await staff.get(`/en/staff/orders/${number}`);
    expect(actionsOn(page.doc)).toEqual(['mark_paid', 'cancel']);
    const res = await staff.post(`/en/staff/orders/${number}`, { action: 'ready_for_pickup' });
    expect(res.status).toBe(422);
    expect((await one('SELECT ready_at FROM orders WHERE number = ?', [number])).ready_at).toBeNull();
  });
});
