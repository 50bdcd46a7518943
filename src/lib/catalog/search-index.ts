import type { Db } from '../../../db/client.ts';
import { foldText, transliterate } from './search-text.ts';

const CHUNK = 500;

/**
 * The search row of a product is its negated id: FTS5 streams matches in ascending rowid order
 * cheaply, and ascending negated ids are newest first, so "the newest N matches" never reads a whole doclist.
 */
export function searchRowid(productId: number): number {
  return -productId;
}

/**
 * Rewrites the search rows of these products from their current data in all three languages:
 * published products are (re)indexed, others removed. One batch (transaction) per chunk.
 */
export async function reindexProducts(db: Db, productIds: number[]): Promise<void> {
  for (let i = 0; i < productIds.length; i += CHUNK) {
    const ids = productIds.slice(i, i + CHUNK);
    const placeholders = ids.map(() => '?').join(',');
    const rs = await db.$client.execute({
      sql: `SELECT p.id, p.status,
        (SELECT group_concat(name, ' | ') FROM product_translations WHERE product_id = p.id) AS names,
        (SELECT group_concat(description || ' ' || ingredients, ' | ') FROM product_translations WHERE product_id = p.id) AS texts,
        (SELECT group_concat(name, ' | ') FROM producer_translations WHERE producer_id = p.producer_id) AS producer,
        (SELECT group_concat(name || ' ' || district, ' | ') FROM village_translations WHERE village_id = pr.village_id) AS village,
        (SELECT group_concat(name, ' | ') FROM region_translations WHERE region_id = v.region_id) AS region,
        (SELECT group_concat(name, ' | ') FROM category_translations WHERE category_id = p.category_id) AS category
        FROM products p JOIN producers pr ON pr.id = p.producer_id JOIN villages v ON v.id = pr.village_id
        WHERE p.id IN (${placeholders})`,
      args: ids,
    });
    const statements: { sql: string; args: (string | number)[] }[] = [
      { sql: `DELETE FROM product_search WHERE rowid IN (${placeholders})`, args: ids.map(searchRowid) },
    ];
    for (const r of rs.rows) {
      if (r.status !== 'published') continue;
      const names = String(r.names ?? '');
      const places = `${r.producer ?? ''} ${r.village ?? ''} ${r.region ?? ''} ${r.category ?? ''}`;
      statements.push({
        sql: 'INSERT INTO product_search (rowid, names, translit, body) VALUES (?, ?, ?, ?)',
        args: [
          searchRowid(Number(r.id)),
          foldText(names),
          transliterate(`${names} ${places}`),
          foldText(`${places} ${r.texts ?? ''}`),
        ],
      });
    }
    await db.$client.batch(statements, 'write');
  }
}

/** Rebuilds the whole search index (after a bulk import) and merges it into one segment. */
export async function reindexAllProducts(db: Db): Promise<void> {
  const rs = await db.$client.execute('SELECT id FROM products ORDER BY id');
  await reindexProducts(
    db,
    rs.rows.map((r) => Number(r.id)),
  );
  await optimizeSearchIndex(db);
}

/** Merges the index's segments: after bulk writes, queries then read one doclist per term. */
export async function optimizeSearchIndex(db: Db): Promise<void> {
  await db.$client.execute(`INSERT INTO product_search (product_search) VALUES ('optimize')`);
}
