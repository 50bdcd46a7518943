/**
 * An admin takes a backup and finds it listed, on a 390 px phone without JavaScript, in ky, ru and en:
 * the staff navigation's admin menu leads to the page, "back up now" works as a plain form, the new archive is listed
 * with its download link, and nothing overflows the screen.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../support/browser.ts';

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

/** A phone without JavaScript. */
async function phone(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
  return context.newPage();
}
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

const DONE = { ky: 'Камдык көчүрмө түзүлдү', ru: 'Резервная копия создана', en: 'Backup written' } as const;

describe.each(['ky', 'ru', 'en'] as const)('backups in %s', (locale) => {
  it('an admin backs up from the staff navigation and finds the archive listed', async () => {
    const admin = await phone();
    await admin.goto(`${base}/${locale}/account/sign-in`);
    await admin.fill('input[name=email]', 'admin@ovop.kg');
    await admin.fill('input[name=password]', 'demo-admin-2026');
    await Promise.all([admin.waitForURL(/\/staff$/), admin.press('input[name=password]', 'Enter')]);
    // The link sits in the navigation's admin menu (a <details>, which opens without JavaScript).
    const backupsLink = admin.locator(`a[href="/${locale}/staff/backups"]`);
    await admin.locator('.area-nav details', { has: backupsLink }).locator('summary').click();
    await Promise.all([admin.waitForURL(/\/staff\/backups$/), backupsLink.click()]);
    expect(new URL(admin.url()).pathname).toBe(`/${locale}/staff/backups`);
    const before = await admin.locator('.backups li').count();
    await Promise.all([admin.waitForURL(/\?done=/), admin.click('form.now button[type=submit]')]);
    expect(new URL(admin.url()).search).toBe('?done=done');
    await expect.poll(() => admin.locator('[role="status"]').innerText()).toContain(DONE[locale]);
    expect(await admin.locator('.backups li').count()).toBe(before + 1);
    const link = admin.locator('.backups li a').first();
    expect(await link.getAttribute('href')).toMatch(
      new RegExp(`^/${locale}/staff/backups/ovop-backup-\\d{8}T\\d{9}Z\\.tar\\.gz$`),
    );
    expect(await overflow(admin)).toBeLessThanOrEqual(0);
    await admin.screenshot({ path: `tmp/screenshots/backups-${locale}-390.png`, fullPage: true });
    await admin.context().close();
  });
});
