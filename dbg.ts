import { openDb } from './db/client.ts';
import { getSearchVocabulary, searchCatalog } from './src/lib/catalog/search.ts';
import { planSearch, closestTerm } from './src/lib/catalog/search-plan.ts';
const db = openDb('file:tmp/bench/search.db');
const vocab = await getSearchVocabulary(db);
const t = (label: string, f: () => unknown) => {
  const s = performance.now();
  for (let i = 0; i < 20; i++) f();
  console.log(label, ((performance.now() - s) / 20).toFixed(2));
};
t('closest slipers', () => closestTerm(vocab, 'slipers'));
t('closest honny', () => closestTerm(vocab, 'honny'));
t('plan slipers', () => planSearch('slipers', vocab));
const plan = planSearch('slipers', vocab);
console.log(plan.match);
const tq = async (label: string, sql: string, args: any[]) => {
  await db.$client.execute({ sql, args });
  const s = performance.now();
  for (let i = 0; i < 10; i++) await db.$client.execute({ sql, args });
  console.log(label, ((performance.now() - s) / 10).toFixed(2));
};
await tq('match count', `SELECT count(*) FROM product_search WHERE product_search MATCH ?`, [plan.match]);
await tq(
  'bm25 all',
  `SELECT rowid, bm25(product_search, 10.0, 5.0, 1.0) s FROM product_search WHERE product_search MATCH ? ORDER BY s LIMIT 24`,
  [plan.match],
);
await tq('wn', `SELECT count(*) FROM product_search WHERE product_search MATCH ?`, [`{names} : (${plan.whole})`]);
