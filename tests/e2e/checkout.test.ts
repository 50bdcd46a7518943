/** Cart and checkout journeys in Debian Chromium, in ky, ru and en: pickup with pay-at-pickup, and a card payment. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import en from '../../src/lib/i18n/locales/en.json' with { type: 'json' };
import ky from '../../src/lib/i18n/locales/ky.json' with { type: 'json' };
import ru from '../../src/lib/i18n/locales/ru.json' with { type: 'json' };
import AxeBuilder from '@axe-core/playwright';
import { buyerPage, launchChromium } from '../support/browser.ts';

const LOCALES = [
  { locale: 'ky', accept: 'ky-KG' },
  { locale: 'ru', accept: 'ru-RU' },
  { locale: 'en', accept: 'en-US' },
] as const;
type Locale = (typeof LOCALES)[number]['locale'];
const MESSAGES: Record<Locale, Record<string, string>> = { ky, ru, en };
const t = (locale: Locale, key: string): string => MESSAGES[locale][key]!;

/** A published product whose first active variant has online stock to spare. */
interface Pick {
  slug: string;
  producer: number;
  variant: number;
}

let browser: Browser;
let base: string;
let db: Db;
/** Two products of different producers per locale, and one more for the card payment: none shared. */
const pairs = new Map<Locale, [Pick, Pick]>();
let cardProduct: Pick;

beforeAll(async () => {
  base = inject('baseUrl');
  browser = await launchChromium();
  db = openDb(inject('databaseUrl'));
  const rs = await db.$client.execute(`
    SELECT slug, producer_id, variant FROM (
      SELECT p.slug, p.producer_id,
        (SELECT v.id FROM variants v WHERE v.product_id = p.id AND v.active = 1 ORDER BY v.sort, v.id LIMIT 1) AS variant
      FROM products p WHERE p.status = 'published') c
    WHERE (SELECT COALESCE(SUM(sl.on_hand - sl.reserved), 0) FROM stock_levels sl
      JOIN stock_locations l ON l.id = sl.location_id WHERE sl.variant_id = c.variant AND l.sells_online = 1) > 2
    ORDER BY slug`);
  const free: Pick[] = rs.rows.map((r) => ({
    slug: String(r.slug),
    producer: Number(r.producer_id),
    variant: Number(r.variant),
  }));
  const take = (notProducer?: number): Pick => {
    const i = free.findIndex((p) => p.producer !== notProducer);
    if (i < 0) throw new Error('not enough products in stock for the checkout journeys');
    return free.splice(i, 1)[0]!;
  };
  for (const { locale } of LOCALES) {
    const first = take();
    pairs.set(locale, [first, take(first.producer)]);
  }
  cardProduct = take();
});
afterAll(async () => {
  await browser?.close();
});

const newPage = (accept: string, width = 1280): Promise<Page> => buyerPage(browser, accept, width);

/** Zero axe-core violations (WCAG 2.2 AA) on the page as it is now. */
async function expectAccessible(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(result.violations.map((v) => `${new URL(page.url()).pathname}: ${v.id}`)).toEqual([]);
}

/** Opens a product page, sets the quantity of its first variant and adds it to the cart. */
async function addToCart(page: Page, locale: Locale, product: Pick, quantity: number): Promise<void> {
  await page.goto(`${base}/${locale}/products/${product.slug}`);
  await page.fill(`#qty-${product.variant}`, String(quantity));
  await page.click(`form.buy:has(#qty-${product.variant}) button[type="submit"]`);
  await page.waitForURL(/\/cart\?done=add/, { timeout: 15_000 });
}

async function reservedOf(variant: number): Promise<number> {
  const rs = await db.$client.execute({
    sql: 'SELECT COALESCE(SUM(reserved), 0) AS r FROM stock_levels WHERE variant_id = ?',
    args: [variant],
  });
  return Number(rs.rows[0]!.r);
}

async function orderByToken(token: string): Promise<{ id: number; status: string }> {
  const rs = await db.$client.execute({ sql: 'SELECT id, status FROM orders WHERE access_token = ?', args: [token] });
  return { id: Number(rs.rows[0]?.id), status: String(rs.rows[0]?.status) };
}

const tokenOf = (url: string) => new URL(url).pathname.split('/').pop()!;

describe.each(LOCALES)('a buyer in $locale', ({ locale, accept }) => {
  it('browses, adds two products from two different producers, and checks out with pickup', async () => {
    const [first, second] = pairs.get(locale)!;
    const page = await newPage(accept);
    await page.goto(`${base}/${locale}/products`);
    expect(await page.locator('.card').count()).toBeGreaterThan(0);

    await addToCart(page, locale, first, 2);
    await addToCart(page, locale, second, 1);
    const line = (p: Pick) => page.locator(`.line:has(a[href="/${locale}/products/${p.slug}"])`);
    await expect.poll(() => page.locator('.line').count()).toBe(2);
    expect(await line(first).locator(`#q-${first.variant}`).inputValue()).toBe('2');
    expect(await line(second).locator(`#q-${second.variant}`).inputValue()).toBe('1');
    expect((await page.textContent('.cart .count'))!.trim()).toBe('3');
    const names = await Promise.all(
      [first, second].map(async (p) => (await line(p).locator('strong').first().textContent())!.trim()),
    );

    await expectAccessible(page);
    const subtotal = page.locator('.summary .row strong');
    const before = (await subtotal.textContent())!.trim();
    await page.fill(`#q-${second.variant}`, '2');
    await line(second).locator('.qty button[type="submit"]').click();
    await page.waitForURL(/\/cart\?done=set/, { timeout: 15_000 });
    expect((await subtotal.textContent())!.trim()).not.toBe(before);
    expect((await page.textContent('.cart .count'))!.trim()).toBe('4');

    await page.click('.summary a.btn.wide');
    await page.waitForURL(new RegExp(`/${locale}/checkout$`), { timeout: 15_000 });
    await page.fill('#name', 'Aida Test');
    await page.click('form.form button.btn.wide');
    await page.locator('#e-email').waitFor({ timeout: 15_000 });
    expect((await page.textContent('#e-email'))!.trim()).toBe(t(locale, 'checkout.error.email'));
    expect(await page.getAttribute('#email', 'aria-invalid')).toBe('true');
    expect(await page.inputValue('#name')).toBe('Aida Test');
    await expectAccessible(page);

    const reservedBefore = await Promise.all([first, second].map((p) => reservedOf(p.variant)));
    const email = `pickup-${locale}@example.com`;
    await page.fill('#email', email);
    expect(await page.isChecked('input[name="shipping"][value="pickup"]')).toBe(true);
    await page.check('input[name="payment"][value="pay_at_pickup"]');
    await page.click('form.form button.btn.wide');
    // The review step: the order exists only after "Place order" there.
    await page.locator('button[name="step"][value="place"]').waitFor({ timeout: 15_000 });
    expect(await reservedOf(first.variant)).toBe(reservedBefore[0]);
    await page.click('button[name="step"][value="place"]');
    await page.waitForURL(new RegExp(`/${locale}/orders/[^/?]+$`), { timeout: 20_000 });

    expect((await page.textContent('h1'))!).toContain('OVP-');
    expect((await page.textContent('.status strong'))!.trim()).toBe(t(locale, 'order.status.pending_payment'));
    const lines = (await page.textContent('table tbody'))!;
    for (const name of names) expect(lines).toContain(name);
    expect(await page.locator('h2', { hasText: t(locale, 'order.pickup.title') }).count()).toBe(1);
    await expectAccessible(page);

    const order = await orderByToken(tokenOf(page.url()));
    expect(order.status).toBe('pending_payment');
    const reservedAfter = await Promise.all([first, second].map((p) => reservedOf(p.variant)));
    expect(reservedAfter).toEqual([reservedBefore[0]! + 2, reservedBefore[1]! + 2]);

    await page.goto(`${base}/${locale}/cart`);
    expect(await page.locator('.cart .count').count()).toBe(0);
    expect(await page.locator('.line').count()).toBe(0);
    await page.context().close();
  });
});

describe('a buyer in en paying by card', () => {
  it('pays by card through the Stripe checkout page', async () => {
    const stripeUrl = inject('fakeStripeUrl');
    const page = await newPage('en-US');
    await addToCart(page, 'en', cardProduct, 1);
    await page.goto(`${base}/en/checkout`);
    const email = 'card-buyer@example.com';
    await page.fill('#email', email);
    await page.fill('#name', 'Jonas Weber');
    await page.check('input[name="shipping"][value="international"]');
    await page.selectOption('#country', 'DE');
    await page.fill('#city', 'Berlin');
    await page.fill('#address', 'Torstraße 1');
    await page.fill('#postalCode', '10119');
    await page.check('input[name="payment"][value="stripe"]');
    await page.click('form.form button.btn.wide');
    await page.locator('button[name="step"][value="place"]').waitFor({ timeout: 15_000 });
    await page.click('button[name="step"][value="place"]');
    await page.waitForURL((url) => url.href.startsWith(stripeUrl), { timeout: 20_000 });

    await page.click('#pay');
    await page.waitForURL(/\/en\/orders\/.*paid=1/, { timeout: 20_000 });
    const token = tokenOf(page.url());
    await expect
      .poll(
        async () => {
          await page.reload();
          return (await page.textContent('.status strong'))!.trim();
        },
        { timeout: 5_000, interval: 250 },
      )
      .toBe(t('en', 'order.status.paid'));

    const order = await orderByToken(token);
    expect(order.status).toBe('paid');
    const payments = await db.$client.execute({
      sql: "SELECT status FROM payments WHERE order_id = ? AND provider = 'stripe'",
      args: [order.id],
    });
    expect(payments.rows.map((r) => r.status)).toContain('succeeded');
    await expect
      .poll(async () => {
        const rs = await db.$client.execute({ sql: 'SELECT count(*) AS n FROM outbox WHERE "to" = ?', args: [email] });
        return Number(rs.rows[0]!.n);
      })
      .toBeGreaterThan(0);
    await page.context().close();
  });
});
