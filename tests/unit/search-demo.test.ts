/** The searches a buyer tried in issue 12, against the demo catalogue in a real migrated database. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import { seedDemo } from '../../db/seed/index.ts';
import { freshDb } from '../support/db.ts';
import { getSearchVocabulary, searchCatalog } from '../../src/lib/catalog/search.ts';
import type { Locale } from '../../src/lib/i18n/locales.ts';

let db: Db;

beforeAll(async () => {
  db = await freshDb();
  await seedDemo(db);
}, 60_000);

const search = (q: string, locale: Locale = 'en', plain = false) =>
  searchCatalog(db, locale, q, { sort: 'recommended' }, { plain });
const categories = async (q: string, locale: Locale = 'en') => (await search(q, locale)).items.map((p) => p.category);

describe('search that forgives (issue 12)', () => {
  it('myod, мёд and бал list honey, with the honey filter shown', async () => {
    for (const [q, locale] of [
      ['myod', 'en'],
      ['мёд', 'ru'],
      ['бал', 'ky'],
    ] as const) {
      const r = await search(q, locale);
      expect(r.derived).toMatchObject([{ kind: 'category', slug: 'honey' }]);
      expect(r.total).toBeGreaterThan(10);
      expect(new Set(r.items.map((p) => p.category))).toEqual(new Set(['honey']));
    }
  });
  it('бал as a plain word lists honey before lip balms (бальзам)', async () => {
    const r = await search('бал', 'ky', true);
    // honey first: the honey category, or «бал» (балы, балдан) as a word of the name
    const honey = (p: (typeof r.items)[number]) =>
      p.category === 'honey' || /(^|[\s-])бал(ы|дан)?(\s|$)/i.test(p.name.text);
    expect(r.items.slice(0, 20).every(honey)).toBe(true);
    expect(r.items.slice(0, 20).map((p) => p.name.text)).not.toContain('Өрүк майы кошулган эрин бальзамы');
  });
  it('honny is corrected to honey and says so', async () => {
    const r = await search('honny');
    expect(r.suggestion).toBe('honey');
    expect(r.total).toBeGreaterThan(10);
    expect(r.items[0]?.category).toBe('honey');
  });
  it('kumis, koumiss and кумыс find the kymyz', async () => {
    for (const [q, locale] of [
      ['kumis', 'en'],
      ['koumiss', 'en'],
      ['кумыс', 'ru'],
    ] as const) {
      const r = await search(q, locale);
      expect(r.items[0]?.category).toBe('dairy');
      expect(r.items[0]?.name.text).toMatch(/kymyz|кымыз/i);
    }
  });
  it('shirdak finds the shyrdaks, and slipers the slippers', async () => {
    const shyrdaks = await search('shirdak');
    expect(shyrdaks.total).toBeGreaterThan(4);
    expect(shyrdaks.items.slice(0, 4).every((p) => /shyrdak/i.test(p.name.text))).toBe(true);
    const slippers = await search('slipers');
    expect(slippers.suggestion).toBe('slippers');
    expect(slippers.items.slice(0, 2).every((p) => /slippers/i.test(p.name.text))).toBe(true);
  });
  it('organic lists the products holding a valid organic certificate', async () => {
    const r = await search('organic');
    expect(r.derived).toMatchObject([{ kind: 'cert', slug: 'organic', word: 'organic' }]);
    expect(r.total).toBeGreaterThan(0);
    expect(r.items.every((p) => p.certs.includes('organic'))).toBe(true);
    const honey = await search('organic honey');
    expect(honey.items.every((p) => p.category === 'honey' && p.certs.includes('organic'))).toBe(true);
  });
  it('puts a category word back into the text when the category has nothing else that matches', async () => {
    expect(await categories('honey soap')).toContain('cosmetics');
  });
  it('keeps the catalogue filters and sort on the results', async () => {
    const r = await searchCatalog(db, 'en', 'shyrdak', { sort: 'price_asc', region: 'naryn' });
    const prices = r.items.map((p) => p.minPriceTiyin);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    expect(r.items.every((p) => p.region.slug === 'naryn')).toBe(true);
  });
  it('learns a new word of the index in the background, without making a search wait', async () => {
    const before = await getSearchVocabulary(db);
    expect(before.docs.has('qwertyfelt')).toBe(false);
    await db.$client.execute(
      `INSERT INTO product_search (rowid, names, translit, body) VALUES (-999999, 'qwertyfelt', '', '')`,
    );
    // within the minute the held vocabulary is used as it is
    expect(await getSearchVocabulary(db)).toBe(before);
    const later = Date.now() + 61_000;
    expect(await getSearchVocabulary(db, later)).toBe(before);
    await expect.poll(async () => (await getSearchVocabulary(db, later)).docs.has('qwertyfelt')).toBe(true);
    await db.$client.execute(`DELETE FROM product_search WHERE rowid = -999999`);
  });
});
