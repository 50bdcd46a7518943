/** The Karakol shop in Chromium: staff receive goods from a producer, then sell them at the till by barcode. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import en from '../../src/lib/i18n/locales/en.json' with { type: 'json' };
import ky from '../../src/lib/i18n/locales/ky.json' with { type: 'json' };
import ru from '../../src/lib/i18n/locales/ru.json' with { type: 'json' };
import { buyerPage, launchChromium } from '../support/browser.ts';

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

describe('the shop counter', () => {
  it('receives a producer’s goods and sells them at the till with a scanned barcode', async () => {
    const row = (
      await db.$client.execute(`
        SELECT v.id, v.sku, v.barcode, v.price_tiyin, sl.on_hand, l.id AS shop FROM variants v
          JOIN products p ON p.id = v.product_id JOIN stock_levels sl ON sl.variant_id = v.id
          JOIN stock_locations l ON l.id = sl.location_id AND l.code = 'karakol-shop'
         WHERE p.status = 'published' AND v.barcode IS NOT NULL ORDER BY v.id DESC LIMIT 1`)
    ).rows[0]!;
    const onHand = async () =>
      Number(
        (
          await db.$client.execute({
            sql: 'SELECT on_hand FROM stock_levels WHERE variant_id = ? AND location_id = ?',
            args: [Number(row.id), Number(row.shop)],
          })
        ).rows[0]!.on_hand,
      );
    const start = await onHand();

    const page = await buyerPage(browser, 'ky-KG', 1280);
    await page.goto(`${base}/ky/account/sign-in`);
    await page.fill('#email', 'staff@ovop.kg');
    await page.fill('#password', 'demo-staff-2026');
    await page.click('main form.panel button[type=submit]');
    await page.waitForURL(`${base}/ky/staff`);

    // Receiving: the scanner types the barcode and presses Enter in the first field.
    await page.goto(`${base}/ky/staff/stock/receive`);
    await page.fill('#code', String(row.barcode));
    await page.fill('#quantity', '6');
    await page.fill('#batch', 'L261121-E2E');
    await page.fill('#produced_on', '2026-11-21');
    await page.click('main form.panel button[type=submit]');
    await page.waitForURL(/done=received/);
    expect(await page.textContent('[role=status]')).toContain(ky['stock.done.received']);
    expect(await onHand()).toBe(start + 6);

    // The till, in Russian: two scans of the same barcode, then cash with change.
    await page.goto(`${base}/ru/staff/till`);
    for (let i = 0; i < 2; i++) {
      await page.locator('#code').fill(String(row.barcode));
      await page.locator('#code').press('Enter');
      await page.waitForLoadState();
    }
    expect(await page.inputValue(`#q-${row.id}`)).toBe('2');
    const total = (Number(row.price_tiyin) * 2) / 100;
    expect((await page.textContent('#till-total'))!.replace(/\s/g, '')).toContain(String(total));
    await page.check('input[name=payment][value=cash]');
    await page.fill('#tendered', String(total + 100));
    await page.selectOption('#receipt_locale', 'en');
    await page.click('main form.pay button[type=submit]');
    await page.waitForURL(/\/ru\/staff\/till\/receipt\//);
    expect(await page.textContent('[role=status]')).toContain(ru['till.change'].split(':')[0]!);
    expect(await page.getAttribute('.receipt', 'lang')).toBe('en');
    expect(await page.textContent('.receipt')).toContain(en['receipt.thanks']);
    expect(await onHand()).toBe(start + 4);
    await page.context().close();
  });
});
