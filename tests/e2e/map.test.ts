/**
 * Browser journey for the map (issue 12 point 2), in ky, ru and en at 390 px and 1280 px: the home
 * page's map, a click on a village marker, the village page with that marker highlighted. Screenshots
 * of the map land in tmp/screenshots/map-*.png.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buyerPage, launchChromium } from '../support/browser.ts';

let browser: Browser;
let base: string;

beforeAll(async () => {
  base = inject('baseUrl');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([
  { locale: 'ky', accept: 'ky-KG' },
  { locale: 'ru', accept: 'ru-RU' },
  { locale: 'en', accept: 'en-US' },
])('the map in $locale', ({ locale, accept }) => {
  it.each([390, 1280])('at %i px leads from the home page to a village, highlighted there', async (width) => {
    const page = await buyerPage(browser, accept, width);
    await page.goto(`${base}/${locale}/`);
    const map = page.locator('svg.kg-map');
    await map.scrollIntoViewIfNeeded();
    const box = (await map.boundingBox())!;
    // The map scales with its box: no wider than the page, and wide enough to aim at.
    expect(box.width).toBeLessThanOrEqual(width);
    expect(box.width).toBeGreaterThan(width * 0.7 - 48);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.locator('figure.place-map').screenshot({ path: `tmp/screenshots/map-home-${locale}-${width}.png` });

    // The last marker is drawn on top: on a phone, neighbours a few kilometres apart overlap.
    const marker = map.locator('a').last();
    const label = (await marker.getAttribute('aria-label'))!;
    const href = (await marker.getAttribute('href'))!;
    // The marker is reachable by its accessible name, as a screen reader user would find it.
    await page.getByRole('link', { name: label, exact: true }).first().click();
    await page.waitForURL(`**${href}`);
    expect(label.startsWith(`${(await page.locator('h1').textContent())!.trim()}, `)).toBe(true);

    const current = page.locator('svg.kg-map a[aria-current="page"]');
    await expect.poll(() => current.count()).toBe(1);
    expect(await current.getAttribute('href')).toBe(href);
    expect(await current.locator('circle').count()).toBe(2);
    const halo = await current.locator('circle').first().boundingBox();
    const other = await page.locator('svg.kg-map a:not([aria-current]) circle').first().boundingBox();
    if (other) expect(halo!.width).toBeGreaterThan(other.width * 1.5);
    await page.locator('figure.place-map').screenshot({ path: `tmp/screenshots/map-village-${locale}-${width}.png` });
    const axe = await new AxeBuilder({ page })
      .include('figure.place-map')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.context().close();
  });
});
