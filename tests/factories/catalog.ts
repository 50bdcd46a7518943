/**
 * Catalogue builders shared by the demo seed, the tests and the benchmark generator:
 * plain seed data in, rows with explicit ids out, written in a few large batches.
 */
import { getTableName, sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client.ts';
import * as s from '../../db/schema/index.ts';
import type { CertificateSeed, L10n, ProducerSeed, ProductSeed, RegionSeed, VillageSeed } from '../../db/seed/types.ts';
import {
  categories,
  certificationKinds,
  currencyRates,
  RATES_SET_ON,
  shippingZones,
  stockLocations,
} from '../../db/seed/data/reference.ts';
import { optimizeSearchIndex, reindexProducts } from '../../src/lib/catalog/search-index.ts';
import { insertMany } from './batch-insert.ts';

const LOCALES = ['ky', 'ru', 'en'] as const;

/** A product to load: seed data plus who makes it, its status and stock per variant. */
export interface ProductInput extends ProductSeed {
  producer: string;
  status?: (typeof s.PRODUCT_STATUSES)[number];
  /** Units per variant in the Karakol shop (and at the producer's home, second number). */
  stock: { shop: number; home: number }[];
  /** Locales that have a translation; defaults to all three. */
  locales?: readonly ('ky' | 'ru' | 'en')[];
  publishedAt?: number;
  certificates?: CertificateSeed[];
  /** Wholesale terms: minimum order and monthly capacity in units, lead time in days. */
  wholesale?: { minOrderQty: number; monthlyCapacity: number; leadTimeDays: number };
}

export interface CatalogInput {
  regions?: RegionSeed[];
  villages?: VillageSeed[];
  producers?: ProducerSeed[];
  products: ProductInput[];
}

/** Writes categories, certification kinds, currency rates, shipping zones and shop locations once. */
export async function seedReference(db: Db): Promise<void> {
  const existing = await db.select({ n: sql<number>`count(*)` }).from(s.categories);
  if ((existing[0]?.n ?? 0) > 0) return;
  await insertMany(
    db,
    s.categories,
    categories.map((c, i) => ({ id: i + 1, slug: c.slug, sort: i })),
  );
  await insertMany(
    db,
    s.categoryTranslations,
    categories.flatMap((c, i) =>
      LOCALES.map((locale) => ({
        categoryId: i + 1,
        locale,
        name: c.name[locale],
        description: c.description[locale],
      })),
    ),
  );
  await insertMany(
    db,
    s.certificationKinds,
    certificationKinds.map((k, i) => ({ id: i + 1, slug: k.slug, sort: i })),
  );
  await insertMany(
    db,
    s.certificationKindTranslations,
    certificationKinds.flatMap((k, i) =>
      LOCALES.map((locale) => ({
        kindId: i + 1,
        locale,
        name: k.name[locale],
        description: k.description[locale],
      })),
    ),
  );
  await insertMany(
    db,
    s.currencyRates,
    [{ currency: 'KGS', kgsPerUnit: 1 }, ...currencyRates].map((r) => ({
      currency: r.currency,
      kgsPerUnitMicros: Math.round(r.kgsPerUnit * 1_000_000),
      effectiveOn: RATES_SET_ON,
      source: 'seed' as const,
    })),
  );
  await insertMany(
    db,
    s.shippingZones,
    shippingZones.map((z, i) => ({ id: i + 1, code: z.code, countries: z.countries, sort: i })),
  );
  await insertMany(
    db,
    s.shippingZoneTranslations,
    shippingZones.flatMap((z, i) => LOCALES.map((locale) => ({ zoneId: i + 1, locale, name: z.name[locale] }))),
  );
  await insertMany(
    db,
    s.shippingRates,
    shippingZones.flatMap((z, i) =>
      z.rates.map(([maxWeightGrams, som]) => ({ zoneId: i + 1, maxWeightGrams, priceTiyin: som * 100 })),
    ),
  );
  await insertMany(
    db,
    s.stockLocations,
    stockLocations.map((l, i) => ({ id: i + 1, code: l.code, kind: l.kind, sellsOnline: true, sort: i })),
  );
  await insertMany(
    db,
    s.stockLocationTranslations,
    stockLocations.flatMap((l, i) =>
      LOCALES.map((locale) => ({ locationId: i + 1, locale, name: l.name[locale], address: l.address[locale] })),
    ),
  );
}

async function nextId(db: Db, table: SQLiteTable): Promise<number> {
  const rs = await db.$client.execute(`SELECT coalesce(max(id), 0) + 1 AS n FROM "${getTableName(table)}"`);
  return Number(rs.rows[0]?.n ?? 1);
}

async function idsBySlug(db: Db, table: SQLiteTable): Promise<Map<string, number>> {
  const rs = await db.$client.execute(`SELECT id, slug FROM "${getTableName(table)}"`);
  return new Map(rs.rows.map((r) => [String(r.slug), Number(r.id)]));
}

/** EAN-13 with the GS1 prefix of Kyrgyzstan (470) and a correct check digit. */
export function ean13(n: number): string {
  const body = `470${String(n).padStart(9, '0')}`.slice(0, 12);
  const sum = [...body].reduce((acc, d, i) => acc + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
  return body + String((10 - (sum % 10)) % 10);
}

/**
 * A demo variant's net weight: the content its English label states ("500 g jar", "approx. 1.2 kg",
 * "0.5 L" read at a litre to the kilogram), else the shipping weight less a tenth for packaging
 * (felt, textiles, soap by the piece). Real listings give theirs in the editor.
 */
export function demoNetWeightGrams(labelEn: string, weightGrams: number): number {
  const m = /(\d+(?:\.\d+)?)\s*(kg|g|ml|l)\b/i.exec(labelEn);
  if (m) {
    const n = Number(m[1]);
    const unit = m[2]!.toLowerCase();
    const grams = Math.round(unit === 'kg' || unit === 'l' ? n * 1000 : n);
    if (grams > 0 && grams <= weightGrams) return grams;
  }
  return Math.max(1, Math.round((weightGrams * 0.9) / 10) * 10);
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const CATEGORY_CODES: Record<string, string> = {
  honey: 'HON',
  felt: 'FLT',
  jams: 'JAM',
  juices: 'JUI',
  'dried-fruit-nuts': 'DRY',
  meat: 'MEA',
  dairy: 'DAI',
  'herbs-tea': 'HRB',
  textiles: 'TEX',
  cosmetics: 'COS',
};

function translations<T extends object>(
  text: L10n,
  locales: readonly string[],
  row: (l: 'ky' | 'ru' | 'en', v: string) => T,
): T[] {
  return LOCALES.filter((l) => locales.includes(l)).map((l) => row(l, text[l]));
}

/**
 * Loads regions, villages, producers (each with a home stock location), products with variants,
 * batches, certificates and stock (received through the ledger), then indexes them for search.
 */
export async function loadCatalog(
  db: Db,
  input: CatalogInput,
  today = '2026-11-22',
): Promise<{ productIds: number[] }> {
  await seedReference(db);
  const categoryIds = await idsBySlug(db, s.categories);
  const kindIds = await idsBySlug(db, s.certificationKinds);
  const shopLocation = (await db.select().from(s.stockLocations)).find((l) => l.code === 'karakol-shop');
  if (!shopLocation) throw new Error('reference data is missing the Karakol shop');

  let regionId = await nextId(db, s.regions);
  const regionRows = (input.regions ?? []).map((r, i) => ({
    id: regionId++,
    slug: r.slug,
    kind: r.kind,
    lat: r.lat,
    lng: r.lng,
    sort: i,
  }));
  await insertMany(db, s.regions, regionRows);
  await insertMany(
    db,
    s.regionTranslations,
    (input.regions ?? []).flatMap((r, i) =>
      LOCALES.map((locale) => ({
        regionId: regionRows[i]!.id,
        locale,
        name: r.name[locale],
        description: r.description[locale],
      })),
    ),
  );
  const regionIds = await idsBySlug(db, s.regions);

  let villageId = await nextId(db, s.villages);
  const villageRows = (input.villages ?? []).map((v) => {
    const rid = regionIds.get(v.region);
    if (!rid) throw new Error(`village ${v.slug}: unknown region ${v.region}`);
    return { id: villageId++, slug: v.slug, regionId: rid, lat: v.lat, lng: v.lng, population: v.population ?? null };
  });
  await insertMany(db, s.villages, villageRows);
  await insertMany(
    db,
    s.villageTranslations,
    (input.villages ?? []).flatMap((v, i) =>
      LOCALES.map((locale) => ({
        villageId: villageRows[i]!.id,
        locale,
        name: v.name[locale],
        district: v.district[locale],
        story: v.story[locale],
      })),
    ),
  );
  const villageIds = await idsBySlug(db, s.villages);

  let producerId = await nextId(db, s.producers);
  let locationId = await nextId(db, s.stockLocations);
  let certificateId = await nextId(db, s.certificates);
  const producerRows: (typeof s.producers.$inferInsert)[] = [];
  const producerTr: (typeof s.producerTranslations.$inferInsert)[] = [];
  const homeRows: (typeof s.stockLocations.$inferInsert)[] = [];
  const homeTr: (typeof s.stockLocationTranslations.$inferInsert)[] = [];
  const certRows: (typeof s.certificates.$inferInsert)[] = [];
  const certTr: (typeof s.certificateTranslations.$inferInsert)[] = [];
  const homeOf = new Map<string, number>();
  /** A verified certificate of a producer or a product, with its issuer in each language. */
  const addCertificate = (c: CertificateSeed, owner: { producerId?: number; productId?: number }, who: string) => {
    const kindId = kindIds.get(c.kind);
    if (!kindId) throw new Error(`${who}: unknown certification kind ${c.kind}`);
    const id = certificateId++;
    certRows.push({
      id,
      kindId,
      ...owner,
      issuer: c.issuer.en,
      number: c.number,
      validFrom: c.validFrom,
      validUntil: c.validUntil,
      status: 'verified',
      verifiedAt: Date.parse(`${c.validFrom}T10:00:00Z`),
    });
    for (const locale of LOCALES) certTr.push({ certificateId: id, locale, issuer: c.issuer[locale] });
  };
  for (const p of input.producers ?? []) {
    const vid = villageIds.get(p.village);
    if (!vid) throw new Error(`producer ${p.slug}: unknown village ${p.village}`);
    const id = producerId++;
    producerRows.push({
      id,
      slug: p.slug,
      villageId: vid,
      kind: p.kind,
      foundedYear: p.foundedYear,
      socialContract: p.socialContract,
      grantYear: p.grantYear ?? null,
      womenLed: p.womenLed,
      familyMembersWorking: p.familyMembersWorking,
      phone: p.phone,
      email: p.email ?? null,
      leadTimeDays: p.leadTimeDays ?? null,
    });
    for (const locale of LOCALES) {
      producerTr.push({
        producerId: id,
        locale,
        name: p.name[locale],
        story: p.story[locale],
        minOrder: p.minOrder?.[locale] ?? null,
        monthlyCapacity: p.monthlyCapacity?.[locale] ?? null,
      });
    }
    const lid = locationId++;
    homeOf.set(p.slug, lid);
    homeRows.push({
      id: lid,
      code: `home-${p.slug}`,
      kind: 'producer_home',
      producerId: id,
      sellsOnline: false,
      sort: 10,
    });
    for (const locale of LOCALES) {
      homeTr.push({ locationId: lid, locale, name: p.name[locale], address: '' });
    }
    for (const c of p.certificates) addCertificate(c, { producerId: id }, `producer ${p.slug}`);
  }
  await insertMany(db, s.producers, producerRows);
  await insertMany(db, s.producerTranslations, producerTr);
  await insertMany(db, s.stockLocations, homeRows);
  await insertMany(db, s.stockLocationTranslations, homeTr);

  const producerIds = await idsBySlug(db, s.producers);
  if (homeOf.size === 0 || input.products.some((p) => !homeOf.has(p.producer))) {
    const homes = await db
      .select({ id: s.stockLocations.id, producerId: s.stockLocations.producerId })
      .from(s.stockLocations);
    const slugById = new Map([...producerIds].map(([slug, id]) => [id, slug]));
    for (const h of homes) if (h.producerId) homeOf.set(slugById.get(h.producerId)!, h.id);
  }

  let productId = await nextId(db, s.products);
  let variantId = await nextId(db, s.variants);
  let batchId = await nextId(db, s.batches);
  const productRows: (typeof s.products.$inferInsert)[] = [];
  const productTr: (typeof s.productTranslations.$inferInsert)[] = [];
  const variantRows: (typeof s.variants.$inferInsert)[] = [];
  const variantTr: (typeof s.variantTranslations.$inferInsert)[] = [];
  const batchRows: (typeof s.batches.$inferInsert)[] = [];
  const levelRows: (typeof s.stockLevels.$inferInsert)[] = [];
  const movementRows: (typeof s.stockMovements.$inferInsert)[] = [];
  const productIds: number[] = [];
  for (const p of input.products) {
    const pid = productId++;
    productIds.push(pid);
    const producer = producerIds.get(p.producer);
    const category = categoryIds.get(p.category);
    if (!producer) throw new Error(`product ${p.key}: unknown producer ${p.producer}`);
    if (!category) throw new Error(`product ${p.key}: unknown category ${p.category}`);
    const status = p.status ?? 'published';
    productRows.push({
      id: pid,
      slug: p.key,
      producerId: producer,
      categoryId: category,
      status,
      featured: p.featured ?? false,
      shelfLifeDays: p.shelfLifeDays ?? null,
      image: null,
      minOrderQty: p.wholesale?.minOrderQty ?? null,
      monthlyCapacity: p.wholesale?.monthlyCapacity ?? null,
      leadTimeDays: p.wholesale?.leadTimeDays ?? null,
      publishedAt: status === 'published' ? (p.publishedAt ?? Date.now()) : null,
    });
    const locales = p.locales ?? LOCALES;
    productTr.push(
      ...translations(p.name, locales, (locale, name) => ({
        productId: pid,
        locale,
        name,
        description: p.description[locale],
        ingredients: p.ingredients[locale],
      })),
    );
    for (const c of p.certificates ?? []) addCertificate(c, { productId: pid }, `product ${p.key}`);
    p.variants.forEach((v, i) => {
      const vid = variantId++;
      variantRows.push({
        id: vid,
        productId: pid,
        sku: `${CATEGORY_CODES[p.category] ?? 'OVP'}-${String(pid).padStart(5, '0')}-${i + 1}`,
        barcode: ean13(vid),
        priceTiyin: Math.round(v.priceKgs * 100),
        weightGrams: v.weightGrams,
        netWeightGrams: demoNetWeightGrams(v.label.en, v.weightGrams),
        hsCode: v.hsCode,
        sort: i,
      });
      variantTr.push(...translations(v.label, locales, (locale, label) => ({ variantId: vid, locale, label })));
      const stock = p.stock[i] ?? { shop: 0, home: 0 };
      const producedOn = addDays(today, -((pid * 7 + i * 3) % 90) - 5);
      const bid = batchId++;
      batchRows.push({
        id: bid,
        variantId: vid,
        code: `L${producedOn.replace(/-/g, '').slice(2)}-${String(vid).padStart(4, '0')}`,
        producedOn,
        bestBefore: p.shelfLifeDays ? addDays(producedOn, p.shelfLifeDays) : null,
        quantity: stock.shop + stock.home,
      });
      const home = homeOf.get(p.producer)!;
      for (const [loc, qty, consignment] of [
        [shopLocation.id, stock.shop, true],
        [home, stock.home, false],
      ] as const) {
        levelRows.push({ variantId: vid, locationId: loc, onHand: qty, reserved: 0 });
        if (qty > 0) {
          movementRows.push({
            variantId: vid,
            locationId: loc,
            kind: 'receive',
            onHandDelta: qty,
            batchId: bid,
            consignment,
            reason: 'opening stock',
          });
        }
      }
    });
  }
  await insertMany(db, s.products, productRows, 100);
  await insertMany(db, s.productTranslations, productTr, 100);
  await insertMany(db, s.variants, variantRows, 100);
  await insertMany(db, s.variantTranslations, variantTr);
  await insertMany(db, s.batches, batchRows);
  await insertMany(db, s.stockLevels, levelRows);
  await insertMany(db, s.stockMovements, movementRows);
  await insertMany(db, s.certificates, certRows);
  await insertMany(db, s.certificateTranslations, certTr);
  await reindexProducts(db, productIds);
  if (productIds.length > 1000) await optimizeSearchIndex(db);
  return { productIds };
}
