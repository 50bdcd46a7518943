/** The buyer sees the exact total before the order exists: international post at 390 px, in ky, ru and en. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { mkdirSync } from 'node:fs';
import { openDb, type Db } from '../../db/client.ts';
import { buyerPage, launchChromium } from '../support/browser.ts';

let browser: Browser;
let base: string;
let db: Db;
let variants: { slug: string; id: number }[] = [];

beforeAll(async () => {
  base = inject('baseUrl');
  browser = await launchChromium();
  db = openDb(inject('databaseUrl'));
  const rs = await db.$client.execute(`SELECT p.slug, v.id FROM products p JOIN variants v ON v.product_id = p.id
    WHERE p.status = 'published' AND v.active = 1 AND v.id = (SELECT min(id) FROM variants WHERE product_id = p.id AND active = 1)
      AND (SELECT sum(sl.on_hand - sl.reserved) FROM stock_levels sl JOIN stock_locations l ON l.id = sl.location_id
           WHERE sl.variant_id = v.id AND l.sells_online = 1) > 3
    ORDER BY p.id DESC LIMIT 3`);
  variants = rs.rows.map((r) => ({ slug: String(r.slug), id: Number(r.id) }));
  mkdirSync('tmp/screenshots', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['ky', 'ru', 'en'] as const)('review in %s', (locale) => {
  it('shows non-zero shipping for international post above the button, and the order charges what was reviewed', async () => {
    const item = variants[['ky', 'ru', 'en'].indexOf(locale)]!;
    const page = await buyerPage(browser, locale, 390);
    await page.context().addCookies([{ name: 'currency', value: 'EUR', url: base }]);
    await page.goto(`${base}/${locale}/products/${item.slug}`);
    await page.click(`form.buy:has(#qty-${item.id}) button[type="submit"]`);
    await page.waitForURL(/\/cart\?done=add/);
    await page.goto(`${base}/${locale}/checkout`);
    await page.fill('#email', `review-${locale}@example.com`);
    await page.fill('#name', 'Review Buyer');
    await page.check('input[name="shipping"][value="international"]');
    await page.selectOption('#country', 'DE');
    await page.fill('#city', 'Berlin');
    await page.fill('#address', 'Hauptstr. 1');
    await page.fill('#postalCode', '10115');
    await page.check('input[name="payment"][value="bank_transfer"]');
    await page.click('button[name="step"][value="review"]');
    const total = page.locator('.summary .total strong');
    await total.waitFor();
    const charged = Number(await total.getAttribute('data-charged'));
    expect(await total.getAttribute('data-currency')).toBe('EUR');
    expect((await page.locator('.shipping-row span').last().textContent())!.trim()).not.toMatch(/^0[,.]00/);
    expect(await page.locator('.hold').count()).toBe(1);
    const summaryBox = (await page.locator('.summary').boundingBox())!;
    const buttonBox = (await page.locator('button[name="step"][value="place"]').boundingBox())!;
    expect(summaryBox.y + summaryBox.height).toBeLessThanOrEqual(buttonBox.y);
    await page.screenshot({ path: `tmp/screenshots/review-phone-${locale}.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: `tmp/screenshots/review-desktop-${locale}.png`, fullPage: true });
    await page.click('button[name="step"][value="place"]');
    await page.waitForURL(/\/orders\//);
    const token = new URL(page.url()).pathname.split('/').pop()!;
    const order = (
      await db.$client.execute({
        sql: `SELECT o.total_charged_minor, o.currency, o.shipping_tiyin, p.amount_minor FROM orders o JOIN payments p ON p.order_id = o.id WHERE o.access_token = ?`,
        args: [token],
      })
    ).rows[0]!;
    expect(Number(order.shipping_tiyin)).toBeGreaterThan(0);
    expect([Number(order.total_charged_minor), Number(order.amount_minor), order.currency]).toEqual([
      charged,
      charged,
      'EUR',
    ]);
    await page.close();
  });
});
