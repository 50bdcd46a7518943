/**
 * Issue 10's journey, as people would do it in Chromium: an admin at the shop's desk, in Kyrgyz, onboards a
 * new family from a village that is not on the list yet (added on the spot under its region, with district
 * and coordinates; the family's name and story in Kyrgyz only) and invites its account; the producer opens
 * the one-time link on a phone, sets a password, lists a product with a photo and sends it for review;
 * staff approve it; an English-speaking buyer searches the village's name and finds the product and the
 * family, the product page names the village, and the family's page says it is not yet translated.
 * Only clicks and typing: no database writes.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import en from '../../src/lib/i18n/locales/en.json' with { type: 'json' };
import ky from '../../src/lib/i18n/locales/ky.json' with { type: 'json' };
import { jpegBytes } from '../factories/files.ts';
import { launchChromium } from '../support/browser.ts';

const SHOTS = 'tmp/screenshots';

const VILLAGE = {
  ky: { name: 'Эмгекчил', district: 'Нарын району' },
  ru: { name: 'Эмгекчил', district: 'Нарынский район' },
  en: { name: 'Emgekchil', district: 'Naryn District' },
  lat: '41,38',
  lng: '76.17',
};
const FAMILY = {
  name: 'Үй-бүлө Бейшеналиевдер',
  story: 'Биз Эмгекчилде тоо чөптөрүнөн бал чогултабыз. Ишти атабыз 1998-жылы баштаган, азыр үч муун иштейт.',
};
const PRODUCT = {
  name: 'Эмгекчил эспарцет балы',
  description: 'Нарын тоолорунун эспарцет гүлдөрүнөн чогултулган ак бал.',
  variant: '500 г банка',
};
let browser: Browser;
let base: string;

beforeAll(async () => {
  base = inject('baseUrl');
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function open(locale: string, width: number, height: number): Promise<Page> {
  const context = await browser.newContext({
    locale,
    viewport: { width, height },
    extraHTTPHeaders: { 'Accept-Language': locale },
  });
  return context.newPage();
}
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/journey-${name}.png`, fullPage: true });

async function signIn(page: Page, email: string, password: string) {
  await page.fill('#email', email);
  await page.fill('#password', password);
  await Promise.all([
    page.waitForURL((u) => !u.pathname.endsWith('/sign-in')),
    page.click('main form.panel button[type=submit]'),
  ]);
}

/** Follows a staff navigation link the way a person does: opening its menu first when it sits in one. */
async function staffNav(page: Page, name: string): Promise<void> {
  // CSS, not the accessibility tree: a link in a closed menu is hidden from it.
  const exactly = { hasText: new RegExp(`^\\s*${name}\\s*$`) };
  const link = page.locator('.area-nav a').filter(exactly);
  const menu = page.locator('.area-nav details').filter({ has: page.locator('a').filter(exactly) });
  if ((await menu.count()) > 0 && !(await menu.evaluate((d) => (d as HTMLDetailsElement).open)))
    await menu.locator('summary').click();
  await link.click();
}

describe('a new family from a new village, from onboarding to a buyer who finds it', () => {
  it('runs through the admin, the producer, staff and a buyer without a developer', async () => {
    // The admin, at the desk, in Kyrgyz.
    const admin = await open('ky-KG', 1280, 900);
    await admin.goto(`${base}/ky/staff`);
    await signIn(admin, 'admin@ovop.kg', 'demo-admin-2026');
    expect(new URL(admin.url()).pathname).toBe('/ky/staff');
    await staffNav(admin, ky['area.nav.producers']);
    await admin.waitForURL(`${base}/ky/staff/producers`);
    await admin.getByRole('link', { name: ky['staff.producers.new'] }).click();
    await admin.waitForURL(`${base}/ky/staff/producers/new`);
    await admin.selectOption('#kind', 'family');
    await admin.fill('#name_ky', FAMILY.name);
    await admin.fill('#story_ky', FAMILY.story);
    await admin.selectOption('#village', 'new');
    await admin.selectOption('#v_region', 'naryn');
    for (const l of ['ky', 'ru', 'en'] as const) {
      await admin.fill(`#v_name_${l}`, VILLAGE[l].name);
      await admin.fill(`#v_district_${l}`, VILLAGE[l].district);
    }
    await admin.fill('#v_lat', VILLAGE.lat);
    await admin.fill('#v_lng', VILLAGE.lng);
    await admin.check('input[name=women_led]');
    await admin.fill('#family_members', '4');
    await admin.fill('#phone', '+996 700 123 456');
    await shot(admin, '1-admin-new-producer');
    await Promise.all([
      admin.waitForURL(/\/ky\/staff\/producers\/\d+\?done=created/),
      admin.getByRole('button', { name: ky['staff.producers.create'] }).click(),
    ]);
    const producerId = Number(/producers\/(\d+)/.exec(admin.url())![1]);
    expect(await admin.textContent('[role=status]')).toContain(ky['staff.producers.created']);
    await shot(admin, '2-admin-producer-created');
    const producerSlug = (await admin.getAttribute('a[href^="/ky/producers/"]', 'href'))!.split('/').pop()!;

    // At once, with nothing for sale yet, a visitor finds the new village and the family by the village's name,
    // and both are in the sitemap.
    const visitor = await open('en-GB', 1280, 900);
    await visitor.goto(`${base}/en/`);
    await visitor.fill('header input[type=search]', VILLAGE.en.name);
    await Promise.all([visitor.waitForURL(/\/en\/search\?q=/), visitor.press('header input[type=search]', 'Enter')]);
    expect(await visitor.textContent('#found-villages + ul')).toContain(VILLAGE.en.name);
    expect(await visitor.textContent('#found-producers + ul')).toContain(FAMILY.name);
    await shot(visitor, '2b-visitor-finds-new-village');
    await Promise.all([
      visitor.waitForURL(/\/en\/villages\//),
      visitor.getByRole('link', { name: VILLAGE.en.name, exact: true }).click(),
    ]);
    const villageSlug = new URL(visitor.url()).pathname.split('/').pop()!;
    expect(await visitor.textContent('h1')).toContain(VILLAGE.en.name);
    expect(await visitor.textContent('main')).toContain(FAMILY.name);
    const sitemap = await (await visitor.request.get(`${base}/sitemaps/places.xml`)).text();
    expect(sitemap).toContain(`${base}/en/villages/${villageSlug}<`);
    expect(sitemap).toContain(`${base}/ky/producers/${producerSlug}<`);
    await visitor.context().close();

    await admin.getByRole('link', { name: ky['staff.producers.invite'] }).click();
    await admin.waitForURL(`${base}/ky/staff/people/invite?producer=${producerId}`);
    expect(await admin.inputValue('#role')).toBe('producer');
    expect(await admin.inputValue('#producer')).toBe(String(producerId));
    await admin.fill('#name', 'Айгүл Бейшеналиева');
    await admin.fill('#email', 'aigul@emgekchil.kg');
    await admin.selectOption('#locale', 'ky');
    await Promise.all([
      admin.waitForLoadState(),
      admin.getByRole('button', { name: ky['people.send_invite'] }).click(),
    ]);
    const link = await admin.inputValue('#invite-link');
    expect(link).toMatch(new RegExp(`^${base}/ky/account/invite/`));
    await shot(admin, '3-admin-invited');

    // The producer, on a phone, in Kyrgyz.
    const phone = await open('ky-KG', 390, 844);
    await phone.goto(link);
    await shot(phone, '4-producer-invitation');
    await phone.fill('#password', 'эспарцет гүлү 2026');
    await phone.fill('#confirm', 'эспарцет гүлү 2026');
    await Promise.all([
      phone.waitForURL(`${base}/ky/producer`),
      phone.getByRole('button', { name: ky['account.set_password'] }).click(),
    ]);
    await shot(phone, '5-producer-dashboard');

    // The admin sees that she accepted: the people list finds her by her name typed in lower case.
    await admin.getByRole('link', { name: ky['people.back'] }).click();
    await admin.waitForURL(`${base}/ky/staff/people`);
    await admin.fill('#people-q', 'айгүл');
    await Promise.all([admin.waitForURL(/people\?q=/), admin.press('#people-q', 'Enter')]);
    const person = admin.locator('[data-person]', { hasText: 'aigul@emgekchil.kg' });
    expect(await person.locator('[data-status]').getAttribute('data-status')).toBe('active');
    expect(await person.textContent()).toContain(FAMILY.name);
    await phone.getByRole('link', { name: ky['area.nav.products'], exact: true }).click();
    await phone.waitForURL(`${base}/ky/producer/products`);
    await phone.getByRole('link', { name: ky['producer.products.new'] }).first().click();
    await phone.waitForURL(`${base}/ky/producer/products/new`);
    await phone.selectOption('#category', { label: 'Бал' });
    await phone.fill('#name_ky', PRODUCT.name);
    await phone.fill('#description_ky', PRODUCT.description);
    await Promise.all([
      phone.waitForURL(/\/ky\/producer\/products\/\d+\?created=1/),
      phone.getByRole('button', { name: ky['producer.products.create'] }).click(),
    ]);
    const productId = Number(/products\/(\d+)/.exec(phone.url())![1]);
    await phone.setInputFiles('#photo', {
      name: 'bal.jpg',
      mimeType: 'image/jpeg',
      buffer: await jpegBytes(1200, 900),
    });
    await Promise.all([phone.waitForURL(/photo=1/), phone.click('#photos button[type=submit]')]);
    expect(await phone.locator('#photos img').count()).toBe(1);
    await phone.fill('#v0_label_ky', PRODUCT.variant);
    await phone.fill('#v0_price', '650');
    await phone.fill('#v0_weight', '620');
    await Promise.all([phone.waitForURL(/submitted=1/), phone.click('button[value=submit]')]);
    expect(await phone.textContent('[role=status]')).toContain(ky['listing.flash.submitted']);
    await shot(phone, '6-producer-submitted');

    // Staff approve it (the admin is staff too).
    await staffNav(admin, ky['area.nav.review']);
    await admin.waitForURL(`${base}/ky/staff/review`);
    await admin.getByRole('link', { name: PRODUCT.name }).click();
    await admin.waitForURL(`${base}/ky/staff/review/${productId}`);
    expect(await admin.textContent('table.diff')).toContain('сом');
    await shot(admin, '7-staff-review');
    const sku = /SKU (\S+)/.exec((await admin.textContent('table.diff'))!)![1]!;
    await Promise.all([admin.waitForURL(/done=approved/), admin.click('form:has(input[value=approve]) button')]);
    expect(await admin.textContent('[role=status]')).toContain(ky['staff.review.approved']);

    // The producer counts the jars at home; the shop receives ten of them on consignment.
    await phone.getByRole('link', { name: ky['area.nav.products'], exact: true }).click();
    await phone.waitForURL(`${base}/ky/producer/products`);
    await phone.getByRole('link', { name: PRODUCT.name }).click();
    await phone.waitForURL(`${base}/ky/producer/products/${productId}`);
    await phone.locator('#stock input[name=count]').fill('12');
    await Promise.all([phone.waitForURL(/counted=1/), phone.click('#stock form.inline button[type=submit]')]);
    expect(await phone.inputValue('#stock input[name=count]')).toBe('12');
    await phone.locator('#stock').screenshot({ path: `${SHOTS}/journey-7b-producer-home-count.png` });
    await phone.context().close();
    await staffNav(admin, ky['area.nav.stock']);
    await admin.waitForURL(`${base}/ky/staff/stock`);
    await admin.getByRole('link', { name: ky['stock.receive'], exact: true }).click();
    await admin.waitForURL(`${base}/ky/staff/stock/receive`);
    await admin.fill('#code', sku);
    await admin.fill('#quantity', '10');
    await admin.fill('#batch', 'EMG-2026-1');
    await admin.fill('#produced_on', '2026-08-20');
    await Promise.all([
      admin.waitForURL(/\/ky\/staff\/stock\?done=received/),
      admin.getByRole('button', { name: ky['stock.receive'] }).click(),
    ]);
    await shot(admin, '7c-staff-received');
    await admin.context().close();

    // A buyer in English searches the village's name.
    const buyer = await open('en-GB', 390, 844);
    await buyer.goto(`${base}/en/`);
    await buyer.fill('header input[type=search]', VILLAGE.en.name);
    await Promise.all([buyer.waitForURL(/\/en\/search\?q=/), buyer.press('header input[type=search]', 'Enter')]);
    await shot(buyer, '8-buyer-search');
    expect(await buyer.textContent('#found-villages + ul')).toContain(VILLAGE.en.name);
    expect(await buyer.textContent('#found-producers + ul')).toContain(FAMILY.name);
    const card = buyer.locator('.card', { hasText: PRODUCT.name });
    expect(await card.count()).toBe(1);
    expect(await card.textContent()).not.toContain(en['product.soldOut']);
    await Promise.all([buyer.waitForURL(/\/en\/products\//), card.locator('a').first().click()]);
    expect(await buyer.textContent('main')).toContain(VILLAGE.en.name);
    expect(await buyer.locator('form.buy button[type=submit]').count()).toBe(1);
    await shot(buyer, '9-buyer-product');
    await Promise.all([
      buyer.waitForURL(/\/en\/producers\//),
      buyer.getByRole('link', { name: FAMILY.name }).first().click(),
    ]);
    expect(await buyer.textContent('h1')).toContain(FAMILY.name);
    expect(await buyer.textContent('main')).toContain(en['product.notTranslated']);
    expect(await buyer.textContent('main')).toContain(en['producer.noCertificates']);
    await shot(buyer, '10-buyer-producer');
    await buyer.context().close();
  });
});
