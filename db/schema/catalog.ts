import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { LOCALES, timestamps } from './columns.ts';

/** The 7 oblasts and the cities of Bishkek and Osh. */
export const regions = sqliteTable('regions', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  kind: text('kind', { enum: ['oblast', 'city'] }).notNull(),
  lat: real('lat').notNull(),
  lng: real('lng').notNull(),
  sort: integer('sort').notNull().default(0),
  ...timestamps,
});

export const regionTranslations = sqliteTable(
  'region_translations',
  {
    regionId: integer('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    locale: text('locale', { enum: LOCALES }).notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    ...timestamps,
  },
  (t) => [primaryKey({ name: 'region_translations_pk', columns: [t.regionId, t.locale] })],
);

export const villages = sqliteTable(
  'villages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    regionId: integer('region_id')
      .notNull()
      .references(() => regions.id),
    lat: real('lat').notNull(),
    lng: real('lng').notNull(),
    population: integer('population'),
    ...timestamps,
  },
  (t) => [index('villages_region_idx').on(t.regionId)],
);

export const villageTranslations = sqliteTable(
  'village_translations',
  {
    villageId: integer('village_id')
      .notNull()
      .references(() => villages.id, { onDelete: 'cascade' }),
    locale: text('locale', { enum: LOCALES }).notNull(),
    name: text('name').notNull(),
    district: text('district').notNull(),
    story: text('story').notNull().default(''),
    ...timestamps,
  },
  (t) => [primaryKey({ name: 'village_translations_pk', columns: [t.villageId, t.locale] })],
);

/** A family, cooperative or company that makes products. */
export const producers = sqliteTable(
  'producers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    villageId: integer('village_id')
      .notNull()
      .references(() => villages.id),
    kind: text('kind', { enum: ['family', 'cooperative', 'company'] }).notNull(),
    /** The language the producer writes in: their texts are entered in it first. */
    mainLocale: text('main_locale', { enum: LOCALES }).notNull().default('ky'),
    foundedYear: integer('founded_year'),
    socialContract: integer('social_contract', { mode: 'boolean' }).notNull().default(false),
    grantYear: integer('grant_year'),
    womenLed: integer('women_led', { mode: 'boolean' }).notNull().default(false),
    familyMembersWorking: integer('family_members_working').notNull().default(1),
    phone: text('phone'),
    email: text('email'),
    /** Postal address, for staff only (pickups, payouts); not shown on public pages. */
    address: text('address'),
    /** The shop's commission on consigned sales, in basis points (1500 = 15 %). */
    commissionBps: integer('commission_bps').notNull().default(1500),
    leadTimeDays: integer('lead_time_days'),
    status: text('status', { enum: ['active', 'suspended'] })
      .notNull()
      .default('active'),
    ...timestamps,
  },
  (t) => [index('producers_village_idx').on(t.villageId)],
);

export const producerTranslations = sqliteTable(
  'producer_translations',
  {
    producerId: integer('producer_id')
      .notNull()
      .references(() => producers.id, { onDelete: 'cascade' }),
    locale: text('locale', { enum: LOCALES }).notNull(),
    name: text('name').notNull(),
    story: text('story').notNull().default(''),
    minOrder: text('min_order'),
    monthlyCapacity: text('monthly_capacity'),
    ...timestamps,
  },
  (t) => [primaryKey({ name: 'producer_translations_pk', columns: [t.producerId, t.locale] })],
);

export const categories = sqliteTable('categories', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  sort: integer('sort').notNull().default(0),
  ...timestamps,
});

export const categoryTranslations = sqliteTable(
  'category_translations',
  {
    categoryId: integer('category_id')
      .notNull()
      .references(() => categories.id, { onDelete: 'cascade' }),
    locale: text('locale', { enum: LOCALES }).notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    ...timestamps,
  },
  (t) => [primaryKey({ name: 'category_translations_pk', columns: [t.categoryId, t.locale] })],
);

export const PRODUCT_STATUSES = ['draft', 'in_review', 'published', 'archived'] as const;

export const products = sqliteTable(
  'products',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    producerId: integer('producer_id')
      .notNull()
      .references(() => producers.id),
    categoryId: integer('category_id')
      .notNull()
      .references(() => categories.id),
    status: text('status', { enum: PRODUCT_STATUSES }).notNull().default('draft'),
    featured: integer('featured', { mode: 'boolean' }).notNull().default(false),
    /** Lowest variant price, kept in step with variants so the catalogue can filter and sort without a join. */
    minPriceTiyin: integer('min_price_tiyin').notNull().default(0),
    /** Units available across all locations, kept in step with stock levels for the "in stock" filter. */
    available: integer('available').notNull().default(0),
    shelfLifeDays: integer('shelf_life_days'),
    image: text('image'),
    minOrderQty: integer('min_order_qty'),
    /** Units the producer can make in a month, for wholesale buyers. */
    monthlyCapacity: integer('monthly_capacity'),
    /** Days from a wholesale order to dispatch. */
    leadTimeDays: integer('lead_time_days'),
    publishedAt: integer('published_at', { mode: 'number' }),
    ...timestamps,
  },
  (t) => [
    index('products_producer_status_idx').on(t.producerId, t.status, t.featured, t.publishedAt),
    index('products_status_category_price_idx').on(t.status, t.categoryId, t.minPriceTiyin),
    index('products_status_price_idx').on(t.status, t.minPriceTiyin),
    index('products_status_published_idx').on(t.status, t.publishedAt),
    index('products_status_featured_idx').on(t.status, t.featured, t.publishedAt),
    index('products_status_category_published_idx').on(t.status, t.categoryId, t.publishedAt),
  ],
);

export const productTranslations = sqliteTable(
  'product_translations',
  {
    productId: integer('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    locale: text('locale', { enum: LOCALES }).notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    ingredients: text('ingredients').notNull().default(''),
    ...timestamps,
  },
  (t) => [
    primaryKey({ name: 'product_translations_pk', columns: [t.productId, t.locale] }),
    index('product_translations_locale_name_idx').on(t.locale, t.name),
  ],
);

/** A sellable form of a product (250 g jar, 1 kg jar), with its price and customs data. */
export const variants = sqliteTable(
  'variants',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    sku: text('sku').notNull(),
    barcode: text('barcode'),
    priceTiyin: integer('price_tiyin').notNull(),
    weightGrams: integer('weight_grams').notNull(),
    netWeightGrams: integer('net_weight_grams'),
    hsCode: text('hs_code'),
    originCountry: text('origin_country').notNull().default('KG'),
    sort: integer('sort').notNull().default(0),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('variants_sku_uq').on(t.sku),
    uniqueIndex('variants_barcode_uq').on(t.barcode),
    index('variants_product_idx').on(t.productId),
    check('variants_price_ck', sql`${t.priceTiyin} >= 0`),
  ],
);

export const variantTranslations = sqliteTable(
  'variant_translations',
  {
    variantId: integer('variant_id')
      .notNull()
      .references(() => variants.id, { onDelete: 'cascade' }),
    locale: text('locale', { enum: LOCALES }).notNull(),
    label: text('label').notNull(),
    ...timestamps,
  },
  (t) => [primaryKey({ name: 'variant_translations_pk', columns: [t.variantId, t.locale] })],
);

/** A production lot of a variant: harvest or production date, best-before, quantity made. */
export const batches = sqliteTable(
  'batches',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    variantId: integer('variant_id')
      .notNull()
      .references(() => variants.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    producedOn: text('produced_on').notNull(),
    bestBefore: text('best_before'),
    quantity: integer('quantity').notNull(),
    madeBy: text('made_by'),
    ...timestamps,
  },
  (t) => [uniqueIndex('batches_variant_code_uq').on(t.variantId, t.code)],
);

export const CERTIFICATION_KINDS = ['organic', 'halal', 'eac', 'gi', 'ovop', 'made-in-kg'] as const;

export const certificationKinds = sqliteTable('certification_kinds', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  sort: integer('sort').notNull().default(0),
  ...timestamps,
});

export const certificationKindTranslations = sqliteTable(
  'certification_kind_translations',
  {
    kindId: integer('kind_id')
      .notNull()
      .references(() => certificationKinds.id, { onDelete: 'cascade' }),
    locale: text('locale', { enum: LOCALES }).notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    ...timestamps,
  },
  (t) => [primaryKey({ name: 'certification_kind_translations_pk', columns: [t.kindId, t.locale] })],
);

/** A certificate held by a producer (covers all their goods) or by one product. */
export const certificates = sqliteTable(
  'certificates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kindId: integer('kind_id')
      .notNull()
      .references(() => certificationKinds.id),
    producerId: integer('producer_id').references(() => producers.id, { onDelete: 'cascade' }),
    productId: integer('product_id').references(() => products.id, { onDelete: 'cascade' }),
    issuer: text('issuer').notNull(),
    number: text('number').notNull(),
    validFrom: text('valid_from').notNull(),
    validUntil: text('valid_until'),
    documentPath: text('document_path'),
    status: text('status', { enum: ['pending', 'verified', 'rejected'] })
      .notNull()
      .default('pending'),
    verifiedBy: integer('verified_by'),
    verifiedAt: integer('verified_at', { mode: 'number' }),
    /** Why staff rejected it: a reason code the producer reads in their own language. */
    rejectReason: text('reject_reason'),
    uploadedBy: integer('uploaded_by'),
    ...timestamps,
  },
  (t) => [
    index('certificates_producer_idx').on(t.producerId),
    index('certificates_product_idx').on(t.productId),
    index('certificates_kind_idx').on(t.kindId, t.status, t.validUntil),
    index('certificates_status_idx').on(t.status, t.validUntil),
    check('certificates_owner_ck', sql`${t.producerId} IS NOT NULL OR ${t.productId} IS NOT NULL`),
  ],
);

/** Issuer names per locale (a certificate's issuer reads differently in each language). */
export const certificateTranslations = sqliteTable(
  'certificate_translations',
  {
    certificateId: integer('certificate_id')
      .notNull()
      .references(() => certificates.id, { onDelete: 'cascade' }),
    locale: text('locale', { enum: LOCALES }).notNull(),
    issuer: text('issuer').notNull(),
    ...timestamps,
  },
  (t) => [primaryKey({ name: 'certificate_translations_pk', columns: [t.certificateId, t.locale] })],
);

/** Photos of a published product, in display order; the first is the product's main image. */
export const productPhotos = sqliteTable(
  'product_photos',
  {
    productId: integer('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    mediaKey: text('media_key').notNull(),
    sort: integer('sort').notNull().default(0),
    ...timestamps,
  },
  (t) => [primaryKey({ name: 'product_photos_pk', columns: [t.productId, t.mediaKey] })],
);

export const DRAFT_STATUSES = ['editing', 'in_review', 'rejected'] as const;

/**
 * A producer's proposed listing (texts, variants, photos, wholesale terms) as one JSON document.
 * The product tables hold what buyers see; approval copies the draft over them.
 */
export const productDrafts = sqliteTable(
  'product_drafts',
  {
    productId: integer('product_id')
      .primaryKey()
      .references(() => products.id, { onDelete: 'cascade' }),
    data: text('data', { mode: 'json' }).notNull(),
    status: text('status', { enum: DRAFT_STATUSES }).notNull().default('editing'),
    rejectReason: text('reject_reason'),
    rejectNote: text('reject_note'),
    submittedAt: integer('submitted_at', { mode: 'number' }),
    reviewedBy: integer('reviewed_by'),
    reviewedAt: integer('reviewed_at', { mode: 'number' }),
    ...timestamps,
  },
  (t) => [index('product_drafts_status_idx').on(t.status, t.submittedAt)],
);

/** Uploaded files under server-chosen names: product photos (WebP at a few widths) and certificate documents. */
export const media = sqliteTable(
  'media',
  {
    key: text('key').primaryKey(),
    producerId: integer('producer_id').references(() => producers.id),
    kind: text('kind', { enum: ['photo', 'document'] }).notNull(),
    mime: text('mime').notNull(),
    bytes: integer('bytes').notNull(),
    widths: text('widths', { mode: 'json' }).$type<number[]>(),
    width: integer('width'),
    height: integer('height'),
    uploadedBy: integer('uploaded_by'),
    ...timestamps,
  },
  (t) => [index('media_producer_idx').on(t.producerId, t.kind)],
);

/** Monotonic version of published catalogue data; the page cache keys on it. */
export const catalogVersion = sqliteTable('catalog_version', {
  id: integer('id').primaryKey(),
  version: integer('version').notNull().default(1),
  ...timestamps,
});
