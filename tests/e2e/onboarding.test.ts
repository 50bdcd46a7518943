/**
 * Staff onboard a producer family on a 390 px phone without JavaScript, in ky, ru and en: the form's
 * errors come back in the page's language with what was typed, the saved producer offers its account
 * invitation, and no page of the producers and places area is wider than the phone.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import en from '../../src/lib/i18n/locales/en.json' with { type: 'json' };
import ky from '../../src/lib/i18n/locales/ky.json' with { type: 'json' };
import ru from '../../src/lib/i18n/locales/ru.json' with { type: 'json' };
import { launchChromium } from '../support/browser.ts';

const TEXTS = { ky, ru, en } as const;
const FAMILY = {
  ky: { name: 'Үй-бүлө Осмоновдор', story: 'Биз Кочкордо шырдак жасайбыз, ишти чоң энебиз баштаган.' },
  ru: { name: 'Семья Осмоновых', story: 'Мы делаем шырдаки в Кочкоре; дело начала наша бабушка.' },
  en: { name: 'Osmonov family', story: 'We make shyrdaks in Kochkor; our grandmother started the work.' },
};
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

async function staffPhone(locale: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${base}/${locale}/staff/producers/new`);
  await page.fill('#email', 'staff@ovop.kg');
  await page.fill('#password', 'demo-staff-2026');
  await page.click('main form.panel button[type=submit]');
  await page.waitForURL(`${base}/${locale}/staff/producers/new`);
  return page;
}

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe.each(['ky', 'ru', 'en'] as const)('onboarding in %s', (locale) => {
  it('fixes a mistake and saves a family on a phone without JavaScript', async () => {
    const t = TEXTS[locale];
    const page = await staffPhone(locale);
    await page.fill(`#story_${locale}`, FAMILY[locale].story);
    await page.selectOption('#village', 'new');
    await page.fill('#v_lat', '55.7');
    await page.click('main form.form button[type=submit]');
    expect(await page.textContent('[role=alert]')).toContain(t['form.fix_errors']);
    expect(await page.textContent(`#e-name_${locale}`)).toContain(t['staff.producers.error.main_name']);
    expect(await page.textContent('#e-v_lat')).toContain(t['places.error.lat']);
    expect(await page.inputValue(`#story_${locale}`)).toBe(FAMILY[locale].story);
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `tmp/screenshots/onboarding-errors-phone-${locale}.png`, fullPage: true });

    await page.fill(`#name_${locale}`, FAMILY[locale].name);
    await page.selectOption('#village', 'kochkor');
    await page.check('input[name="women_led"]');
    await page.fill('#family_members', '3');
    await page.click('main form.form button[type=submit]');
    await page.waitForURL(/\/staff\/producers\/\d+\?done=created/);
    expect(await page.textContent('[role=status]')).toContain(t['staff.producers.created']);
    // Inviting accounts is an admin's: staff are told so instead of a button that would answer 403.
    expect(await page.locator('a[href*="/staff/people/invite"]').count()).toBe(0);
    expect(await page.textContent('main .links')).toContain(t['staff.producers.invite_by_admin']);
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `tmp/screenshots/onboarding-created-phone-${locale}.png`, fullPage: true });

    for (const path of [
      '/staff/producers',
      '/staff/places',
      '/staff/places/regions/naryn',
      '/staff/places/villages/new',
    ]) {
      await page.goto(`${base}/${locale}${path}`);
      expect(await pageWidth(page), path).toBeLessThanOrEqual(390);
      await page.screenshot({
        path: `tmp/screenshots/places-phone-${locale}${path.replace(/\//g, '_')}.png`,
        fullPage: true,
      });
    }
  });
});
