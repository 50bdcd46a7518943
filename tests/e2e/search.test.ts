/**
 * Search that forgives (issue 12), in ky, ru and en at phone and desktop widths, with screenshots in
 * tmp/screenshots. axe-core checks the search page in storefront.test.ts.
 */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { buyerPage, launchChromium } from '../support/browser.ts';

const JOURNEYS = [
  { locale: 'ky', accept: 'ky-KG', typo: 'шырдк', meant: 'шырдак', filterWord: 'органикалык бал', chips: 2 },
  { locale: 'ru', accept: 'ru-RU', typo: 'кумыс', meant: null, filterWord: 'мёд', chips: 1 },
  { locale: 'en', accept: 'en-US', typo: 'honny', meant: 'honey', filterWord: 'organic', chips: 1 },
] as const;

let browser: Browser;
let base: string;

beforeAll(async () => {
  base = inject('baseUrl');
  browser = await launchChromium();
  mkdirSync('tmp/screenshots', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe.each(JOURNEYS)('a buyer searching in $locale', ({ locale, accept, typo, meant, filterWord, chips }) => {
  it('types a misspelt word, gets results and "did you mean", then a filter word becomes a chip it can remove', async () => {
    for (const width of [390, 1280]) {
      const page = await buyerPage(browser, accept, width);
      await page.goto(`${base}/${locale}/search`);
      await page.fill('#sq', typo);
      await page.press('#sq', 'Enter');
      await expect.poll(() => page.locator('.card').count()).toBeGreaterThan(0);
      if (meant) expect((await page.textContent('.did-you-mean a'))?.trim()).toBe(meant);
      await page.screenshot({ path: `tmp/screenshots/search-typo-${locale}-${width}.png`, fullPage: width === 390 });

      await page.fill('#sq', filterWord);
      await page.press('#sq', 'Enter');
      await expect.poll(() => page.locator('.chips li').count()).toBe(chips);
      const found = await page.locator('.card').count();
      expect(found).toBeGreaterThan(0);
      await page.screenshot({ path: `tmp/screenshots/search-chip-${locale}-${width}.png`, fullPage: width === 390 });
      if (width === 1280) {
        // the sort applies to the results, the words stay
        await page.selectOption('#f-sort', 'price_asc');
        await page.click('form.filters button[type="submit"]');
        expect(page.url()).toMatch(/sort=price_asc/);
        expect(await page.inputValue('#sq')).toBe(filterWord);
      }
      await page.click('.chips li:first-child a');
      await expect.poll(() => page.locator('.chips li').count()).toBe(chips - 1);
      expect(await page.locator('.card').count()).toBeGreaterThan(0);
      await page.context().close();
    }
  });
});
