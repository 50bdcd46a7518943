import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { LOCALES, timestamps } from './columns.ts';
import { batches, producers, variants } from './catalog.ts';

/** Where goods are kept: the Karakol shop, a Bishkek warehouse, each producer's home. */
export const stockLocations = sqliteTable('stock_locations', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  code: text('code').notNull().unique(),
  kind: text('kind', { enum: ['shop', 'warehouse', 'producer_home'] }).notNull(),
  producerId: integer('producer_id').references(() => producers.id),
  /** Online orders reserve from locations that sell online, shop first. */
  sellsOnline: integer('sells_online', { mode: 'boolean' }).notNull().default(true),
  sort: integer('sort').notNull().default(0),
  ...timestamps,
});

export const stockLocationTranslations = sqliteTable(
  'stock_location_translations',
  {
    locationId: integer('location_id')
      .notNull()
      .references(() => stockLocations.id, { onDelete: 'cascade' }),
    locale: text('locale', { enum: LOCALES }).notNull(),
    name: text('name').notNull(),
    address: text('address').notNull().default(''),
    ...timestamps,
  },
  (t) => [primaryKey({ name: 'stock_location_translations_pk', columns: [t.locationId, t.locale] })],
);

/**
 * Current stock of a variant at a location. Always equal to the sum of its ledger rows;
 * the CHECKs make an oversell impossible even for a buggy caller.
 */
export const stockLevels = sqliteTable(
  'stock_levels',
  {
    variantId: integer('variant_id')
      .notNull()
      .references(() => variants.id, { onDelete: 'cascade' }),
    locationId: integer('location_id')
      .notNull()
      .references(() => stockLocations.id),
    onHand: integer('on_hand').notNull().default(0),
    reserved: integer('reserved').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    primaryKey({ name: 'stock_levels_pk', columns: [t.variantId, t.locationId] }),
    index('stock_levels_location_idx').on(t.locationId),
    check('stock_levels_on_hand_ck', sql`${t.onHand} >= 0`),
    check('stock_levels_reserved_ck', sql`${t.reserved} >= 0 AND ${t.reserved} <= ${t.onHand}`),
  ],
);

export const MOVEMENT_KINDS = [
  'receive',
  'transfer_out',
  'transfer_in',
  'sale_online',
  'sale_counter',
  'return',
  'adjustment',
  'stocktake',
  'reservation',
  'release',
] as const;

/** The append-only stock ledger: every change of on-hand or reserved stock is one row. */
export const stockMovements = sqliteTable(
  'stock_movements',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    variantId: integer('variant_id')
      .notNull()
      .references(() => variants.id, { onDelete: 'cascade' }),
    locationId: integer('location_id')
      .notNull()
      .references(() => stockLocations.id),
    kind: text('kind', { enum: MOVEMENT_KINDS }).notNull(),
    onHandDelta: integer('on_hand_delta').notNull().default(0),
    reservedDelta: integer('reserved_delta').notNull().default(0),
    batchId: integer('batch_id').references(() => batches.id),
    /** Goods received on consignment stay the producer's until sold. */
    consignment: integer('consignment', { mode: 'boolean' }).notNull().default(false),
    orderId: integer('order_id'),
    reason: text('reason'),
    userId: integer('user_id'),
    createdAt: integer('created_at', { mode: 'number' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [
    index('stock_movements_variant_location_idx').on(t.variantId, t.locationId),
    index('stock_movements_order_idx').on(t.orderId),
    index('stock_movements_created_idx').on(t.createdAt),
  ],
);
