/** Buyer journeys in Debian Chromium, in ky, ru and en; accessibility (axe-core, WCAG 2.2 AA) and phone layout. */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDb } from '../../db/client.ts';
import { buyerPage, launchChromium } from '../support/browser.ts';

const LOCALES = [
  { locale: 'ky', accept: 'ky-KG', search: 'бал', currencyRe: /\$/ },
  { locale: 'ru', accept: 'ru-RU', search: 'мёд', currencyRe: /\$/ },
  { locale: 'en', accept: 'en-US', search: 'honey', currencyRe: /\$/ },
] as const;

let browser: Browser;
let base: string;
let productSlug: string;
let producerSlug: string;

beforeAll(async () => {
  base = inject('baseUrl');
  browser = await launchChromium();
  const db = openDb(inject('databaseUrl'));
  const rs = await db.$client
    .execute(`SELECT p.slug, pr.slug AS producer FROM products p JOIN producers pr ON pr.id = p.producer_id
    WHERE p.status = 'published' AND EXISTS (SELECT 1 FROM certificates c WHERE c.producer_id = pr.id) ORDER BY p.featured DESC, p.id LIMIT 1`);
  productSlug = String(rs.rows[0]!.slug);
  producerSlug = String(rs.rows[0]!.producer);
});
afterAll(async () => {
  await browser?.close();
});

const newPage = (accept: string, width = 1280): Promise<Page> => buyerPage(browser, accept, width);

describe.each(LOCALES)('a buyer in $locale', ({ locale, accept, search, currencyRe }) => {
  it('lands in their language, browses a category, filters, opens a product and its producer', async () => {
    const page = await newPage(accept);
    await page.goto(`${base}/`);
    expect(new URL(page.url()).pathname).toBe(`/${locale}/`);
    expect(await page.getAttribute('html', 'lang')).toBe(locale);

    await page.click('.cats li:first-child a');
    expect(page.url()).toContain(`/${locale}/products?category=honey`);
    const all = await page.locator('.card').count();
    expect(all).toBeGreaterThan(0);

    await page.check('#f-stock');
    await page.selectOption('#f-sort', 'price_asc');
    await page.click('form.filters button[type="submit"]');
    expect(page.url()).toMatch(/stock=1/);
    expect(page.url()).toMatch(/sort=price_asc/);
    await expect.poll(() => page.locator('.chips li').count()).toBe(2);

    await page.click('.card h3 a >> nth=0');
    expect(page.url()).toMatch(new RegExp(`/${locale}/products/[a-z0-9-]+$`));
    await expect.poll(() => page.locator('ul.variants li').count()).toBeGreaterThan(0);
    const producerLink = page.locator('.maker a').first();
    const producerName = (await producerLink.textContent())!.trim();
    await producerLink.click();
    expect(page.url()).toContain(`/${locale}/producers/`);
    expect((await page.textContent('h1'))!).toContain(producerName);
    await page.context().close();
  });

  it('switches language on the same page, then currency, then searches', async () => {
    const page = await newPage(accept);
    await page.goto(`${base}/${locale}/products/${productSlug}`);
    const other = locale === 'en' ? 'ru' : 'en';
    await page.click('.prefs details:nth-of-type(1) summary');
    await page.click(`.prefs a[hreflang="${other}"]`);
    expect(new URL(page.url()).pathname).toBe(`/${other}/products/${productSlug}`);
    await page.goBack();

    await page.click('.prefs details:nth-of-type(2) summary');
    await page.click('.prefs a:text-is("USD")');
    expect(new URL(page.url()).pathname).toBe(`/${locale}/products/${productSlug}`);
    expect(await page.textContent('.info .price')).toMatch(currencyRe);

    await page.fill('#q', search);
    await page.press('#q', 'Enter');
    expect(page.url()).toContain(`/${locale}/search?q=`);
    expect(await page.locator('.card').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('accessibility and layout', () => {
  const pages = () => [
    '/',
    '/products',
    `/search?q=${encodeURIComponent('мёд')}`,
    `/products/${productSlug}`,
    `/producers/${producerSlug}`,
    '/contact',
    '/shipping-returns',
    '/faq',
    '/terms',
    '/privacy',
  ];
  for (const { locale, accept } of LOCALES) {
    it(`${locale}: zero axe-core violations (WCAG 2.2 AA) on home, catalogue, search, product, producer and the shop's pages`, async () => {
      const page = await newPage(accept);
      const violations: string[] = [];
      for (const path of pages()) {
        await page.goto(`${base}/${locale}${path}`);
        const result = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        for (const v of result.violations)
          violations.push(
            `${path}: ${v.id} (${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')})`,
          );
      }
      expect(violations).toEqual([]);
      await page.context().close();
    });
    it(`${locale}: nothing is wider than a 390 px phone`, async () => {
      const page = await newPage(accept, 390);
      for (const path of pages()) {
        await page.goto(`${base}/${locale}${path}`);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
      await page.context().close();
    });
  }
});
