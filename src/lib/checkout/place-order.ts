/**
 * placeOrder: cart → order with a snapshot of every line → stock reserved → payment pending → the
 * confirmation mail queued, in one batch. An oversell is impossible: the batch fails on stock_levels' CHECK
 * when another buyer was faster, and the allocation is tried again from fresh stock figures. The charge must
 * equal the quote the buyer reviewed, and the hold limits (per order, per visitor, per address) apply.
 */
import type { InStatement } from '@libsql/client';
import type { Db } from '../../../db/client.ts';
import { acceptCurrentPrices, getCart, type Cart, type CartLine } from '../cart/cart.ts';
import type { Locale } from '../i18n/locales.ts';
import { isOutOfStockError, reserveStatements, type StockLine } from '../inventory/ledger.ts';
import type { Rate } from '../money/money.ts';
import { getEnv } from '../env.ts';
import { newAccessToken, newOrderNumber } from '../orders/codes.ts';
import type { CheckoutForm } from './form.ts';
import { getShopSettings } from '../settings/shop.ts';
import { orderMailStatement } from './notify.ts';
import { holdDeadline, orderLimitBroken, quoteDigest, quoteOrder, type OrderLimit, type Quote } from './quote.ts';
import type { ShippingZone } from './shipping.ts';

export interface PlacedOrder {
  id: number;
  number: string;
  accessToken: string;
  paymentMethod: CheckoutForm['payment'];
}

export type PlaceOrderResult =
  | { kind: 'placed'; order: PlacedOrder }
  | { kind: 'empty' }
  /** The same visitor placed this cart a moment ago (a double click, a second tab): that order. */
  | { kind: 'already_placed'; accessToken: string }
  | { kind: 'prices_changed'; cart: Cart }
  | { kind: 'out_of_stock'; lines: CartLine[] }
  | { kind: 'no_shipping' }
  | { kind: 'payment_unavailable' }
  /** What it would charge now differs from what the buyer reviewed: review again. */
  | { kind: 'quote_changed' }
  | { kind: 'limit'; limit: OrderLimit };

export interface PlaceOrderInput {
  cartId: string;
  locale: Locale;
  rate: Rate;
  form: CheckoutForm;
  cardPaymentsEnabled: boolean;
  /** The digest of the quote on the review page the buyer confirmed. */
  reviewedDigest: string;
  /** Public origin for the private link in the confirmation mail. */
  origin: string;
  /** Who places it: unpaid orders are limited per session and per client address. */
  sessionId: string;
  clientIp: string;
  now?: number;
}

/** Shipping zones with their price ladders. */
export async function loadShippingZones(db: Db): Promise<ShippingZone[]> {
  const rs = await db.$client.execute(
    `SELECT z.code, z.countries, r.max_weight_grams, r.price_tiyin FROM shipping_zones z
     LEFT JOIN shipping_rates r ON r.zone_id = z.id ORDER BY z.sort, r.max_weight_grams`,
  );
  const zones = new Map<string, ShippingZone>();
  for (const r of rs.rows) {
    const code = String(r.code);
    let zone = zones.get(code);
    if (!zone) zones.set(code, (zone = { code, countries: JSON.parse(String(r.countries)) as string[], rates: [] }));
    if (r.max_weight_grams !== null)
      zone.rates.push({ maxWeightGrams: Number(r.max_weight_grams), priceTiyin: Number(r.price_tiyin) });
  }
  return [...zones.values()];
}

/**
 * Splits each cart line over the locations that sell online: the warehouse and producers' homes before the
 * shop's own shelf (which the till sells from), fullest first; null when stock is short.
 */
async function allocate(
  db: Db,
  lines: CartLine[],
): Promise<(CartLine & { locationId: number; take: number })[] | null> {
  const out: (CartLine & { locationId: number; take: number })[] = [];
  for (const line of lines) {
    const rs = await db.$client.execute({
      sql: `SELECT sl.location_id, sl.on_hand - sl.reserved AS free FROM stock_levels sl JOIN stock_locations l ON l.id = sl.location_id
            WHERE sl.variant_id = ? AND l.sells_online = 1 AND sl.on_hand - sl.reserved > 0
            ORDER BY l.kind = 'shop', free DESC, l.sort`,
      args: [line.variantId],
    });
    let need = line.quantity;
    for (const r of rs.rows) {
      if (need === 0) break;
      const take = Math.min(need, Number(r.free));
      out.push({ ...line, locationId: Number(r.location_id), take });
      need -= take;
    }
    if (need > 0) return null;
  }
  return out;
}

/** Unpaid online orders of a session and of a client address: read for the message, enforced in the batch. */
async function unpaidLimitReached(db: Db, sessionId: string, clientIp: string): Promise<OrderLimit | null> {
  const env = getEnv();
  const rs = await db.$client.execute({
    sql: `SELECT (SELECT count(*) FROM orders WHERE session_id = ? AND status = 'pending_payment') AS visitor,
                 (SELECT count(*) FROM orders WHERE client_ip = ? AND status = 'pending_payment') AS address`,
    args: [sessionId, clientIp],
  });
  const row = rs.rows[0]!;
  if (Number(row.visitor) >= env.UNPAID_ORDERS_PER_VISITOR) return 'unpaid_visitor';
  if (Number(row.address) >= env.UNPAID_ORDERS_PER_ADDRESS) return 'unpaid_address';
  return null;
}

/** How long after placing an order an empty cart still means "that order" rather than "nothing to buy". */
const JUST_PLACED_MS = 10 * 60_000;

/** The order this visitor placed in the last minutes, when an empty cart says another request placed it. */
async function justPlacedBy(db: Db, sessionId: string, now: number): Promise<PlaceOrderResult> {
  const rs = await db.$client.execute({
    sql: `SELECT access_token FROM orders WHERE session_id = ? AND created_at >= ? ORDER BY id DESC LIMIT 1`,
    args: [sessionId, now - JUST_PLACED_MS],
  });
  const token = rs.rows[0]?.access_token;
  return token ? { kind: 'already_placed', accessToken: String(token) } : { kind: 'empty' };
}

/** The error of an order insert refused by one of its guards (its status came out NULL). */
function isUnpaidLimitError(error: unknown): boolean {
  return /NOT NULL constraint failed: orders\.status/.test(String((error as { message?: string })?.message ?? error));
}

/** Places an order from the cart, or says why it cannot. */
export async function placeOrder(db: Db, input: PlaceOrderInput): Promise<PlaceOrderResult> {
  const env = getEnv();
  const now = input.now ?? Date.now();
  const { form, rate } = input;
  if (form.payment === 'stripe' && !input.cardPaymentsEnabled) return { kind: 'payment_unavailable' };
  for (let attempt = 0; attempt < 4; attempt++) {
    const cart = await getCart(db, input.cartId, input.locale);
    if (cart.lines.length === 0) return justPlacedBy(db, input.sessionId, now);
    if (cart.short.length > 0) return { kind: 'out_of_stock', lines: cart.short };
    if (cart.changed.length > 0) {
      await acceptCurrentPrices(db, input.cartId);
      return { kind: 'prices_changed', cart };
    }
    const quote = quoteOrder(cart, await loadShippingZones(db), form, rate);
    if (!quote) return { kind: 'no_shipping' };
    if (quoteDigest(quote) !== input.reviewedDigest) return { kind: 'quote_changed' };
    const limit =
      orderLimitBroken(cart, form.payment, quote.totalTiyin) ??
      (await unpaidLimitReached(db, input.sessionId, input.clientIp));
    if (limit) return { kind: 'limit', limit };
    const allocation = await allocate(db, cart.lines);
    if (!allocation) return { kind: 'out_of_stock', lines: cart.lines };
    const shop = await getShopSettings(db);

    const { shippingTiyin, chargedMinor: totalChargedMinor } = quote;
    const number = newOrderNumber(new Date(now));
    const accessToken = newAccessToken();
    const order = { accessToken };
    const orderId = '(SELECT id FROM orders WHERE access_token = ?)';
    const expires = holdDeadline(form.payment, now);
    const statements: InStatement[] = [
      {
        // The unpaid-orders limits are checked inside the insert, so a burst from one visitor cannot
        // slip past them: over a limit the status comes out NULL and the whole batch fails.
        sql: `INSERT INTO orders (number, access_token, email, name, phone, address, country, locale, status, channel, payment_method,
                shipping_method, subtotal_tiyin, shipping_tiyin, total_tiyin, currency, kgs_per_unit_micros, total_charged_minor, reservation_expires_at,
                session_id, client_ip)
              SELECT ?, ?, ?, ?, ?, ?, ?, ?,
                CASE WHEN (SELECT count(*) FROM cart_items WHERE cart_id = ?) = ?
                      AND (SELECT count(*) FROM orders WHERE session_id = ? AND status = 'pending_payment') < ?
                      AND (SELECT count(*) FROM orders WHERE client_ip = ? AND status = 'pending_payment') < ?
                     THEN 'pending_payment' END,
                'online', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?`,
        args: [
          number,
          accessToken,
          form.email,
          form.name,
          form.phone || null,
          JSON.stringify({ city: form.city, address: form.address, postalCode: form.postalCode, note: form.note }),
          form.shipping === 'pickup' ? null : form.country,
          input.locale,
          input.cartId,
          cart.lines.length,
          input.sessionId,
          env.UNPAID_ORDERS_PER_VISITOR,
          input.clientIp,
          env.UNPAID_ORDERS_PER_ADDRESS,
          form.payment,
          form.shipping,
          cart.subtotalTiyin,
          shippingTiyin,
          cart.subtotalTiyin + shippingTiyin,
          rate.currency,
          rate.kgsPerUnitMicros,
          totalChargedMinor,
          expires,
          input.sessionId,
          input.clientIp,
        ],
      },
      orderMailStatement(mailFacts(input, quote, allocation, number, accessToken), input.origin, 'placed', shop),
      ...allocation.map((l) => ({
        sql: `INSERT INTO order_lines (order_id, variant_id, product_id, producer_id, location_id, product_name, variant_label, producer_name,
                sku, unit_price_tiyin, quantity, line_total_tiyin)
              VALUES (${orderId}, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        args: [
          accessToken,
          l.variantId,
          l.productId,
          l.producerId,
          l.locationId,
          l.productName.text,
          l.variantLabel.text,
          l.producerName.text,
          l.sku,
          l.unitPriceTiyin,
          l.take,
          l.unitPriceTiyin * l.take,
        ],
      })),
      ...reserveStatements(
        order,
        allocation.map((l): StockLine => ({ variantId: l.variantId, locationId: l.locationId, quantity: l.take })),
      ),
      {
        sql: `INSERT INTO payments (order_id, provider, status, amount_minor, currency, reference) VALUES (${orderId}, ?, 'pending', ?, ?, ?)`,
        args: [accessToken, form.payment, totalChargedMinor, rate.currency, number],
      },
      { sql: 'DELETE FROM cart_items WHERE cart_id = ?', args: [input.cartId] },
    ];
    try {
      const results = await db.$client.batch(statements, 'write');
      return {
        kind: 'placed',
        order: { id: Number(results[0]!.lastInsertRowid), number, accessToken, paymentMethod: form.payment },
      };
    } catch (error) {
      // Someone bought the last units (or, once in a blue moon, took this order number): plan again.
      if (isOutOfStockError(error) || /UNIQUE constraint failed: orders\.number/.test(String(error))) continue;
      if (isUnpaidLimitError(error)) {
        // A second "Place order" for the same cart (a double click) finds it already turned into an order.
        if ((await getCart(db, input.cartId, input.locale)).lines.length === 0)
          return justPlacedBy(db, input.sessionId, now);
        return {
          kind: 'limit',
          limit: (await unpaidLimitReached(db, input.sessionId, input.clientIp)) ?? 'unpaid_address',
        };
      }
      throw error;
    }
  }
  const cart = await getCart(db, input.cartId, input.locale);
  return { kind: 'out_of_stock', lines: cart.short.length ? cart.short : cart.lines };
}

/** What the confirmation mail needs, from the order being written. */
function mailFacts(
  input: PlaceOrderInput,
  quote: Quote,
  allocation: (CartLine & { take: number })[],
  number: string,
  accessToken: string,
) {
  return {
    locale: input.locale,
    name: input.form.name,
    email: input.form.email,
    number,
    accessToken,
    status: 'pending_payment' as const,
    paymentMethod: input.form.payment,
    shippingTiyin: quote.shippingTiyin,
    totalTiyin: quote.totalTiyin,
    currency: quote.currency,
    totalChargedMinor: quote.chargedMinor,
    lines: allocation.map((l) => ({
      productName: l.productName.text,
      variantLabel: l.variantLabel.text,
      producerName: l.producerName.text,
      quantity: l.take,
      lineTotalTiyin: l.unitPriceTiyin * l.take,
    })),
  };
}

export interface ReviewedCart {
  cart: Cart;
  quote: Quote;
  digest: string;
}

/** The cart as the review page shows it: current prices (now taken as seen), the quote and its digest. */
export async function reviewCart(
  db: Db,
  input: Pick<PlaceOrderInput, 'cartId' | 'locale' | 'rate' | 'form'>,
): Promise<ReviewedCart | { kind: 'empty' } | { kind: 'no_shipping'; cart: Cart }> {
  const cart = await getCart(db, input.cartId, input.locale);
  if (cart.lines.length === 0) return { kind: 'empty' };
  // The review shows the prices of now; a price that changed is pointed out, and taken as seen.
  if (cart.changed.length > 0) await acceptCurrentPrices(db, input.cartId);
  const quote = quoteOrder(cart, await loadShippingZones(db), input.form, input.rate);
  if (!quote) return { kind: 'no_shipping', cart };
  return { cart, quote, digest: quoteDigest(quote) };
}
