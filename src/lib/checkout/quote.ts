/**
 * The quote: what an order will cost, worked out once from the cart, the shipping choice and the rate,
 * and used both by the review page and by placeOrder. Its digest travels in the review form; placeOrder
 * refuses to charge anything whose digest differs from the one the buyer reviewed.
 */
import { createHash } from 'node:crypto';
import type { Cart } from '../cart/cart.ts';
import { getEnv } from '../env.ts';
import { convertFromKgs, lineMinor, type Rate } from '../money/money.ts';
import type { CheckoutForm } from './form.ts';
import { shippingPrice, type ShippingZone } from './shipping.ts';

export interface QuoteLine {
  variantId: number;
  quantity: number;
  unitPriceTiyin: number;
  lineTotalTiyin: number;
  /** The line in the charged currency, as the payment adds it up (unit price converted, times quantity). */
  chargedMinor: number;
}

export interface Quote {
  lines: QuoteLine[];
  shipping: CheckoutForm['shipping'];
  country: string;
  payment: CheckoutForm['payment'];
  weightGrams: number;
  subtotalTiyin: number;
  shippingTiyin: number;
  totalTiyin: number;
  currency: Rate['currency'];
  kgsPerUnitMicros: number;
  shippingChargedMinor: number;
  /** Exactly what the buyer is charged, in `currency`'s minor units. */
  chargedMinor: number;
}

/** The quote for a cart and a checkout form at a rate, or null when the method does not ship there. */
export function quoteOrder(cart: Cart, zones: ShippingZone[], form: CheckoutForm, rate: Rate): Quote | null {
  const country = form.shipping === 'pickup' ? 'KG' : form.country;
  const shippingTiyin = shippingPrice(zones, form.shipping, country, cart.weightGrams);
  if (shippingTiyin === null) return null;
  const lines = cart.lines.map((l) => ({
    variantId: l.variantId,
    quantity: l.quantity,
    unitPriceTiyin: l.unitPriceTiyin,
    lineTotalTiyin: l.unitPriceTiyin * l.quantity,
    chargedMinor: lineMinor(l.unitPriceTiyin, l.quantity, rate),
  }));
  const shippingChargedMinor = convertFromKgs(shippingTiyin, rate).amount;
  return {
    lines,
    shipping: form.shipping,
    country,
    payment: form.payment,
    weightGrams: cart.weightGrams,
    subtotalTiyin: cart.subtotalTiyin,
    shippingTiyin,
    totalTiyin: cart.subtotalTiyin + shippingTiyin,
    currency: rate.currency,
    kgsPerUnitMicros: rate.kgsPerUnitMicros,
    shippingChargedMinor,
    chargedMinor: lines.reduce((s, l) => s + l.chargedMinor, 0) + shippingChargedMinor,
  };
}

/**
 * A digest of everything that decides the charge: the cart (variants, quantities, prices), the shipping
 * method and country, the payment method, the rate and the totals. It needs no secret: placeOrder compares
 * it with the digest of what it would charge now, so a forged digest can only match the true amount.
 */
export function quoteDigest(quote: Quote): string {
  const canonical = JSON.stringify([
    quote.lines.map((l) => [l.variantId, l.quantity, l.unitPriceTiyin, l.chargedMinor]),
    quote.shipping,
    quote.country,
    quote.payment,
    quote.subtotalTiyin,
    quote.shippingTiyin,
    quote.totalTiyin,
    quote.currency,
    quote.kgsPerUnitMicros,
    quote.chargedMinor,
  ]);
  return createHash('sha256').update(canonical).digest('base64url');
}

/** When an order placed now with this payment method stops holding its stock. */
export function holdDeadline(payment: CheckoutForm['payment'], now: number): number {
  const env = getEnv();
  return payment === 'stripe'
    ? now + env.CARD_RESERVATION_MINUTES * 60_000
    : now + env.OFFLINE_RESERVATION_DAYS * 86_400_000;
}

export type OrderLimit = 'line_units' | 'lines' | 'units' | 'offline_value' | 'unpaid_visitor' | 'unpaid_address';

/** The limits of one order (env-configured), or null when the cart is within them. */
export function orderLimitBroken(
  cart: Pick<Cart, 'lines' | 'units'>,
  payment: CheckoutForm['payment'] | null,
  totalTiyin: number,
): OrderLimit | null {
  const env = getEnv();
  if (cart.lines.some((l) => l.quantity > env.CART_MAX_LINE_UNITS)) return 'line_units';
  if (cart.lines.length > env.ORDER_MAX_LINES) return 'lines';
  if (cart.units > env.ORDER_MAX_UNITS) return 'units';
  if (payment !== null && payment !== 'stripe' && totalTiyin > env.OFFLINE_ORDER_MAX_SOM * 100) return 'offline_value';
  return null;
}
