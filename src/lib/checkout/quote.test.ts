import { describe, expect, it } from 'vitest';
import type { Cart } from '../cart/cart.ts';
import type { CheckoutForm } from './form.ts';
import { orderLimitBroken, quoteDigest, quoteOrder } from './quote.ts';
import type { ShippingZone } from './shipping.ts';

const line = (variantId: number, quantity: number, unitPriceTiyin: number) =>
  ({ variantId, quantity, unitPriceTiyin, weightGrams: 500 }) as Cart['lines'][number];
const cart = (lines: Cart['lines']): Cart =>
  ({
    id: 'c',
    lines,
    subtotalTiyin: lines.reduce((s, l) => s + l.unitPriceTiyin * l.quantity, 0),
    weightGrams: lines.reduce((s, l) => s + l.weightGrams * l.quantity, 0),
    units: lines.reduce((s, l) => s + l.quantity, 0),
    changed: [],
    short: [],
  }) as Cart;
const zones: ShippingZone[] = [
  { code: 'kg', countries: ['KG'], rates: [{ maxWeightGrams: 5000, priceTiyin: 30_000 }] },
  { code: 'world', countries: ['*'], rates: [{ maxWeightGrams: 2000, priceTiyin: 187_500 }] },
];
const form = (over: Partial<CheckoutForm> = {}): CheckoutForm => ({
  email: 'a@b.kg',
  name: 'Aida',
  phone: '',
  shipping: 'international',
  country: 'DE',
  city: 'Berlin',
  address: 'Hauptstr. 1',
  postalCode: '10115',
  payment: 'stripe',
  note: '',
  ...over,
});
const EUR = { currency: 'EUR' as const, kgsPerUnitMicros: 100_000_000, setOn: '2026-01-01' };

describe('quoteOrder', () => {
  it('charges the goods plus shipping for the chosen method and country, in the display currency', () => {
    const q = quoteOrder(cart([line(1, 2, 45_000)]), zones, form(), EUR)!;
    expect(q.shippingTiyin).toBe(187_500);
    expect(q.totalTiyin).toBe(90_000 + 187_500);
    // 450 som = 4.50 €, twice; shipping 1 875 som = 18.75 €
    expect(q.chargedMinor).toBe(900 + 1875);
  });
  it('is free for pickup and null where the method does not ship', () => {
    expect(quoteOrder(cart([line(1, 1, 45_000)]), zones, form({ shipping: 'pickup' }), EUR)!.shippingTiyin).toBe(0);
    expect(quoteOrder(cart([line(1, 1, 45_000)]), zones, form({ country: 'KG' }), EUR)).toBeNull();
  });
});

describe('quoteDigest', () => {
  it('changes with anything that changes the charge, and only then', () => {
    const base = quoteDigest(quoteOrder(cart([line(1, 2, 45_000)]), zones, form(), EUR)!);
    expect(quoteDigest(quoteOrder(cart([line(1, 2, 45_000)]), zones, form({ name: 'Other' }), EUR)!)).toBe(base);
    for (const changed of [
      quoteOrder(cart([line(1, 3, 45_000)]), zones, form(), EUR)!,
      quoteOrder(cart([line(1, 2, 46_000)]), zones, form(), EUR)!,
      quoteOrder(cart([line(1, 2, 45_000)]), zones, form({ shipping: 'pickup' }), EUR)!,
      quoteOrder(cart([line(1, 2, 45_000)]), zones, form({ payment: 'bank_transfer' }), EUR)!,
      quoteOrder(cart([line(1, 2, 45_000)]), zones, form(), { ...EUR, kgsPerUnitMicros: 99_000_000 })!,
    ])
      expect(quoteDigest(changed)).not.toBe(base);
  });
});

describe('orderLimitBroken', () => {
  it('names the first limit an order breaks (defaults: 20 a line, 30 lines, 100 units, 150 000 som offline)', () => {
    expect(orderLimitBroken(cart([line(1, 20, 100)]), 'bank_transfer', 2000)).toBeNull();
    expect(orderLimitBroken(cart([line(1, 21, 100)]), 'stripe', 2100)).toBe('line_units');
    expect(orderLimitBroken(cart(Array.from({ length: 31 }, (_, i) => line(i, 1, 100))), 'stripe', 3100)).toBe('lines');
    expect(orderLimitBroken(cart(Array.from({ length: 6 }, (_, i) => line(i, 20, 100))), 'stripe', 12_000)).toBe(
      'units',
    );
    expect(orderLimitBroken(cart([line(1, 1, 15_000_100)]), 'bank_transfer', 15_000_100)).toBe('offline_value');
    expect(orderLimitBroken(cart([line(1, 1, 15_000_100)]), 'stripe', 15_000_100)).toBeNull();
  });
});
