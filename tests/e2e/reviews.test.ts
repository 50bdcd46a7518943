/**
 * A buyer's review in Chromium, in Kyrgyz, Russian and English: the order is handed over, the buyer opens
 * the private link from the mail on a 390 px phone, picks stars (radio buttons, no script) and writes a few
 * lines; staff publish it on a 1280 px screen; the product page shows it, with its language marked where
 * it is not the page's, at 390 and 1280 px. Screenshots in test-results/reviews-*.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import en from '../../src/lib/i18n/locales/en.json' with { type: 'json' };
import ky from '../../src/lib/i18n/locales/ky.json' with { type: 'json' };
import ru from '../../src/lib/i18n/locales/ru.json' with { type: 'json' };
import { launchChromium } from '../support/browser.ts';
import { Buyer, PICKUP_FORM } from '../support/client.ts';

const MESSAGES = { ky, ru, en } as const;
type Locale = keyof typeof MESSAGES;
let browser: Browser;
let base: string;
let db: Db;
let staffHttp: Buyer;
let staffPage: Page;

beforeAll(async () => {
  base = inject('baseUrl');
  db = openDb(inject('databaseUrl'));
  browser = await launchChromium();
  staffHttp = new Buyer(base, { localAddress: '127.0.0.43' });
  expect((await staffHttp.signIn('staff@ovop.kg', 'demo-staff-2026', 'en')).status).toBe(303);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  staffPage = await context.newPage();
  await staffPage.goto(`${base}/en/account/sign-in`);
  await staffPage.fill('#email', 'staff@ovop.kg');
  await staffPage.fill('#password', 'demo-staff-2026');
  await staffPage.click('main form.panel button[type=submit]');
  await staffPage.waitForLoadState();
});
afterAll(async () => {
  await browser?.close();
});

/** A product with stock and no review yet, skipping the first `skip`. */
async function freshProduct(skip: number) {
  const rs = await db.$client.execute({
    sql: `SELECT p.slug, min(v.id) AS variant FROM products p JOIN variants v ON v.product_id = p.id AND v.active = 1
           WHERE p.status = 'published' AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.product_id = p.id)
             AND (SELECT sum(on_hand - reserved) FROM stock_levels sl JOIN stock_locations l ON l.id = sl.location_id
                   WHERE sl.variant_id = v.id AND l.sells_online = 1) >= 3
           GROUP BY p.id ORDER BY p.id DESC LIMIT 1 OFFSET ?`,
    args: [skip],
  });
  return { slug: String(rs.rows[0]!.slug), variant: Number(rs.rows[0]!.variant) };
}

/** Places a bank-transfer pickup order in `locale`, has staff hand it over, and returns the mailed link. */
async function deliveredOrderLink(locale: Locale, variant: number, name: string): Promise<string> {
  const buyer = new Buyer(base);
  await buyer.post(`/${locale}/cart`, { intent: 'add', variant, quantity: 1 });
  const email = `e2e-review-${locale}-${Date.now()}@example.com`;
  expect(
    (await buyer.checkout(`/${locale}/checkout`, { ...PICKUP_FORM, name, email, payment: 'bank_transfer' })).status,
  ).toBe(303);
  const order = (await db.$client.execute({ sql: 'SELECT id, number FROM orders WHERE email = ?', args: [email] }))
    .rows[0]!;
  for (const action of ['mark_paid', 'ready_for_pickup', 'deliver'])
    expect((await staffHttp.post(`/en/staff/orders/${String(order.number)}`, { action })).status).toBe(303);
  const mail = (
    await db.$client.execute({
      sql: `SELECT text FROM outbox WHERE order_id = ? AND text LIKE '%/reviews/%'`,
      args: [Number(order.id)],
    })
  ).rows[0]!;
  return /https?:\/\/\S+\/reviews\/[A-Za-z0-9_-]{43}/.exec(String(mail.text))![0];
}

const JOURNEYS: { locale: Locale; name: string; body: string; stars: number }[] = [
  { locale: 'ky', name: 'Бермет Асанова', body: 'Абдан сапаттуу, үй-бүлөм аябай жактырды. Рахмат!', stars: 5 },
  { locale: 'ru', name: 'Ирина Волкова', body: 'Хорошее качество, пришло быстро и аккуратно упаковано.', stars: 4 },
  { locale: 'en', name: 'Sarah Lee', body: 'Beautiful work, exactly as described. Would buy again.', stars: 5 },
];

describe('a buyer’s review', () => {
  for (const [i, journey] of JOURNEYS.entries()) {
    it(`is written on a phone, published by staff and shown on the product page (${journey.locale})`, async () => {
      const t = MESSAGES[journey.locale];
      const product = await freshProduct(i);
      const link = await deliveredOrderLink(journey.locale, product.variant, journey.name);

      // The buyer, on a phone, with JavaScript off: the form needs none.
      const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
      const page = await phone.newPage();
      await page.goto(link);
      expect(await page.locator('h1').textContent()).toBe(t['review.title']);
      await page.check(`main form input[name=rating][value="${journey.stars}"]`);
      await page.fill('main form textarea[name=body]', journey.body);
      await page.screenshot({ path: `test-results/reviews-form-${journey.locale}-390.png`, fullPage: true });
      await page.click('main form button[type=submit]');
      await page.waitForLoadState();
      expect((await page.locator('.flash.ok').textContent())?.trim()).toBe(t['review.saved']);
      const fit = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(fit).toBe(0);
      await page.screenshot({ path: `test-results/reviews-saved-${journey.locale}-390.png`, fullPage: true });

      // Staff publish it.
      await staffPage.goto(`${base}/${journey.locale}/staff/reviews`);
      const item = staffPage.locator('main li.panel', { hasText: journey.body });
      expect(await item.count()).toBe(1);
      await staffPage.screenshot({ path: `test-results/reviews-staff-${journey.locale}-1280.png`, fullPage: true });
      await item.locator('button[value=approve]').click();
      await staffPage.waitForLoadState();
      expect((await staffPage.locator('.flash.ok').textContent())?.trim()).toBe(t['staff.reviews.done.approved']);

      // The product page shows it, in the language it was written; in English a Kyrgyz or Russian review is marked.
      for (const width of [390, 1280]) {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const view = await context.newPage();
        // On the phone in the buyer's language (no marker), on the desktop in English.
        const shown: Locale = width === 390 ? journey.locale : 'en';
        await view.goto(`${base}/${shown}/products/${product.slug}`);
        const list = view.locator('#reviews-list');
        expect(await list.locator(`[lang=${journey.locale}]`, { hasText: journey.body }).count()).toBe(1);
        const marker =
          journey.locale === shown
            ? null
            : en['review.writtenIn'].replace('{{language}}', journey.locale === 'ky' ? 'Kyrgyz' : 'Russian');
        expect(await list.locator('.marker').count()).toBe(marker ? 1 : 0);
        if (marker) expect((await list.locator('.marker').textContent())?.trim()).toBe(marker);
        const overflow = await view.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBe(0);
        await list.scrollIntoViewIfNeeded();
        await view.screenshot({ path: `test-results/reviews-product-${journey.locale}-on-${shown}-${width}.png` });
        await context.close();
      }
      await phone.close();
    });
  }
});
