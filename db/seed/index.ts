/** The demo catalogue: real regions and villages, producers with stories, 200+ products. */
import { sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import * as s from '../schema/index.ts';
import { loadCatalog, type ProductInput } from '../../tests/factories/catalog.ts';
import { regions, villages } from './data/places.ts';
import { producers } from './data/producers.ts';
import { productsA } from './data/products-a.ts';
import { productsB } from './data/products-b.ts';
import type { ProductSeed } from './types.ts';
import { createUser } from '../../src/lib/accounts/users.ts';
import { attachSampleDocuments } from './documents.ts';
import { seedDemoReviews } from './reviews.ts';
import { attachSamplePhotos } from './photos.ts';

/** Small deterministic PRNG (mulberry32) so every fresh database gets the same demo stock. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Wholesale terms per category (minimum order and monthly capacity in units, lead time in days). */
const WHOLESALE_TERMS: Record<string, NonNullable<ProductInput['wholesale']>> = {
  honey: { minOrderQty: 100, monthlyCapacity: 2000, leadTimeDays: 14 },
  felt: { minOrderQty: 10, monthlyCapacity: 60, leadTimeDays: 30 },
  jams: { minOrderQty: 200, monthlyCapacity: 3000, leadTimeDays: 10 },
  juices: { minOrderQty: 300, monthlyCapacity: 5000, leadTimeDays: 7 },
  'dried-fruit-nuts': { minOrderQty: 100, monthlyCapacity: 4000, leadTimeDays: 10 },
  meat: { minOrderQty: 50, monthlyCapacity: 500, leadTimeDays: 7 },
  dairy: { minOrderQty: 100, monthlyCapacity: 1500, leadTimeDays: 5 },
  'herbs-tea': { minOrderQty: 200, monthlyCapacity: 3000, leadTimeDays: 10 },
  textiles: { minOrderQty: 20, monthlyCapacity: 200, leadTimeDays: 21 },
  cosmetics: { minOrderQty: 100, monthlyCapacity: 1000, leadTimeDays: 14 },
};

/** Names a product's text may use for a place: "Issyk-Kul Region" → "Issyk-Kul", "Jety-Oguz". */
function placeNames(name: string): string[] {
  const bare = name.replace(/\s+(Region|City)$/i, '');
  return [...new Set([bare, bare.replace(/y/g, 'e'), bare.replace(/e/g, 'y')])].filter((n) => n.length > 2);
}

/** Where each producer works, as the place names a product's English text may mention. */
function producerPlaces(): Map<string, { village: string[]; region: string[] }> {
  const regionNames = new Map(regions.map((r) => [r.slug, placeNames(r.name.en)]));
  const villageBySlug = new Map(villages.map((v) => [v.slug, v]));
  const places = new Map<string, { village: string[]; region: string[] }>();
  for (const p of producers) {
    const village = villageBySlug.get(p.village);
    places.set(p.slug, {
      village: village ? placeNames(village.name.en) : [],
      region: village ? (regionNames.get(village.region) ?? []) : [],
    });
  }
  return places;
}

const mentions = (text: string, names: string[]) => names.some((n) => new RegExp(`\\b${n}\\b`, 'i').test(text));

/**
 * How well a producer fits a product by place: the product's name naming the producer's village (4) or
 * region (2), its description doing so (2, 1); 0 when the text names no place of theirs.
 */
export function placeScore(
  product: Pick<ProductSeed, 'name' | 'description'>,
  place: { village: string[]; region: string[] },
): number {
  const name = product.name.en;
  const text = product.description.en;
  return Math.max(
    mentions(name, place.village) ? 4 : 0,
    mentions(name, place.region) ? 2 : 0,
    mentions(text, place.village) ? 2 : 0,
    mentions(text, place.region) ? 1 : 0,
  );
}

/**
 * Gives each product a producer of its category — the one whose village or region the product's name
 * or description names ("Batken apricots" come from Batken), else the least busy one — and demo stock
 * levels; every third product of a category states wholesale terms (without drawing from `random`, so
 * stock stays the same).
 */
export function assignDemoProducts(products: ProductSeed[], random = prng(2026)): ProductInput[] {
  const byCategory = new Map<string, string[]>();
  for (const p of producers) {
    for (const c of p.categories) byCategory.set(c, [...(byCategory.get(c) ?? []), p.slug]);
  }
  const places = producerPlaces();
  const assigned = new Map<string, number>();
  const turn = new Map<string, number>();
  const day = 86_400_000;
  const base = Date.parse('2026-11-20T09:00:00Z');
  return products.map((p, index) => {
    const makers = byCategory.get(p.category);
    if (!makers?.length) throw new Error(`no producer makes ${p.category}`);
    const n = turn.get(p.category) ?? 0;
    turn.set(p.category, n + 1);
    const scored = makers.map((slug) => ({ slug, score: placeScore(p, places.get(slug)!) }));
    const best = Math.max(...scored.map((m) => m.score));
    const candidates = scored.filter((m) => m.score === best).map((m) => m.slug);
    // Among equally fitting producers, the one with the fewest products so far (first listed on a tie).
    const producer =
      p.producer ??
      candidates.reduce((a, b) => ((assigned.get(b) ?? 0) < (assigned.get(a) ?? 0) ? b : a), candidates[0]!);
    assigned.set(producer, (assigned.get(producer) ?? 0) + 1);
    const roll = random();
    const stock = p.variants.map(() => {
      if (roll < 0.07) return { shop: 0, home: 0 }; // sold out
      if (roll < 0.15) return { shop: 1 + Math.floor(random() * 4), home: 0 }; // last few
      return { shop: 5 + Math.floor(random() * 40), home: Math.floor(random() * 20) };
    });
    return {
      ...p,
      producer,
      stock,
      publishedAt: base - index * day * 0.7,
      ...(n % 3 === 0 && WHOLESALE_TERMS[p.category] ? { wholesale: WHOLESALE_TERMS[p.category] } : {}),
    };
  });
}

/** Seeds the demo catalogue into an empty database; does nothing when products exist. */
export async function seedDemo(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`count(*)` }).from(s.products);
  if ((row?.n ?? 0) > 0) return false;
  await loadCatalog(db, {
    regions,
    villages,
    producers,
    products: assignDemoProducts([...productsA, ...productsB]),
  });
  await attachSampleDocuments(db);
  await attachSamplePhotos(db);
  await seedDemoAccounts(db);
  await seedDemoReviews(db);
  // The demo shop's phone and messengers, so its contact page and footer show every way to reach it.
  await db.$client.execute(
    `INSERT INTO shop_settings (key, locale, value) VALUES ('phone', '', '+996 3922 5 12 40'),
       ('whatsapp', '', '+996 700 51 24 00'), ('telegram', '', 'ovop_karakol') ON CONFLICT DO NOTHING`,
  );
  return true;
}

/** One account of each role for trying the shop out (README lists them). */
export const DEMO_ACCOUNTS = [
  { email: 'admin@ovop.kg', password: 'demo-admin-2026', role: 'admin', name: 'Нурлан Осмонов', locale: 'ru' },
  { email: 'staff@ovop.kg', password: 'demo-staff-2026', role: 'staff', name: 'Жылдыз Курманалиева', locale: 'ky' },
  {
    email: 'producer@ovop.kg',
    password: 'demo-producer-2026',
    role: 'producer',
    name: 'Асылбек Токтогулов',
    locale: 'ky',
    producer: 'toktogulov-family-apiary',
  },
] as const;

async function seedDemoAccounts(db: Db): Promise<void> {
  for (const a of DEMO_ACCOUNTS) {
    let producerId: number | undefined;
    if ('producer' in a) {
      const rs = await db.$client.execute({ sql: 'SELECT id FROM producers WHERE slug = ?', args: [a.producer] });
      producerId = rs.rows[0] ? Number(rs.rows[0].id) : undefined;
      if (producerId === undefined) continue;
    }
    await createUser(db, {
      email: a.email,
      password: a.password,
      role: a.role,
      name: a.name,
      locale: a.locale,
      producerId,
    });
  }
}
