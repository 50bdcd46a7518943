/**
 * placeOrder: cart → order with a snapshot of every line → stock reserved → payment pending, in one batch.
 * An oversell is impossible: the batch fails on stock_levels' CHECK when another buyer was faster, and the
 * allocation is tried again from fresh stock figures.
 */
import type { InStatement } from '@libsql/client';
import type { Db } from '../../../db/client.ts';
import { acceptCurrentPrices, getCart, type Cart, type CartLine } from '../cart/cart.ts';
import { getEnv } from '../env.ts';
import type { Locale } from '../i18n/locales.ts';
import { isOutOfStockError, reserveStatements, type StockLine } from '../inventory/ledger.ts';
import { convertFromKgs, type Rate } from '../money/money.ts';
import { newAccessToken, newOrderNumber } from '../orders/codes.ts';
import type { CheckoutForm } from './form.ts';
import { shippingPrice, type ShippingZone } from './shipping.ts';

export interface PlacedOrder {
  id: number;
  number: string;
  accessToken: string;
  paymentMethod: CheckoutForm['payment'];
}

export type PlaceOrderResult =
  | { kind: 'placed'; order: PlacedOrder }
  | { kind: 'empty' }
  | { kind: 'prices_changed'; cart: Cart }
  | { kind: 'out_of_stock'; lines: CartLine[] }
  | { kind: 'no_shipping' }
  | { kind: 'payment_unavailable' };

export interface PlaceOrderInput {
  cartId: string;
  locale: Locale;
  rate: Rate;
  form: CheckoutForm;
  cardPaymentsEnabled: boolean;
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

/** Splits each cart line over the locations that sell online, fullest first; null when stock is short. */
async function allocate(
  db: Db,
  lines: CartLine[],
): Promise<(CartLine & { locationId: number; take: number })[] | null> {
  const out: (CartLine & { locationId: number; take: number })[] = [];
  for (const line of lines) {
    const rs = await db.$client.execute({
      sql: `SELECT sl.location_id, sl.on_hand - sl.reserved AS free FROM stock_levels sl JOIN stock_locations l ON l.id = sl.location_id
            WHERE sl.variant_id = ? AND l.sells_online = 1 AND sl.on_hand - sl.reserved > 0 ORDER BY free DESC, l.sort`,
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

/** Places an order from the cart, or says why it cannot. */
export async function placeOrder(db: Db, input: PlaceOrderInput): Promise<PlaceOrderResult> {
  const env = getEnv();
  const now = input.now ?? Date.now();
  const { form, rate } = input;
  if (form.payment === 'stripe' && !input.cardPaymentsEnabled) return { kind: 'payment_unavailable' };
  for (let attempt = 0; attempt < 4; attempt++) {
    const cart = await getCart(db, input.cartId, input.locale);
    if (cart.lines.length === 0) return { kind: 'empty' };
    if (cart.short.length > 0) return { kind: 'out_of_stock', lines: cart.short };
    if (cart.changed.length > 0) {
      await acceptCurrentPrices(db, input.cartId);
      return { kind: 'prices_changed', cart };
    }
    const country = form.shipping === 'pickup' ? 'KG' : form.country;
    const shippingTiyin = shippingPrice(await loadShippingZones(db), form.shipping, country, cart.weightGrams);
    if (shippingTiyin === null) return { kind: 'no_shipping' };
    const allocation = await allocate(db, cart.lines);
    if (!allocation) return { kind: 'out_of_stock', lines: cart.lines };

    // The charged total is the sum of what each line costs in the order currency, as Stripe will add it up.
    const unit = (tiyin: number) => convertFromKgs(tiyin, rate).amount;
    const totalChargedMinor = allocation.reduce((s, l) => s + unit(l.unitPriceTiyin) * l.take, 0) + unit(shippingTiyin);
    const number = newOrderNumber(new Date(now));
    const accessToken = newAccessToken();
    const order = { accessToken };
    const orderId = '(SELECT id FROM orders WHERE access_token = ?)';
    const expires =
      form.payment === 'stripe'
        ? now + env.CARD_RESERVATION_MINUTES * 60_000
        : now + env.OFFLINE_RESERVATION_DAYS * 86_400_000;
    const statements: InStatement[] = [
      {
        sql: `INSERT INTO orders (number, access_token, email, name, phone, address, country, locale, status, channel, payment_method,
                shipping_method, subtotal_tiyin, shipping_tiyin, total_tiyin, currency, kgs_per_unit_micros, total_charged_minor, reservation_expires_at)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending_payment', 'online', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        args: [
          number,
          accessToken,
          form.email,
          form.name,
          form.phone || null,
          JSON.stringify({ city: form.city, address: form.address, postalCode: form.postalCode, note: form.note }),
          form.shipping === 'pickup' ? null : form.country,
          input.locale,
          form.payment,
          form.shipping,
          cart.subtotalTiyin,
          shippingTiyin,
          cart.subtotalTiyin + shippingTiyin,
          rate.currency,
          rate.kgsPerUnitMicros,
          totalChargedMinor,
          expires,
        ],
      },
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
      throw error;
    }
  }
  const cart = await getCart(db, input.cartId, input.locale);
  return { kind: 'out_of_stock', lines: cart.short.length ? cart.short : cart.lines };
}
