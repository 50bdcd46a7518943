/**
 * A buyer comes back (issue 12 point 5) in Chromium, in ky, ru and en, on a 390 px phone and a 1280 px
 * screen: asks for their orders by email, opens the one-time link from the mail in the outbox, sees both
 * orders with the tracking number linked to Kyrgyz Pochtasy, buys one again and lands on the cart with a
 * message; the link opened again says it was used. Screenshots in test-results/mine-*.png.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import en from '../../src/lib/i18n/locales/en.json' with { type: 'json' };
import ky from '../../src/lib/i18n/locales/ky.json' with { type: 'json' };
import ru from '../../src/lib/i18n/locales/ru.json' with { type: 'json' };
import { buyerPage, launchChromium } from '../support/browser.ts';
import { Buyer, PICKUP_FORM } from '../support/client.ts';

const TEXTS = { ky, ru, en } as const;
type Locale = keyof typeof TEXTS;
let browser: Browser;
let base: string;
let db: Db;
const numbers: Record<Locale, string[]> = { ky: [], ru: [], en: [] };
const emailOf = (locale: Locale) => `comeback.${locale}@example.kg`;

async function place(address: string, locale: Locale, variants: number[]): Promise<string> {
  const buyer = new Buyer(base, { localAddress: address });
  for (const variant of variants) await buyer.post(`/${locale}/cart`, { intent: 'add', variant, quantity: 1 });
  const placed = await buyer.checkout(`/${locale}/checkout`, { ...PICKUP_FORM, email: emailOf(locale) });
  expect(placed.status).toBe(303);
  const token = placed.location!.split('/').pop()!.split('?')[0]!;
  return String(
    (await db.$client.execute({ sql: 'SELECT number FROM orders WHERE access_token = ?', args: [token] })).rows[0]!
      .number,
  );
}

beforeAll(async () => {
  base = inject('baseUrl');
  db = openDb(inject('databaseUrl'));
  browser = await launchChromium();
  const rs = await db.$client.execute(`SELECT v.id FROM variants v JOIN products p ON p.id = v.product_id
      WHERE p.status = 'published' AND v.active = 1
        AND (SELECT sum(sl.on_hand - sl.reserved) FROM stock_levels sl JOIN stock_locations l ON l.id = sl.location_id
             WHERE sl.variant_id = v.id AND l.sells_online = 1) >= 12
      GROUP BY p.id ORDER BY v.price_tiyin LIMIT 3`);
  const [a, b, c] = rs.rows.map((r) => Number(r.id)) as [number, number, number];
  let n = 60;
  for (const locale of Object.keys(TEXTS) as Locale[]) {
    numbers[locale].push(await place(`127.0.12.${n++}`, locale, [a, b]));
    numbers[locale].push(await place(`127.0.12.${n++}`, locale, [c]));
    await db.$client.execute({
      sql: `UPDATE orders SET status = 'shipped', carrier = 'kyrgyz_pochtasy', tracking_number = 'EE123456785KG' WHERE number = ?`,
      args: [numbers[locale][0]!],
    });
  }
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

/** The sign-in link of the newest mail to an address, waiting for it to be queued. */
async function mailedLink(to: string, after: number): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const rs = await db.$client.execute({
      sql: `SELECT text FROM outbox WHERE "to" = ? AND id > ? ORDER BY id DESC LIMIT 1`,
      args: [to, after],
    });
    const found = /https?:\/\/\S+\/orders\/sign-in\/[A-Za-z0-9_-]{43}/.exec(String(rs.rows[0]?.text ?? ''));
    if (found) return new URL(found[0]).pathname;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no link mailed to ${to}`);
}

describe('a buyer comes back', () => {
  for (const locale of Object.keys(TEXTS) as Locale[]) {
    for (const width of [390, 1280]) {
      it(`asks, opens the link, sees both orders and buys one again (${locale}, ${width} px)`, async () => {
        const t = TEXTS[locale];
        const page = await buyerPage(browser, locale, width);
        const last = Number((await db.$client.execute('SELECT coalesce(max(id), 0) AS n FROM outbox')).rows[0]!.n);
        await page.goto(`${base}/${locale}/orders/lookup`);
        await page.fill('input[name=email]', emailOf(locale).toUpperCase());
        await page.click('main form button[type=submit]');
        await page.waitForURL(/sent=1/);
        expect((await page.textContent('[role=status]'))?.trim()).toBe(t['lookup.sent']);
        const link = await mailedLink(emailOf(locale), last);

        await page.goto(`${base}${link}`);
        if (width === 390)
          await page.screenshot({ path: `test-results/mine-${locale}-open-${width}.png`, fullPage: true });
        await page.click('#open-orders');
        await page.waitForURL(`${base}/${locale}/orders/mine`);
        const shown = await page.$$eval('ol.orders > li', (lis) => lis.map((li) => li.id));
        expect(shown.slice(0, 2)).toEqual(numbers[locale].toReversed().map((n) => `order-${n}`));
        const tracking = page.locator(`#order-${numbers[locale][0]} a.tracking`);
        expect(await tracking.getAttribute('href')).toBe('https://kyrgyzpost.kg/ru/tracking?barcode=EE123456785KG');
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        ).toBe(0);
        await page.screenshot({ path: `test-results/mine-${locale}-list-${width}.png`, fullPage: true });

        await page.click(`#order-${numbers[locale][0]} form.again button`);
        await page.waitForURL(`${base}/${locale}/cart?done=again`);
        expect((await page.textContent('#again-notice'))?.trim()).toBe(
          t['mine.again.done'].replace('{{number}}', numbers[locale][0]!),
        );
        expect(await page.locator('.lines > li').count()).toBe(2);
        await page.screenshot({ path: `test-results/mine-${locale}-cart-${width}.png`, fullPage: true });

        // The link is spent: opened again, it says so and offers the form.
        await page.goto(`${base}${link}`);
        expect((await page.textContent('#link-refused'))?.trim()).toBe(t['mine.signIn.used']);
        if (width === 390)
          await page.screenshot({ path: `test-results/mine-${locale}-used-${width}.png`, fullPage: true });
        await page.context().close();
      });
    }
  }
});
