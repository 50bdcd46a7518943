/**
 * Producer and staff journeys that used to end in a dead end (issue 10 point 8, part A), over HTTP:
 * goods received without a lot code, expired certificates, the producer's order list in the
 * producer's language, certificate documents viewed in the browser, and the demo's sample documents.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import en from '../../src/lib/i18n/locales/en.json' with { type: 'json' };
import ky from '../../src/lib/i18n/locales/ky.json' with { type: 'json' };
import { Buyer, PICKUP_FORM } from '../support/client.ts';

let db: Db;
let staff: Buyer;
let producer: Buyer;
let producerId: number;
const base = () => inject('baseUrl');
const one = async (sql: string, args: (string | number)[] = []) => (await db.$client.execute({ sql, args })).rows[0]!;
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

beforeAll(async () => {
  db = openDb(inject('databaseUrl'));
  staff = new Buyer(base(), { localAddress: '127.0.0.41' });
  expect((await staff.signIn('staff@ovop.kg', 'demo-staff-2026', 'en')).status).toBe(303);
  producer = new Buyer(base(), { localAddress: '127.0.0.42' });
  expect((await producer.signIn('producer@ovop.kg', 'demo-producer-2026', 'ky')).status).toBe(303);
  producerId = Number((await one(`SELECT producer_id FROM users WHERE email = 'producer@ovop.kg'`)).producer_id);
});

describe('receiving goods without a lot code', () => {
  it('makes a lot of its own with the dates typed, and the labels page lists it', async () => {
    const item = await one(
      `SELECT v.id, v.sku, v.barcode, l.id AS shop FROM variants v JOIN products p ON p.id = v.product_id
         JOIN stock_locations l ON l.code = 'karakol-shop'
        WHERE p.status = 'published' AND v.barcode IS NOT NULL ORDER BY v.id DESC LIMIT 1`,
    );
    const receive = (quantity: number) =>
      staff.post('/en/staff/stock/receive', {
        code: String(item.barcode),
        location: Number(item.shop),
        quantity,
        batch: '',
        produced_on: '2026-11-28',
        best_before: '2027-11-28',
        consignment: '1',
      });
    const first = await receive(7);
    expect(first.status).toBe(303);
    const second = await receive(5);
    expect(second.status).toBe(303);
    const lots = (
      await db.$client.execute({
        sql: `SELECT code, produced_on, best_before, quantity FROM batches WHERE variant_id = ? AND code LIKE ? ORDER BY id`,
        args: [Number(item.id), `${String(item.sku)}-261128-%`],
      })
    ).rows.map((r) => ({ ...r }));
    // Two receipts the same day are two lots, each with its dates and quantity.
    expect(lots).toEqual([
      { code: `${String(item.sku)}-261128-1`, produced_on: '2026-11-28', best_before: '2027-11-28', quantity: 7 },
      { code: `${String(item.sku)}-261128-2`, produced_on: '2026-11-28', best_before: '2027-11-28', quantity: 5 },
    ]);
    const move = await one(
      `SELECT b.code FROM stock_movements m JOIN batches b ON b.id = m.batch_id WHERE m.variant_id = ? ORDER BY m.id DESC LIMIT 1`,
      [Number(item.id)],
    );
    expect(move.code).toBe(`${String(item.sku)}-261128-2`);

    // The stock page names the new lot and links its labels, which list it.
    const done = await staff.get(second.location!);
    expect(text(done.html)).toContain(en['stock.done.received_lot'].replace('{{lot}}', `${String(item.sku)}-261128-2`));
    const labelsHref = done.doc.querySelector('.flash.ok a')!.getAttribute('href')!;
    const labels = await staff.get(labelsHref);
    expect(labels.status).toBe(200);
    expect(labels.html).toContain(`${String(item.sku)}-261128-1`);
    expect(labels.html).toContain(`${String(item.sku)}-261128-2`);
    expect(text(labels.html)).not.toContain(en['labels.no_batches']);
  });
});

describe('an expired certificate', () => {
  it('shows as expired, not verified, in the producer’s and the staff’s lists', async () => {
    const cert = await one(
      `INSERT INTO certificates (kind_id, producer_id, issuer, number, valid_from, valid_until, status, verified_at)
       SELECT id, ?, 'Kyrgyzstandard', 'EXPIRED-J8-1', '2022-01-01', '2024-12-31', 'verified', 1700000000000
         FROM certification_kinds WHERE slug = 'halal' RETURNING id`,
      [producerId],
    );
    const id = Number(cert.id);
    const mine = await producer.get('/ky/producer/certificates');
    const item = mine.doc.querySelectorAll('ul.certs li').find((li) => li.text.includes('EXPIRED-J8-1'))!;
    expect(item.querySelector('.badge')!.text.trim()).toBe(ky['certificate.status.expired']);

    const review = await staff.get('/en/staff/certificates');
    const row = review.doc.querySelector(`#c${id}`)!;
    expect(row.querySelector('.badge')!.text.trim()).toBe(en['certificate.status.expired']);
    expect(row.text).not.toContain(en['certificate.status.verified']);
  });
});

describe('the producer’s order list', () => {
  it('names the goods in the language the producer reads, not the buyer’s', async () => {
    const item = await one(
      `SELECT v.id, ky.name AS ky_name, en.name AS en_name FROM variants v JOIN products p ON p.id = v.product_id
         JOIN product_translations ky ON ky.product_id = p.id AND ky.locale = 'ky'
         JOIN product_translations en ON en.product_id = p.id AND en.locale = 'en'
         JOIN stock_levels sl ON sl.variant_id = v.id
        WHERE p.producer_id = ? AND p.status = 'published' AND sl.on_hand - sl.reserved > 0 AND ky.name != en.name
        ORDER BY v.id LIMIT 1`,
      [producerId],
    );
    const buyer = new Buyer(base(), { localAddress: '127.0.0.43' });
    await buyer.post('/en/cart', { intent: 'add', variant: Number(item.id), quantity: 1 });
    const placed = await buyer.checkout('/en/checkout', { ...PICKUP_FORM, email: 'journeys-a@example.com' });
    expect(placed.status).toBe(303);

    const list = await producer.get('/ky/producer/orders');
    const goods = list.doc.querySelectorAll('tbody td').map((td) => td.text);
    expect(goods.some((g) => g.includes(String(item.ky_name)))).toBe(true);
    expect(goods.some((g) => g.includes(String(item.en_name)))).toBe(false);
    // Every cell names its column, so a phone shows status and amount beside their names.
    expect(list.doc.querySelector('table.stack td[data-label]')).not.toBeNull();
  });
});

describe('certificate documents', () => {
  it('are seeded as sample PDFs for every demo certificate', async () => {
    const counts = await one(
      `SELECT count(*) AS n, count(ce.document_path) AS with_file, count(m.key) AS stored
         FROM certificates ce LEFT JOIN media m ON m.key = ce.document_path AND m.kind = 'document' AND m.mime = 'application/pdf'
        WHERE ce.number != 'EXPIRED-J8-1'`,
    );
    expect(Number(counts.n)).toBeGreaterThan(10);
    expect(Number(counts.with_file)).toBe(Number(counts.n));
    expect(Number(counts.stored)).toBe(Number(counts.n));
  });

  it('open in the browser from a "view" link, sandboxed, and still download', async () => {
    const cert = await one(
      `SELECT ce.id FROM certificates ce WHERE ce.status = 'verified' AND ce.document_path IS NOT NULL
         AND (ce.producer_id = ? OR ce.product_id IN (SELECT id FROM products WHERE producer_id = ?)) ORDER BY ce.id LIMIT 1`,
      [producerId, producerId],
    );
    const id = Number(cert.id);
    const mine = await producer.get('/ky/producer/certificates');
    const links = mine.doc.querySelectorAll('.doc-links a').map((a) => a.getAttribute('href'));
    expect(links).toContain(`/documents/certificates/${id}?view=1`);
    expect(links).toContain(`/documents/certificates/${id}`);

    // A verified certificate's document is public: a buyer with no account opens it.
    const view = await fetch(`${base()}/documents/certificates/${id}?view=1`);
    expect(view.status).toBe(200);
    expect(view.headers.get('content-type')).toBe('application/pdf');
    expect(view.headers.get('content-disposition')).toMatch(/^inline; filename="/);
    expect(view.headers.get('content-security-policy')).toBe('sandbox');
    const bytes = new Uint8Array(await view.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');

    const download = await fetch(`${base()}/documents/certificates/${id}`);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="/);
    expect(download.headers.get('content-security-policy')).toBe('sandbox');
  });

  it('are linked from the public certificate list once verified', async () => {
    const product = await one(
      `SELECT p.slug, ce.id FROM certificates ce JOIN products p ON p.producer_id = ce.producer_id
        WHERE ce.status = 'verified' AND ce.document_path IS NOT NULL AND p.status = 'published' ORDER BY ce.id, p.id LIMIT 1`,
    );
    const page = await new Buyer(base()).get(`/en/products/${String(product.slug)}`);
    expect(page.html).toContain(`/documents/certificates/${Number(product.id)}?view=1`);
  });
});
