/** Fulfilment workflows against a real migrated database with the tiny catalogue. */
import type Stripe from 'stripe';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/client.ts';
import { loadCatalog } from '../../../tests/factories/catalog.ts';
import { tinyCatalog } from '../../../tests/factories/tiny.ts';
import { PICKUP_FORM } from '../../../tests/support/client.ts';
import { freshDb } from '../../../tests/support/db.ts';
import { addToCart, cartIdFor } from '../cart/cart.ts';
import type { CheckoutForm } from '../checkout/form.ts';
import { placeReviewed } from '../../../tests/support/place.ts';
import { LEDGER_MISMATCH_SQL } from '../inventory/ledger.ts';
import { producerEarnings } from './producer-sales.ts';
import { createSession } from '../sessions/session.ts';
import {
  allowedActions,
  cancelPaidOrder,
  FulfilmentError,
  markDelivered,
  markPaidByStaff,
  markReadyForPickup,
  OrderActionForm,
  packOrder,
  pickList,
  shipOrder,
} from './fulfilment.ts';
import { getOrderById } from './queries.ts';
import { IllegalTransitionError } from './status.ts';

const KGS = { currency: 'KGS' as const, kgsPerUnitMicros: 1_000_000, setOn: '2026-11-20' };
const ORIGIN = 'https://shop.test';
const staff = { userId: null, ip: '127.0.0.1' };
const pickup: CheckoutForm = {
  ...PICKUP_FORM,
  email: 'aigul@example.kg',
  name: 'Айгүл',
  shipping: 'pickup',
  payment: 'pay_at_pickup',
};
const domestic: CheckoutForm = {
  ...PICKUP_FORM,
  email: 'bakyt@example.kg',
  name: 'Бакыт',
  shipping: 'domestic',
  country: 'KG',
  city: 'Ош',
  address: 'Ленин көчөсү 12',
  postalCode: '723500',
  payment: 'bank_transfer',
};

let db: Db;
beforeEach(async () => {
  db = await freshDb();
  await loadCatalog(db, tinyCatalog());
});

const one = async (sql: string, args: (string | number)[] = []) => (await db.$client.execute({ sql, args })).rows[0]!;
const variantOf = async (slug: string, n = 0) =>
  Number(
    (
      await db.$client.execute({
        sql: 'SELECT v.id FROM variants v JOIN products p ON p.id = v.product_id WHERE p.slug = ? ORDER BY v.sort',
        args: [slug],
      })
    ).rows[n]!.id,
  );

async function place(form: CheckoutForm, items: [string, number, number?][], locale: 'ky' | 'ru' | 'en' = 'ky') {
  const cart = await cartIdFor(db, (await createSession(db)).id);
  for (const [slug, quantity, n] of items) await addToCart(db, cart, await variantOf(slug, n), quantity);
  const r = await placeReviewed(db, { cartId: cart, locale, rate: KGS, form, cardPaymentsEnabled: true });
  if (r.kind !== 'placed') throw new Error(r.kind);
  return r.order.id;
}
const paid = async (form: CheckoutForm, items: [string, number, number?][], locale: 'ky' | 'ru' | 'en' = 'ky') => {
  const id = await place(form, items, locale);
  expect((await markPaidByStaff(db, staff, id, ORIGIN)).changed).toBe(true);
  return id;
};
const audit = async (action: string) =>
  Number((await one('SELECT count(*) AS n FROM audit_log WHERE action = ?', [action])).n);
const mails = async () => (await db.$client.execute('SELECT * FROM outbox ORDER BY id')).rows;

describe('shipping an order', () => {
  it('goes paid → packed → shipped with a checked tracking number → delivered, each step once', async () => {
    const id = await paid(domestic, [['white-honey', 2]], 'ky');
    expect(allowedActions((await getOrderById(db, id))!)).toEqual(['pack', 'refund']);
    await expect(
      shipOrder(db, staff, id, { carrier: 'kyrgyz_pochtasy', tracking: 'EE123456785KG' }, ORIGIN),
    ).rejects.toBeInstanceOf(IllegalTransitionError);
    await expect(markReadyForPickup(db, staff, id, ORIGIN)).rejects.toMatchObject({ code: 'delivery_order' });
    expect(await packOrder(db, staff, id)).toEqual({ changed: true, status: 'packed' });
    expect(await packOrder(db, staff, id)).toEqual({ changed: false, status: 'packed' });
    expect(await audit('order_packed')).toBe(1);
    await expect(
      shipOrder(db, staff, id, { carrier: 'kyrgyz_pochtasy', tracking: 'EE123456784KG' }, ORIGIN),
    ).rejects.toMatchObject({ code: 'tracking' });
    const shipped = await shipOrder(db, staff, id, { carrier: 'kyrgyz_pochtasy', tracking: 'ee 123456785 kg' }, ORIGIN);
    expect(shipped).toEqual({ changed: true, status: 'shipped' });
    const order = (await getOrderById(db, id))!;
    expect([order.carrier, order.trackingNumber]).toEqual(['kyrgyz_pochtasy', 'EE123456785KG']);
    const mail = (await mails()).at(-1)!;
    expect(mail).toMatchObject({ to: 'bakyt@example.kg', locale: 'ky' });
    expect(String(mail.subject)).toContain('жолго чыкты');
    expect(String(mail.text)).toContain('EE123456785KG');
    expect(String(mail.text)).toContain('Кыргыз почтасы / EMS');
    expect(allowedActions(order)).toEqual(['deliver']);
    await expect(cancelPaidOrder(db, staff, id, { method: 'cash', note: 'x' }, ORIGIN)).rejects.toBeInstanceOf(
      IllegalTransitionError,
    );
    expect(await markDelivered(db, staff, id)).toEqual({ changed: true, status: 'delivered' });
    expect(await markDelivered(db, staff, id)).toEqual({ changed: false, status: 'delivered' });
    expect(allowedActions((await getOrderById(db, id))!)).toEqual([]);
    expect(await audit('order_delivered')).toBe(1);
  });

  it('readies a pickup order, mails the buyer and hands it over', async () => {
    const id = await paid(pickup, [['white-honey', 1]], 'ru');
    expect(allowedActions((await getOrderById(db, id))!)).toEqual(['pack', 'ready_for_pickup', 'refund']);
    await packOrder(db, staff, id);
    await expect(shipOrder(db, staff, id, { carrier: 'dhl', tracking: '1234567890' }, ORIGIN)).rejects.toMatchObject({
      code: 'pickup_order',
    });
    expect((await markReadyForPickup(db, staff, id, ORIGIN)).changed).toBe(true);
    expect(String((await mails()).at(-1)!.subject)).toContain('готов к выдаче');
    expect(await markDelivered(db, staff, id)).toEqual({ changed: true, status: 'delivered' });
    expect(await audit('order_handed_over')).toBe(1);
  });

  it('validates the ship form in the staff member’s terms', () => {
    const bad = OrderActionForm.safeParse({ action: 'ship', carrier: 'cdek', tracking: 'ABC' });
    expect(bad.success ? [] : bad.error.issues.map((i) => i.message)).toEqual(['fulfil.error.tracking.cdek']);
    const other = OrderActionForm.safeParse({
      action: 'ship',
      carrier: 'other',
      carrier_name: '',
      tracking: 'X-12345',
    });
    expect(other.success ? [] : other.error.issues.map((i) => i.message)).toEqual(['fulfil.error.carrier_name']);
    expect(OrderActionForm.safeParse({ action: 'refund', method: 'cash', note: '' }).success).toBe(false);
    expect(OrderActionForm.safeParse({ action: 'fly' }).success).toBe(false);
  });
});

describe('cancel and refund', () => {
  it('gives the stock back where it was sold from and reverses the producer’s credit, once', async () => {
    const variant = await variantOf('white-honey');
    const before = await one('SELECT on_hand FROM stock_levels WHERE variant_id = ? AND location_id = 1', [variant]);
    const producer = Number((await one(`SELECT id FROM producers WHERE slug = 'toktogulovs'`)).id);
    const balanceBefore = (await producerEarnings(db, producer)).balanceTiyin;
    const id = await paid(pickup, [['white-honey', 3]]);
    expect((await producerEarnings(db, producer)).balanceTiyin).toBeGreaterThan(balanceBefore);
    await expect(cancelPaidOrder(db, staff, id, { method: 'stripe' }, ORIGIN)).rejects.toMatchObject({
      code: 'refund_method',
    });
    await expect(cancelPaidOrder(db, staff, id, { method: 'cash', note: '' }, ORIGIN)).rejects.toMatchObject({
      code: 'note',
    });
    const note = 'Returned 1350 som in cash';
    expect(await cancelPaidOrder(db, staff, id, { method: 'cash', note }, ORIGIN)).toEqual({
      changed: true,
      status: 'refunded',
    });
    expect(await cancelPaidOrder(db, staff, id, { method: 'cash', note }, ORIGIN)).toEqual({
      changed: false,
      status: 'refunded',
    });
    const after = await one('SELECT on_hand FROM stock_levels WHERE variant_id = ? AND location_id = 1', [variant]);
    expect(after.on_hand).toBe(before.on_hand);
    const returns = await one(
      `SELECT count(*) AS n, sum(on_hand_delta) AS units FROM stock_movements WHERE order_id = ? AND kind = 'return'`,
      [id],
    );
    expect([returns.n, returns.units]).toEqual([1, 3]);
    expect((await producerEarnings(db, producer)).balanceTiyin).toBe(balanceBefore);
    expect((await getOrderById(db, id))!.payment!.status).toBe('refunded');
    expect((await db.$client.execute(LEDGER_MISMATCH_SQL)).rows).toEqual([]);
    const entry = await one(`SELECT after FROM audit_log WHERE action = 'order_refunded'`);
    expect(JSON.parse(String(entry.after))).toMatchObject({ method: 'cash', note });
    expect(await audit('order_refunded')).toBe(1);
    expect(String((await mails()).at(-1)!.text)).toContain('накталай');
  });

  it('refunds a card payment through Stripe with the order number as idempotency key', async () => {
    const id = await place({ ...pickup, payment: 'stripe' }, [['white-honey', 1]]);
    // The card was paid: Stripe's webhook does this.
    const { markOrderPaid } = await import('./workflows.ts');
    await markOrderPaid(db, id, { paymentIntentId: 'pi_test_1', via: 'stripe' });
    const calls: [Record<string, unknown>, Record<string, unknown>][] = [];
    const stripe = {
      refunds: {
        create: async (params: Record<string, unknown>, options: Record<string, unknown>) => {
          calls.push([params, options]);
          return { id: 're_test_1' };
        },
      },
    } as unknown as Stripe;
    await expect(cancelPaidOrder(db, staff, id, { method: 'stripe' }, ORIGIN, { stripe: null })).rejects.toMatchObject({
      code: 'stripe_unavailable',
    });
    expect(await cancelPaidOrder(db, staff, id, { method: 'stripe' }, ORIGIN, { stripe })).toEqual({
      changed: true,
      status: 'refunded',
    });
    const order = (await getOrderById(db, id))!;
    expect(calls).toEqual([
      [
        { payment_intent: 'pi_test_1', amount: order.totalChargedMinor, metadata: expect.any(Object) },
        { idempotencyKey: `refund-${order.number}` },
      ],
    ]);
    expect((await db.$client.execute(LEDGER_MISMATCH_SQL)).rows).toEqual([]);
  });

  it('keeps a refund that Stripe refused from changing anything', async () => {
    const id = await place({ ...pickup, payment: 'stripe' }, [['white-honey', 1]]);
    const { markOrderPaid } = await import('./workflows.ts');
    await markOrderPaid(db, id, { paymentIntentId: 'pi_test_2' });
    const stripe = {
      refunds: {
        create: async () => {
          throw Object.assign(new Error('card network down'), { code: 'api_error' });
        },
      },
    } as unknown as Stripe;
    await expect(cancelPaidOrder(db, staff, id, { method: 'stripe' }, ORIGIN, { stripe })).rejects.toBeInstanceOf(
      FulfilmentError,
    );
    expect((await getOrderById(db, id))!.status).toBe('paid');
  });
});

describe('pick list', () => {
  it('groups paid orders by location, then producer, with each order’s quantity', async () => {
    // Four more jars of fir honey in the Bishkek warehouse (location 2), received through the ledger.
    const fir = await variantOf('fir-honey');
    await db.$client.batch(
      [
        { sql: 'INSERT INTO stock_levels (variant_id, location_id, on_hand) VALUES (?, 2, 4)', args: [fir] },
        {
          sql: `INSERT INTO stock_movements (variant_id, location_id, kind, on_hand_delta) VALUES (?, 2, 'receive', 4)`,
          args: [fir],
        },
      ],
      'write',
    );
    const a = await paid(pickup, [
      ['fir-honey', 5],
      ['white-honey', 1],
    ]);
    const b = await paid(domestic, [['white-honey', 2]]);
    await place(domestic, [['white-honey', 1]]); // unpaid: not picked
    const numbers = await Promise.all([a, b].map(async (id) => (await getOrderById(db, id))!.number));
    const list = await pickList(db, 'en');
    expect(list.orders.toSorted()).toEqual(numbers.toSorted());
    expect(list.locations.map((l) => [l.locationName, l.quantity])).toEqual([
      ['Karakol shop', 1 + 1 + 2],
      ['Bishkek warehouse', 4],
    ]);
    const shop = list.locations[0]!;
    expect(shop.producers.map((p) => p.producerName)).toEqual(['The Toktogulov family']);
    const white = shop.producers[0]!.items.find((i) => i.productName === 'White sainfoin honey')!;
    expect(white.quantity).toBe(3);
    expect(white.orders).toEqual([
      { number: numbers[0], quantity: 1 },
      { number: numbers[1], quantity: 2 },
    ]);
    expect((await db.$client.execute(LEDGER_MISMATCH_SQL)).rows).toEqual([]);
  });
});
