/**
 * Shipping an online order in Chromium: a buyer in Kyrgyz pays by card (through the fake Stripe); staff
 * at the shop's desk, in Russian, sign in, open the paid order from the order list, pack it, ship it with
 * a carrier and a tracking number; the buyer's private order page then shows it shipped with that number,
 * and the mail in Kyrgyz carries it too.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import ky from '../../src/lib/i18n/locales/ky.json' with { type: 'json' };
import ru from '../../src/lib/i18n/locales/ru.json' with { type: 'json' };
import { buyerPage, launchChromium } from '../support/browser.ts';
import { Buyer, PICKUP_FORM } from '../support/client.ts';

let browser: Browser;
let base: string;
let db: Db;

beforeAll(async () => {
  base = inject('baseUrl');
  db = openDb(inject('databaseUrl'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Zero axe-core violations (WCAG 2.2 AA) on the page as it is now. */
async function expectAccessible(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(result.violations.map((v) => `${new URL(page.url()).pathname}: ${v.id}`)).toEqual([]);
}

/** A buyer in Kyrgyz orders one item for delivery in Kyrgyzstan and pays by card on the fake Stripe page. */
async function paidCardOrder() {
  const rs = await db.$client.execute(`
    SELECT v.id FROM variants v JOIN products p ON p.id = v.product_id
     WHERE p.status = 'published' AND v.active = 1
       AND (SELECT sum(sl.on_hand - sl.reserved) FROM stock_levels sl JOIN stock_locations l ON l.id = sl.location_id
             WHERE sl.variant_id = v.id AND l.sells_online = 1) > 3
     ORDER BY v.id DESC LIMIT 1`);
  const buyer = new Buyer(base);
  await buyer.post('/ky/cart', { intent: 'add', variant: Number(rs.rows[0]!.id), quantity: 1 });
  const email = `ship-${Date.now()}@example.kg`;
  const placed = await buyer.checkout('/ky/checkout', {
    ...PICKUP_FORM,
    email,
    name: 'Нургүл Осмонова',
    shipping: 'domestic',
    country: 'KG',
    city: 'Нарын',
    address: 'Ленин көчөсү 45',
    postalCode: '722600',
    payment: 'stripe',
  });
  expect(placed.location).toMatch(new RegExp(`^${inject('fakeStripeUrl')}/pay/`));
  // Pressing Pay on the stand-in checkout page: Stripe sends the webhook, then sends the buyer back.
  const pay = await fetch(placed.location!, { method: 'POST', redirect: 'manual' });
  expect(pay.status).toBe(303);
  const order = (await db.$client.execute({ sql: 'SELECT * FROM orders WHERE email = ?', args: [email] })).rows[0]!;
  expect(order.status).toBe('paid');
  return { number: String(order.number), token: String(order.access_token), email };
}

describe('shipping an online order', () => {
  it('staff in Russian pack and ship a paid order; the buyer sees the tracking number', async () => {
    const { number, token, email } = await paidCardOrder();
    const TRACKING = '1234567890';

    const desk = await buyerPage(browser, 'ru-RU', 1280);
    await desk.goto(`${base}/ru/staff/orders`);
    await expect.poll(() => desk.url()).toContain('/ru/account/sign-in');
    await desk.fill('#email', 'staff@ovop.kg');
    await desk.fill('#password', 'demo-staff-2026');
    await desk.click('main form.panel button[type=submit]');
    await desk.waitForURL(`${base}/ru/staff/orders`);

    // The paid orders, from the status tabs, then the order.
    await desk.click('.tabs a[data-status=paid]');
    await desk.waitForURL(/status=paid/);
    expect(await desk.getAttribute('.tabs a[data-status=paid]', 'aria-current')).toBe('page');
    await expectAccessible(desk);
    await desk.click(`table.orders a[href="/ru/staff/orders/${number}"]`);
    await desk.waitForURL(`${base}/ru/staff/orders/${number}`);
    expect((await desk.textContent('#order-status'))!.trim()).toBe(ru['order.status.paid']);
    await expectAccessible(desk);

    await desk.locator('main form:has(input[name=action][value=pack]) button').click();
    await desk.waitForURL(/done=pack/);
    expect((await desk.textContent('[role=status]'))!.trim()).toBe(ru['fulfil.done.pack']);
    expect((await desk.textContent('#order-status'))!.trim()).toBe(ru['order.status.packed']);

    // A wrong number first: the form says what a DHL number looks like and keeps what was typed.
    await desk.selectOption('#carrier', 'dhl');
    await desk.fill('#tracking', '12345');
    await desk.click('main form.ship button[type=submit]');
    expect((await desk.textContent('#e-tracking'))!.trim()).toBe(ru['fulfil.error.tracking.dhl']);
    expect(await desk.inputValue('#tracking')).toBe('12345');
    await desk.selectOption('#carrier', 'dhl');
    await desk.fill('#tracking', TRACKING);
    await desk.click('main form.ship button[type=submit]');
    await desk.waitForURL(/done=ship/);
    expect((await desk.textContent('[role=status]'))!.trim()).toBe(ru['fulfil.done.ship']);
    expect((await desk.textContent('#order-status'))!.trim()).toBe(ru['order.status.shipped']);
    expect((await desk.textContent('#tracking-number'))!.trim()).toBe(TRACKING);
    expect(await desk.locator('main form:has(input[name=action][value=deliver])').count()).toBe(1);
    await desk.context().close();

    // The buyer's own page, in Kyrgyz, on a phone.
    const phone = await buyerPage(browser, 'ky-KG', 390);
    await phone.goto(`${base}/ky/orders/${token}`);
    expect((await phone.textContent('.status strong'))!.trim()).toBe(ky['order.status.shipped']);
    expect(await phone.textContent('main')).toContain(ky['order.shippedNote']);
    expect((await phone.textContent('#tracking-number'))!.trim()).toBe(TRACKING);
    expect(await phone.textContent('.tracking')).toContain(ky['fulfil.carrier.dhl']);
    await expectAccessible(phone);
    await phone.context().close();

    const mail = (
      await db.$client.execute({
        sql: `SELECT * FROM outbox WHERE "to" = ? ORDER BY id DESC LIMIT 1`,
        args: [email],
      })
    ).rows[0]!;
    expect(mail.locale).toBe('ky');
    expect(String(mail.text)).toContain(TRACKING);
  });
});
