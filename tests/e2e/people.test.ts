/**
 * An admin invites a producer's account and the producer accepts on a phone, both without JavaScript at
 * 390 px, in ky, ru and en: the forms work in a real browser (the invitation page sends no referrer, so
 * Chromium posts its form with `Origin: null`), nothing overflows the screen, and the invitee lands signed in.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { mkdirSync } from 'node:fs';
import { openDb } from '../../db/client.ts';
import { launchChromium } from '../support/browser.ts';

let browser: Browser;
let base: string;
let producerId = 0;

beforeAll(async () => {
  base = inject('baseUrl');
  browser = await launchChromium();
  const db = openDb(inject('databaseUrl'));
  producerId = Number((await db.$client.execute('SELECT id FROM producers ORDER BY id LIMIT 1')).rows[0]!.id);
  mkdirSync('tmp/screenshots', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** A phone without JavaScript. */
async function phone(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
  return context.newPage();
}
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe.each(['ky', 'ru', 'en'] as const)('people in %s', (locale) => {
  it('an admin invites a producer account and the producer sets a password on a phone', async () => {
    const admin = await phone();
    await admin.goto(`${base}/${locale}/account/sign-in`);
    await admin.fill('input[name=email]', 'admin@ovop.kg');
    await admin.fill('input[name=password]', 'demo-admin-2026');
    await Promise.all([admin.waitForURL(/\/staff$/), admin.press('input[name=password]', 'Enter')]);
    await admin.goto(`${base}/${locale}/staff/people/invite?producer=${producerId}`);
    expect(await overflow(admin)).toBeLessThanOrEqual(0);
    await admin.fill('input[name=name]', 'E2E Producer');
    await admin.fill('input[name=email]', `e2e-producer-${locale}@example.kg`);
    await admin.selectOption('select[name=locale]', locale);
    await Promise.all([admin.waitForLoadState(), admin.press('input[name=email]', 'Enter')]);
    const link = await admin.inputValue('#invite-link');
    expect(link).toContain(`/${locale}/account/invite/`);
    expect(await overflow(admin)).toBeLessThanOrEqual(0);
    await admin.screenshot({ path: `tmp/screenshots/people-invited-${locale}.png`, fullPage: true });

    const producer = await phone();
    await producer.goto(link);
    expect(await overflow(producer)).toBeLessThanOrEqual(0);
    await producer.fill('input[name=password]', 'тоо балы жана гүлдөр');
    await producer.fill('input[name=confirm]', 'тоо балы жана гүлдөр');
    await Promise.all([producer.waitForURL(/\/producer$/), producer.press('input[name=confirm]', 'Enter')]);
    expect(new URL(producer.url()).pathname).toBe(`/${locale}/producer`);

    await admin.goto(`${base}/${locale}/staff/people?q=e2e-producer-${locale}`);
    expect(await admin.locator('[data-person] [data-status]').getAttribute('data-status')).toBe('active');
    expect(await overflow(admin)).toBeLessThanOrEqual(0);
    await admin.context().close();
    await producer.context().close();
  });
});
