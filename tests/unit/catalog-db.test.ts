/** The catalogue read side against a real migrated libSQL database. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import { loadCatalog } from '../factories/catalog.ts';
import { tinyCatalog } from '../factories/tiny.ts';
import { freshDb } from '../support/db.ts';
import {
  getCatalogVersion,
  getProducerPage,
  getProductPage,
  listCertificationKinds,
  listProducts,
} from '../../src/lib/catalog/queries.ts';
import { searchProducts } from '../../src/lib/catalog/search.ts';

let db: Db;
const TODAY = '2026-11-22';
const base = { sort: 'recommended' as const, page: 1 };
const slugs = (items: { slug: string }[]) => items.map((i) => i.slug);

beforeAll(async () => {
  db = await freshDb();
  await loadCatalog(db, tinyCatalog(), TODAY);
});

describe('language fallback in the data layer', () => {
  it('gives the requested language when it exists', async () => {
    const p = await getProductPage(db, 'ru', 'white-honey', TODAY);
    expect(p?.name).toEqual({ text: 'Белый мёд', locale: 'ru' });
  });
  it('falls back to Kyrgyz when a product has only Kyrgyz text, and says so', async () => {
    const p = await getProductPage(db, 'en', 'kazy', TODAY);
    expect(p?.name).toEqual({ text: 'Казы', locale: 'ky' });
  });
});

describe('listProducts', () => {
  it('shows only published products, featured first', async () => {
    const page = await listProducts(db, 'en', base, TODAY);
    expect(slugs(page.items)).toEqual(['white-honey', 'fir-honey', 'shyrdak', 'kazy']);
    expect(page.total).toBe(4);
  });
  it('filters by category, region and village', async () => {
    expect(slugs((await listProducts(db, 'en', { ...base, category: 'felt' }, TODAY)).items)).toEqual(['shyrdak']);
    expect(slugs((await listProducts(db, 'en', { ...base, region: 'naryn' }, TODAY)).items)).toEqual([
      'shyrdak',
      'kazy',
    ]);
    expect(slugs((await listProducts(db, 'en', { ...base, village: 'barskoon' }, TODAY)).items)).toEqual([
      'white-honey',
      'fir-honey',
    ]);
  });
  it('counts a certificate only while it is valid', async () => {
    expect(slugs((await listProducts(db, 'en', { ...base, cert: 'organic' }, TODAY)).items)).toEqual([
      'white-honey',
      'fir-honey',
    ]);
    expect((await listProducts(db, 'en', { ...base, cert: 'halal' }, TODAY)).total).toBe(0);
  });
  it('filters by price and stock, and sorts by price', async () => {
    const cheap = await listProducts(db, 'en', { ...base, maxTiyin: 50_000, sort: 'price_asc' }, TODAY);
    expect(slugs(cheap.items)).toEqual(['fir-honey', 'white-honey']);
    const inStock = await listProducts(db, 'en', { ...base, stock: '1' }, TODAY);
    expect(slugs(inStock.items)).not.toContain('shyrdak');
  });
  it('keeps the cheapest price and online availability in step with variants and stock', async () => {
    const [fir] = (await listProducts(db, 'en', { ...base, village: 'barskoon', sort: 'price_asc' }, TODAY)).items;
    expect(fir?.minPriceTiyin).toBe(30_000);
    // Stock at the producer's home is not sold online until it reaches the shop.
    expect(fir?.available).toBe(3);
  });
});

describe('product page', () => {
  it('shows certificates, expired ones marked expired', async () => {
    const p = await getProductPage(db, 'en', 'white-honey', TODAY);
    expect(p?.certificates.map((c) => [c.kind, c.expired])).toEqual([
      ['organic', false],
      ['halal', true],
    ]);
    expect(p?.producer.village.name.text).toBe('Barskoon');
    expect(p?.producer.region.name.text).toBe('Issyk-Kul Region');
  });
  it('is not found for drafts', async () => {
    expect(await getProductPage(db, 'en', 'draft-honey', TODAY)).toBeNull();
  });
  it('lists a producer with their published products only', async () => {
    const producer = await getProducerPage(db, 'ky', 'toktogulovs', TODAY);
    expect(slugs(producer?.products ?? [])).toEqual(['white-honey', 'fir-honey']);
  });
  it('counts holders of valid certificates per kind', async () => {
    const kinds = await listCertificationKinds(db, 'en', TODAY);
    expect(kinds.find((k) => k.slug === 'organic')?.holders).toBe(1);
    expect(kinds.find((k) => k.slug === 'halal')?.holders).toBe(0);
  });
});

describe('search', () => {
  const found = async (q: string) => slugs((await searchProducts(db, 'en', q)).items);
  it('finds Russian text whether typed with ё or е', async () => {
    expect(await found('мёд')).toEqual(expect.arrayContaining(['white-honey', 'fir-honey']));
    expect(await found('еловый')).toEqual(['fir-honey']);
  });
  it('matches word prefixes and all three languages', async () => {
    expect(await found('shyr')).toEqual(['shyrdak']);
    expect(await found('карагай')).toEqual(['fir-honey']);
  });
  it('finds Cyrillic names typed in Latin letters', async () => {
    expect((await found('kochkor')).sort()).toEqual(['kazy', 'shyrdak']);
    expect(await found('kazy')).toEqual(['kazy']);
  });
  it('ranks a name match above a description match', async () => {
    // "honey" is in the names of the two honeys and only in the description of the shyrdak.
    const results = await found('honey');
    expect(results.slice(0, 2).sort()).toEqual(['fir-honey', 'white-honey']);
    expect(results.at(-1)).toBe('shyrdak');
  });
  it('ranks the newest matches of a very common word name-matches first, and says the count is capped', async () => {
    const r = await searchProducts(db, 'en', 'honey', 1, 3);
    expect(r.capped).toBe(true);
    expect(r.total).toBe(3);
    // the newest three matches are the kazy and the shyrdak (descriptions: «балы», "honey-coloured") and
    // fir honey (name): the name match comes first
    expect(slugs(r.items)[0]).toBe('fir-honey');
  });
  it('never finds drafts, and survives FTS syntax', async () => {
    expect(await found('draft')).toEqual([]);
    expect(await found('"AND OR NEAR(')).toEqual([]);
  });
});

describe('catalogue version', () => {
  it('changes when a price changes, so cached pages are dropped', async () => {
    const before = await getCatalogVersion(db);
    await db.$client.execute("UPDATE variants SET price_tiyin = price_tiyin + 100 WHERE sku LIKE 'HON-%'");
    expect(await getCatalogVersion(db)).toBeGreaterThan(before);
  });
});
