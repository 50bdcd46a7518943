/** Reading orders: the private status page, the staff list, and the stock lines of an order. */
import type { Db } from '../../../db/client.ts';
import type { Locale } from '../i18n/locales.ts';
import type { StockLine } from '../inventory/ledger.ts';
import { ORDER_STATUSES } from '../../../db/schema/commerce.ts';
import type { OrderStatus } from './status.ts';
import { localizedColumnSql } from '../catalog/localized.ts';

export interface OrderView {
  id: number;
  number: string;
  accessToken: string;
  status: OrderStatus;
  channel: string;
  email: string;
  name: string;
  phone: string | null;
  locale: Locale;
  address: Record<string, string> | null;
  country: string | null;
  paymentMethod: string;
  shippingMethod: string | null;
  subtotalTiyin: number;
  shippingTiyin: number;
  totalTiyin: number;
  currency: string;
  kgsPerUnitMicros: number;
  totalChargedMinor: number;
  /** The carrier's key (or the name staff typed for another carrier) and the parcel's tracking number. */
  carrier: string | null;
  trackingNumber: string | null;
  createdAt: number;
  updatedAt: number;
  reservationExpiresAt: number | null;
  /** An unpaid pay-at-pickup order packed and waiting at the counter since then (it is paid there). */
  readyAt: number | null;
  lines: {
    id: number;
    variantId: number | null;
    locationId: number | null;
    productId: number | null;
    productName: string;
    variantLabel: string;
    producerName: string;
    sku: string;
    unitPriceTiyin: number;
    quantity: number;
    lineTotalTiyin: number;
    /** Units the till sold from the shelf while this unpaid order held them: no longer held for it. */
    shortQuantity: number;
  }[];
  payment: {
    provider: string;
    status: string;
    amountMinor: number;
    currency: string;
    stripeSessionId: string | null;
    stripePaymentIntentId: string | null;
    reference: string | null;
  } | null;
}

function toView(
  o: Record<string, unknown>,
  lines: Record<string, unknown>[],
  pay: Record<string, unknown> | undefined,
): OrderView {
  return {
    id: Number(o.id),
    number: String(o.number),
    accessToken: String(o.access_token),
    status: o.status as OrderStatus,
    channel: String(o.channel),
    email: String(o.email),
    name: String(o.name),
    phone: (o.phone as string | null) ?? null,
    locale: o.locale as Locale,
    address: o.address ? (JSON.parse(String(o.address)) as Record<string, string>) : null,
    country: (o.country as string | null) ?? null,
    paymentMethod: String(o.payment_method),
    shippingMethod: (o.shipping_method as string | null) ?? null,
    subtotalTiyin: Number(o.subtotal_tiyin),
    shippingTiyin: Number(o.shipping_tiyin),
    totalTiyin: Number(o.total_tiyin),
    currency: String(o.currency),
    kgsPerUnitMicros: Number(o.kgs_per_unit_micros),
    totalChargedMinor: Number(o.total_charged_minor),
    carrier: (o.carrier as string | null) ?? null,
    trackingNumber: (o.tracking_number as string | null) ?? null,
    createdAt: Number(o.created_at),
    updatedAt: Number(o.updated_at),
    reservationExpiresAt: o.reservation_expires_at === null ? null : Number(o.reservation_expires_at),
    readyAt: o.ready_at === null || o.ready_at === undefined ? null : Number(o.ready_at),
    lines: lines.map((l) => ({
      id: Number(l.id),
      variantId: l.variant_id === null ? null : Number(l.variant_id),
      locationId: l.location_id === null ? null : Number(l.location_id),
      productId: l.product_id === null ? null : Number(l.product_id),
      productName: String(l.product_name),
      variantLabel: String(l.variant_label),
      producerName: String(l.producer_name),
      sku: String(l.sku),
      unitPriceTiyin: Number(l.unit_price_tiyin),
      quantity: Number(l.quantity),
      lineTotalTiyin: Number(l.line_total_tiyin),
      shortQuantity: Number(l.short_quantity ?? 0),
    })),
    payment: pay
      ? {
          provider: String(pay.provider),
          status: String(pay.status),
          amountMinor: Number(pay.amount_minor),
          currency: String(pay.currency),
          stripeSessionId: (pay.stripe_session_id as string | null) ?? null,
          stripePaymentIntentId: (pay.stripe_payment_intent_id as string | null) ?? null,
          reference: (pay.reference as string | null) ?? null,
        }
      : null,
  };
}

async function loadOrder(db: Db, where: string, arg: string | number): Promise<OrderView | null> {
  const rs = await db.$client.execute({ sql: `SELECT * FROM orders WHERE ${where}`, args: [arg] });
  const o = rs.rows[0] as unknown as Record<string, unknown> | undefined;
  if (!o) return null;
  const [lines, pays] = await db.$client.batch(
    [
      { sql: 'SELECT * FROM order_lines WHERE order_id = ? ORDER BY id', args: [Number(o.id)] },
      { sql: 'SELECT * FROM payments WHERE order_id = ? ORDER BY id DESC LIMIT 1', args: [Number(o.id)] },
    ],
    'read',
  );
  return toView(
    o,
    lines!.rows as unknown as Record<string, unknown>[],
    pays!.rows[0] as unknown as Record<string, unknown> | undefined,
  );
}

/** An order by its private link token. */
export function getOrderByToken(db: Db, token: string): Promise<OrderView | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return Promise.resolve(null);
  return loadOrder(db, 'access_token = ?', token);
}

/** An order by its id. */
export function getOrderById(db: Db, id: number): Promise<OrderView | null> {
  return loadOrder(db, 'id = ?', id);
}

/** An order by its number (OVP-…). */
export function getOrderByNumber(db: Db, number: string): Promise<OrderView | null> {
  return loadOrder(db, 'number = ?', number);
}

/** What an order holds in stock: variant, location and quantity per line. */
export async function orderStockLines(db: Db, orderId: number): Promise<StockLine[]> {
  const rs = await db.$client.execute({
    sql: `SELECT variant_id, location_id, quantity - short_quantity AS quantity FROM order_lines
          WHERE order_id = ? AND variant_id IS NOT NULL AND location_id IS NOT NULL AND quantity > short_quantity`,
    args: [orderId],
  });
  return rs.rows.map((r) => ({
    variantId: Number(r.variant_id),
    locationId: Number(r.location_id),
    quantity: Number(r.quantity),
  }));
}

export interface OrderListRow {
  number: string;
  status: OrderStatus;
  createdAt: number;
  name: string;
  email: string;
  locale: Locale;
  paymentMethod: string;
  shippingMethod: string | null;
  country: string | null;
  totalTiyin: number;
  items: number;
}

export interface OrderList {
  rows: OrderListRow[];
  /** Orders matching the search in each status (whatever status is being shown). */
  counts: Record<OrderStatus, number>;
  total: number;
  page: number;
  pages: number;
}

/** Escapes LIKE's wildcards so a typed % or _ matches itself. */
const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Online orders for staff, newest first: optionally in one status and matching a search by order
 * number or buyer email (any part of either), one page at a time.
 */
export async function listOrders(
  db: Db,
  filter: { status?: OrderStatus | null; q?: string; page?: number; perPage?: number } = {},
): Promise<OrderList> {
  const perPage = filter.perPage ?? 50;
  const q = (filter.q ?? '').trim();
  const where = [`o.channel = 'online'`];
  const args: (string | number)[] = [];
  if (q) {
    where.push(`(o.number LIKE ? ESCAPE '\\' OR o.email LIKE ? ESCAPE '\\')`);
    const like = `%${likeEscape(q)}%`;
    args.push(like, like);
  }
  const counts = await db.$client.execute({
    sql: `SELECT o.status, count(*) AS n FROM orders o WHERE ${where.join(' AND ')} GROUP BY o.status`,
    args,
  });
  const byStatus = Object.fromEntries(ORDER_STATUSES.map((st) => [st, 0])) as Record<OrderStatus, number>;
  for (const r of counts.rows) byStatus[r.status as OrderStatus] = Number(r.n);
  const total = filter.status ? byStatus[filter.status] : Object.values(byStatus).reduce((a, b) => a + b, 0);
  const pages = Math.max(1, Math.ceil(total / perPage));
  const page = Math.min(Math.max(1, filter.page ?? 1), pages);
  if (filter.status) {
    where.push('o.status = ?');
    args.push(filter.status);
  }
  const rs = await db.$client.execute({
    sql: `SELECT o.number, o.status, o.created_at, o.name, o.email, o.locale, o.payment_method, o.shipping_method,
                 o.country, o.total_tiyin, (SELECT coalesce(sum(quantity), 0) FROM order_lines WHERE order_id = o.id) AS items
            FROM orders o WHERE ${where.join(' AND ')}
           ORDER BY o.created_at DESC, o.id DESC LIMIT ? OFFSET ?`,
    args: [...args, perPage, (page - 1) * perPage],
  });
  return {
    rows: rs.rows.map((r) => ({
      number: String(r.number),
      status: r.status as OrderStatus,
      createdAt: Number(r.created_at),
      name: String(r.name),
      email: String(r.email),
      locale: r.locale as Locale,
      paymentMethod: String(r.payment_method),
      shippingMethod: r.shipping_method === null ? null : String(r.shipping_method),
      country: r.country === null ? null : String(r.country),
      totalTiyin: Number(r.total_tiyin),
      items: Number(r.items),
    })),
    counts: byStatus,
    total,
    page,
    pages,
  };
}

export interface LinePlace {
  locationName: string | null;
  barcode: string | null;
}

/** Where each line of an order is kept (the location's name in a language) and its barcode, by line id. */
export async function orderLinePlaces(db: Db, orderId: number, locale: Locale): Promise<Map<number, LinePlace>> {
  const rs = await db.$client.execute({
    sql: `SELECT ol.id, v.barcode,
                 ${localizedColumnSql('stock_location_translations', 'location_id', 'ol.location_id', 'name', locale)} AS location_name
            FROM order_lines ol LEFT JOIN variants v ON v.id = ol.variant_id WHERE ol.order_id = ?`,
    args: [orderId],
  });
  return new Map(
    rs.rows.map((r) => [
      Number(r.id),
      {
        locationName: r.location_name === null ? null : String(r.location_name),
        barcode: r.barcode === null ? null : String(r.barcode),
      },
    ]),
  );
}

/** The order a Stripe PaymentIntent paid, or null. */
export async function orderIdByPaymentIntent(db: Db, paymentIntentId: string): Promise<number | null> {
  const rs = await db.$client.execute({
    sql: 'SELECT order_id FROM payments WHERE stripe_payment_intent_id = ? ORDER BY id DESC LIMIT 1',
    args: [paymentIntentId],
  });
  return rs.rows[0] ? Number(rs.rows[0].order_id) : null;
}
