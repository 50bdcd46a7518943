/**
 * Parcels abroad and barcodes, over HTTP as staff use them: a packed order to Germany in euros gets an
 * address label and a CN22 (a dearer one a CN23) filled from the order — HS codes, net weights, values
 * in euros, origin KG, the shop as sender; a domestic order and an order not yet packed get a refusal;
 * the pick list and shelf labels carry barcodes; the till takes a scanned EAN-13 and a SKU.
 */
import type { HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import en from '../../src/lib/i18n/locales/en.json' with { type: 'json' };
import ru from '../../src/lib/i18n/locales/ru.json' with { type: 'json' };
import { chooseBarcode } from '../../src/lib/labels/barcode.ts';
import { convertFromKgs, formatMoney } from '../../src/lib/money/money.ts';
import { Buyer, PICKUP_FORM } from '../support/client.ts';
import { startShop, type RunningServer } from '../support/server.ts';

let db: Db;
let shop: RunningServer;
let staff: Buyer;
let serial = 0;
/** CN22 up to 2,000 som in this shop, so one cheap order gets a CN22 and a dear one a CN23. */
const LIMIT_SOM = 2000;

const ABROAD = {
  ...PICKUP_FORM,
  name: 'Anna Schmidt',
  shipping: 'international',
  country: 'DE',
  city: 'Berlin',
  address: 'Torstraße 1',
  postalCode: '10119',
  payment: 'bank_transfer',
};
const DOMESTIC = { ...ABROAD, shipping: 'domestic', country: 'KG', city: 'Бишкек', postalCode: '720000' };

beforeAll(async () => {
  db = openDb(inject('databaseUrl'));
  shop = await startShop({ DATABASE_URL: inject('databaseUrl'), CUSTOMS_CN22_MAX_SOM: String(LIMIT_SOM) });
  staff = new Buyer(shop.url, { localAddress: '127.0.0.12' });
  expect((await staff.signIn('staff@ovop.kg', 'demo-staff-2026', 'en')).status).toBe(303);
});
afterAll(async () => {
  await shop?.stop();
});

const rows = async (sql: string, args: (string | number)[] = []) => (await db.$client.execute({ sql, args })).rows;
const one = async (sql: string, args: (string | number)[] = []) => (await rows(sql, args))[0]!;
const text = (doc: HTMLElement, selector: string) => doc.querySelector(selector)?.textContent.trim() ?? '';
const fill = (s: string, vars: Record<string, string>) => s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => vars[k] ?? '');

/** Published variants in online stock with an HS code and a price in a range, of different products. */
async function variants(n: number, minSom: number, maxSom: number, skip = 0) {
  const rs = await rows(
    `SELECT v.id, v.sku, v.barcode, v.hs_code, v.net_weight_grams, v.weight_grams, v.price_tiyin FROM variants v
       JOIN products p ON p.id = v.product_id
      WHERE p.status = 'published' AND v.active = 1 AND v.hs_code IS NOT NULL AND v.price_tiyin BETWEEN ? AND ?
        AND (SELECT sum(on_hand - reserved) FROM stock_levels sl JOIN stock_locations l ON l.id = sl.location_id
              WHERE sl.variant_id = v.id AND l.sells_online = 1) >= 4
        AND v.id = (SELECT min(id) FROM variants WHERE product_id = p.id)
      ORDER BY v.id LIMIT ? OFFSET ?`,
    [minSom * 100, maxSom * 100, n, skip],
  );
  return rs.map((r) => ({
    id: Number(r.id),
    sku: String(r.sku),
    barcode: r.barcode === null ? null : String(r.barcode),
    hs: String(r.hs_code),
    net: Number(r.net_weight_grams),
    price: Number(r.price_tiyin),
  }));
}

/** A buyer in euros orders the variants (one each) and staff take the order to `until`. */
async function order(form: Record<string, string>, items: { id: number }[], until: 'paid' | 'packed') {
  const buyer = new Buyer(shop.url);
  await buyer.get('/en/currency/EUR');
  for (const i of items) await buyer.post('/en/cart', { intent: 'add', variant: i.id, quantity: 1 });
  const email = `parcel-${++serial}-${Date.now()}@example.com`;
  const res = await buyer.checkout('/en/checkout', { ...form, email });
  expect(res.status).toBe(303);
  const number = String((await one('SELECT number FROM orders WHERE email = ?', [email])).number);
  expect((await staff.post(`/en/staff/orders/${number}`, { action: 'mark_paid' })).status).toBe(303);
  if (until === 'packed') expect((await staff.post(`/en/staff/orders/${number}`, { action: 'pack' })).status).toBe(303);
  return number;
}

describe('parcel papers', () => {
  it('fills a CN22 and the address label from a packed order to Germany, in euros', async () => {
    const items = await variants(2, 200, 900);
    expect(items).toHaveLength(2);
    const number = await order(ABROAD, items, 'paid');

    // Not packed yet: a clear refusal, and no link on the order page.
    let res = await staff.get(`/en/staff/orders/${number}/parcel`);
    expect(res.status).toBe(200);
    expect(text(res.doc, '#parcel-refused')).toBe(fill(en['parcel.refused.not_packed'], { number }));
    expect((await staff.get(`/en/staff/orders/${number}`)).doc.querySelector('#open-parcel')).toBeNull();

    // The pick list of paid orders carries each variant's barcode.
    const pick = await staff.get('/en/staff/orders/pick-list');
    for (const i of items) {
      const code = chooseBarcode(i);
      expect(
        pick.doc.querySelector(`svg.barcode[aria-label="${fill(en['barcode.name'], { code: code.text })}"]`),
      ).not.toBeNull();
    }

    expect((await staff.post(`/en/staff/orders/${number}`, { action: 'pack' })).status).toBe(303);
    const orderPage = await staff.get(`/en/staff/orders/${number}`);
    expect(orderPage.doc.querySelector('#open-parcel')!.getAttribute('href')).toBe(`/en/staff/orders/${number}/parcel`);

    res = await staff.get(`/en/staff/orders/${number}/parcel`);
    expect(res.status).toBe(200);
    expect(text(res.doc, '#declaration-form')).toBe('CN 22');
    const o = await one('SELECT currency, kgs_per_unit_micros FROM orders WHERE number = ?', [number]);
    expect(o.currency).toBe('EUR');
    const rate = { currency: 'EUR' as const, kgsPerUnitMicros: Number(o.kgs_per_unit_micros) };
    let total = 0;
    for (const i of items) {
      const row = res.doc.querySelector(`#declaration tr[data-sku="${i.sku}"]`)!;
      const cells = row.querySelectorAll('td').map((c) => c.textContent.trim());
      const value = convertFromKgs(i.price, rate);
      total += value.amount;
      expect(cells[1]).toBe('1');
      expect(cells[2]).toBe((i.net / 1000).toFixed(3));
      expect(cells[3]).toBe(formatMoney('en', value));
      expect(cells[3]).toMatch(/^€/);
      expect(cells[4]).toBe(i.hs.replace(/\D/g, ''));
      expect(cells[5]).toBe('KG');
    }
    expect(text(res.doc, '#total-value')).toBe(formatMoney('en', { amount: total, currency: 'EUR' }));
    expect(text(res.doc, '#total-net')).toBe((items.reduce((s, i) => s + i.net, 0) / 1000).toFixed(3));
    const declaration = text(res.doc, '#declaration');
    expect(declaration).toContain('Anna Schmidt');
    expect(declaration).toContain('10119 Berlin');
    expect(declaration).toContain('GERMANY');
    expect(declaration).toContain('KYRGYZSTAN');
    expect(declaration).toContain('Sale of goods');
    expect(res.doc.querySelector('#declaration [data-checked]')!.textContent).toContain('Sale of goods');
    // The sender is the shop, from its settings (the English address).
    const settings = await rows(`SELECT key, value FROM shop_settings`).catch(() => []);
    const legal = settings.find((r) => r.key === 'legalName');
    if (legal) expect(declaration).toContain(String(legal.value));
    expect(declaration).toContain('Karakol');
    // The address label has the order number as a Code 128.
    expect(
      res.doc.querySelector(`.label svg.barcode[aria-label="${fill(en['barcode.name'], { code: number })}"]`),
    ).not.toBeNull();
    expect(text(res.doc, '#parcel-form')).toContain('CN22');
  });

  it('takes a CN23 above the limit, with postage and the invoice number', async () => {
    const items = await variants(2, 1100, 6000, 0);
    const number = await order(ABROAD, items, 'packed');
    const res = await staff.get(`/ru/staff/orders/${number}/parcel`);
    expect(res.status).toBe(200);
    expect(text(res.doc, '#declaration-form')).toBe('CN 23');
    expect(text(res.doc, '#parcel-form')).toContain('CN23');
    expect(text(res.doc, '#declaration')).toMatch(new RegExp(`Invoice / Facture\\s*${number}`));
    expect(text(res.doc, 'h1')).toBe(fill(ru['parcel.title'], { number }));
  });

  it('refuses a domestic order with a message', async () => {
    const [item] = await variants(1, 200, 900, 3);
    const number = await order(DOMESTIC, [item!], 'packed');
    const res = await staff.get(`/en/staff/orders/${number}/parcel`);
    expect(res.status).toBe(200);
    expect(text(res.doc, '#parcel-refused')).toBe(fill(en['parcel.refused.not_international'], { number }));
    expect(res.doc.querySelector('#declaration')).toBeNull();
    expect((await staff.get(`/en/staff/orders/${number}`)).doc.querySelector('#open-parcel')).toBeNull();
    expect((await staff.get('/en/staff/orders/OVP-000000-00000/parcel')).status).toBe(404);
  });

  it('is for staff only', async () => {
    expect((await new Buyer(shop.url).get('/en/staff/orders/X/parcel')).status).toBe(303);
  });
});

describe('barcodes at the till and on shelf labels', () => {
  it('puts a scanned EAN-13 and a typed SKU into the till, and an EAN-13 of a GTIN-12 stored variant', async () => {
    const [a, b, c] = await variants(3, 100, 5000, 6);
    await db.$client.execute({ sql: `UPDATE variants SET barcode = '036000291452' WHERE id = ?`, args: [c!.id] });
    try {
      await staff.post('/en/staff/till', { intent: 'clear' });
      const ean = chooseBarcode(a!);
      expect(ean.kind).toBe('ean13');
      for (const code of [ean.text, b!.sku.toLowerCase(), '0036000291452']) {
        const res = await staff.post('/en/staff/till', { intent: 'scan', code, quantity: '1' });
        expect(res.status, code).toBe(303);
      }
      expect(
        (await staff.post('/en/staff/till', { intent: 'scan', code: '4006381333932', quantity: '1' })).status,
      ).toBe(422);
      const till = await staff.get('/en/staff/till');
      const body = text(till.doc, 'main');
      for (const v of [a!, b!, c!]) expect(body).toContain(v.sku);
      await staff.post('/en/staff/till', { intent: 'clear' });
    } finally {
      await db.$client.execute({ sql: `UPDATE variants SET barcode = ? WHERE id = ?`, args: [c!.barcode, c!.id] });
    }
  });

  it('prints the variant’s barcode on its shelf labels', async () => {
    const batch =
      await one(`SELECT b.id, b.variant_id, v.sku, v.barcode FROM batches b JOIN variants v ON v.id = b.variant_id
                              WHERE v.barcode IS NOT NULL ORDER BY b.id LIMIT 1`);
    const res = await staff.get(`/ky/staff/labels?variant=${batch.variant_id}&batch=${batch.id}&size=58x40&count=1`);
    expect(res.status).toBe(200);
    const code = chooseBarcode({ sku: String(batch.sku), barcode: String(batch.barcode) });
    expect(res.doc.querySelectorAll('.label svg.barcode')).toHaveLength(1);
    expect(text(res.doc, '.label .bars p')).toBe(code.text);
  });
});
