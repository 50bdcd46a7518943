import { describe, expect, it } from 'vitest';
import {
  customsLines,
  declarationForm,
  formatHsCode,
  kilograms,
  parcelRefusal,
  type CustomsLineInput,
} from './customs.ts';

const honey: CustomsLineInput = {
  sku: 'HON-00001-1',
  quantity: 2,
  lineTotalTiyin: 90_000,
  englishName: 'Mountain honey, 500 g jar',
  russianName: 'Горный мёд, банка 500 г',
  hsCode: '0409.00',
  netWeightGrams: 500,
  weightGrams: 700,
  originCountry: 'KG',
};
const rug: CustomsLineInput = {
  sku: 'FLT-00002-1',
  quantity: 1,
  lineTotalTiyin: 1_800_000,
  englishName: 'Shyrdak, red and blue',
  russianName: 'Шырдак, красный с синим',
  hsCode: null,
  netWeightGrams: null,
  weightGrams: 5200,
  originCountry: 'KG',
};

describe('CN22 or CN23', () => {
  it('takes CN22 up to the limit and CN23 above it', () => {
    expect(declarationForm(3_590_000, 3_590_000)).toBe('CN22');
    expect(declarationForm(3_590_001, 3_590_000)).toBe('CN23');
    expect(declarationForm(0, 3_590_000)).toBe('CN22');
  });
});

describe('declaration lines', () => {
  const euro = { currency: 'EUR' as const, kgsPerUnitMicros: 100_000_000 }; // 100 som a euro
  it('sums net weights per line and in total, and the gross weight from the shipping weights', () => {
    const t = customsLines([honey, rug], euro, 'DE');
    expect(t.lines.map((l) => l.netWeightGrams)).toEqual([1000, 5200]);
    expect(t.netWeightGrams).toBe(6200);
    expect(t.grossWeightGrams).toBe(2 * 700 + 5200);
    expect(t.lines[1]!.netWeightEstimated).toBe(true);
    expect(t.lines[0]!.netWeightEstimated).toBe(false);
  });
  it('values each line in the order currency at its locked rate, and the total is their sum', () => {
    const t = customsLines([honey, rug], euro, 'DE');
    expect(t.lines.map((l) => l.value)).toEqual([
      { amount: 900, currency: 'EUR' },
      { amount: 18_000, currency: 'EUR' },
    ]);
    expect(t.value).toEqual({ amount: 18_900, currency: 'EUR' });
    const yen = customsLines(
      [
        { ...honey, lineTotalTiyin: 1 },
        { ...honey, lineTotalTiyin: 1 },
      ],
      {
        currency: 'JPY',
        kgsPerUnitMicros: 600_000,
      },
      'JP',
    );
    expect(yen.value.amount).toBe(yen.lines[0]!.value.amount + yen.lines[1]!.value.amount);
  });
  it('writes HS codes as digits, keeps the origin and adds Russian names only where customs read Russian', () => {
    const de = customsLines([honey, rug], euro, 'DE');
    expect(de.lines.map((l) => l.hsCode)).toEqual(['040900', null]);
    expect(de.lines.map((l) => l.originCountry)).toEqual(['KG', 'KG']);
    expect(de.lines[0]!.localDescription).toBeNull();
    expect(customsLines([honey], euro, 'RU').lines[0]!.localDescription).toBe('Горный мёд, банка 500 г');
  });
  it('formats HS codes and kilograms as the forms print them', () => {
    expect(formatHsCode('2009.89')).toBe('200989');
    expect(formatHsCode('12')).toBeNull();
    expect(formatHsCode(null)).toBeNull();
    expect(kilograms(250)).toBe('0.250');
    expect(kilograms(6200)).toBe('6.200');
  });
});

describe('which orders have parcel papers', () => {
  it('needs a packed or shipped order going abroad', () => {
    expect(parcelRefusal({ country: 'DE', shippingMethod: 'international', status: 'packed' })).toBeNull();
    expect(parcelRefusal({ country: 'DE', shippingMethod: 'international', status: 'shipped' })).toBeNull();
    expect(parcelRefusal({ country: 'DE', shippingMethod: 'international', status: 'paid' })).toBe('not_packed');
    expect(parcelRefusal({ country: 'KG', shippingMethod: 'domestic', status: 'packed' })).toBe('not_international');
    expect(parcelRefusal({ country: null, shippingMethod: 'pickup', status: 'packed' })).toBe('not_international');
  });
});
