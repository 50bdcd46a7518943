/**
 * The checkout page as a view-model: the form, then a review of the exact charge, then the order. Nothing
 * is placed from the form itself; the review carries the quote's digest and placeOrder refuses a charge
 * that differs from it. Plain inputs in, a plain object (or a redirect) out.
 */
import type { Db } from '../../../db/client.ts';
import { getCart, type Cart } from '../cart/cart.ts';
import { getEnv, type Env } from '../env.ts';
import type { Locale } from '../i18n/locales.ts';
import type { MessageKey } from '../i18n/translate.ts';
import { localePath } from '../i18n/paths.ts';
import { formatMoney, type Rate } from '../money/money.ts';
import { getOrderById } from '../orders/queries.ts';
import { startCardPayment } from './card-payment.ts';
import { readCheckoutForm, type CheckoutErrors, type CheckoutForm, type CheckoutValues } from './form.ts';
import { sendQueuedMail } from './notify.ts';
import { loadShippingZones, placeOrder, reviewCart, type PlaceOrderResult } from './place-order.ts';
import { holdDeadline, type OrderLimit, type Quote } from './quote.ts';
import { shippingPrice } from './shipping.ts';
import { getLogger } from '../log/logger.ts';

export interface CheckoutRequest {
  locale: Locale;
  rate: Rate;
  cartId: string;
  cardEnabled: boolean;
  /** The posted form, or null for a GET. */
  posted: FormData | null;
  origin: string;
  sessionId: string;
  clientIp: string;
  now?: number;
}

export interface FormStep {
  kind: 'form';
  status: number;
  values: CheckoutValues;
  errors: CheckoutErrors;
  banner?: MessageKey;
  bannerArgs?: Record<string, string | number>;
  cart: Cart;
  /** Prices next to the delivery choices: domestic, and international "from" (to the chosen or a near country). */
  domesticTiyin: number | null;
  internationalFromTiyin: number | null;
}

export interface ReviewStep {
  kind: 'review';
  status: number;
  values: CheckoutValues;
  banner?: MessageKey;
  bannerArgs?: Record<string, string | number>;
  cart: Cart;
  quote: Quote;
  digest: string;
  /** When an offline order's hold would lapse (epoch ms), or null for card payments. */
  holdUntil: number | null;
  /** Prices changed since the items were added: the review shows the new ones. */
  pricesChanged: boolean;
}

export type CheckoutPage = FormStep | ReviewStep | { kind: 'redirect'; to: string };

const LIMIT_BANNERS: Record<OrderLimit, MessageKey> = {
  line_units: 'limit.lineUnits',
  lines: 'limit.lines',
  units: 'limit.units',
  offline_value: 'limit.offlineValue',
  unpaid_visitor: 'limit.unpaidVisitor',
  unpaid_address: 'limit.unpaidAddress',
};

/** The message arguments of a limit (the configured numbers), for the banner. */
export function limitArgs(limit: OrderLimit, env: Env, locale: Locale): Record<string, string | number> {
  return {
    line_units: { max: env.CART_MAX_LINE_UNITS },
    lines: { max: env.ORDER_MAX_LINES },
    units: { max: env.ORDER_MAX_UNITS },
    offline_value: { amount: formatMoney(locale, { amount: env.OFFLINE_ORDER_MAX_SOM * 100, currency: 'KGS' }) },
    unpaid_visitor: { max: env.UNPAID_ORDERS_PER_VISITOR },
    unpaid_address: { max: env.UNPAID_ORDERS_PER_ADDRESS },
  }[limit];
}

function emptyValues(cardEnabled: boolean): CheckoutValues {
  return {
    email: '',
    name: '',
    phone: '',
    shipping: 'pickup',
    country: '',
    city: '',
    address: '',
    postalCode: '',
    payment: cardEnabled ? 'stripe' : 'bank_transfer',
    note: '',
  };
}

/** What the checkout page shows (or where it sends the buyer) for this request. */
export async function checkoutView(db: Db, req: CheckoutRequest): Promise<CheckoutPage> {
  const env = getEnv();
  const href = (path: string) => localePath(req.locale, path);
  const now = req.now ?? Date.now();

  const formStep = async (
    values: CheckoutValues,
    errors: CheckoutErrors,
    status: number,
    banner?: MessageKey,
    bannerArgs?: Record<string, string | number>,
  ): Promise<CheckoutPage> => {
    const cart = await getCart(db, req.cartId, req.locale);
    if (cart.lines.length === 0) return { kind: 'redirect', to: href('/cart') };
    const zones = await loadShippingZones(db);
    const abroad = values.country && values.country !== 'KG' ? values.country : 'KZ';
    return {
      kind: 'form',
      status,
      values,
      errors,
      banner,
      bannerArgs,
      cart,
      domesticTiyin: shippingPrice(zones, 'domestic', 'KG', cart.weightGrams),
      internationalFromTiyin: shippingPrice(zones, 'international', abroad, cart.weightGrams),
    };
  };

  const reviewStep = async (
    values: CheckoutValues,
    form: CheckoutForm,
    status: number,
    banner?: MessageKey,
    bannerArgs?: Record<string, string | number>,
  ): Promise<CheckoutPage> => {
    const reviewed = await reviewCart(db, { cartId: req.cartId, locale: req.locale, rate: req.rate, form });
    if ('kind' in reviewed) {
      if (reviewed.kind === 'empty') return { kind: 'redirect', to: href('/cart') };
      return formStep(values, {}, 422, 'checkout.noShipping');
    }
    return {
      kind: 'review',
      status,
      values,
      banner: banner ?? (reviewed.cart.changed.length > 0 ? 'checkout.pricesChanged' : undefined),
      bannerArgs,
      cart: reviewed.cart,
      quote: reviewed.quote,
      digest: reviewed.digest,
      holdUntil: form.payment === 'stripe' ? null : holdDeadline(form.payment, now),
      pricesChanged: reviewed.cart.changed.length > 0,
    };
  };

  if (!req.posted) return formStep(emptyValues(req.cardEnabled), {}, 200);

  const read = readCheckoutForm(req.posted);
  const step = String(req.posted.get('step') ?? 'review');
  if (!read.form) return formStep(read.values, read.errors, 422, 'checkout.fixErrors');
  if (step === 'edit') return formStep(read.values, {}, 200);
  if (read.form.payment === 'stripe' && !req.cardEnabled)
    return formStep(read.values, {}, 422, 'checkout.paymentUnavailable');
  if (step !== 'place') return reviewStep(read.values, read.form, 200);

  const result: PlaceOrderResult = await placeOrder(db, {
    cartId: req.cartId,
    locale: req.locale,
    rate: req.rate,
    form: read.form,
    cardPaymentsEnabled: req.cardEnabled,
    reviewedDigest: String(req.posted.get('quote') ?? ''),
    origin: req.origin,
    sessionId: req.sessionId,
    clientIp: req.clientIp,
    now,
  });
  switch (result.kind) {
    case 'placed': {
      // The confirmation is already in the outbox (same batch as the order): send it now if we can.
      sendQueuedMail(db);
      const order = (await getOrderById(db, result.order.id))!;
      const orderPath = href(`/orders/${order.accessToken}`);
      if (order.paymentMethod !== 'stripe') return { kind: 'redirect', to: orderPath };
      try {
        const url = await startCardPayment(db, order, req.origin);
        if (url) return { kind: 'redirect', to: url };
      } catch (error) {
        getLogger().error({ err: error }, 'Stripe Checkout Session failed');
      }
      return { kind: 'redirect', to: `${orderPath}?card_error=1` };
    }
    case 'empty':
      return { kind: 'redirect', to: href('/cart') };
    case 'already_placed':
      return { kind: 'redirect', to: href(`/orders/${result.accessToken}`) };
    case 'prices_changed':
    case 'quote_changed':
      return reviewStep(read.values, read.form, 409, 'checkout.reviewAgain');
    case 'limit':
      return formStep(read.values, {}, 422, LIMIT_BANNERS[result.limit], limitArgs(result.limit, env, req.locale));
    case 'out_of_stock':
      return formStep(read.values, {}, 422, 'checkout.outOfStock');
    case 'no_shipping':
      return formStep(read.values, {}, 422, 'checkout.noShipping');
    case 'payment_unavailable':
      return formStep(read.values, {}, 422, 'checkout.paymentUnavailable');
  }
}
