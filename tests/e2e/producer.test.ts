/**
 * The listing journey in Chromium: a producer lists a product in Kyrgyz from a phone, with a photo and a
 * certificate, and sends it for review; staff approve it and verify the certificate; buyers then find it
 * in the Kyrgyz catalogue with its badge, and in Russian and English marked "not yet translated".
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import en from '../../src/lib/i18n/locales/en.json' with { type: 'json' };
import ky from '../../src/lib/i18n/locales/ky.json' with { type: 'json' };
import ru from '../../src/lib/i18n/locales/ru.json' with { type: 'json' };
import { jpegBytes, pdfBytes } from '../factories/files.ts';
import { buyerPage, launchChromium } from '../support/browser.ts';

let browser: Browser;
let base: string;
let db: Db;
const NAME = 'Сары-Жаз тоо балы';

beforeAll(async () => {
  base = inject('baseUrl');
  db = openDb(inject('databaseUrl'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('a producer lists a product and staff publish it', () => {
  it('goes from a Kyrgyz draft on a phone to a verified listing in every language', async () => {
    // The producer, on a phone, in Kyrgyz.
    const phone = await buyerPage(browser, 'ky-KG', 390);
    await phone.goto(`${base}/ky/producer`);
    await expect.poll(() => phone.url()).toContain('/ky/account/sign-in');
    await phone.fill('#email', 'producer@ovop.kg');
    await phone.fill('#password', 'demo-producer-2026');
    await phone.click('main form.panel button[type=submit]');
    await phone.waitForURL(`${base}/ky/producer`);
    await phone.goto(`${base}/ky/producer/products/new`);
    const honey = await db.$client.execute(`SELECT id FROM categories WHERE slug = 'honey'`);
    await phone.selectOption('#category', String(honey.rows[0]!.id));
    await phone.fill('#name_ky', NAME);
    await phone.fill('#description_ky', 'Сары-Жаз өрөөнүндөгү тоо чөптөрүнөн чогултулган бал.');
    await phone.click('main form.panel button[type=submit]');
    await phone.waitForURL(/\/ky\/producer\/products\/\d+\?created=1/);
    const productId = Number(/products\/(\d+)/.exec(phone.url())![1]);
    expect(await phone.textContent('[role=status]')).toContain(ky['listing.flash.created']);

    await phone.setInputFiles('#photo', {
      name: 'bal.jpg',
      mimeType: 'image/jpeg',
      buffer: await jpegBytes(1200, 900),
    });
    await phone.click('main form[enctype] button[type=submit]');
    await phone.waitForURL(/photo=1/);
    expect(await phone.locator('#photos img').count()).toBe(1);

    await phone.fill('#v0_label_ky', '500 г банка');
    await phone.fill('#v0_price', '650');
    await phone.fill('#v0_weight', '620');
    await phone.click('button[value=submit]');
    await phone.waitForURL(/submitted=1/);
    expect(await phone.textContent('[role=status]')).toContain(ky['listing.flash.submitted']);

    // The certificate, for this product.
    await phone.goto(`${base}/ky/producer/certificates`);
    await phone.selectOption('#kind', 'organic');
    await phone.selectOption('#scope', String(productId));
    await phone.fill('#issuer', 'Органикалык айыл чарба борбору');
    await phone.fill('#number', 'KG-ORG-2026-117');
    await phone.fill('#valid_from', '2026-05-01');
    await phone.fill('#valid_until', '2028-04-30');
    await phone.setInputFiles('#document', {
      name: 'sertifikat.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(pdfBytes('KG-ORG-2026-117')),
    });
    await phone.click('main form[enctype] button[type=submit]');
    await phone.waitForURL(/added=1/);
    await phone.context().close();

    // Staff, at the shop's desk, in Russian.
    const desk = await buyerPage(browser, 'ru-RU', 1280);
    await desk.goto(`${base}/ru/account/sign-in`);
    await desk.fill('#email', 'staff@ovop.kg');
    await desk.fill('#password', 'demo-staff-2026');
    await desk.click('main form.panel button[type=submit]');
    await desk.waitForURL(`${base}/ru/staff`);
    await desk.goto(`${base}/ru/staff/review`);
    await desk.click(`a[href="/ru/staff/review/${productId}"]`);
    expect(await desk.textContent('table.diff')).toContain(NAME);
    await desk.click('form:has(input[value=approve]) button');
    await desk.waitForURL(/done=approved/);
    expect(await desk.textContent('[role=status]')).toContain(ru['staff.review.approved']);
    await desk.goto(`${base}/ru/staff/certificates`);
    const card = desk.locator('li.panel', { hasText: 'KG-ORG-2026-117' });
    await card.locator('form:has(input[value=verified]) button').click();
    await desk.waitForURL(/done=verified/);
    await desk.context().close();

    // Buyers.
    const slug = String(
      (await db.$client.execute({ sql: 'SELECT slug FROM products WHERE id = ?', args: [productId] })).rows[0]!.slug,
    );
    const buyer = await buyerPage(browser, 'ky-KG', 1280);
    await buyer.goto(`${base}/ky/search?q=${encodeURIComponent('Сары-Жаз')}`);
    const result = buyer.locator('.card', { hasText: NAME });
    await expect.poll(() => result.count()).toBe(1);
    expect(await result.locator('.badges').textContent()).toMatch(/\S/);
    await buyer.goto(`${base}/ky/products/${slug}`);
    expect(await buyer.textContent('h1')).toContain(NAME);
    expect(await buyer.locator('.untranslated').count()).toBe(0);
    expect(await buyer.textContent('main')).toContain('KG-ORG-2026-117');
    for (const [locale, messages] of [
      ['ru', ru],
      ['en', en],
    ] as const) {
      await buyer.goto(`${base}/${locale}/products/${slug}`);
      expect(await buyer.textContent('h1 .untranslated')).toContain(messages['product.notTranslated']);
      expect(await buyer.getAttribute('h1 [lang=ky]', 'lang')).toBe('ky');
    }
    await buyer.context().close();
  });
});
