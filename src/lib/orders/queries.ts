/** Reading orders: the private status page and the stock lines of an order. */
import type { Db } from '../../../db/client.ts';
import type { Locale } from '../i18n/locales.ts';
import type { StockLine } from '../inventory/ledger.ts';
import type { OrderStatus } from './status.ts';

export interface OrderView {
  id: number;
  number: string;
  accessToken: string;
  status: OrderStatus;
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
  createdAt: number;
  reservationExpiresAt: number | null;
  lines: {
    productId: number | null;
    productName: string;
    variantLabel: string;
    producerName: string;
    sku: string;
    unitPriceTiyin: number;
    quantity: number;
    lineTotalTiyin: number;
  }[];
  payment: { provider: string; status: string; stripeSessionId: string | null; reference: string | null } | null;
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
    createdAt: Number(o.created_at),
    reservationExpiresAt: o.reservation_expires_at === null ? null : Number(o.reservation_expires_at),
    lines: lines.map((l) => ({
      productId: l.product_id === null ? null : Number(l.product_id),
      productName: String(l.product_name),
      variantLabel: String(l.variant_label),
      producerName: String(l.producer_name),
      sku: String(l.sku),
      unitPriceTiyin: Number(l.unit_price_tiyin),
      quantity: Number(l.quantity),
      lineTotalTiyin: Number(l.line_total_tiyin),
    })),
    payment: pay
      ? {
          provider: String(pay.provider),
          status: String(pay.status),
          stripeSessionId: (pay.stripe_session_id as string | null) ?? null,
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
    sql: 'SELECT variant_id, location_id, quantity FROM order_lines WHERE order_id = ? AND variant_id IS NOT NULL AND location_id IS NOT NULL',
    args: [orderId],
  });
  return rs.rows.map((r) => ({
    variantId: Number(r.variant_id),
    locationId: Number(r.location_id),
    quantity: Number(r.quantity),
  }));
}
