/** placeOrder and the order workflows against a real migrated database. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import { addToCart, cartIdFor, getCart, setCartQuantity } from '../../src/lib/cart/cart.ts';
import type { CheckoutForm } from '../../src/lib/checkout/form.ts';
import { placeOrder, reviewCart } from '../../src/lib/checkout/place-order.ts';
import { placeReviewed } from '../support/place.ts';
import { LEDGER_MISMATCH_SQL } from '../../src/lib/inventory/ledger.ts';
import { getOrderById } from '../../src/lib/orders/queries.ts';
import { IllegalTransitionError } from '../../src/lib/orders/status.ts';
import { advanceOrder, cancelUnpaidOrder, expireReservations, markOrderPaid } from '../../src/lib/orders/workflows.ts';
import { createSession } from '../../src/lib/sessions/session.ts';
import { loadCatalog } from '../factories/catalog.ts';
import { tinyCatalog } from '../factories/tiny.ts';
import { PICKUP_FORM } from '../support/client.ts';
import { freshDb } from '../support/db.ts';

const KGS = { currency: 'KGS' as const, kgsPerUnitMicros: 1_000_000, setOn: '2026-11-20' };
const USD = { currency: 'USD' as const, kgsPerUnitMicros: 87_450_000, setOn: '2026-11-20' };
const pickup: CheckoutForm = {
  ...PICKUP_FORM,
  email: 'aigul@example.kg',
  name: 'Айгүл',
  shipping: 'pickup',
  payment: 'pay_at_pickup',
};

let db: Db;
const variantOf = async (slug: string, n = 0) =>
  Number(
    (
      await db.$client.execute({
        sql: 'SELECT v.id FROM variants v JOIN products p ON p.id = v.product_id WHERE p.slug = ? ORDER BY v.sort',
        args: [slug],
      })
    ).rows[n]!.id,
  );
const level = async (variantId: number) =>
  (
    await db.$client.execute({
      sql: `SELECT sum(on_hand) AS on_hand, sum(reserved) AS reserved FROM stock_levels sl JOIN stock_locations l ON l.id = sl.location_id WHERE variant_id = ? AND l.sells_online = 1`,
      args: [variantId],
    })
  ).rows[0]!;
const newCart = async () => cartIdFor(db, (await createSession(db)).id);
const ledgerMismatches = async () => (await db.$client.execute(LEDGER_MISMATCH_SQL)).rows;

beforeEach(async () => {
  db = await freshDb();
  await loadCatalog(db, tinyCatalog());
});

describe('cart', () => {
  it('refuses more than is available online, and sums the lines', async () => {
    const cart = await newCart();
    const white = await variantOf('white-honey');
    await expect(addToCart(db, cart, white, 11)).rejects.toMatchObject({ code: 'out_of_stock', available: 10 });
    await addToCart(db, cart, white, 4);
    await expect(addToCart(db, cart, await variantOf('shyrdak'), 1)).rejects.toMatchObject({
      code: 'out_of_stock',
      available: 0,
    });
    const c = await getCart(db, cart, 'en');
    expect(c.lines.map((l) => [l.productSlug, l.quantity])).toEqual([['white-honey', 4]]);
    expect(c.subtotalTiyin).toBe(4 * 45_000);
    await setCartQuantity(db, cart, white, 0);
    expect((await getCart(db, cart, 'en')).lines).toEqual([]);
  });
});

describe('placeOrder', () => {
  it('snapshots the lines, reserves stock through the ledger and empties the cart', async () => {
    const cart = await newCart();
    const white = await variantOf('white-honey');
    await addToCart(db, cart, white, 3);
    const result = await placeReviewed(db, {
      cartId: cart,
      locale: 'ru',
      rate: USD,
      form: pickup,
      cardPaymentsEnabled: false,
    });
    expect(result.kind).toBe('placed');
    const order = (await getOrderById(db, result.kind === 'placed' ? result.order.id : 0))!;
    expect(order).toMatchObject({
      status: 'pending_payment',
      currency: 'USD',
      subtotalTiyin: 135_000,
      shippingTiyin: 0,
      locale: 'ru',
    });
    expect(order.number).toMatch(/^OVP-\d{6}-\d{5}$/);
    expect(order.lines).toEqual([
      expect.objectContaining({
        productName: 'Белый мёд',
        producerName: 'Семья Токтогуловых',
        unitPriceTiyin: 45_000,
        quantity: 3,
      }),
    ]);
    // 450 som = 5.15 USD (rate locked into the order), three of them
    expect(order.totalChargedMinor).toBe(3 * 515);
    expect(await level(white)).toMatchObject({ on_hand: 10, reserved: 3 });
    expect((await getCart(db, cart, 'ru')).lines).toEqual([]);
    expect(await ledgerMismatches()).toEqual([]);
  });
  it('refuses to charge anything but the reviewed quote, then places at the new price once reviewed', async () => {
    const cart = await newCart();
    const white = await variantOf('white-honey');
    await addToCart(db, cart, white, 1);
    const reviewed = await reviewCart(db, { cartId: cart, locale: 'en', rate: KGS, form: pickup });
    if (!('digest' in reviewed)) throw new Error('no review');
    expect(reviewed.quote.chargedMinor).toBe(45_000);
    await db.$client.execute({ sql: 'UPDATE variants SET price_tiyin = 48000 WHERE id = ?', args: [white] });
    const first = await placeOrder(db, {
      cartId: cart,
      locale: 'en',
      rate: KGS,
      form: pickup,
      cardPaymentsEnabled: false,
      reviewedDigest: reviewed.digest,
      origin: 'http://localhost:4321',
      sessionId: 'price-change',
      clientIp: 'price-change',
    });
    expect(first.kind).toBe('prices_changed');
    const second = await placeReviewed(db, {
      cartId: cart,
      locale: 'en',
      rate: KGS,
      form: pickup,
      cardPaymentsEnabled: false,
    });
    expect(second.kind).toBe('placed');
    expect((await getOrderById(db, second.kind === 'placed' ? second.order.id : 0))!.totalTiyin).toBe(48_000);
  });
  it('says out of stock when another buyer took the last units', async () => {
    const fir = await variantOf('fir-honey');
    const [a, b] = [await newCart(), await newCart()];
    await addToCart(db, a, fir, 3);
    await addToCart(db, b, fir, 2);
    expect(
      (await placeReviewed(db, { cartId: a, locale: 'en', rate: KGS, form: pickup, cardPaymentsEnabled: false })).kind,
    ).toBe('placed');
    expect(
      (await placeReviewed(db, { cartId: b, locale: 'en', rate: KGS, form: pickup, cardPaymentsEnabled: false })).kind,
    ).toBe('out_of_stock');
    expect(await level(fir)).toMatchObject({ on_hand: 3, reserved: 3 });
  });
  it('does not offer card payment without Stripe', async () => {
    const cart = await newCart();
    await addToCart(db, cart, await variantOf('white-honey'), 1);
    const r = await placeReviewed(db, {
      cartId: cart,
      locale: 'en',
      rate: KGS,
      form: { ...pickup, payment: 'stripe' },
      cardPaymentsEnabled: false,
    });
    expect(r.kind).toBe('payment_unavailable');
  });
  it('prices international post by weight and zone', async () => {
    const cart = await newCart();
    await addToCart(db, cart, await variantOf('white-honey'), 2);
    const form: CheckoutForm = {
      ...pickup,
      shipping: 'international',
      country: 'DE',
      city: 'Berlin',
      address: 'Torstraße 1',
      postalCode: '10119',
      payment: 'bank_transfer',
    };
    const r = await placeReviewed(db, { cartId: cart, locale: 'en', rate: KGS, form, cardPaymentsEnabled: false });
    const order = (await getOrderById(db, r.kind === 'placed' ? r.order.id : 0))!;
    // 2 × 700 g + 300 g packaging = 1.7 kg: the world zone's band up to 3 kg
    expect(order.shippingTiyin).toBe(460_000);
    expect(order.totalTiyin).toBe(90_000 + 460_000);
  });
});

describe('order workflows', () => {
  async function placed(quantity = 2) {
    const cart = await newCart();
    await addToCart(db, cart, await variantOf('white-honey'), quantity);
    const r = await placeReviewed(db, {
      cartId: cart,
      locale: 'en',
      rate: KGS,
      form: pickup,
      cardPaymentsEnabled: false,
      now: 1_000,
    });
    if (r.kind !== 'placed') throw new Error(r.kind);
    return r.order.id;
  }
  it('payment sells the reserved units, once', async () => {
    const id = await placed(2);
    const white = await variantOf('white-honey');
    expect((await markOrderPaid(db, id)).changed).toBe(true);
    expect((await markOrderPaid(db, id)).changed).toBe(false);
    expect(await level(white)).toMatchObject({ on_hand: 8, reserved: 0 });
    expect((await getOrderById(db, id))!.status).toBe('paid');
    expect((await cancelUnpaidOrder(db, id, 'cancelled')).changed).toBe(false);
    expect(await ledgerMismatches()).toEqual([]);
  });
  it('moves a paid order along fulfilment and refuses illegal moves', async () => {
    const id = await placed(1);
    await expect(advanceOrder(db, id, 'shipped')).rejects.toBeInstanceOf(IllegalTransitionError);
    await markOrderPaid(db, id);
    expect((await advanceOrder(db, id, 'packed')).changed).toBe(true);
    await expect(advanceOrder(db, id, 'packed')).rejects.toBeInstanceOf(IllegalTransitionError);
    expect((await advanceOrder(db, id, 'shipped')).changed).toBe(true);
    expect((await advanceOrder(db, id, 'delivered')).changed).toBe(true);
    expect((await getOrderById(db, id))!.status).toBe('delivered');
  });
  it('expiry releases the reservation of lapsed unpaid orders only', async () => {
    const lapsed = await placed(2);
    const paid = await placed(1);
    await markOrderPaid(db, paid);
    expect(await expireReservations(db, Date.now() + 10 * 86_400_000)).toBe(1);
    expect((await getOrderById(db, lapsed))!.status).toBe('cancelled');
    expect((await getOrderById(db, paid))!.status).toBe('paid');
    expect(await level(await variantOf('white-honey'))).toMatchObject({ on_hand: 9, reserved: 0 });
    expect(await expireReservations(db, Date.now() + 10 * 86_400_000)).toBe(0);
    expect(await ledgerMismatches()).toEqual([]);
  });
});
