import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { producers, products } from './catalog.ts';
import { LOCALES, timestamps } from './columns.ts';
import { orderLines, orders } from './commerce.ts';

/** The private link mailed when an order is delivered or handed over; only the token's SHA-256 is kept. */
export const reviewInvites = sqliteTable(
  'review_invites',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    expiresAt: integer('expires_at', { mode: 'number' }).notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('review_invites_order_uq').on(t.orderId), uniqueIndex('review_invites_token_uq').on(t.tokenHash)],
);

export const REVIEW_STATUSES = ['pending', 'approved', 'rejected'] as const;

/**
 * A buyer's rating (1–5) and text about one delivered order line, in the language it was written in;
 * shown once staff approve it, with the producer's one answer beneath.
 */
export const reviews = sqliteTable(
  'reviews',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    orderLineId: integer('order_line_id')
      .notNull()
      .references(() => orderLines.id, { onDelete: 'cascade' }),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    producerId: integer('producer_id')
      .notNull()
      .references(() => producers.id, { onDelete: 'cascade' }),
    rating: integer('rating').notNull(),
    body: text('body').notNull(),
    /** The buyer's name as given on the order; pages show the first word only. */
    authorName: text('author_name').notNull(),
    locale: text('locale', { enum: LOCALES }).notNull(),
    status: text('status', { enum: REVIEW_STATUSES }).notNull().default('pending'),
    moderatedBy: integer('moderated_by'),
    moderatedAt: integer('moderated_at', { mode: 'number' }),
    answer: text('answer'),
    answeredAt: integer('answered_at', { mode: 'number' }),
    answeredBy: integer('answered_by'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('reviews_order_line_uq').on(t.orderLineId),
    index('reviews_product_idx').on(t.productId, t.status, t.createdAt),
    index('reviews_producer_idx').on(t.producerId, t.status, t.createdAt),
    index('reviews_status_idx').on(t.status, t.createdAt),
    check('reviews_rating_ck', sql`${t.rating} BETWEEN 1 AND 5`),
    check('reviews_locale_ck', sql`${t.locale} IN ('ky', 'ru', 'en')`),
    check('reviews_status_ck', sql`${t.status} IN ('pending', 'approved', 'rejected')`),
    check('reviews_answer_ck', sql`(${t.answer} IS NULL) = (${t.answeredAt} IS NULL)`),
  ],
);
