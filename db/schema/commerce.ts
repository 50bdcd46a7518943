import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { LOCALES, timestamps } from './columns.ts';
import { batches, producers, products, variants } from './catalog.ts';

/**
 * How many KGS one unit of a currency costs, as an integer in millionths (87.45 -> 87_450_000), from a date
 * on (YYYY-MM-DD, Bishkek time): a row per currency and date, so history is kept; the current rate is the
 * latest one on or before today. Orders lock theirs in `orders.kgs_per_unit_micros`.
 */
export const currencyRates = sqliteTable(
  'currency_rates',
  {
    currency: text('currency').notNull(),
    effectiveOn: text('effective_on').notNull(),
    kgsPerUnitMicros: integer('kgs_per_unit_micros').notNull(),
    source: text('source', { enum: ['seed', 'manual', 'nbkr'] })
      .notNull()
      .default('manual'),
    setBy: integer('set_by'),
    ...timestamps,
  },
  (t) => [
    primaryKey({ name: 'currency_rates_pk', columns: [t.currency, t.effectiveOn] }),
    index('currency_rates_effective_idx').on(t.effectiveOn),
    check('currency_rates_positive_ck', sql`${t.kgsPerUnitMicros} > 0`),
  ],
);

/** The shop's own details, one value per key; `locale` '' for values every language shares (src/lib/settings). */
export const shopSettings = sqliteTable(
  'shop_settings',
  {
    key: text('key').notNull(),
    locale: text('locale').notNull().default(''),
    value: text('value').notNull(),
    ...timestamps,
  },
  (t) => [primaryKey({ name: 'shop_settings_pk', columns: [t.key, t.locale] })],
);

/** Scheduled work shared by several processes: whoever moves `next_run_at` with a guarded UPDATE runs it. */
export const scheduledJobs = sqliteTable('scheduled_jobs', {
  name: text('name').primaryKey(),
  nextRunAt: integer('next_run_at').notNull(),
  lastResult: text('last_result'),
  updatedAt: integer('updated_at', { mode: 'number' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`),
});

export const shippingZones = sqliteTable('shipping_zones', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  code: text('code').notNull().unique(),
  /** ISO 3166-1 alpha-2 codes as a JSON array; the zone with '*' takes every other country. */
  countries: text('countries', { mode: 'json' }).$type<string[]>().notNull(),
  sort: integer('sort').notNull().default(0),
  ...timestamps,
});

export const shippingZoneTranslations = sqliteTable(
  'shipping_zone_translations',
  {
    zoneId: integer('zone_id')
      .notNull()
      .references(() => shippingZones.id, { onDelete: 'cascade' }),
    locale: text('locale', { enum: LOCALES }).notNull(),
    name: text('name').notNull(),
    ...timestamps,
  },
  (t) => [primaryKey({ name: 'shipping_zone_translations_pk', columns: [t.zoneId, t.locale] })],
);

/** Price of a parcel up to a weight in a zone. */
export const shippingRates = sqliteTable(
  'shipping_rates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    zoneId: integer('zone_id')
      .notNull()
      .references(() => shippingZones.id, { onDelete: 'cascade' }),
    maxWeightGrams: integer('max_weight_grams').notNull(),
    priceTiyin: integer('price_tiyin').notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('shipping_rates_zone_weight_uq').on(t.zoneId, t.maxWeightGrams)],
);

export const carts = sqliteTable(
  'carts',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id'),
    currency: text('currency').notNull().default('KGS'),
    ...timestamps,
  },
  (t) => [index('carts_session_idx').on(t.sessionId)],
);

export const cartItems = sqliteTable(
  'cart_items',
  {
    cartId: text('cart_id')
      .notNull()
      .references(() => carts.id, { onDelete: 'cascade' }),
    variantId: integer('variant_id')
      .notNull()
      .references(() => variants.id, { onDelete: 'cascade' }),
    quantity: integer('quantity').notNull(),
    /** Price the buyer saw when adding, to tell them at checkout when it changed. */
    seenPriceTiyin: integer('seen_price_tiyin').notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ name: 'cart_items_pk', columns: [t.cartId, t.variantId] }),
    check('cart_items_quantity_ck', sql`${t.quantity} > 0`),
  ],
);

export const ORDER_STATUSES = [
  'pending_payment',
  'paid',
  'packed',
  'shipped',
  'ready_for_pickup',
  'delivered',
  'cancelled',
  'refunded',
] as const;

export const orders = sqliteTable(
  'orders',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    number: text('number').notNull(),
    /** Unguessable token of the private status link. */
    accessToken: text('access_token').notNull(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    phone: text('phone'),
    address: text('address', { mode: 'json' }).$type<Record<string, string>>(),
    country: text('country'),
    locale: text('locale', { enum: LOCALES }).notNull(),
    status: text('status', { enum: ORDER_STATUSES }).notNull().default('pending_payment'),
    channel: text('channel', { enum: ['online', 'counter'] })
      .notNull()
      .default('online'),
    paymentMethod: text('payment_method', {
      enum: ['stripe', 'bank_transfer', 'pay_at_pickup', 'cash', 'card', 'qr'],
    }).notNull(),
    shippingMethod: text('shipping_method', { enum: ['pickup', 'domestic', 'international'] }),
    subtotalTiyin: integer('subtotal_tiyin').notNull(),
    shippingTiyin: integer('shipping_tiyin').notNull().default(0),
    totalTiyin: integer('total_tiyin').notNull(),
    currency: text('currency').notNull().default('KGS'),
    /** The rate locked into the order when it was placed. */
    kgsPerUnitMicros: integer('kgs_per_unit_micros').notNull().default(1_000_000),
    totalChargedMinor: integer('total_charged_minor').notNull(),
    carrier: text('carrier'),
    trackingNumber: text('tracking_number'),
    reservationExpiresAt: integer('reservation_expires_at', { mode: 'number' }),
    /** When an unpaid pay-at-pickup order was packed and put out for the buyer, who pays at the counter. */
    readyAt: integer('ready_at', { mode: 'number' }),
    /** The session and client address that placed an online order: unpaid holds are limited per each. */
    sessionId: text('session_id'),
    clientIp: text('client_ip'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('orders_number_uq').on(t.number),
    uniqueIndex('orders_access_token_uq').on(t.accessToken),
    index('orders_status_idx').on(t.status, t.createdAt),
    index('orders_email_idx').on(t.email),
    /** The buyer's own list (lookup and "my orders") matches the address case-insensitively, newest first. */
    index('orders_email_lower_idx').on(sql`lower(${t.email})`, t.createdAt),
    index('orders_unpaid_session_idx').on(t.sessionId, t.status),
    index('orders_unpaid_ip_idx').on(t.clientIp, t.status),
  ],
);

/** An order line keeps a snapshot of what was bought, so later edits never rewrite history. */
export const orderLines = sqliteTable(
  'order_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    variantId: integer('variant_id').references(() => variants.id, { onDelete: 'set null' }),
    productId: integer('product_id').references(() => products.id, { onDelete: 'set null' }),
    producerId: integer('producer_id').references(() => producers.id),
    locationId: integer('location_id'),
    productName: text('product_name').notNull(),
    variantLabel: text('variant_label').notNull(),
    producerName: text('producer_name').notNull(),
    sku: text('sku').notNull(),
    unitPriceTiyin: integer('unit_price_tiyin').notNull(),
    quantity: integer('quantity').notNull(),
    lineTotalTiyin: integer('line_total_tiyin').notNull(),
    /** Units of an unpaid offline order that the till sold from the shelf: no longer held for it. */
    shortQuantity: integer('short_quantity').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    index('order_lines_order_idx').on(t.orderId),
    index('order_lines_producer_idx').on(t.producerId),
    check('order_lines_quantity_ck', sql`${t.quantity} > 0`),
  ],
);

export const payments = sqliteTable(
  'payments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    provider: text('provider', {
      enum: ['stripe', 'bank_transfer', 'pay_at_pickup', 'cash', 'card', 'qr'],
    }).notNull(),
    status: text('status', {
      enum: ['pending', 'succeeded', 'failed', 'expired', 'refunded'],
    })
      .notNull()
      .default('pending'),
    amountMinor: integer('amount_minor').notNull(),
    currency: text('currency').notNull(),
    stripeSessionId: text('stripe_session_id'),
    stripePaymentIntentId: text('stripe_payment_intent_id'),
    /** Stripe's hosted payment page for this session, while it is open. */
    checkoutUrl: text('checkout_url'),
    attempt: integer('attempt').notNull().default(1),
    reference: text('reference'),
    /** Cash the buyer handed over at the till, in tiyin; the change is this less the amount. */
    cashGivenMinor: integer('cash_given_minor'),
    ...timestamps,
  },
  (t) => [index('payments_order_idx').on(t.orderId), uniqueIndex('payments_stripe_session_uq').on(t.stripeSessionId)],
);

export const UNAPPLIED_REASONS = ['duplicate', 'late', 'mismatch'] as const;
export const UNAPPLIED_STATUSES = ['refund_pending', 'refunded', 'refund_failed', 'resolved'] as const;

/**
 * Card payments Stripe took that cannot be applied to their order (a second payment of a paid order, a
 * payment after the hold lapsed, an amount or currency that is not the order's): kept apart from the
 * order's own payment, refunded through Stripe, and shown to staff until the refund is done.
 */
export const unappliedPayments = sqliteTable(
  'unapplied_payments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    orderId: integer('order_id').references(() => orders.id, { onDelete: 'set null' }),
    reason: text('reason', { enum: UNAPPLIED_REASONS }).notNull(),
    status: text('status', { enum: UNAPPLIED_STATUSES }).notNull().default('refund_pending'),
    /** What Stripe charged, in the minor units of `currency`. */
    amountMinor: integer('amount_minor').notNull(),
    currency: text('currency').notNull(),
    stripeEventId: text('stripe_event_id'),
    stripeSessionId: text('stripe_session_id'),
    stripePaymentIntentId: text('stripe_payment_intent_id'),
    stripeRefundId: text('stripe_refund_id'),
    /** Why the last refund attempt failed. */
    error: text('error'),
    /** What staff noted when they resolved it by hand. */
    note: text('note'),
    resolvedBy: integer('resolved_by'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('unapplied_payments_intent_uq').on(t.stripePaymentIntentId),
    index('unapplied_payments_status_idx').on(t.status, t.createdAt),
  ],
);

export const RETURN_STATUSES = ['pending', 'done', 'failed'] as const;
export const RETURN_DISPOSITIONS = ['restock', 'write_off'] as const;

/**
 * A return or refund of a delivered order (src/lib/orders/returns.ts): some units of some lines and,
 * optionally, the shipping, with the money given back through Stripe or by staff. A card refund is
 * `pending` while Stripe is asked, then `done` (or `failed`, which no longer counts against the charge).
 */
export const orderReturns = sqliteTable(
  'order_returns',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    /** The form's key: a double submit finds the return it already made. */
    idempotencyKey: text('idempotency_key').notNull(),
    status: text('status', { enum: RETURN_STATUSES }).notNull().default('done'),
    method: text('method', { enum: ['stripe', 'cash', 'bank_transfer'] }).notNull(),
    itemsTiyin: integer('items_tiyin').notNull(),
    shippingTiyin: integer('shipping_tiyin').notNull().default(0),
    /** What goes back, in the minor units of the order's charged currency. */
    amountMinor: integer('amount_minor').notNull(),
    currency: text('currency').notNull(),
    stripeRefundId: text('stripe_refund_id'),
    error: text('error'),
    note: text('note'),
    userId: integer('user_id'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('order_returns_key_uq').on(t.idempotencyKey),
    index('order_returns_order_idx').on(t.orderId, t.status),
    check('order_returns_amount_ck', sql`${t.amountMinor} >= 0`),
  ],
);

/** Units of one order line given back in a return: put back in stock (at its place, in its lot) or written off. */
export const orderReturnLines = sqliteTable(
  'order_return_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    returnId: integer('return_id')
      .notNull()
      .references(() => orderReturns.id, { onDelete: 'cascade' }),
    orderLineId: integer('order_line_id')
      .notNull()
      .references(() => orderLines.id, { onDelete: 'cascade' }),
    quantity: integer('quantity').notNull(),
    disposition: text('disposition', { enum: RETURN_DISPOSITIONS }).notNull(),
    amountTiyin: integer('amount_tiyin').notNull(),
    batchId: integer('batch_id').references(() => batches.id),
    ...timestamps,
  },
  (t) => [
    index('order_return_lines_return_idx').on(t.returnId),
    index('order_return_lines_line_idx').on(t.orderLineId),
    check('order_return_lines_quantity_ck', sql`${t.quantity} > 0`),
  ],
);

/** Stripe events already applied; written in the same transaction as their effect. */
export const processedWebhookEvents = sqliteTable('processed_webhook_events', {
  eventId: text('event_id').primaryKey(),
  type: text('type').notNull(),
  processedAt: integer('processed_at', { mode: 'number' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`),
});

/** Wholesale / export inquiries from buyers to producers. */
export const inquiries = sqliteTable(
  'inquiries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    producerId: integer('producer_id')
      .notNull()
      .references(() => producers.id),
    productId: integer('product_id').references(() => products.id, { onDelete: 'set null' }),
    company: text('company').notNull(),
    contactName: text('contact_name'),
    email: text('email').notNull(),
    country: text('country').notNull(),
    quantity: text('quantity').notNull(),
    message: text('message').notNull(),
    locale: text('locale', { enum: LOCALES }).notNull(),
    status: text('status', { enum: ['new', 'answered', 'closed'] })
      .notNull()
      .default('new'),
    answer: text('answer'),
    answeredAt: integer('answered_at', { mode: 'number' }),
    ip: text('ip'),
    ...timestamps,
  },
  (t) => [
    index('inquiries_producer_idx').on(t.producerId, t.status),
    index('inquiries_status_idx').on(t.status, t.createdAt),
  ],
);

/** Producer payout ledger: credits for consigned sales (minus commission) and payouts made. */
export const payoutEntries = sqliteTable(
  'payout_entries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    producerId: integer('producer_id')
      .notNull()
      .references(() => producers.id),
    kind: text('kind', { enum: ['sale', 'refund', 'payout', 'adjustment'] }).notNull(),
    orderLineId: integer('order_line_id').references(() => orderLines.id),
    grossTiyin: integer('gross_tiyin').notNull().default(0),
    commissionTiyin: integer('commission_tiyin').notNull().default(0),
    /** What the producer is owed (+) or was paid (-). */
    amountTiyin: integer('amount_tiyin').notNull(),
    method: text('method', { enum: ['cash', 'bank_transfer'] }),
    note: text('note'),
    userId: integer('user_id'),
    createdAt: integer('created_at', { mode: 'number' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [
    index('payout_entries_producer_idx').on(t.producerId, t.createdAt),
    // Reports join sales to their credits, and crediting a sale checks for an earlier credit.
    index('payout_entries_order_line_idx').on(t.orderLineId, t.kind),
  ],
);

/** Outgoing mail: kept here and readable by staff; sent when SMTP is configured. */
export const outbox = sqliteTable(
  'outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html'),
    locale: text('locale', { enum: LOCALES }).notNull(),
    status: text('status', { enum: ['queued', 'sent', 'failed', 'kept'] })
      .notNull()
      .default('queued'),
    error: text('error'),
    sentAt: integer('sent_at', { mode: 'number' }),
    /** The order a confirmation belongs to (written in the order's own batch). */
    orderId: integer('order_id'),
    attempts: integer('attempts').notNull().default(0),
    /** When the worker may try again (null: at once). */
    nextAttemptAt: integer('next_attempt_at', { mode: 'number' }),
    /** A worker's lease on the row: another instance leaves it alone until then. */
    claimedUntil: integer('claimed_until', { mode: 'number' }),
    claimToken: text('claim_token'),
    ...timestamps,
  },
  (t) => [
    index('outbox_status_idx').on(t.status, t.createdAt),
    index('outbox_due_idx').on(t.status, t.nextAttemptAt),
    index('outbox_order_idx').on(t.orderId),
  ],
);

/** Requests for a buyer's order links by email: limited per address and per email. */
export const orderLinkRequests = sqliteTable(
  'order_link_requests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    createdAt: integer('created_at', { mode: 'number' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [
    index('order_link_requests_email_idx').on(t.email, t.createdAt),
    index('order_link_requests_ip_idx').on(t.ip, t.createdAt),
  ],
);

/**
 * One-time sign-in links to a buyer's orders ("my orders"), mailed by the lookup form. Only the token's
 * SHA-256 is kept; opening the link spends it (`used_at`, and the session it signed in) in one guarded write.
 */
export const buyerSignIns = sqliteTable(
  'buyer_sign_ins',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tokenHash: text('token_hash').notNull(),
    email: text('email').notNull(),
    expiresAt: integer('expires_at', { mode: 'number' }).notNull(),
    usedAt: integer('used_at', { mode: 'number' }),
    usedBySession: text('used_by_session'),
    createdAt: integer('created_at', { mode: 'number' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [uniqueIndex('buyer_sign_ins_token_idx').on(t.tokenHash), index('buyer_sign_ins_expires_idx').on(t.expiresAt)],
);
