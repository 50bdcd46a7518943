import { describe, expect, it } from 'vitest';
import { creditShare, parseReturnForm, planReturn, ReturnError, returnedSoFar, type ReturnedSoFar } from './returns.ts';

const line = (id: number, quantity: number, unitPriceTiyin: number) => ({
  id,
  variantId: id,
  locationId: 1,
  productId: id,
  productName: `P${id}`,
  variantLabel: '250 g',
  producerName: 'Family',
  sku: `SKU-${id}`,
  unitPriceTiyin,
  quantity,
  lineTotalTiyin: quantity * unitPriceTiyin,
  shortQuantity: 0,
});
// 3 × 500 som + 2 × 250 som + 300 som shipping = 2,300 som, charged as 26.45 USD.
const usd = {
  lines: [line(1, 3, 50_000), line(2, 2, 25_000)],
  shippingTiyin: 30_000,
  totalTiyin: 230_000,
  totalChargedMinor: 2645,
  currency: 'USD',
};
const kgs = { ...usd, totalChargedMinor: 230_000, currency: 'KGS' };
const none = (): ReturnedSoFar => ({ units: new Map(), shippingRefunded: false, refundedMinor: 0 });
const restock = (lineId: number, quantity: number) => ({ lineId, quantity, disposition: 'restock' as const });

describe('planReturn', () => {
  it('counts units at the prices paid, in som for a som order', () => {
    const plan = planReturn(kgs, none(), { lines: [restock(1, 2)], shipping: false });
    expect(plan).toMatchObject({ itemsTiyin: 100_000, shippingTiyin: 0, amountMinor: 100_000, currency: 'KGS' });
  });

  it('takes the same share of a charge in another currency, and the last return gives back exactly the rest', () => {
    const first = planReturn(usd, none(), { lines: [restock(1, 1)], shipping: false });
    expect(first.amountMinor).toBe(Math.round((2645 * 50_000) / 230_000)); // 575
    const so: ReturnedSoFar = { units: new Map([[1, 1]]), shippingRefunded: false, refundedMinor: first.amountMinor };
    const rest = planReturn(usd, so, { lines: [restock(1, 2), restock(2, 2)], shipping: true });
    expect(first.amountMinor + rest.amountMinor).toBe(2645);
  });

  it('refuses more units than were delivered, counting earlier returns', () => {
    expect(() => planReturn(kgs, none(), { lines: [restock(2, 3)], shipping: false })).toThrow(ReturnError);
    const so: ReturnedSoFar = { units: new Map([[2, 2]]), shippingRefunded: false, refundedMinor: 50_000 };
    expect(() => planReturn(kgs, so, { lines: [restock(2, 1)], shipping: false })).toThrow(/over_return/);
    expect(() => planReturn(kgs, none(), { lines: [restock(9, 1)], shipping: false })).toThrow(/over_return/);
  });

  it('refunds the shipping once, and refuses an empty return', () => {
    expect(planReturn(kgs, none(), { lines: [], shipping: true }).amountMinor).toBe(30_000);
    const so = { ...none(), shippingRefunded: true, refundedMinor: 30_000 };
    expect(() => planReturn(kgs, so, { lines: [], shipping: true })).toThrow(/shipping_again/);
    expect(() => planReturn(kgs, none(), { lines: [restock(1, 0)], shipping: false })).toThrow(/nothing/);
  });

  it('never gives back more than is left of the charge', () => {
    const so: ReturnedSoFar = { units: new Map(), shippingRefunded: false, refundedMinor: 2645 };
    expect(() => planReturn(usd, so, { lines: [restock(1, 1)], shipping: false })).toThrow(/over_refund/);
  });
});

describe('creditShare', () => {
  it('reverses a credit unit by unit to exactly the credit', () => {
    const credit = 1001; // not divisible by 3
    const parts = [creditShare(credit, 3, 0, 1), creditShare(credit, 3, 1, 1), creditShare(credit, 3, 2, 1)];
    expect(parts.reduce((a, b) => a + b, 0)).toBe(credit);
    expect(creditShare(credit, 3, 0, 3)).toBe(credit);
    expect(creditShare(-9, 2, 0, 1) + creditShare(-9, 2, 1, 1)).toBe(-9);
  });
});

describe('returnedSoFar', () => {
  it('adds up units, shipping and money, leaving failed card refunds out', () => {
    const base = {
      method: 'stripe' as const,
      itemsTiyin: 0,
      currency: 'USD',
      stripeRefundId: null,
      note: null,
      userName: null,
      createdAt: 0,
    };
    const so = returnedSoFar([
      {
        ...base,
        id: 1,
        status: 'done',
        shippingTiyin: 300,
        amountMinor: 100,
        lines: [{ orderLineId: 1, quantity: 2, disposition: 'restock', lotCode: null }],
      },
      {
        ...base,
        id: 2,
        status: 'failed',
        shippingTiyin: 0,
        amountMinor: 999,
        lines: [{ orderLineId: 1, quantity: 1, disposition: 'restock', lotCode: null }],
      },
      {
        ...base,
        id: 3,
        status: 'pending',
        shippingTiyin: 0,
        amountMinor: 50,
        lines: [{ orderLineId: 2, quantity: 1, disposition: 'write_off', lotCode: null }],
      },
    ]);
    expect(so).toEqual({
      units: new Map([
        [1, 2],
        [2, 1],
      ]),
      shippingRefunded: true,
      refundedMinor: 150,
    });
  });
});

describe('parseReturnForm', () => {
  const key = 'k'.repeat(24);
  const offline = { lines: usd.lines, paymentMethod: 'pay_at_pickup' };
  it('reads the lines, the shipping and the method', () => {
    const form = parseReturnForm(offline, {
      key,
      method: 'cash',
      note: 'Jar cracked',
      qty_1: '2',
      to_1: 'write_off',
      qty_2: '',
      shipping: 'on',
    });
    expect(form.data).toEqual({
      key,
      method: 'cash',
      note: 'Jar cracked',
      shipping: true,
      lines: [{ lineId: 1, quantity: 2, disposition: 'write_off' }],
    });
  });
  it('names each bad field with its message', () => {
    const form = parseReturnForm(offline, {
      key: 'x',
      method: 'stripe',
      note: '',
      qty_1: '-1',
      qty_2: '3',
      to_2: 'bin',
    });
    expect(form.errors).toEqual({
      key: 'return.error.key',
      qty_1: 'return.error.quantity',
      qty_2: 'return.error.quantity',
    });
    expect(parseReturnForm(offline, { key, method: 'stripe', qty_1: '1' }).errors).toEqual({
      method: 'return.error.method',
      note: 'return.error.note',
    });
    expect(
      parseReturnForm({ ...offline, paymentMethod: 'stripe' }, { key, method: 'stripe', qty_1: '1', to_1: 'bin' })
        .errors,
    ).toEqual({
      to_1: 'return.error.disposition',
    });
  });
});
