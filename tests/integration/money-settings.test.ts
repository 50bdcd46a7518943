/**
 * Admins run the money settings from the web: currency rates (entered with their date, or imported from the
 * National Bank's XML), the shipping table, and the shop's own details — and buyers see the result on product
 * pages, the checkout review, the footer, the bank-transfer invoice and the order mail. Staff are refused.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import { todayInBishkek } from '../../src/lib/catalog/queries.ts';
import { formatPrice } from '../../src/lib/money/money.ts';
import { Buyer, PICKUP_FORM } from '../support/client.ts';

const base = () => inject('baseUrl');
const fixture = readFileSync(new URL('../fixtures/nbkr-daily.xml', import.meta.url));
let db: Db;
let admin: Buyer;
let staff: Buyer;
let kgZone: { id: number; rates: { w: number; p: number }[] };

/** A published product with online stock, and its lowest price in tiyin. */
async function productInStock(offset = 0) {
  const rs = await db.$client.execute({
    sql: `SELECT p.slug, p.min_price_tiyin, v.id AS variant FROM products p JOIN variants v ON v.product_id = p.id
          WHERE p.status = 'published' AND v.weight_grams < 2000 AND (SELECT sum(on_hand - reserved) FROM stock_levels sl
            JOIN stock_locations l ON l.id = sl.location_id WHERE sl.variant_id = v.id AND l.sells_online = 1) >= 3
          ORDER BY p.id DESC LIMIT 1 OFFSET ?`,
    args: [offset],
  });
  const r = rs.rows[0]!;
  return { slug: String(r.slug), minPrice: Number(r.min_price_tiyin), variant: Number(r.variant) };
}

beforeAll(async () => {
  db = openDb(inject('databaseUrl'));
  admin = new Buyer(base(), { localAddress: '127.0.0.31' });
  staff = new Buyer(base(), { localAddress: '127.0.0.31' });
  expect((await admin.signIn('admin@ovop.kg', 'demo-admin-2026')).status).toBe(303);
  expect((await staff.signIn('staff@ovop.kg', 'demo-staff-2026')).status).toBe(303);
  const zone = (await db.$client.execute("SELECT id FROM shipping_zones WHERE code = 'kg'")).rows[0]!;
  const rates = await db.$client.execute({
    sql: 'SELECT max_weight_grams AS w, price_tiyin AS p FROM shipping_rates WHERE zone_id = ? ORDER BY w',
    args: [Number(zone.id)],
  });
  kgZone = { id: Number(zone.id), rates: rates.rows.map((r) => ({ w: Number(r.w), p: Number(r.p) })) };
});

// Other test files share this database: put back the seed's rates, shipping table and shop details.
afterAll(async () => {
  await db.$client.batch(
    [
      "DELETE FROM currency_rates WHERE source != 'seed'",
      'DELETE FROM shop_settings',
      { sql: 'DELETE FROM shipping_rates WHERE zone_id = ?', args: [kgZone.id] },
      ...kgZone.rates.map((r) => ({
        sql: 'INSERT INTO shipping_rates (zone_id, max_weight_grams, price_tiyin) VALUES (?, ?, ?)',
        args: [kgZone.id, r.w, r.p],
      })),
    ],
    'write',
  );
});

describe('who may open the money settings', () => {
  it('refuses staff with 403 and lets admins in, in every language', async () => {
    for (const locale of ['ky', 'ru', 'en']) {
      for (const page of ['rates', 'shipping', 'settings']) {
        const path = `/${locale}/staff/${page}`;
        expect((await staff.get(path)).status, path).toBe(403);
        expect(
          (await staff.post(path, { intent: 'rate', currency: 'USD', rate: '1', effectiveOn: '2026-01-01' })).status,
        ).toBe(403);
        expect((await admin.get(path)).status, path).toBe(200);
      }
    }
  });
});

describe('currency rates', () => {
  it('warns on the dashboard while rates are older than RATES_STALE_DAYS, linking admins to the rates page', async () => {
    // The seed's rates are of 2026-11-20.
    const dashboard = await staff.get('/en/staff');
    const tile = dashboard.doc.querySelector('#stale-rates');
    expect(tile?.textContent).toMatch(/USD/);
    // Rates are admin-only: staff are told to ask an admin rather than sent to a 403.
    expect(tile?.querySelector('a')).toBeNull();
    expect(tile?.textContent).toContain('tell an admin');
    const adminTile = (await admin.get('/en/staff')).doc.querySelector('#stale-rates');
    expect(adminTile?.querySelector('a')?.getAttribute('href')).toBe('/en/staff/rates');
  });

  it('imports the National Bank file; currencies the bank leaves out keep their rate; history lists it', async () => {
    const bad = await admin.upload(
      '/en/staff/rates',
      { intent: 'import' },
      { file: { name: 'x.xml', bytes: new TextEncoder().encode('<html/>') } },
    );
    expect(bad.status).toBe(422);
    expect(bad.doc.querySelector('#e-file')?.textContent).toMatch(/not the National Bank/);
    const res = await admin.upload(
      '/en/staff/rates',
      { intent: 'import' },
      { file: { name: 'daily.xml', bytes: fixture, type: 'text/xml' } },
    );
    expect(res.status).toBe(303);
    const page = await admin.get(res.location!);
    expect(page.doc.querySelector('[role="status"]')?.textContent).toMatch(/National Bank's rates of/);
    const current = (c: string) => page.doc.querySelector(`#current-rates tr[data-currency="${c}"]`)?.textContent ?? '';
    expect(current('USD')).toContain('87.91');
    expect(current('KZT')).toContain('0.1692');
    expect(current('JPY')).toContain('0.5712'); // not in the bank's daily file: kept as it was
    const history = page.doc.querySelector('#rate-history')!.textContent;
    expect(history).toMatch(/USD\s*87\.91\s*National Bank/);
    expect(history).toMatch(/USD\s*87\.45\s*Initial data/);
    // JPY and KRW are still old: the warning names them only.
    const tile = (await staff.get('/en/staff')).doc.querySelector('#stale-rates strong')?.textContent;
    expect(tile).toBe('JPY, KRW');
  });

  it('changes the USD price on a product page when an admin sets a rate effective today, and refuses bad input', async () => {
    const { slug, minPrice } = await productInStock();
    const visitor = new Buyer(base());
    visitor.cookies.set('currency', 'USD');
    const before = await visitor.get(`/en/products/${slug}`);
    expect(before.doc.querySelector('.price')?.textContent.trim()).toBe(
      formatPrice('en', minPrice, { currency: 'USD', kgsPerUnitMicros: 87_910_000, setOn: '' }),
    );
    const wrong = await admin.post('/en/staff/rates', {
      intent: 'rate',
      currency: 'USD',
      rate: '-3',
      effectiveOn: '2026-13-01',
    });
    expect(wrong.status).toBe(422);
    expect(wrong.doc.querySelector('#e-rate')).not.toBeNull();
    expect(wrong.doc.querySelector('#e-effectiveOn')).not.toBeNull();
    expect(wrong.doc.querySelector('#rate')?.getAttribute('value')).toBe('-3');
    // An order placed in USD before the change keeps the rate it was placed at.
    const buyer = new Buyer(base());
    buyer.cookies.set('currency', 'USD');
    await buyer.post('/en/cart', { intent: 'add', variant: (await productInStock(3)).variant, quantity: 1 });
    const placed = await buyer.checkout('/en/checkout', {
      ...PICKUP_FORM,
      email: 'locked@example.com',
      payment: 'bank_transfer',
    });
    expect(placed.status).toBe(303);
    const orderPage = async () => (await buyer.get(placed.location!)).doc.querySelector('main')!.textContent;
    const charged = /\$[\d,.]+/.exec(await orderPage())![0];
    const today = todayInBishkek();
    const saved = await admin.post('/en/staff/rates', {
      intent: 'rate',
      currency: 'USD',
      rate: '80,5',
      effectiveOn: today,
    });
    expect(saved.status).toBe(303);
    const locked = await db.$client.execute(
      "SELECT kgs_per_unit_micros, currency FROM orders WHERE email = 'locked@example.com'",
    );
    expect(locked.rows[0]).toMatchObject({ kgs_per_unit_micros: 87_910_000, currency: 'USD' });
    expect(await orderPage()).toContain(charged);
    const after = await visitor.get(`/en/products/${slug}`);
    expect(after.doc.querySelector('.price')?.textContent.trim()).toBe(
      formatPrice('en', minPrice, { currency: 'USD', kgsPerUnitMicros: 80_500_000, setOn: '' }),
    );
    // A rate dated tomorrow is listed but not used yet.
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    await admin.post('/en/staff/rates', { intent: 'rate', currency: 'USD', rate: '10', effectiveOn: tomorrow });
    const page = await admin.get('/en/staff/rates');
    expect(page.doc.querySelector('#current-rates tr[data-currency="USD"]')?.textContent).toContain('80.50');
    expect(page.doc.querySelector('#rate-history')!.textContent).toMatch(/USD\s*10\.00\s*Entered by hand/);
    // Setting the two old currencies ends the warning.
    for (const [currency, rate] of [
      ['JPY', '0,5790'],
      ['KRW', '0,0615'],
    ]) {
      expect(
        (await admin.post('/en/staff/rates', { intent: 'rate', currency: currency!, rate: rate!, effectiveOn: today }))
          .status,
      ).toBe(303);
    }
    expect((await staff.get('/en/staff')).doc.querySelector('#stale-rates')).toBeNull();
    const audit = await db.$client.execute(
      "SELECT count(*) AS n FROM audit_log WHERE action IN ('rates.set', 'rates.import')",
    );
    expect(Number(audit.rows[0]!.n)).toBeGreaterThanOrEqual(5);
  });
});

describe('shipping table', () => {
  it('validates a zone (rising weights, prices above zero) and keeps what was typed', async () => {
    const page = await admin.get('/ru/staff/shipping');
    const version = page.doc.querySelector('#zone-kg input[name="version"]')!.getAttribute('value')!;
    const res = await admin.post('/ru/staff/shipping', {
      zone: kgZone.id,
      version,
      name_ky: 'Кыргызстан боюнча',
      name_ru: 'По Кыргызстану',
      name_en: 'Within Kyrgyzstan',
      countries: 'KG',
      w0: '5',
      p0: '300',
      w1: '2',
      p1: '0',
    });
    expect(res.status).toBe(422);
    const form = res.doc.querySelector('#zone-kg')!;
    expect(form.textContent).toContain('Вес должен быть больше, чем в строке выше.');
    expect(form.textContent).toContain('Укажите цену в сомах больше нуля.');
    expect(form.querySelector('input[name="w1"]')?.getAttribute('value')).toBe('2');
  });

  it('changes the shipping price on the checkout review after an admin saves the table', async () => {
    const page = await admin.get('/en/staff/shipping');
    const version = page.doc.querySelector('#zone-kg input[name="version"]')!.getAttribute('value')!;
    const fields = {
      zone: String(kgZone.id),
      version,
      name_ky: 'Кыргызстан боюнча',
      name_ru: 'По Кыргызстану',
      name_en: 'Within Kyrgyzstan',
      countries: 'KG',
      w0: '30',
      p0: '333',
    };
    expect((await admin.post('/en/staff/shipping', fields)).status).toBe(303);
    // The same form again (an old version) is refused instead of overwriting the newer save.
    const stale = await admin.post('/en/staff/shipping', { ...fields, p0: '444' });
    expect(stale.status).toBe(422);
    expect(stale.doc.querySelector('#zone-kg')?.textContent).toMatch(/Someone changed this zone/);
    const { variant } = await productInStock(1);
    const buyer = new Buyer(base());
    await buyer.post('/en/cart', { intent: 'add', variant, quantity: 1 });
    const review = await buyer.post('/en/checkout', {
      ...PICKUP_FORM,
      shipping: 'domestic',
      country: 'KG',
      city: 'Bishkek',
      address: 'Chui Ave 100',
      postalCode: '720001',
      payment: 'bank_transfer',
      step: 'review',
    });
    expect(review.status).toBe(200);
    expect(review.doc.querySelector('.shipping-row')?.textContent).toMatch(/333/);
    const audit = await db.$client.execute(
      "SELECT after FROM audit_log WHERE action = 'shipping.update' ORDER BY id DESC LIMIT 1",
    );
    expect(JSON.parse(String(audit.rows[0]!.after)).rates).toEqual([{ maxWeightGrams: 30_000, priceTiyin: 33_300 }]);
  });
});

describe('shop settings', () => {
  const settings = {
    legalName: 'ОсОО «Бир айыл – бир продукт»',
    phone: '+996 3922 5 04 12',
    email: 'Hello@OVOP.kg',
    whatsapp: '+996 555 04 12 12',
    telegram: '@ovop_karakol',
    bankRecipient: 'ОсОО «Бир айыл – бир продукт»',
    bankName: 'ОАО «Айыл Банк», Каракольский филиал',
    bankAccount: '1350100020009999',
    bankBic: '135001',
    bankSwift: 'ailbkg22',
    address_ky: 'Каракол ш., Абдрахманов көч., 130',
    address_ru: 'г. Каракол, ул. Абдрахманова, 130',
    address_en: '130 Abdrakhmanov St, Karakol',
    hours_ky: 'Дүйшөмбү–ишемби 9:00–18:00',
    hours_ru: 'Пн–сб 9:00–18:00',
    hours_en: 'Mon–Sat 9:00–18:00',
  };

  it('refuses bad values with messages and keeps what was typed', async () => {
    const res = await admin.post('/ky/staff/settings', {
      ...settings,
      bankAccount: '12345',
      telegram: 'x',
      address_en: '',
    });
    expect(res.status).toBe(422);
    expect(res.doc.querySelector('#e-bankAccount')?.textContent.trim()).toBe('Эсептин номери 16 сандан турат.');
    expect(res.doc.querySelector('#e-telegram')).not.toBeNull();
    expect(res.doc.querySelector('#e-address_en')).not.toBeNull();
    expect(res.doc.querySelector('#bankAccount')?.getAttribute('value')).toBe('12345');
    expect(res.doc.querySelector('#address_ru')?.getAttribute('value')).toBe(settings.address_ru);
  });

  it('shows the saved details in the footer in ky, ru and en, on the invoice page and in the order mail', async () => {
    const visitor = new Buyer(base());
    // Cached pages of the old details must not outlive the change.
    for (const locale of ['ky', 'ru', 'en']) await visitor.get(`/${locale}/about`);
    expect((await admin.post('/en/staff/settings', settings)).status).toBe(303);
    for (const locale of ['ky', 'ru', 'en'] as const) {
      const page = await visitor.get(`/${locale}/about`);
      const footer = page.doc.querySelector('#shop-contacts')!;
      expect(footer.textContent).toContain(settings[`address_${locale}`]);
      expect(footer.textContent).toContain(settings[`hours_${locale}`]);
      expect(footer.textContent).toContain(settings.legalName);
      expect(footer.querySelector('a[href="https://wa.me/996555041212"]')).not.toBeNull();
      expect(footer.querySelector('a[href="https://t.me/ovop_karakol"]')).not.toBeNull();
      expect(footer.querySelector('a[href="mailto:hello@ovop.kg"]')).not.toBeNull();
    }
    const { variant } = await productInStock(2);
    const buyer = new Buyer(base());
    await buyer.post('/ru/cart', { intent: 'add', variant, quantity: 1 });
    const placed = await buyer.checkout('/ru/checkout', {
      ...PICKUP_FORM,
      email: 'settings@example.kg',
      payment: 'bank_transfer',
    });
    expect(placed.status).toBe(303);
    const invoice = await buyer.get(placed.location!);
    const facts = invoice.doc.querySelector('dl.facts')!.textContent;
    expect(facts).toContain('1350100020009999');
    expect(facts).toContain('AILBKG22');
    expect(facts).toContain(settings.bankRecipient);
    const mail = (await db.$client.execute({ sql: `SELECT text FROM outbox WHERE "to" = 'settings@example.kg'` }))
      .rows[0]!;
    expect(String(mail.text)).toContain('1350100020009999');
    expect(String(mail.text)).toContain(settings.address_ru);
    expect(String(mail.text)).toContain(settings.hours_ru);
  });
});
