/**
 * What staff and producers see on a desktop and on a phone (issue 10 point 8, part A), in Chromium and
 * in Kyrgyz: the staff navigation fits at 1280 and 390 px and its menus open without JavaScript; the
 * producer's orders and earnings show the order's status and the producer's share on a 390 px phone.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import ky from '../../src/lib/i18n/locales/ky.json' with { type: 'json' };
import { launchChromium } from '../support/browser.ts';
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

/** A signed-in page of `width` px, with or without JavaScript. */
async function signedIn(email: string, password: string, width: number, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 844 }, javaScriptEnabled, locale: 'ky-KG' });
  const page = await context.newPage();
  await page.goto(`${base}/ky/account/sign-in`);
  await page.fill('#email', email);
  await page.fill('#password', password);
  await page.click('main form.panel button[type=submit]');
  await page.waitForLoadState();
  return page;
}

/** How far the page runs past the window's right edge, and the right edge of the navigation's last item. */
const overflow = (page: Page) =>
  page.evaluate(() => ({
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    nav: Math.max(
      ...[...document.querySelectorAll('.area-nav > ul > li')].map((li) => li.getBoundingClientRect().right),
    ),
  }));

describe('the staff navigation', () => {
  for (const width of [1280, 390]) {
    it(`fits an admin's ${width} px screen with every link reachable, without JavaScript`, async () => {
      const page = await signedIn('admin@ovop.kg', 'demo-admin-2026', width, false);
      await page.goto(`${base}/ky/staff/orders`);
      const fit = await overflow(page);
      expect(fit.page).toBe(0);
      expect(fit.nav).toBeLessThanOrEqual(width);
      if (width === 1280) {
        // One row on a desktop: every item at the same height.
        const tops = await page.$$eval('.area-nav > ul > li', (lis) => lis.map((li) => li.getBoundingClientRect().top));
        expect(new Set(tops).size).toBe(1);
      }
      // The settings group opens as a menu (a <details>, no script) and leads to its page.
      await page.click(`.area-nav summary:has-text("${ky['area.group.admin']}")`);
      const people = page.locator('.area-nav a', { hasText: ky['area.nav.people'] });
      expect(await people.isVisible()).toBe(true);
      const box = (await people.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      await people.click();
      await page.waitForURL(`${base}/ky/staff/people`);
      // The group of the current page is marked.
      expect(await page.locator('.area-nav summary.current').textContent()).toContain(ky['area.group.admin']);
      await page.screenshot({ path: `test-results/staff-nav-${width}.png` });
      await page.context().close();
    });
  }
});

describe('the producer’s tables on a phone', () => {
  it('show each order’s status and the producer’s share at 390 px', async () => {
    const producerId = Number(
      (await db.$client.execute(`SELECT producer_id FROM users WHERE email = 'producer@ovop.kg'`)).rows[0]!.producer_id,
    );
    const variant = await db.$client.execute({
      sql: `SELECT v.id FROM variants v JOIN products p ON p.id = v.product_id JOIN stock_levels sl ON sl.variant_id = v.id
             WHERE p.producer_id = ? AND p.status = 'published' AND sl.on_hand - sl.reserved > 0 ORDER BY v.id LIMIT 1`,
      args: [producerId],
    });
    const buyer = new Buyer(base, { localAddress: '127.0.0.44' });
    await buyer.post('/en/cart', { intent: 'add', variant: Number(variant.rows[0]!.id), quantity: 1 });
    const placed = await buyer.checkout('/en/checkout', { ...PICKUP_FORM, email: 'phone-tables@example.com' });
    expect(placed.status).toBe(303);
    const number = (
      await db.$client.execute(`SELECT number FROM orders WHERE email = 'phone-tables@example.com' ORDER BY id DESC`)
    ).rows[0]!.number as string;
    const staff = new Buyer(base, { localAddress: '127.0.0.45' });
    await staff.signIn('staff@ovop.kg', 'demo-staff-2026');
    expect((await staff.post(`/en/staff/orders/${number}`, { action: 'mark_paid' })).status).toBe(303);

    const phone = await signedIn('producer@ovop.kg', 'demo-producer-2026', 390);
    await phone.goto(`${base}/ky/producer/orders`);
    expect((await overflow(phone)).page).toBe(0);
    const row = phone.locator('tbody tr', { hasText: number });
    const status = row.locator(`td[data-label="${ky['producer.orders.status']}"]`);
    expect(await status.textContent()).toContain(ky['order.status.paid']);
    const statusBox = (await status.boundingBox())!;
    expect(statusBox.x + statusBox.width).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: 'test-results/producer-orders-390.png', fullPage: true });

    await phone.goto(`${base}/ky/producer/earnings`);
    expect((await overflow(phone)).page).toBe(0);
    const share = phone.locator('tbody tr', { hasText: number }).locator(`td[data-label="${ky['earnings.amount']}"]`);
    expect(await share.isVisible()).toBe(true);
    const shareBox = (await share.boundingBox())!;
    expect(shareBox.x + shareBox.width).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: 'test-results/producer-earnings-390.png', fullPage: true });
    await phone.context().close();
  });
});
