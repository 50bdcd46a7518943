import { describe, expect, it } from 'vitest';
import { parseKg, parseShippingZoneForm, type ShippingZoneRow } from './shipping-table.ts';

const others: ShippingZoneRow[] = [
  { id: 1, code: 'kg', countries: ['KG'], names: { ky: 'a', ru: 'b', en: 'c' }, rates: [], version: 1 },
  { id: 2, code: 'world', countries: ['*'], names: { ky: 'a', ru: 'b', en: 'c' }, rates: [], version: 1 },
];
const form = (extra: Record<string, string>) => ({
  zone: '1',
  version: '5',
  name_ky: 'Кыргызстан боюнча',
  name_ru: 'По Кыргызстану',
  name_en: 'Within Kyrgyzstan',
  countries: 'kg',
  ...extra,
});

describe('the shipping table form', () => {
  it('reads kilograms and som into grams and tiyin, skipping blank rows', () => {
    const r = parseShippingZoneForm(form({ w0: '1', p0: '250', w1: '', p1: '', w2: '2,5', p2: '350.50' }), others);
    expect(r).toEqual({
      ok: true,
      zone: expect.objectContaining({
        id: 1,
        version: 5,
        countries: ['KG'],
        rates: [
          { maxWeightGrams: 1000, priceTiyin: 25_000 },
          { maxWeightGrams: 2500, priceTiyin: 35_050 },
        ],
      }),
    });
  });

  it('wants rising weights, prices above zero and at least one row', () => {
    const r = parseShippingZoneForm(form({ w0: '3', p0: '250', w1: '1', p1: '0', w2: 'x', p2: '-5' }), others);
    expect(r).toEqual({
      ok: false,
      errors: {
        w1: 'shipping.error.weight_order',
        p1: 'shipping.error.price',
        w2: 'shipping.error.weight',
        p2: 'shipping.error.price',
      },
    });
    expect(parseShippingZoneForm(form({}), others)).toEqual({ ok: false, errors: { w0: 'shipping.error.no_rates' } });
  });

  it('keeps each country in one zone and checks the codes and names', () => {
    const r = parseShippingZoneForm(
      form({ zone: 'new', code: 'kg', countries: 'KZ, *', name_en: '', w0: '1', p0: '10' }),
      others,
    );
    expect(r).toEqual({
      ok: false,
      errors: {
        code: 'shipping.error.code_taken',
        countries: 'shipping.error.countries_taken',
        name_en: 'shipping.error.name',
      },
    });
    expect(parseShippingZoneForm(form({ countries: 'KG XX', w0: '1', p0: '1' }), others)).toEqual({
      ok: false,
      errors: { countries: 'shipping.error.countries' },
    });
  });

  it('parses weights in kilograms', () => {
    expect(parseKg('0,5')).toBe(500);
    expect(parseKg('30')).toBe(30_000);
    expect(parseKg('0')).toBeNull();
    expect(parseKg('1e3')).toBeNull();
  });
});
