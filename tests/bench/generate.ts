/**
 * Generates a large catalogue (default 100,000 products) into its own database, from the demo seed's
 * regions, villages, producers and products, varied: more producers, every product in many lots.
 */
import { openDb, type Db } from '../../db/client.ts';
import { migrateDb } from '../../db/migrate.ts';
import { assignDemoProducts, prng } from '../../db/seed/index.ts';
import { regions, villages } from '../../db/seed/data/places.ts';
import { producers } from '../../db/seed/data/producers.ts';
import { productsA } from '../../db/seed/data/products-a.ts';
import { productsB } from '../../db/seed/data/products-b.ts';
import type { ProducerSeed } from '../../db/seed/types.ts';
import { loadCatalog, type ProductInput } from '../factories/catalog.ts';

/** Writes `count` products into a new database at `url`; returns how long it took. */
export async function generateCatalog(url: string, count: number): Promise<{ ms: number; db: Db }> {
  const started = performance.now();
  const db = openDb(url);
  await migrateDb(db);
  const random = prng(100_000);
  // Ten times the producers: the demo ones and their neighbours in the same villages.
  const manyProducers: ProducerSeed[] = [...producers];
  for (let copy = 1; manyProducers.length < producers.length * 10; copy++) {
    for (const p of producers) {
      manyProducers.push({
        ...p,
        slug: `${p.slug}-${copy}`,
        name: { ky: `${p.name.ky} ${copy + 1}`, ru: `${p.name.ru} ${copy + 1}`, en: `${p.name.en} ${copy + 1}` },
        certificates: p.certificates.map((c) => ({ ...c, number: `${c.number}-${copy}` })),
      });
    }
  }
  const base = assignDemoProducts([...productsA, ...productsB], random);
  const products: ProductInput[] = [];
  for (let i = 0; products.length < count; i++) {
    const seed = base[i % base.length]!;
    const round = Math.floor(i / base.length);
    const makers = manyProducers.filter((p) => p.categories.includes(seed.category));
    const maker = makers[(i * 7 + round) % makers.length]!;
    const lot = round === 0 ? '' : ` · ${round + 1}`;
    products.push({
      ...seed,
      key: round === 0 ? seed.key : `${seed.key}-${round + 1}`,
      producer: maker.slug,
      name: { ky: `${seed.name.ky}${lot}`, ru: `${seed.name.ru}${lot}`, en: `${seed.name.en}${lot}` },
      variants: seed.variants.map((v) => ({
        ...v,
        priceKgs: Math.max(50, Math.round(v.priceKgs * (0.8 + random() * 0.4))),
      })),
      featured: round === 0 && seed.featured,
      publishedAt: Date.parse('2026-11-20T00:00:00Z') - i * 60_000,
    });
  }
  await loadCatalog(db, { regions, villages, producers: manyProducers, products });
  return { ms: performance.now() - started, db };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [url = 'file:tmp/bench/catalog.db', n = '100000'] = process.argv.slice(2);
  const { ms } = await generateCatalog(url, Number(n));
  console.log(`generated ${n} products into ${url} in ${(ms / 1000).toFixed(1)} s`);
}
