/**
 * Labels and provenance over HTTP: staff print a batch's labels (A4 and label printer) with a QR code
 * per label; the printed link sends a scanner to the batch's provenance page in their language.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import { getTranslator } from '../../src/lib/i18n/translate.ts';
import { Buyer } from '../support/client.ts';
import { get } from '../support/http.ts';

const base = () => inject('baseUrl');
const STAFF = { email: 'staff@ovop.kg', password: 'demo-staff-2026' };
const PRODUCER = { email: 'producer@ovop.kg', password: 'demo-producer-2026' };
const LOCALES = ['ky', 'ru', 'en'] as const;
// A lot code with Cyrillic letters and a slash, as the batch form allows.
const ODD_LOT = 'Л-7/2026';

let db: Db;
let staff: Buyer;
/** A demo batch of a published product whose producer or product holds verified certificates. */
let demo: {
  slug: string;
  variant: number;
  sku: string;
  barcode: string;
  batch: number;
  code: string;
  producedOn: string;
  bestBefore: string;
  producer: string;
  village: string;
  names: Record<(typeof LOCALES)[number], string>;
  producerNames: Record<string, string>;
  villageNames: Record<string, string>;
  certificates: string[];
};

async function textsOf(sql: string, id: number): Promise<Record<string, string>> {
  const rs = await db.$client.execute({ sql, args: [id] });
  return Object.fromEntries(rs.rows.map((r) => [String(r.locale), String(r.text)]));
}

/** A plain GET as a phone's browser sends it after scanning: no cookies, its own language. */
const scan = (path: string, language: string) => get(path, { headers: { 'Accept-Language': language } });

beforeAll(async () => {
  db = openDb(inject('databaseUrl'));
  const rs = await db.$client.execute(
    `SELECT p.id AS product, p.slug, p.producer_id, pr.slug AS producer, vl.id AS village_id, vl.slug AS village,
       v.id AS variant, v.sku, v.barcode, b.id AS batch, b.code, b.produced_on, b.best_before
     FROM batches b JOIN variants v ON v.id = b.variant_id JOIN products p ON p.id = v.product_id
     JOIN producers pr ON pr.id = p.producer_id JOIN villages vl ON vl.id = pr.village_id
     WHERE p.status = 'published' AND v.barcode IS NOT NULL AND b.best_before IS NOT NULL
       AND (SELECT count(DISTINCT locale) FROM product_translations WHERE product_id = p.id) = 3
       AND EXISTS (SELECT 1 FROM certificates c WHERE c.status = 'verified' AND (c.producer_id = p.producer_id OR c.product_id = p.id))
     ORDER BY p.id LIMIT 1`,
  );
  const r = rs.rows[0]!;
  const certs = await db.$client.execute({
    sql: `SELECT number FROM certificates WHERE status = 'verified' AND (producer_id = ? OR product_id = ?)`,
    args: [Number(r.producer_id), Number(r.product)],
  });
  demo = {
    slug: String(r.slug),
    variant: Number(r.variant),
    sku: String(r.sku),
    barcode: String(r.barcode),
    batch: Number(r.batch),
    code: String(r.code),
    producedOn: String(r.produced_on),
    bestBefore: String(r.best_before),
    producer: String(r.producer),
    village: String(r.village),
    names: (await textsOf(
      `SELECT locale, name AS text FROM product_translations WHERE product_id = ?`,
      Number(r.product),
    )) as (typeof demo)['names'],
    producerNames: await textsOf(
      `SELECT locale, name AS text FROM producer_translations WHERE producer_id = ?`,
      Number(r.producer_id),
    ),
    villageNames: await textsOf(
      `SELECT locale, name AS text FROM village_translations WHERE village_id = ?`,
      Number(r.village_id),
    ),
    certificates: certs.rows.map((c) => String(c.number)),
  };
  expect(demo.certificates.length).toBeGreaterThan(0);
  await db.$client.execute({
    sql: `INSERT INTO batches (variant_id, code, produced_on, best_before, quantity, made_by) VALUES (?, ?, '2025-06-01', '2027-06-01', 40, 'Айгүл')`,
    args: [demo.variant, ODD_LOT],
  });
  staff = new Buyer(base());
  expect((await staff.signIn(STAFF.email, STAFF.password)).status).toBe(303);
});

afterAll(async () => {
  await db.$client.execute({
    sql: `DELETE FROM batches WHERE variant_id = ? AND code = ?`,
    args: [demo.variant, ODD_LOT],
  });
});

/** Text as a reader sees it: runs of white space as one space. */
const squash = (text: string) => text.replace(/\s+/g, ' ');

/** The path of a printed link ("127.0.0.1:1234/01/…" → "/01/…"). */
const pathOf = (printed: string) => printed.slice(printed.indexOf('/'));

describe('the label sheet', () => {
  it('lets staff find a batch by its SKU and shows its batches to choose from', async () => {
    const page = await staff.get(`/en/staff/labels?q=${encodeURIComponent(demo.sku.toLowerCase())}`);
    expect(page.status).toBe(200);
    const options = page.doc.querySelectorAll('select[name="batch"] option').map((o) => o.text.trim());
    expect(options.some((o) => o.startsWith(demo.code))).toBe(true);
    expect(options.some((o) => o.startsWith(ODD_LOT))).toBe(true);
    // The recently recorded batches link straight to their sheets.
    const start = await staff.get('/en/staff/labels');
    const links = start.doc.querySelectorAll('.print-links a').map((a) => a.getAttribute('href'));
    expect(links.some((h) => h?.includes(`variant=${demo.variant}&`) && h.includes('size=58x40'))).toBe(true);
  });

  it('prints an A4 sheet of 3 × 8 labels, each with a QR code, the three names, producer, village, dates and price', async () => {
    const page = await staff.get(
      `/en/staff/labels?variant=${demo.variant}&batch=${demo.batch}&count=30&size=a4&lang=en`,
    );
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toContain('no-store');
    const sheets = page.doc.querySelectorAll('.sheet.a4');
    expect(sheets.map((s) => s.querySelectorAll('.label').length)).toEqual([24, 6]);
    const labels = page.doc.querySelectorAll('.label');
    for (const label of labels) {
      expect(label.querySelectorAll('svg.qr')).toHaveLength(1);
      const text = label.text;
      for (const l of LOCALES) expect(text).toContain(demo.names[l]);
      expect(text).toContain(demo.producerNames.en);
      expect(text).toContain(demo.villageNames.en);
      expect(text).toContain(demo.code);
      expect(text).toContain(demo.sku);
      expect(text).toContain('KGS');
    }
    const first = labels[0]!;
    expect(first.querySelector('svg.qr')!.getAttribute('aria-label')).toBe(
      getTranslator('en')('labels.qr_name', { lot: demo.code }),
    );
    const printed = first.querySelector('.link')!.text;
    expect(printed).toBe(`${new URL(base()).host}/01/${demo.barcode.padStart(14, '0')}/10/${demo.code}`);
    expect(squash(first.text)).toContain(`Best before ${demo.bestBefore}`);
    expect(page.html).toContain('Print this page from your browser');
  });

  it('prints one 58 × 40 mm label per page for the label printer, with Russian captions when asked', async () => {
    const page = await staff.get(
      `/en/staff/labels?variant=${demo.variant}&batch=${demo.batch}&count=2&size=58x40&lang=ru`,
    );
    expect(page.status).toBe(200);
    const sheets = page.doc.querySelectorAll('.sheet.roll');
    expect(sheets.map((s) => s.querySelectorAll('.label svg.qr').length)).toEqual([1, 1]);
    const [y, m, d] = demo.bestBefore.split('-');
    expect(squash(sheets[0]!.text)).toContain(`Годен до ${d}.${m}.${y}`);
    expect(sheets[0]!.text).toContain(demo.producerNames.ru);
    for (const l of LOCALES) expect(sheets[0]!.text).toContain(demo.names[l]);
  });

  it('says what is wrong with a bad request instead of printing', async () => {
    const tooMany = await staff.get(`/en/staff/labels?variant=${demo.variant}&batch=${demo.batch}&count=999`);
    expect(tooMany.status).toBe(422);
    expect(tooMany.doc.querySelector('.flash.err')!.text).toContain('from 1 to 240');
    expect(tooMany.doc.querySelectorAll('.label')).toHaveLength(0);
    const otherBatch = await staff.get(`/en/staff/labels?variant=${demo.variant + 1}&batch=${demo.batch}`);
    expect(otherBatch.status).toBe(404);
    expect(otherBatch.doc.querySelectorAll('.label')).toHaveLength(0);
    const unknown = await staff.get('/en/staff/labels?q=NO-SUCH-SKU-OR-LOT');
    expect(unknown.html).toContain(getTranslator('en')('labels.no_match'));
  });

  it('is for staff only: anonymous visitors sign in first, producers are refused', async () => {
    const path = `/en/staff/labels?variant=${demo.variant}&batch=${demo.batch}`;
    const anonymous = await new Buyer(base()).get(path);
    expect(anonymous.status).toBe(303);
    expect(anonymous.location).toContain('/en/account/sign-in');
    const producer = new Buyer(base());
    await producer.signIn(PRODUCER.email, PRODUCER.password);
    const refused = await producer.get(path);
    expect(refused.status).toBe(403);
    expect(refused.doc.querySelectorAll('.label')).toHaveLength(0);
  });
});

describe('scanning a label', () => {
  it("sends the scanner to the batch's provenance page in their language", async () => {
    const page = await staff.get(`/en/staff/labels?variant=${demo.variant}&batch=${demo.batch}&count=1`);
    const path = pathOf(page.doc.querySelector('.label .link')!.text);
    for (const [language, locale] of [
      ['ky-KG,ky;q=0.9', 'ky'],
      ['ru-RU,ru;q=0.9,en;q=0.8', 'ru'],
      ['en-GB,en;q=0.9', 'en'],
      ['de-DE', 'en'],
    ] as const) {
      const res = await scan(path, language);
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe(`/${locale}/provenance/${demo.slug}/${demo.code}`);
      expect(res.headers.get('vary')).toContain('Accept-Language');
    }
    // A visitor who chose a language on the shop keeps it.
    const chosen = await get(path, { headers: { 'Accept-Language': 'ru', Cookie: 'lang=en' } });
    expect(chosen.headers.get('location')).toBe(`/en/provenance/${demo.slug}/${demo.code}`);
  });

  it('gives a drawing an empty alt and says it is a drawing, and names a photo by the product', async () => {
    const pick = async (photo: boolean) =>
      (
        await db.$client.execute(
          `SELECT p.slug, b.code, (SELECT name FROM product_translations WHERE product_id = p.id AND locale = 'ru') AS name
             FROM batches b JOIN variants v ON v.id = b.variant_id JOIN products p ON p.id = v.product_id
            WHERE p.status = 'published' AND p.image IS ${photo ? 'NOT NULL' : 'NULL'} ORDER BY b.id LIMIT 1`,
        )
      ).rows[0]!;
    const ru = getTranslator('ru');
    const drawn = await pick(false);
    let page = await get(`/ru/provenance/${String(drawn.slug)}/${String(drawn.code)}`);
    const figure = page.doc.querySelector('.media')!;
    expect(figure.tagName).toBe('FIGURE');
    expect(figure.querySelector('img')!.getAttribute('src')).toMatch(/^\/media\/illustrations\/.+\.svg$/);
    expect(figure.querySelector('img')!.getAttribute('alt')).toBe('');
    expect(figure.querySelector('figcaption')!.text.trim()).toBe(ru('product.illustrationNote'));
    const photographed = await pick(true);
    page = await get(`/ru/provenance/${String(photographed.slug)}/${String(photographed.code)}`);
    const img = page.doc.querySelector('.media img')!;
    expect(img.getAttribute('src')).toMatch(/^\/media\/photos\//);
    expect(img.getAttribute('alt')).toBe(String(photographed.name));
    expect(page.doc.querySelector('.media figcaption')).toBeNull();
  });

  it("shows the batch's dates, its producer, village and certificates on the provenance page, in each language", async () => {
    for (const locale of LOCALES) {
      const page = await get(`/${locale}/provenance/${demo.slug}/${demo.code}`);
      expect(page.status).toBe(200);
      expect(page.doc.querySelector('html')!.getAttribute('lang')).toBe(locale);
      expect(page.doc.querySelector('h1')!.text).toContain(demo.names[locale]);
      const batch = page.doc.querySelector('.batch')!;
      expect(batch.text).toContain(demo.code);
      expect(batch.querySelector(`time[datetime="${demo.producedOn}"]`)).not.toBeNull();
      expect(batch.querySelector(`time[datetime="${demo.bestBefore}"]`)).not.toBeNull();
      expect(page.doc.querySelector(`a[href="/${locale}/producers/${demo.producer}"]`)!.text).toContain(
        demo.producerNames[locale],
      );
      expect(page.doc.querySelector(`a[href="/${locale}/villages/${demo.village}"]`)!.text).toContain(
        demo.villageNames[locale],
      );
      const numbers = page.doc.querySelectorAll('.certs code').map((c) => c.text);
      for (const n of demo.certificates) expect(numbers).toContain(n);
      const alternates = page.doc
        .querySelectorAll('link[rel="alternate"][hreflang]')
        .map((l) => l.getAttribute('hreflang'));
      expect(alternates).toEqual(['ky', 'ru', 'en', 'x-default']);
      expect(page.html).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    }
    // Nothing on it is per visitor, so the page cache keeps it.
    const again = await get(`/en/provenance/${demo.slug}/${demo.code}`);
    expect(again.headers.get('x-cache')).toBe('HIT');
  });

  it('finds a lot with Cyrillic letters and a slash by SKU, and shows who made it', async () => {
    const page = await staff.get(`/en/staff/labels?q=${encodeURIComponent(ODD_LOT)}`);
    const option = page.doc
      .querySelectorAll('select[name="batch"] option')
      .find((o) => o.text.trim().startsWith(ODD_LOT))!;
    const sheet = await staff.get(
      `/en/staff/labels?variant=${demo.variant}&batch=${option.getAttribute('value')}&count=1`,
    );
    expect(sheet.doc.querySelector('.label')!.text).toContain(ODD_LOT);
    const res = await scan(`/lot/${demo.sku}/${encodeURIComponent('Л-7')}/2026`, 'ru');
    expect(res.status).toBe(302);
    const provenance = await get(res.headers.get('location')!);
    expect(provenance.status).toBe(200);
    expect(provenance.doc.querySelector('.batch')!.text).toContain(ODD_LOT);
    expect(provenance.doc.querySelector('.batch')!.text).toContain('Айгүл');
    expect(provenance.doc.querySelector('.batch')!.text).toContain('40 шт.');
  });

  it('answers 404, in the scanner’s language, for an unknown lot, product or code', async () => {
    const gtin = demo.barcode.padStart(14, '0');
    for (const path of [
      `/01/${gtin}/10/NO-SUCH-LOT`,
      `/01/12345678901234/10/${demo.code}`,
      `/01/not-a-gtin/10/${demo.code}`,
      `/lot/NO-SUCH-SKU/${demo.code}`,
      `/lot/${demo.sku}/NO-SUCH-LOT`,
    ]) {
      const res = await scan(path, 'ru-RU');
      expect(res.status, path).toBe(404);
      expect(res.doc.querySelector('html')!.getAttribute('lang'), path).toBe('ru');
    }
    expect((await get(`/en/provenance/${demo.slug}/NO-SUCH-LOT`)).status).toBe(404);
    expect((await get(`/en/provenance/no-such-product/${demo.code}`)).status).toBe(404);
  });
});

it('has zero HTML errors on the provenance page and the label sheet (Nu Html Checker)', async () => {
  const vnuJar = join(createRequire(import.meta.url).resolve('vnu-jar'), '..', 'build', 'dist', 'vnu.jar');
  const dir = mkdtempSync(join(tmpdir(), 'ovop-vnu-labels-'));
  const files: string[] = [];
  const keep = (name: string, html: string) => {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, html);
    files.push(file);
  };
  for (const locale of LOCALES) {
    keep(`provenance-${locale}`, (await get(`/${locale}/provenance/${demo.slug}/${demo.code}`)).html);
    keep(
      `labels-${locale}`,
      (await staff.get(`/${locale}/staff/labels?variant=${demo.variant}&batch=${demo.batch}&count=2`)).html,
    );
  }
  keep('labels-start', (await staff.get('/en/staff/labels')).html);
  const { stdout } = await promisify(execFile)(
    'java',
    ['-jar', vnuJar, '--errors-only', '--format', 'json', '--stdout', '--exit-zero-always', ...files],
    { maxBuffer: 32 * 1024 * 1024 },
  );
  const messages = (
    JSON.parse(stdout) as { messages: { type: string; url: string; message: string; extract?: string }[] }
  ).messages;
  const errors = messages
    .filter((m) => m.type === 'error')
    .map((m) => `${m.url.split('/').pop()}: ${m.message} ${m.extract ?? ''}`);
  expect(errors).toEqual([]);
});
