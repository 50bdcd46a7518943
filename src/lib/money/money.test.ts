import { describe, expect, it } from 'vitest';
import {
  convertFromKgs,
  formatLines,
  formatMoney,
  formatPrice,
  lineMinor,
  majorToKgsTiyin,
  toStripeAmount,
} from './money.ts';

const usd = { currency: 'USD' as const, kgsPerUnitMicros: 87_450_000, setOn: '2026-11-20' };
const jpy = { currency: 'JPY' as const, kgsPerUnitMicros: 571_200, setOn: '2026-11-20' };

describe('convertFromKgs', () => {
  it('converts tiyin to cents with half-up rounding', () => {
    // 874.50 som at 87.45 = exactly 10.00 USD
    expect(convertFromKgs(87_450, usd)).toEqual({ amount: 1000, currency: 'USD' });
    // 450 som = 5.1458… USD -> 5.15
    expect(convertFromKgs(45_000, usd)).toEqual({ amount: 515, currency: 'USD' });
  });
  it('gives whole yen for a zero-decimal currency', () => {
    expect(convertFromKgs(45_000, jpy)).toEqual({ amount: 788, currency: 'JPY' });
  });
  it('leaves KGS as it is', () => {
    expect(convertFromKgs(12_345, { currency: 'KGS', kgsPerUnitMicros: 1_000_000 })).toEqual({
      amount: 12_345,
      currency: 'KGS',
    });
  });
  it('refuses negative or fractional amounts and broken rates', () => {
    expect(() => convertFromKgs(-1, usd)).toThrow(RangeError);
    expect(() => convertFromKgs(1.5, usd)).toThrow(RangeError);
    expect(() => convertFromKgs(100, { currency: 'USD', kgsPerUnitMicros: 0 })).toThrow(RangeError);
  });
  it('Stripe amounts are the minor units', () => {
    expect(toStripeAmount(convertFromKgs(45_000, usd))).toBe(515);
    expect(toStripeAmount(convertFromKgs(45_000, jpy))).toBe(788);
  });
  it('turns a typed display-currency bound back into tiyin', () => {
    expect(majorToKgsTiyin(10, usd)).toBe(87_450);
    expect(majorToKgsTiyin(450, undefined)).toBe(45_000);
  });
});

describe('lines in another currency', () => {
  it('are the unit price converted, times the quantity, as checkout charges them', () => {
    // 450 som is $5.15 (5.1458… rounded): three of them are $15.45, though 1,350 som converted is $15.44.
    expect(lineMinor(45_000, 3, usd)).toBe(1545);
    expect(convertFromKgs(135_000, usd).amount).toBe(1544);
    expect(formatLines('en', [{ unitPriceTiyin: 45_000, quantity: 3 }], usd)).toBe('$15.45');
    expect(
      formatLines(
        'en',
        [
          { unitPriceTiyin: 45_000, quantity: 3 },
          { unitPriceTiyin: 87_450, quantity: 1 },
        ],
        usd,
      ),
    ).toBe('$25.45');
  });
  it('are plain som without a rate', () => {
    expect(formatLines('ru', [{ unitPriceTiyin: 45_000, quantity: 3 }], undefined)).toBe('1\u00a0350\u00a0сом');
  });
});

describe('formatMoney', () => {
  it('writes som as «сом» in Kyrgyz and Russian', () => {
    expect(formatMoney('ky', { amount: 123_400, currency: 'KGS' })).toBe('1\u00a0234\u00a0сом');
    expect(formatMoney('ru', { amount: 45_050, currency: 'KGS' })).toBe('450,50\u00a0сом');
  });
  it('uses the currency sign of the page language', () => {
    expect(formatMoney('en', { amount: 515, currency: 'USD' })).toBe('$5.15');
    expect(formatMoney('ru', { amount: 515, currency: 'USD' })).toBe('5,15\u00a0$');
    expect(formatMoney('en', { amount: 788, currency: 'JPY' })).toBe('JP¥788');
    expect(formatMoney('en', { amount: 1250, currency: 'CNY' })).toBe('CN¥12.50');
    expect(formatMoney('ky', { amount: 1250, currency: 'CNY' })).toBe('12,50\u00a0CN¥');
    expect(formatMoney('en', { amount: 123_400, currency: 'KGS' })).toBe('KGS\u00a01,234');
  });
  it('formats a KGS price in the display currency', () => {
    expect(formatPrice('en', 45_000, usd)).toBe('$5.15');
    expect(formatPrice('en', 45_000, undefined)).toBe('KGS\u00a0450');
  });
});
