/**
 * A product page's producer, certificates and "more from this producer" cards are memoised per catalogue
 * version: every change staff or a producer makes to them must show on the very next render.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import { loadCatalog } from '../factories/catalog.ts';
import { tinyCatalog } from '../factories/tiny.ts';
import { freshDb } from '../support/db.ts';
import { getProducerPage, getProductPage } from '../../src/lib/catalog/queries.ts';

let db: Db;
const TODAY = '2026-11-22';
const run = (sql: string, args: (string | number | null)[] = []) => db.$client.execute({ sql, args });
const page = (slug: string, locale: 'ky' | 'ru' | 'en' = 'en') => getProductPage(db, locale, slug, TODAY);
const idOf = async (table: string, slug: string) =>
  Number((await run(`SELECT id FROM ${table} WHERE slug = ?`, [slug])).rows[0]!.id);

beforeAll(async () => {
  db = await freshDb();
  await loadCatalog(db, tinyCatalog(), TODAY);
});

describe('memoised parts of a product page', () => {
  it('show a producer’s new name and story at once', async () => {
    expect((await page('white-honey'))?.producer.name.text).toBe('The Toktogulov family');
    const producer = await idOf('producers', 'toktogulovs');
    await run(`UPDATE producer_translations SET name = ?, story = ? WHERE producer_id = ? AND locale = 'en'`, [
      'Toktogulov Bees',
      'Three generations of bees.',
      producer,
    ]);
    const after = await page('white-honey');
    expect(after?.producer.name.text).toBe('Toktogulov Bees');
    expect(after?.producer.story.text).toBe('Three generations of bees.');
    // The card of the other product names the producer too.
    expect((await page('fir-honey'))?.moreFromProducer.map((c) => c.producer.name.text)).toEqual(['Toktogulov Bees']);
  });

  it('show a certificate when staff verify it, on its product only, and drop it when rejected', async () => {
    const before = await page('white-honey');
    const fir = await idOf('products', 'fir-honey');
    const kind = Number((await run(`SELECT id FROM certification_kinds WHERE slug = 'ovop'`)).rows[0]!.id);
    const inserted = await run(
      `INSERT INTO certificates (kind_id, product_id, issuer, number, valid_from, valid_until, status)
       VALUES (?, ?, 'OVOP', 'FIR-1', '2026-01-01', '2028-01-01', 'pending') RETURNING id`,
      [kind, fir],
    );
    const id = Number(inserted.rows[0]!.id);
    expect((await page('fir-honey'))?.certificates.map((c) => c.number)).not.toContain('FIR-1');
    await run(`UPDATE certificates SET status = 'verified' WHERE id = ?`, [id]);
    const fresh = await page('fir-honey');
    expect(fresh?.certificates.find((c) => c.number === 'FIR-1')?.scope).toBe('product');
    // The producer's other product and the producer's page do not show a certificate of one product.
    expect((await page('white-honey'))?.certificates).toEqual(before?.certificates);
    expect((await getProducerPage(db, 'en', 'toktogulovs', TODAY))?.certificates.map((c) => c.number)).not.toContain(
      'FIR-1',
    );
    await run(`UPDATE certificates SET status = 'rejected' WHERE id = ?`, [id]);
    expect((await page('fir-honey'))?.certificates.map((c) => c.number)).not.toContain('FIR-1');
  });

  it('mark a certificate expired the day after its last day', async () => {
    const organic = (p: Awaited<ReturnType<typeof page>>) => p?.certificates.find((c) => c.kind === 'organic');
    expect(organic(await getProductPage(db, 'en', 'white-honey', '2027-12-31'))?.expired).toBe(false);
    expect(organic(await getProductPage(db, 'en', 'white-honey', '2028-01-01'))?.expired).toBe(true);
  });

  it('show another product’s new price, name and stock on its card at once', async () => {
    const fir = await idOf('products', 'fir-honey');
    const card = async () => (await page('white-honey'))?.moreFromProducer.find((c) => c.slug === 'fir-honey');
    expect((await card())?.minPriceTiyin).toBe(30_000);
    await run(`UPDATE variants SET price_tiyin = 25000 WHERE product_id = ? AND price_tiyin = 30000`, [fir]);
    expect((await card())?.minPriceTiyin).toBe(25_000);
    await run(`UPDATE product_translations SET name = 'Dark fir honey' WHERE product_id = ? AND locale = 'en'`, [fir]);
    expect((await card())?.name.text).toBe('Dark fir honey');
    // Three on the shop's shelf: the card says so; sold out, it says that.
    expect((await card())?.available).toBe(3);
    await run(
      `UPDATE stock_levels SET on_hand = reserved WHERE variant_id IN (SELECT id FROM variants WHERE product_id = ?)`,
      [fir],
    );
    expect((await card())?.available).toBe(0);
  });

  it('drop a product unpublished by staff from its producer’s other pages at once', async () => {
    expect((await page('white-honey'))?.moreFromProducer.map((c) => c.slug)).toEqual(['fir-honey']);
    await run(`UPDATE products SET status = 'draft' WHERE slug = 'fir-honey'`);
    expect((await page('white-honey'))?.moreFromProducer).toEqual([]);
    await run(`UPDATE products SET status = 'published' WHERE slug = 'fir-honey'`);
    expect((await page('white-honey'))?.moreFromProducer.map((c) => c.slug)).toEqual(['fir-honey']);
  });

  it('serve a product’s first page from its producer’s memo, reading only the product’s own rows', async () => {
    // Where reads cost no round trip (an embedded file), the producer's parts are not read by slug again for
    // every product of a producer whose parts are memoised (decision 74).
    await page('white-honey', 'ru');
    const reader = (db as unknown as Record<symbol, { all(sql: string, args: unknown[]): unknown[] }>)[
      Symbol.for('ovop.db.reader')
    ]!;
    const all = reader.all;
    const seen: string[] = [];
    reader.all = (sql, args) => {
      seen.push(sql);
      return all.call(reader, sql, args);
    };
    try {
      const fir = await page('fir-honey', 'ru');
      expect(fir?.producer.slug).toBe('toktogulovs');
      expect(fir?.moreFromProducer.map((c) => c.slug)).toEqual(['white-honey']);
    } finally {
      reader.all = all;
    }
    expect(seen.filter((sql) => /FROM producers|FROM certificates|JOIN producers/.test(sql))).toEqual([]);
  });

  it('keep each language apart', async () => {
    const [ky, en] = [await page('white-honey', 'ky'), await page('white-honey', 'en')];
    expect(ky?.producer.name.text).toBe('Токтогуловдор');
    expect(en?.producer.name.text).toBe('Toktogulov Bees');
  });
});
