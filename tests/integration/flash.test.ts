/**
 * Flash messages in the staff and producer areas are shown once: the page a form redirects to says what
 * was done, a refresh of it does not, nor does a later visit of the same address.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import en from '../../src/lib/i18n/locales/en.json' with { type: 'json' };
import { Buyer, PICKUP_FORM } from '../support/client.ts';
import { startShop, type RunningServer } from '../support/server.ts';

let db: Db;
let shop: RunningServer;
let staff: Buyer;

beforeAll(async () => {
  db = openDb(inject('databaseUrl'));
  shop = await startShop({ DATABASE_URL: inject('databaseUrl') });
  staff = new Buyer(shop.url, { localAddress: '127.0.0.8' });
  expect((await staff.signIn('staff@ovop.kg', 'demo-staff-2026', 'en')).status).toBe(303);
});
afterAll(async () => {
  await shop?.stop();
});

describe('flash messages', () => {
  it('are shown on the page a form leads to, once', async () => {
    const v = await db.$client.execute(
      `SELECT v.id FROM variants v JOIN products p ON p.id = v.product_id WHERE p.status = 'published' AND v.active = 1
          AND (SELECT sum(on_hand - reserved) FROM stock_levels WHERE variant_id = v.id) >= 3 ORDER BY v.id LIMIT 1`,
    );
    const buyer = new Buyer(shop.url);
    await buyer.post('/en/cart', { intent: 'add', variant: Number(v.rows[0]!.id), quantity: 1 });
    const email = `flash-${Date.now()}@example.com`;
    await buyer.checkout('/en/checkout', { ...PICKUP_FORM, email });
    const number = String(
      (await db.$client.execute({ sql: 'SELECT number FROM orders WHERE email = ?', args: [email] })).rows[0]!.number,
    );
    const res = await staff.post(`/en/staff/orders/${number}`, { action: 'mark_paid' });
    expect(res.location).toBe(`/en/staff/orders/${number}?done=mark_paid`);
    let page = await staff.get(res.location!);
    expect(page.doc.querySelector('[role=status]')?.textContent.trim()).toBe(en['fulfil.done.mark_paid']);
    // A refresh: the address still says done=mark_paid, the page no longer does.
    page = await staff.get(res.location!);
    expect(page.status).toBe(200);
    expect(page.doc.querySelector('[role=status]')).toBeNull();
    expect(page.doc.querySelector('#order-status')?.textContent.trim()).toBe(en['order.status.paid']);

    // The next step's message is shown, then gone after another page was seen in between.
    const packed = await staff.post(`/en/staff/orders/${number}`, { action: 'ready_for_pickup' });
    await staff.get('/en/staff/orders');
    page = await staff.get(packed.location!);
    expect(page.doc.querySelector('[role=status]')).toBeNull();
  });
});
