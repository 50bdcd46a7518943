/**
 * Kept search results (issue 13's search budget): a repeated search reads nothing, and any write a result
 * shows — a price, a name, a new product — is in the very next search.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../db/client.ts';
import { seedDemo } from '../../db/seed/index.ts';
import { freshDb } from '../support/db.ts';
import { forgetSearchVocabulary, keptSearchResults, searchCatalog } from '../../src/lib/catalog/search.ts';
import { searchPlaces } from '../../src/lib/catalog/place-search.ts';
import { reindexProducts } from '../../src/lib/catalog/search-index.ts';

let db: Db;

beforeAll(async () => {
  db = await freshDb();
  await seedDemo(db);
}, 60_000);

const search = (q: string, page = 1) => searchCatalog(db, 'en', q, { sort: 'recommended' }, { page, plain: true });

/** The statements the database runs while `run` runs: through the client, and the file's cached-statement reader. */
async function statements<T>(run: () => Promise<T>): Promise<{ value: T; sql: string[] }> {
  const sql: string[] = [];
  const client = db.$client as unknown as Record<string, (...args: unknown[]) => unknown>;
  const reader = (db as unknown as Record<symbol, { all: (sql: string, args: unknown[]) => unknown } | null>)[
    Symbol.for('ovop.db.reader')
  ]!;
  const originals = { execute: client.execute!, batch: client.batch!, all: reader.all };
  client.execute = (...args: unknown[]) => {
    sql.push(String((args[0] as { sql?: string }).sql ?? args[0]));
    return originals.execute.apply(db.$client, args);
  };
  client.batch = (...args: unknown[]) => {
    sql.push('batch');
    return originals.batch.apply(db.$client, args);
  };
  reader.all = (text, args) => {
    sql.push(text);
    return originals.all.call(reader, text, args);
  };
  try {
    return { value: await run(), sql };
  } finally {
    Object.assign(client, { execute: originals.execute, batch: originals.batch });
    reader.all = originals.all;
  }
}

describe('kept search results', () => {
  it('answers a repeated search, and the places it finds, without reading the database', async () => {
    await search('honey');
    await searchPlaces(db, 'en', 'karakol');
    const again = await statements(async () => [await search('honey'), await searchPlaces(db, 'en', 'karakol')]);
    expect(again.sql.filter((q) => !q.includes('catalog_version'))).toEqual([]);
    expect(keptSearchResults(db)).toBeGreaterThan(0);
    // Another page is another answer.
    const second = await search('honey', 2);
    expect(second.page).toBe(2);
    expect(second.items[0]?.id).not.toBe((await search('honey')).items[0]?.id);
  });
  it('reads the vocabulary once for searches arriving together at a fresh process', async () => {
    forgetSearchVocabulary(db);
    const together = await statements(() => Promise.all(['felt', 'honey', 'kurut', 'shyrdak'].map((q) => search(q))));
    expect(together.sql.filter((q) => q.includes('search_vocab'))).toHaveLength(1);
    expect(together.value.every((r) => r.total > 0)).toBe(true);
  });
  it('shows a new price at the next search', async () => {
    const first = (await search('honey')).items[0]!;
    await db.$client.execute({
      sql: 'UPDATE variants SET price_tiyin = price_tiyin + 12300 WHERE product_id = ?',
      args: [first.id],
    });
    const after = (await search('honey')).items.find((p) => p.id === first.id);
    expect(after?.minPriceTiyin).toBe(first.minPriceTiyin + 12300);
  });
  it('finds a renamed product by its new word at the next search', async () => {
    expect((await search('zebrawood')).total).toBe(0);
    const id = (await search('honey')).items[0]!.id;
    await db.$client.execute({
      sql: `UPDATE product_translations SET name = name || ' zebrawood' WHERE product_id = ? AND locale = 'en'`,
      args: [id],
    });
    await reindexProducts(db, [id]);
    const found = await search('zebrawood');
    expect(found.items.map((p) => p.id)).toEqual([id]);
  });
  it('still learns a new word within the minute while the search is kept', async () => {
    const id = (await search('honey')).items[1]!.id;
    await db.$client.execute({
      sql: `UPDATE product_translations SET name = name || ' quokkaberry' WHERE product_id = ? AND locale = 'en'`,
      args: [id],
    });
    await reindexProducts(db, [id]);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      // Asked again and again (kept), the typo is corrected once the vocabulary has been read again.
      let found = await search('quokkabery');
      for (let i = 0; i < 50 && found.suggestion !== 'quokkaberry'; i++) {
        vi.setSystemTime(Date.now() + 10_000);
        await new Promise((r) => setTimeout(r, 20));
        found = await search('quokkabery');
      }
      expect(found.suggestion).toBe('quokkaberry');
      expect(found.items.map((p) => p.id)).toEqual([id]);
    } finally {
      vi.useRealTimers();
    }
  });
});
