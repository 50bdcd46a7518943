/** Wholesale inquiries and the certificate pack over HTTP, as a buyer without an account uses them. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import { todayInBishkek } from '../../src/lib/catalog/queries.ts';
import ky from '../../src/lib/i18n/locales/ky.json' with { type: 'json' };
import { Buyer } from '../support/client.ts';

let db: Db;
const base = () => inject('baseUrl');
/** The demo producer with an account (producer@ovop.kg, writes in Kyrgyz). */
const PRODUCER = 'toktogulov-family-apiary';
let product = '';

const FORM = {
  company: 'Almaty Organic Foods LLP',
  contactName: 'Ерлан',
  email: 'erlan@almaty-organic.example',
  country: 'KZ',
  quantity: '400 банок в месяц',
  message: 'Интересует поставка мёда в банках по 250 г, нужна маркировка на русском.',
  website: '',
};

async function count(sql: string, args: (string | number)[] = []): Promise<number> {
  return Number((await db.$client.execute({ sql, args })).rows[0]!.n);
}

beforeAll(async () => {
  db = openDb(inject('databaseUrl'));
  const rs = await db.$client.execute({
    sql: `SELECT p.slug FROM products p JOIN producers pr ON pr.id = p.producer_id
          WHERE pr.slug = ? AND p.status = 'published' ORDER BY p.id LIMIT 1`,
    args: [PRODUCER],
  });
  product = String(rs.rows[0]!.slug);
});

describe('wholesale inquiries', () => {
  it('links product and producer pages to the inquiry form, which stays off those cached pages', async () => {
    const buyer = new Buyer(base());
    const page = await buyer.get(`/ru/products/${product}`);
    expect(page.status).toBe(200);
    expect(page.doc.querySelector('form[action*="/inquiry"]')).toBeNull();
    const link = page.doc.querySelector('#wholesale ~ .inquiry a');
    expect(link?.getAttribute('href')).toBe(`/ru/inquiry?product=${product}`);
    const again = await fetch(`${base()}/ru/products/${product}`);
    expect(again.headers.get('x-cache')).toBe('HIT');

    const formPage = await buyer.get(link!.getAttribute('href')!);
    expect(formPage.status).toBe(200);
    const form = formPage.doc.querySelector('form.form');
    expect(form?.getAttribute('action')).toBe(`/ru/inquiry?product=${product}`);
    expect(form?.getAttribute('method')).toBe('post');
    for (const name of ['company', 'contactName', 'email', 'country', 'quantity', 'message', 'website'])
      expect(form?.querySelector(`[name="${name}"]`), name).not.toBeNull();
    expect(form?.querySelectorAll('select[name="country"] option').length).toBeGreaterThan(200);

    const producer = await buyer.get(`/en/producers/${PRODUCER}`);
    expect(producer.doc.querySelector('.inquiry a')?.getAttribute('href')).toBe(`/en/inquiry?producer=${PRODUCER}`);
  });

  it('shows a product’s wholesale terms when the producer states them', async () => {
    const rs = await db.$client.execute(
      `SELECT slug, min_order_qty, lead_time_days FROM products WHERE status = 'published' AND min_order_qty IS NOT NULL LIMIT 1`,
    );
    const row = rs.rows[0]!;
    const page = await new Buyer(base()).get(`/en/products/${String(row.slug)}`);
    const terms = page.doc.querySelector('dl.wholesale')?.textContent ?? '';
    expect(terms).toContain('Minimum order');
    expect(terms).toContain(`${Number(row.min_order_qty)} units`);
    expect(terms).toContain(`${Number(row.lead_time_days)} days`);
    const without = await db.$client.execute(
      `SELECT slug FROM products WHERE status = 'published' AND min_order_qty IS NULL LIMIT 1`,
    );
    const plain = await new Buyer(base()).get(`/en/products/${String(without.rows[0]!.slug)}`);
    expect(plain.doc.querySelector('dl.wholesale')).toBeNull();
  });

  it('takes an inquiry in Russian from the product page and mails the producer’s account', async () => {
    const buyer = new Buyer(base());
    const before = await count(`SELECT count(*) AS n FROM outbox`);
    const res = await buyer.post(`/ru/inquiry?product=${product}`, FORM);
    expect(res.status).toBe(303);
    expect(res.location).toBe(`/ru/inquiry?product=${product}&sent=1`);
    const thanks = await buyer.get(res.location!);
    expect(thanks.status).toBe(200);
    expect(thanks.doc.querySelector('.flash.ok')?.textContent).toContain('Спасибо');
    expect(thanks.doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');

    const inquiry = (
      await db.$client.execute({
        sql: `SELECT i.*, pr.slug AS producer FROM inquiries i JOIN producers pr ON pr.id = i.producer_id
              WHERE i.email = ? ORDER BY i.id DESC LIMIT 1`,
        args: [FORM.email],
      })
    ).rows[0]!;
    expect(inquiry).toMatchObject({
      producer: PRODUCER,
      company: FORM.company,
      country: 'KZ',
      quantity: FORM.quantity,
      locale: 'ru',
      status: 'new',
    });
    expect(await count(`SELECT count(*) AS n FROM outbox`)).toBeGreaterThan(before);
    const mail = (
      await db.$client.execute(`SELECT * FROM outbox WHERE "to" = 'producer@ovop.kg' ORDER BY id DESC LIMIT 1`)
    ).rows[0]!;
    expect(mail.locale).toBe('ky');
    expect(String(mail.subject)).toContain(FORM.company);
    expect(String(mail.text)).toContain(FORM.message);
    expect(String(mail.text)).toContain('Казакстан');
    expect(String(mail.text)).toContain(`/ky/producer/inquiries#inquiry-${Number(inquiry.id)}`);

    // The producer reads which language the buyer wrote in, named in the page's own language (issue 11).
    const producer = new Buyer(base());
    expect((await producer.signIn('producer@ovop.kg', 'demo-producer-2026', 'en')).status).toBe(303);
    const list = await producer.get('/en/producer/inquiries');
    const label = list.doc.querySelector(`label[for="answer-${Number(inquiry.id)}"]`)?.textContent ?? '';
    expect(label).toContain('Answer (the buyer wrote in Russian)');
    expect(label).not.toContain('Русский');
  });

  it('keeps what was typed and explains each mistake in Kyrgyz', async () => {
    const typed = {
      company: 'Б',
      contactName: 'Айбек',
      email: 'not an email',
      country: '',
      quantity: '2 тонна',
      message: 'Кыска',
      website: '',
    };
    const before = await count('SELECT count(*) AS n FROM inquiries');
    const res = await new Buyer(base()).post(`/ky/inquiry?product=${product}`, typed);
    expect(res.status).toBe(422);
    expect(res.doc.querySelector('html')?.getAttribute('lang')).toBe('ky');
    const value = (name: string) => res.doc.querySelector(`[name="${name}"]`)?.getAttribute('value');
    expect(value('company')).toBe('Б');
    expect(value('contactName')).toBe('Айбек');
    expect(value('email')).toBe('not an email');
    expect(value('quantity')).toBe('2 тонна');
    expect(res.doc.querySelector('textarea[name="message"]')?.textContent.trim()).toBe('Кыска');
    const error = (id: string) => res.doc.querySelector(`#e-inq-${id}`)?.textContent.trim();
    expect(error('company')).toBe(ky['inquiry.error.company']);
    expect(error('email')).toBe(ky['inquiry.error.email']);
    expect(error('country')).toBe(ky['inquiry.error.country']);
    expect(error('message')).toBe(ky['inquiry.error.message']);
    expect(error('quantity')).toBeUndefined();
    expect(res.doc.querySelector('[name="email"]')?.getAttribute('aria-invalid')).toBe('true');
    expect(res.doc.querySelector('[role="alert"]')?.textContent.trim()).toBe(ky['inquiry.fixErrors']);
    expect(await count('SELECT count(*) AS n FROM inquiries')).toBe(before);
  });

  it('tells a bot that filled the hidden field it was sent, and keeps and sends nothing', async () => {
    const [inquiries, outbox] = [
      await count('SELECT count(*) AS n FROM inquiries'),
      await count('SELECT count(*) AS n FROM outbox'),
    ];
    const res = await new Buyer(base()).post(`/en/inquiry?producer=${PRODUCER}`, {
      ...FORM,
      website: 'https://cheap-pills.example',
    });
    expect(res.status).toBe(303);
    expect(res.location).toBe(`/en/inquiry?producer=${PRODUCER}&sent=1`);
    expect(await count('SELECT count(*) AS n FROM inquiries')).toBe(inquiries);
    expect(await count('SELECT count(*) AS n FROM outbox')).toBe(outbox);
  });

  it('draws valid HTML: the form, the form with errors, and the thanks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ovop-vnu-inquiry-'));
    const buyer = new Buyer(base());
    const pages = [
      await buyer.get(`/ky/inquiry?product=${product}`),
      await buyer.post(`/ru/inquiry?producer=${PRODUCER}`, { ...FORM, email: 'x', message: '' }),
      await buyer.get(`/en/inquiry?product=${product}&sent=1`),
    ];
    expect(pages.map((p) => p.status)).toEqual([200, 422, 200]);
    const files = pages.map((p, i) => {
      const file = join(dir, `inquiry-${i}.html`);
      writeFileSync(file, p.html);
      return file;
    });
    const vnu = join(createRequire(import.meta.url).resolve('vnu-jar'), '..', 'build', 'dist', 'vnu.jar');
    const { stdout } = await promisify(execFile)(
      'java',
      ['-jar', vnu, '--errors-only', '--format', 'json', '--stdout', '--exit-zero-always', ...files],
      { maxBuffer: 8 * 1024 * 1024 },
    );
    const messages = (JSON.parse(stdout) as { messages: { type: string; url: string; message: string }[] }).messages;
    expect(messages.filter((m) => m.type === 'error').map((m) => `${m.url.split('/').pop()}: ${m.message}`)).toEqual(
      [],
    );
  });

  it('answers 404 for an inquiry about nothing it knows', async () => {
    const buyer = new Buyer(base());
    expect((await buyer.get('/en/inquiry?product=no-such-product')).status).toBe(404);
    expect((await buyer.get('/en/inquiry')).status).toBe(404);
    expect((await buyer.post('/en/inquiry?producer=nobody', FORM)).status).toBe(404);
  });
});

describe('the certificate pack', () => {
  it('is a ZIP whose certificates.txt lists every verified, unexpired certificate of the product', async () => {
    const today = todayInBishkek();
    const rs = await db.$client.execute({
      sql: `SELECT p.slug, group_concat(ce.number, '|') AS numbers FROM products p
            JOIN certificates ce ON (ce.product_id = p.id OR ce.producer_id = p.producer_id)
            WHERE p.status = 'published' AND ce.status = 'verified' AND (ce.valid_until IS NULL OR ce.valid_until >= ?)
            GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 1`,
      args: [today],
    });
    const slug = String(rs.rows[0]!.slug);
    const numbers = String(rs.rows[0]!.numbers).split('|');
    const expired = await db.$client.execute({
      sql: `SELECT ce.number FROM products p JOIN certificates ce ON (ce.product_id = p.id OR ce.producer_id = p.producer_id)
            WHERE p.slug = ? AND ce.valid_until < ?`,
      args: [slug, today],
    });

    const page = await new Buyer(base()).get(`/en/products/${slug}`);
    const link = page.doc.querySelector('#certs ~ .pack a, .pack a');
    expect(link?.getAttribute('href')).toBe(`/en/products/${slug}/certificates.zip`);

    const res = await fetch(`${base()}/en/products/${slug}/certificates.zip`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${slug}-certificates.zip"`);
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    expect(Object.keys(files)).toContain('certificates.txt');
    const text = strFromU8(files['certificates.txt']!);
    expect(text).toContain(`/en/products/${slug}`);
    for (const n of numbers) expect(text).toContain(n);
    for (const r of expired.rows) expect(text).not.toContain(String(r.number));
  });

  it('is in the page’s language', async () => {
    const rs = await db.$client.execute(
      `SELECT p.slug FROM products p JOIN certificates ce ON ce.producer_id = p.producer_id
       WHERE p.status = 'published' AND ce.status = 'verified' LIMIT 1`,
    );
    const res = await fetch(`${base()}/ky/products/${String(rs.rows[0]!.slug)}/certificates.zip`);
    const text = strFromU8(unzipSync(new Uint8Array(await res.arrayBuffer()))['certificates.txt']!);
    expect(text).toContain(ky['cert.number']);
    expect(text).toContain('Сертификаттар:');
  });

  it('does not exist for an unpublished product', async () => {
    const rs = await db.$client.execute(
      `SELECT p.id, p.slug FROM products p JOIN certificates ce ON ce.producer_id = p.producer_id
       WHERE p.status = 'published' AND ce.status = 'verified' ORDER BY p.id DESC LIMIT 1`,
    );
    const id = Number(rs.rows[0]!.id);
    const slug = String(rs.rows[0]!.slug);
    await db.$client.execute({ sql: `UPDATE products SET status = 'draft' WHERE id = ?`, args: [id] });
    try {
      const res = await fetch(`${base()}/en/products/${slug}/certificates.zip`);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).not.toBe('application/zip');
    } finally {
      await db.$client.execute({ sql: `UPDATE products SET status = 'published' WHERE id = ?`, args: [id] });
    }
    expect((await fetch(`${base()}/en/products/no-such-product/certificates.zip`)).status).toBe(404);
  });
});
