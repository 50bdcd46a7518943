/** Read side of the catalogue: everything a buyer's page shows, in one language with fallback. */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { InValue } from '@libsql/client';
import { changeMark, readFirst, readRows, readsLocally, type Db } from '../../../db/client.ts';
import type { Locale } from '../i18n/locales.ts';
import { PAGE_SIZE, type CatalogFilters } from './filters.ts';
import { bestLocaleSql as best, bestTextSql, readBestText, type Localized } from './localized.ts';
import { illustrationUrl } from '../media/illustration.ts';
import { listProductPhotos, type ProductPhoto } from './photos.ts';
import { isCertificateExpired, validCertificateSql } from '../certificates/validity.ts';
import { getProductReviews, type ReviewSummary } from '../reviews/reviews.ts';

type Row = Record<string, unknown>;

const rows = (db: Db, sql: string, args: InValue[] = []): Promise<Row[]> => readRows(db, sql, args);

function loc(text: unknown, locale: unknown): Localized {
  return { text: String(text ?? ''), locale: (locale ?? 'en') as Locale };
}

const memos = new WeakMap<Db, { version: number; entries: Map<string, unknown> }>();
const MEMO_ENTRIES = 1000;

/**
 * Memoises a catalogue-wide answer (categories with counts, regions, villages, result counts…) until
 * the catalogue version changes; triggers bump the version on any write to what these show.
 */
export async function memoized<T>(db: Db, key: string, compute: () => Promise<T>): Promise<T> {
  const version = await getCatalogVersion(db);
  let memo = memos.get(db);
  if (!memo || memo.version !== version || memo.entries.size >= MEMO_ENTRIES) {
    memo = { version, entries: new Map() };
    memos.set(db, memo);
  }
  if (memo.entries.has(key)) return memo.entries.get(key) as T;
  const value = await compute();
  memo.entries.set(key, value);
  return value;
}

const lruMemos = new WeakMap<Db, { version: number; entries: Map<string, unknown> }>();
/** Entries the per-producer memo keeps: every producer in three languages for a shop of a few thousand. */
const LRU_ENTRIES = 6000;

/**
 * Like `memoized`, for answers keyed by one of many things (a producer's summary in one language): kept until
 * the catalogue version changes, the least recently used dropped beyond LRU_ENTRIES, so a crawl through every
 * producer neither grows memory nor empties the catalogue-wide memo. `version` saves a second read of it.
 */
async function memoizedLru<T>(db: Db, key: string, version: number, compute: () => Promise<T>): Promise<T> {
  let memo = lruMemos.get(db);
  if (!memo || memo.version !== version) {
    memo = { version, entries: new Map() };
    lruMemos.set(db, memo);
  }
  const entries = memo.entries;
  if (entries.has(key)) {
    const value = entries.get(key) as T;
    entries.delete(key);
    entries.set(key, value);
    return value;
  }
  const value = await compute();
  // The version may have moved while computing: the value is kept only under the version it was read at.
  if (lruMemos.get(db) === memo) {
    entries.set(key, value);
    if (entries.size > LRU_ENTRIES) entries.delete(entries.keys().next().value!);
  }
  return value;
}

/** A value `memoizedLru` keeps under `key` for this version, or undefined. */
function peekLru<T>(db: Db, key: string, version: number): T | undefined {
  const memo = lruMemos.get(db);
  return memo?.version === version ? (memo.entries.get(key) as T | undefined) : undefined;
}

/** Keeps `value` under `key` for this version, as `memoizedLru` would. */
function putLru(db: Db, key: string, version: number, value: unknown): void {
  void memoizedLru(db, key, version, async () => value);
}

/** Today's date in Bishkek (certificates expire at the end of their last day there). */
export function todayInBishkek(now = new Date()): string {
  return new Date(now.getTime() + 6 * 3_600_000).toISOString().slice(0, 10);
}

const VALID_CERT = validCertificateSql('ce');

export interface PlaceRef {
  slug: string;
  name: Localized;
}

export interface ProductCard {
  id: number;
  slug: string;
  name: Localized;
  image: string;
  category: string;
  minPriceTiyin: number;
  available: number;
  producer: PlaceRef;
  village: PlaceRef;
  region: PlaceRef;
  certs: string[];
}

/** The cards query: `tail` is its WHERE (and ORDER BY), the two leading arguments are `today`. */
const cardsSql = (locale: Locale, tail: string) =>
  `SELECT p.id, p.slug, p.image, p.min_price_tiyin, p.available, c.slug AS category,
       pt.name, pt.locale AS name_locale,
       pr.slug AS producer_slug, prt.name AS producer_name, prt.locale AS producer_locale,
       vl.slug AS village_slug, vt.name AS village_name, vt.locale AS village_locale,
       rg.slug AS region_slug, rt.name AS region_name, rt.locale AS region_locale,
       (SELECT group_concat(slug) FROM (
          SELECT k.slug FROM certificates ce JOIN certification_kinds k ON k.id = ce.kind_id WHERE ce.product_id = p.id AND ${VALID_CERT}
          UNION SELECT k.slug FROM certificates ce JOIN certification_kinds k ON k.id = ce.kind_id WHERE ce.producer_id = p.producer_id AND ${VALID_CERT})) AS certs
     FROM products p
     JOIN categories c ON c.id = p.category_id
     JOIN producers pr ON pr.id = p.producer_id
     JOIN villages vl ON vl.id = pr.village_id
     JOIN regions rg ON rg.id = vl.region_id
     LEFT JOIN product_translations pt ON pt.product_id = p.id AND pt.locale = ${best('product_translations', 'product_id', 'p.id', locale)}
     LEFT JOIN producer_translations prt ON prt.producer_id = pr.id AND prt.locale = ${best('producer_translations', 'producer_id', 'pr.id', locale)}
     LEFT JOIN village_translations vt ON vt.village_id = vl.id AND vt.locale = ${best('village_translations', 'village_id', 'vl.id', locale)}
     LEFT JOIN region_translations rt ON rt.region_id = rg.id AND rt.locale = ${best('region_translations', 'region_id', 'rg.id', locale)}
     ${tail}`;

function toCard(r: Row): ProductCard {
  return {
    id: Number(r.id),
    slug: String(r.slug),
    name: loc(r.name, r.name_locale),
    image: r.image
      ? String(r.image)
      : illustrationUrl({ id: Number(r.id), category: String(r.category), slug: String(r.slug) }),
    category: String(r.category),
    minPriceTiyin: Number(r.min_price_tiyin),
    available: Number(r.available),
    producer: { slug: String(r.producer_slug), name: loc(r.producer_name, r.producer_locale) },
    village: { slug: String(r.village_slug), name: loc(r.village_name, r.village_locale) },
    region: { slug: String(r.region_slug), name: loc(r.region_name, r.region_locale) },
    certs: r.certs ? String(r.certs).split(',') : [],
  } satisfies ProductCard;
}

/** Product cards for these ids, in the order given. */
export async function getProductCards(
  db: Db,
  locale: Locale,
  ids: number[],
  today = todayInBishkek(),
): Promise<ProductCard[]> {
  if (ids.length === 0) return [];
  const result = await rows(db, cardsSql(locale, `WHERE p.id IN (${ids.map(() => '?').join(',')})`), [
    today,
    today,
    ...ids,
  ]);
  const byId = new Map(result.map((r) => [Number(r.id), toCard(r)]));
  return ids.map((id) => byId.get(id)).filter((c): c is ProductCard => c !== undefined);
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pages: number;
}

/** The catalogue filters as SQL conditions on `products p` (published only), shared by the catalogue and search. */
export function catalogWhere(
  filters: Omit<CatalogFilters, 'sort' | 'page'> & { minTiyin?: number; maxTiyin?: number },
  today = todayInBishkek(),
): { where: string[]; args: InValue[] } {
  const where = [`p.status = 'published'`];
  const args: InValue[] = [];
  if (filters.category) {
    where.push('p.category_id = (SELECT id FROM categories WHERE slug = ?)');
    args.push(filters.category);
  }
  if (filters.village) {
    where.push(
      'p.producer_id IN (SELECT pr.id FROM producers pr JOIN villages v ON v.id = pr.village_id WHERE v.slug = ?)',
    );
    args.push(filters.village);
  } else if (filters.region) {
    where.push(
      `p.producer_id IN (SELECT pr.id FROM producers pr JOIN villages v ON v.id = pr.village_id
        JOIN regions r ON r.id = v.region_id WHERE r.slug = ?)`,
    );
    args.push(filters.region);
  }
  if (filters.cert) {
    where.push(
      `(EXISTS (SELECT 1 FROM certificates ce WHERE ce.product_id = p.id AND ${VALID_CERT}
          AND ce.kind_id = (SELECT id FROM certification_kinds WHERE slug = ?))
        OR EXISTS (SELECT 1 FROM certificates ce WHERE ce.producer_id = p.producer_id AND ${VALID_CERT}
          AND ce.kind_id = (SELECT id FROM certification_kinds WHERE slug = ?)))`,
    );
    args.push(today, filters.cert, today, filters.cert);
  }
  if (filters.minTiyin !== undefined) {
    where.push('p.min_price_tiyin >= ?');
    args.push(filters.minTiyin);
  }
  if (filters.maxTiyin !== undefined) {
    where.push('p.min_price_tiyin <= ?');
    args.push(filters.maxTiyin);
  }
  if (filters.stock) where.push('p.available > 0');
  return { where, args };
}

/**
 * The filtered, sorted, paged catalogue. Price bounds come in KGS tiyin (the page converts them
 * from the display currency). Ids are found on indexed columns first, then hydrated into cards.
 */
export async function listProducts(
  db: Db,
  locale: Locale,
  filters: CatalogFilters & { minTiyin?: number; maxTiyin?: number },
  today = todayInBishkek(),
): Promise<Page<ProductCard>> {
  const { where, args } = catalogWhere(filters, today);
  const order = {
    recommended: 'p.featured DESC, p.published_at DESC, p.id DESC',
    newest: 'p.published_at DESC, p.id DESC',
    price_asc: 'p.min_price_tiyin ASC, p.id ASC',
    price_desc: 'p.min_price_tiyin DESC, p.id DESC',
  }[filters.sort];
  const whereSql = where.join(' AND ');
  const countSql = `SELECT count(*) AS n FROM products p WHERE ${whereSql}`;
  // The page's ids and their cards in one statement: one round trip on a libSQL server (decision 73).
  const [countRows, cardRows] = await Promise.all([
    memoized(db, `count:${countSql}:${JSON.stringify(args)}`, () => rows(db, countSql, args)),
    rows(
      db,
      cardsSql(
        locale,
        `WHERE p.id IN (SELECT p.id FROM products p WHERE ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?)
         ORDER BY ${order}`,
      ),
      [today, today, ...args, PAGE_SIZE, (filters.page - 1) * PAGE_SIZE],
    ),
  ]);
  const total = Number(countRows[0]?.n ?? 0);
  const items = cardRows.map(toCard);
  return { items, total, page: filters.page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

export interface Certificate {
  id: number;
  kind: string;
  kindName: string;
  issuer: string;
  number: string;
  validFrom: string;
  validUntil: string | null;
  expired: boolean;
  scope: 'product' | 'producer';
  /** Whether a document is stored for it (verified documents are public: src/lib/certificates/access.ts). */
  hasDocument: boolean;
}

/** A verified certificate with the producer and product it names, as the per-producer memo keeps it. */
interface OwnedCertificate {
  producerId: number | null;
  productId: number | null;
  certificate: Certificate;
}

/**
 * Every verified certificate of a producer and of its products, in the order pages show them: expired last,
 * then by kind, the longest valid first. Memoised per catalogue version (certificates, their translations
 * and kinds bump it) and day (one expires at the end of its last day in Bishkek).
 */
async function producerCertificates(
  db: Db,
  locale: Locale,
  producerId: number,
  today: string,
  version: number,
): Promise<OwnedCertificate[]> {
  return memoizedLru(db, `certificates:${locale}:${producerId}:${today}`, version, () =>
    readProducerCertificates(db, locale, producerId, today),
  );
}

/**
 * A producer by id, or as the producer of a published product's slug: a product page never seen in this
 * catalogue version reads its producer's parts in the same batch as the product (decision 73).
 */
type ProducerRef = number | { productSlug: string };
const producerSql = (ref: ProducerRef): [string, InValue] =>
  typeof ref === 'number'
    ? ['?', ref]
    : [`(SELECT producer_id FROM products WHERE slug = ? AND status = 'published')`, ref.productSlug];

async function readProducerCertificates(
  db: Db,
  locale: Locale,
  ref: ProducerRef,
  today: string,
): Promise<OwnedCertificate[]> {
  const [producer, arg] = producerSql(ref);
  {
    // Through the producer and product indexes (one OR over both), not every verified certificate's row.
    const result = await rows(
      db,
      `SELECT ce.id, k.slug AS kind, kt.name AS kind_name, coalesce(ct.issuer, ce.issuer) AS issuer, ce.number,
         ce.valid_from, ce.valid_until, ce.producer_id, ce.product_id, ce.document_path IS NOT NULL AS has_document
       FROM certificates ce
       JOIN certification_kinds k ON k.id = ce.kind_id
       LEFT JOIN certification_kind_translations kt ON kt.kind_id = k.id AND kt.locale = ${best('certification_kind_translations', 'kind_id', 'k.id', locale)}
       LEFT JOIN certificate_translations ct ON ct.certificate_id = ce.id AND ct.locale = ${best('certificate_translations', 'certificate_id', 'ce.id', locale)}
       WHERE +ce.status = 'verified'
         AND (ce.producer_id = ${producer} OR ce.product_id IN (SELECT id FROM products WHERE producer_id = ${producer}))
       ORDER BY (ce.valid_until IS NOT NULL AND ce.valid_until < ?), k.sort, ce.valid_until DESC`,
      [arg, arg, today],
    );
    return result.map((r) => ({
      producerId: r.producer_id === null ? null : Number(r.producer_id),
      productId: r.product_id === null ? null : Number(r.product_id),
      certificate: {
        id: Number(r.id),
        kind: String(r.kind),
        kindName: String(r.kind_name),
        issuer: String(r.issuer),
        number: String(r.number),
        validFrom: String(r.valid_from),
        validUntil: r.valid_until ? String(r.valid_until) : null,
        expired: isCertificateExpired({ validUntil: r.valid_until ? String(r.valid_until) : null }, today),
        scope: r.product_id ? 'product' : 'producer',
        hasDocument: Number(r.has_document) === 1,
      } satisfies Certificate,
    }));
  }
}

/** The verified certificates a producer's page (productId null) or one of its product pages shows. */
async function certificatesOf(
  db: Db,
  locale: Locale,
  producerId: number,
  productId: number | null,
  today: string,
  version?: number,
): Promise<Certificate[]> {
  const owned = await producerCertificates(db, locale, producerId, today, version ?? (await getCatalogVersion(db)));
  return owned
    .filter((c) => c.producerId === producerId || (productId !== null && c.productId === productId))
    .map((c) => c.certificate);
}

export interface ProducerSummary {
  id: number;
  slug: string;
  kind: 'family' | 'cooperative' | 'company';
  name: Localized;
  story: Localized;
  minOrder: string | null;
  monthlyCapacity: string | null;
  leadTimeDays: number | null;
  foundedYear: number | null;
  socialContract: boolean;
  grantYear: number | null;
  womenLed: boolean;
  familyMembersWorking: number;
  village: PlaceRef & { district: string; lat: number; lng: number };
  region: PlaceRef;
}

/** Cards of the producer's other products a product page shows. */
const MORE_FROM_PRODUCER = 4;

/** A producer's summary by id, memoised per catalogue version (producers, places and their texts bump it). */
function producerSummaryById(db: Db, locale: Locale, producerId: number, version: number) {
  return memoizedLru(db, `producer:${locale}:${producerId}`, version, () =>
    producerSummary(db, locale, 'pr.id = ?', producerId),
  );
}

/** Up to `MORE_FROM_PRODUCER + 1` of a producer's published products as cards, memoised per version and day. */
function producerTopCards(db: Db, locale: Locale, producerId: number, today: string, version: number) {
  return memoizedLru(db, `top-cards:${locale}:${producerId}:${today}`, version, () =>
    readTopCards(db, locale, producerId, today),
  );
}

/** A producer's first published products as cards, in one read. */
async function readTopCards(db: Db, locale: Locale, ref: ProducerRef, today: string): Promise<ProductCard[]> {
  const [producer, arg] = producerSql(ref);
  const result = await rows(
    db,
    cardsSql(
      locale,
      `WHERE p.id IN (SELECT id FROM products WHERE producer_id = ${producer} AND status = 'published'
         ORDER BY featured DESC, published_at DESC, id DESC LIMIT ?)
       ORDER BY p.featured DESC, p.published_at DESC, p.id DESC`,
    ),
    [today, today, arg, MORE_FROM_PRODUCER + 1],
  );
  return result.map(toCard);
}

/** A producer's summary, certificates and first cards: from the memo by id, or read by a product's slug. */
async function producerParts(
  db: Db,
  locale: Locale,
  ref: ProducerRef,
  today: string,
  version: number,
): Promise<[ProducerSummary | null, OwnedCertificate[], ProductCard[]]> {
  if (typeof ref === 'number')
    return Promise.all([
      producerSummaryById(db, locale, ref, version),
      producerCertificates(db, locale, ref, today, version),
      producerTopCards(db, locale, ref, today, version),
    ]);
  const [where, arg] = producerSql(ref);
  const parts = await Promise.all([
    producerSummary(db, locale, `pr.id = ${where}`, arg),
    readProducerCertificates(db, locale, ref, today),
    readTopCards(db, locale, ref, today),
  ]);
  const [producer, certificates, cards] = parts;
  if (producer) {
    putLru(db, `producer:${locale}:${producer.id}`, version, producer);
    putLru(db, `certificates:${locale}:${producer.id}:${today}`, version, certificates);
    putLru(db, `top-cards:${locale}:${producer.id}:${today}`, version, cards);
  }
  return parts;
}

async function producerSummary(db: Db, locale: Locale, where: string, arg: InValue): Promise<ProducerSummary | null> {
  const [r] = await rows(
    db,
    `SELECT pr.*, prt.name, prt.locale AS name_locale,
       ${bestTextSql('producer_translations', 'producer_id', 'pr.id', 'story', locale)} AS story,
       ${bestTextSql('producer_translations', 'producer_id', 'pr.id', 'min_order', locale)} AS min_order,
       ${bestTextSql('producer_translations', 'producer_id', 'pr.id', 'monthly_capacity', locale)} AS monthly_capacity,
       vl.slug AS village_slug, vl.lat, vl.lng, vt.name AS village_name, vt.district, vt.locale AS village_locale,
       rg.slug AS region_slug, rt.name AS region_name, rt.locale AS region_locale
     FROM producers pr
     JOIN villages vl ON vl.id = pr.village_id
     JOIN regions rg ON rg.id = vl.region_id
     LEFT JOIN producer_translations prt ON prt.producer_id = pr.id AND prt.locale = ${best('producer_translations', 'producer_id', 'pr.id', locale)}
     LEFT JOIN village_translations vt ON vt.village_id = vl.id AND vt.locale = ${best('village_translations', 'village_id', 'vl.id', locale)}
     LEFT JOIN region_translations rt ON rt.region_id = rg.id AND rt.locale = ${best('region_translations', 'region_id', 'rg.id', locale)}
     WHERE ${where} AND pr.status = 'active'`,
    [arg],
  );
  if (!r) return null;
  return {
    id: Number(r.id),
    slug: String(r.slug),
    kind: r.kind as ProducerSummary['kind'],
    name: loc(r.name, r.name_locale),
    story: readBestText(r.story, locale),
    minOrder: readBestText(r.min_order, locale).text || null,
    monthlyCapacity: readBestText(r.monthly_capacity, locale).text || null,
    leadTimeDays: r.lead_time_days === null ? null : Number(r.lead_time_days),
    foundedYear: r.founded_year === null ? null : Number(r.founded_year),
    socialContract: Boolean(r.social_contract),
    grantYear: r.grant_year === null ? null : Number(r.grant_year),
    womenLed: Boolean(r.women_led),
    familyMembersWorking: Number(r.family_members_working),
    village: {
      slug: String(r.village_slug),
      name: loc(r.village_name, r.village_locale),
      district: String(r.district ?? ''),
      lat: Number(r.lat),
      lng: Number(r.lng),
    },
    region: { slug: String(r.region_slug), name: loc(r.region_name, r.region_locale) },
  };
}

export interface VariantView {
  id: number;
  sku: string;
  barcode: string | null;
  label: Localized;
  priceTiyin: number;
  weightGrams: number;
  hsCode: string | null;
  available: number;
}

export interface ProductPage {
  id: number;
  slug: string;
  status: string;
  name: Localized;
  description: Localized;
  ingredients: Localized;
  image: string;
  category: PlaceRef;
  minPriceTiyin: number;
  available: number;
  shelfLifeDays: number | null;
  /** Wholesale terms the producer states for this product (units; days), null when not given. */
  minOrderQty: number | null;
  monthlyCapacity: number | null;
  leadTimeDays: number | null;
  updatedAt: number;
  variants: VariantView[];
  producer: ProducerSummary;
  certificates: Certificate[];
  latestBatch: { code: string; producedOn: string; bestBefore: string | null } | null;
  moreFromProducer: ProductCard[];
  /** Every uploaded photo; empty while the product shows its drawing (`image`). */
  photos: ProductPhoto[];
  /** Approved reviews, their count and average. */
  reviews: ReviewSummary;
}

/** Everything the product page shows, or null when there is no published product with this slug. */
export async function getProductPage(
  db: Db,
  locale: Locale,
  slug: string,
  today = todayInBishkek(),
): Promise<ProductPage | null> {
  // One batch on a libSQL server (decision 73): everything is read by slug at once, the producer's parts
  // from the per-producer memo when this slug's producer is known in this catalogue version. Where a read
  // costs no round trip (decision 74), the producer's parts come from the memo by the product's producer
  // once its row is read: reading them by slug on a slug's first page cost more than the page's own reads.
  const version = await getCatalogVersion(db);
  const local = readsLocally(db);
  const producerKey = `producer-of:${slug}`;
  const knownProducer = local ? undefined : peekLru<number>(db, producerKey, version);
  const bySlug = `(SELECT id FROM products WHERE slug = ? AND status = 'published')`;
  const [[p], variantRows, batchRows, photos, reviews, warm] = await Promise.all([
    rows(
      db,
      `SELECT p.*, pt.name, pt.locale AS text_locale,
         ${bestTextSql('product_translations', 'product_id', 'p.id', 'description', locale)} AS description,
         ${bestTextSql('product_translations', 'product_id', 'p.id', 'ingredients', locale)} AS ingredients,
         c.slug AS category_slug, ctr.name AS category_name, ctr.locale AS category_locale
       FROM products p
       JOIN categories c ON c.id = p.category_id
       LEFT JOIN product_translations pt ON pt.product_id = p.id AND pt.locale = ${best('product_translations', 'product_id', 'p.id', locale)}
       LEFT JOIN category_translations ctr ON ctr.category_id = c.id AND ctr.locale = ${best('category_translations', 'category_id', 'c.id', locale)}
       WHERE p.slug = ? AND p.status = 'published'`,
      [slug],
    ),
    rows(
      db,
      `SELECT v.id, v.sku, v.barcode, v.price_tiyin, v.weight_grams, v.hs_code,
         ${bestTextSql('variant_translations', 'variant_id', 'v.id', 'label', locale)} AS label,
         coalesce((SELECT sum(sl.on_hand - sl.reserved) FROM stock_levels sl JOIN stock_locations l ON l.id = sl.location_id
           WHERE sl.variant_id = v.id AND l.sells_online = 1), 0) AS available
       FROM variants v
       WHERE v.product_id = ${bySlug} AND v.active = 1 ORDER BY v.sort, v.id`,
      [slug],
    ),
    rows(
      db,
      `SELECT b.code, b.produced_on, b.best_before FROM batches b JOIN variants v ON v.id = b.variant_id
       WHERE v.product_id = ${bySlug} ORDER BY b.produced_on DESC LIMIT 1`,
      [slug],
    ),
    listProductPhotos(db, { slug }),
    getProductReviews(db, { slug }),
    local ? undefined : producerParts(db, locale, knownProducer ?? { productSlug: slug }, today, version),
  ]);
  if (!p) return null;
  const id = Number(p.id);
  const producerId = Number(p.producer_id);
  const [producer, owned, topCards] =
    warm && (knownProducer === undefined || knownProducer === producerId)
      ? warm
      : await producerParts(db, locale, producerId, today, version);
  if (!local) putLru(db, producerKey, version, producerId);
  const certificates = owned.filter((c) => c.producerId === producerId || c.productId === id).map((c) => c.certificate);
  if (!producer) return null;
  const batch = batchRows[0];
  return {
    id,
    slug: String(p.slug),
    status: String(p.status),
    name: loc(p.name, p.text_locale),
    description: readBestText(p.description, locale),
    ingredients: readBestText(p.ingredients, locale),
    image: p.image ? String(p.image) : illustrationUrl({ id, category: String(p.category_slug), slug: String(p.slug) }),
    category: { slug: String(p.category_slug), name: loc(p.category_name, p.category_locale) },
    minPriceTiyin: Number(p.min_price_tiyin),
    available: Number(p.available),
    shelfLifeDays: p.shelf_life_days === null ? null : Number(p.shelf_life_days),
    minOrderQty: p.min_order_qty === null ? null : Number(p.min_order_qty),
    monthlyCapacity: p.monthly_capacity === null ? null : Number(p.monthly_capacity),
    leadTimeDays: p.lead_time_days === null ? null : Number(p.lead_time_days),
    updatedAt: Number(p.updated_at),
    variants: variantRows.map((v) => ({
      id: Number(v.id),
      sku: String(v.sku),
      barcode: (v.barcode as string | null) ?? null,
      label: readBestText(v.label, locale),
      priceTiyin: Number(v.price_tiyin),
      weightGrams: Number(v.weight_grams),
      hsCode: (v.hs_code as string | null) ?? null,
      available: Number(v.available),
    })),
    producer,
    certificates,
    latestBatch: batch
      ? {
          code: String(batch.code),
          producedOn: String(batch.produced_on),
          bestBefore: (batch.best_before as string | null) ?? null,
        }
      : null,
    moreFromProducer: topCards.filter((card) => card.id !== id).slice(0, MORE_FROM_PRODUCER),
    photos,
    reviews,
  };
}

export interface ProducerPage extends ProducerSummary {
  certificates: Certificate[];
  products: ProductCard[];
}

/** A producer's public page: story, place, certificates and published products. */
export async function getProducerPage(
  db: Db,
  locale: Locale,
  slug: string,
  today = todayInBishkek(),
): Promise<ProducerPage | null> {
  const producer = await producerSummary(db, locale, 'pr.slug = ?', slug);
  if (!producer) return null;
  const [certificates, idRows] = await Promise.all([
    certificatesOf(db, locale, producer.id, null, today),
    rows(
      db,
      `SELECT id FROM products WHERE producer_id = ? AND status = 'published' ORDER BY featured DESC, published_at DESC LIMIT 60`,
      [producer.id],
    ),
  ]);
  return {
    ...producer,
    certificates,
    products: await getProductCards(
      db,
      locale,
      idRows.map((r) => Number(r.id)),
      today,
    ),
  };
}

export interface ProducerCard {
  slug: string;
  name: Localized;
  kind: string;
  socialContract: boolean;
  womenLed: boolean;
  products: number;
  village: PlaceRef;
}

async function producerCards(db: Db, locale: Locale, where: string, args: InValue[]): Promise<ProducerCard[]> {
  const result = await rows(
    db,
    `SELECT pr.slug, pr.kind, pr.social_contract, pr.women_led, prt.name, prt.locale AS name_locale,
       vl.slug AS village_slug, vt.name AS village_name, vt.locale AS village_locale,
       (SELECT count(*) FROM products p WHERE p.producer_id = pr.id AND p.status = 'published') AS products
     FROM producers pr JOIN villages vl ON vl.id = pr.village_id
     LEFT JOIN producer_translations prt ON prt.producer_id = pr.id AND prt.locale = ${best('producer_translations', 'producer_id', 'pr.id', locale)}
     LEFT JOIN village_translations vt ON vt.village_id = vl.id AND vt.locale = ${best('village_translations', 'village_id', 'vl.id', locale)}
     WHERE pr.status = 'active' AND ${where} ORDER BY prt.name LIMIT 200`,
    args,
  );
  return result.map((r) => ({
    slug: String(r.slug),
    name: loc(r.name, r.name_locale),
    kind: String(r.kind),
    socialContract: Boolean(r.social_contract),
    womenLed: Boolean(r.women_led),
    products: Number(r.products),
    village: { slug: String(r.village_slug), name: loc(r.village_name, r.village_locale) },
  }));
}

export interface RegionSummary {
  slug: string;
  kind: string;
  name: Localized;
  description: Localized;
  villages: number;
  producers: number;
}

/** All regions with how many villages and producers each has on the platform. */
export async function listRegions(db: Db, locale: Locale): Promise<RegionSummary[]> {
  return memoized(db, `regions:${locale}`, async () => {
    const result = await rows(
      db,
      `SELECT rg.slug, rg.kind, rt.name, rt.locale AS name_locale,
         ${bestTextSql('region_translations', 'region_id', 'rg.id', 'description', locale)} AS description,
         (SELECT count(*) FROM villages v WHERE v.region_id = rg.id) AS villages,
         (SELECT count(*) FROM producers pr JOIN villages v ON v.id = pr.village_id WHERE v.region_id = rg.id AND pr.status = 'active') AS producers
       FROM regions rg
       LEFT JOIN region_translations rt ON rt.region_id = rg.id AND rt.locale = ${best('region_translations', 'region_id', 'rg.id', locale)}
       ORDER BY rg.sort`,
    );
    return result.map((r) => ({
      slug: String(r.slug),
      kind: String(r.kind),
      name: loc(r.name, r.name_locale),
      description: readBestText(r.description, locale),
      villages: Number(r.villages),
      producers: Number(r.producers),
    }));
  });
}

export interface VillageSummary {
  slug: string;
  name: Localized;
  district: string;
  story: Localized;
  lat: number;
  lng: number;
  population: number | null;
  producers: number;
}

async function villageSummaries(
  db: Db,
  locale: Locale,
  where: string,
  args: InValue[],
): Promise<(VillageSummary & { region: PlaceRef })[]> {
  const result = await rows(
    db,
    `SELECT vl.slug, vl.lat, vl.lng, vl.population, vt.name, vt.district, vt.locale AS name_locale,
       ${bestTextSql('village_translations', 'village_id', 'vl.id', 'story', locale)} AS story,
       rg.slug AS region_slug, rt.name AS region_name, rt.locale AS region_locale,
       (SELECT count(*) FROM producers pr WHERE pr.village_id = vl.id AND pr.status = 'active') AS producers
     FROM villages vl JOIN regions rg ON rg.id = vl.region_id
     LEFT JOIN village_translations vt ON vt.village_id = vl.id AND vt.locale = ${best('village_translations', 'village_id', 'vl.id', locale)}
     LEFT JOIN region_translations rt ON rt.region_id = rg.id AND rt.locale = ${best('region_translations', 'region_id', 'rg.id', locale)}
     WHERE ${where} ORDER BY vt.name`,
    args,
  );
  return result.map((r) => ({
    slug: String(r.slug),
    name: loc(r.name, r.name_locale),
    district: String(r.district ?? ''),
    story: readBestText(r.story, locale),
    lat: Number(r.lat),
    lng: Number(r.lng),
    population: r.population === null ? null : Number(r.population),
    producers: Number(r.producers),
    region: { slug: String(r.region_slug), name: loc(r.region_name, r.region_locale) },
  }));
}

/** A region's page: its villages and a first page of its products. */
export async function getRegionPage(db: Db, locale: Locale, slug: string) {
  const region = (await listRegions(db, locale)).find((r) => r.slug === slug);
  if (!region) return null;
  const villages = await villageSummaries(db, locale, 'rg.slug = ?', [slug]);
  return { ...region, villageList: villages };
}

/** A village's page: its story, where it is, its producers. */
export async function getVillagePage(db: Db, locale: Locale, slug: string) {
  const [village] = await villageSummaries(db, locale, 'vl.slug = ?', [slug]);
  if (!village) return null;
  const producers = await producerCards(db, locale, 'vl.slug = ?', [slug]);
  return { ...village, producerList: producers };
}

/** Producers of a region (for the region page). */
export async function listProducersInRegion(db: Db, locale: Locale, regionSlug: string): Promise<ProducerCard[]> {
  return producerCards(db, locale, 'vl.region_id = (SELECT id FROM regions WHERE slug = ?)', [regionSlug]);
}

export interface CategorySummary {
  slug: string;
  name: Localized;
  description: Localized;
  products: number;
}

/** Categories with the number of published products in each. */
export async function listCategories(db: Db, locale: Locale): Promise<CategorySummary[]> {
  return memoized(db, `categories:${locale}`, async () => {
    const result = await rows(
      db,
      `SELECT c.slug, ct.name, ct.locale AS name_locale,
         ${bestTextSql('category_translations', 'category_id', 'c.id', 'description', locale)} AS description,
         (SELECT count(*) FROM products p WHERE p.category_id = c.id AND p.status = 'published') AS products
       FROM categories c
       LEFT JOIN category_translations ct ON ct.category_id = c.id AND ct.locale = ${best('category_translations', 'category_id', 'c.id', locale)}
       ORDER BY c.sort`,
    );
    return result.map((r) => ({
      slug: String(r.slug),
      name: loc(r.name, r.name_locale),
      description: readBestText(r.description, locale),
      products: Number(r.products),
    }));
  });
}

export interface CertificationKindSummary {
  slug: string;
  name: string;
  description: string;
  holders: number;
}

/** Certification kinds with how many producers hold a verified, unexpired certificate of each. */
export async function listCertificationKinds(
  db: Db,
  locale: Locale,
  today = todayInBishkek(),
): Promise<CertificationKindSummary[]> {
  return memoized(db, `kinds:${locale}:${today}`, async () => {
    const result = await rows(
      db,
      `SELECT k.slug, kt.name, kt.description,
         (SELECT count(DISTINCT coalesce(ce.producer_id, (SELECT producer_id FROM products WHERE id = ce.product_id)))
          FROM certificates ce WHERE ce.kind_id = k.id AND ${VALID_CERT}) AS holders
       FROM certification_kinds k
       LEFT JOIN certification_kind_translations kt ON kt.kind_id = k.id AND kt.locale = ${best('certification_kind_translations', 'kind_id', 'k.id', locale)}
       ORDER BY k.sort`,
      [today],
    );
    return result.map((r) => ({
      slug: String(r.slug),
      name: String(r.name),
      description: String(r.description),
      holders: Number(r.holders),
    }));
  });
}

/** Featured products for the home page (newest first), topped up with the newest others. */
export async function listFeatured(db: Db, locale: Locale, limit = 8): Promise<ProductCard[]> {
  return memoized(db, `featured:${locale}:${limit}`, async () => {
    const ids = await rows(
      db,
      `SELECT id FROM products WHERE status = 'published' ORDER BY featured DESC, published_at DESC LIMIT ?`,
      [limit],
    );
    return getProductCards(
      db,
      locale,
      ids.map((r) => Number(r.id)),
    );
  });
}

export interface ImpactFigures {
  producers: number;
  socialContract: number;
  womenLed: number;
  familyMembers: number;
  villages: number;
  regions: number;
  products: number;
  cooperatives: number;
}

/** What the platform's own data says about the people behind the products. */
export async function getImpactFigures(db: Db): Promise<ImpactFigures> {
  return memoized(db, 'impact', async () => {
    const [r] = await rows(
      db,
      `SELECT count(*) AS producers, sum(social_contract) AS social_contract, sum(women_led) AS women_led,
         sum(family_members_working) AS family_members, count(DISTINCT village_id) AS villages,
         sum(kind = 'cooperative') AS cooperatives,
         (SELECT count(DISTINCT v.region_id) FROM producers p JOIN villages v ON v.id = p.village_id WHERE p.status = 'active') AS regions,
         (SELECT count(*) FROM products WHERE status = 'published') AS products
       FROM producers WHERE status = 'active'`,
    );
    return {
      producers: Number(r?.producers ?? 0),
      socialContract: Number(r?.social_contract ?? 0),
      womenLed: Number(r?.women_led ?? 0),
      familyMembers: Number(r?.family_members ?? 0),
      villages: Number(r?.villages ?? 0),
      regions: Number(r?.regions ?? 0),
      products: Number(r?.products ?? 0),
      cooperatives: Number(r?.cooperatives ?? 0),
    };
  });
}

/** Products per sitemap file: three language URLs each stays under the protocol's 50,000. */
export const SITEMAP_PRODUCTS_PER_FILE = 15_000;

type SitemapEntry = { slug: string; updatedAt: number };
const toEntries = (rs: Row[]): SitemapEntry[] =>
  rs.map((r) => ({ slug: String(r.slug), updatedAt: Number(r.updated_at) }));

/** Regions, villages and producers with their update times, for the sitemap. */
export async function listSitemapPlaces(db: Db) {
  const [producers, regions, villages] = await Promise.all([
    rows(db, `SELECT slug, updated_at FROM producers WHERE status = 'active' ORDER BY id`),
    rows(db, `SELECT slug, updated_at FROM regions ORDER BY sort`),
    rows(db, `SELECT slug, updated_at FROM villages ORDER BY id`),
  ]);
  return { producers: toEntries(producers), regions: toEntries(regions), villages: toEntries(villages) };
}

/** How many sitemap files the published products need. */
export async function countSitemapProductFiles(db: Db): Promise<number> {
  const [r] = await rows(db, `SELECT count(*) AS n FROM products WHERE status = 'published'`);
  return Math.max(1, Math.ceil(Number(r?.n ?? 0) / SITEMAP_PRODUCTS_PER_FILE));
}

/** One sitemap file's worth of published products (1-based file number). */
export async function listSitemapProducts(db: Db, file: number): Promise<SitemapEntry[]> {
  return toEntries(
    await rows(db, `SELECT slug, updated_at FROM products WHERE status = 'published' ORDER BY id LIMIT ? OFFSET ?`, [
      SITEMAP_PRODUCTS_PER_FILE,
      (file - 1) * SITEMAP_PRODUCTS_PER_FILE,
    ]),
  );
}

const requestVersion = new AsyncLocalStorage<number>();

/**
 * Runs `render` with the catalogue version this request read first: the page, its memos, the rates and the
 * shop's details use it instead of reading it again (each read is a round trip on a libSQL server). Only
 * for requests that write nothing (GET), so a handler never reads memos from before its own write.
 */
export function withCatalogVersion<T>(version: number, render: () => T): T {
  return requestVersion.run(version, render);
}

/** The catalogue's data version: cached pages are valid while it stays the same. */
export async function getCatalogVersion(db: Db): Promise<number> {
  const known = requestVersion.getStore();
  if (known !== undefined) return known;
  // Asked on every answer from the page cache: on an embedded file kept until anything is committed to it.
  const mark = changeMark(db);
  const kept = keptVersions.get(db);
  if (mark !== undefined && kept?.mark === mark) return kept.version;
  const version = Number((await readFirst(db, 'SELECT version FROM catalog_version WHERE id = 1'))?.[0] ?? 0);
  if (mark !== undefined && changeMark(db) === mark) keptVersions.set(db, { mark, version });
  return version;
}
/** The catalogue version last read from an embedded file, with the file's change mark it was read under. */
const keptVersions = new WeakMap<Db, { mark: number; version: number }>();

/** Every village, for the catalogue's village filter. */
export async function listVillages(db: Db, locale: Locale) {
  return memoized(db, `villages:${locale}`, async () => {
    return villageSummaries(db, locale, '1 = 1', []);
  });
}
