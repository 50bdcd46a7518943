import { describe, expect, it } from 'vitest';
import { PACKAGING_GRAMS, shippingPrice, type ShippingZone } from './shipping.ts';

const zones: ShippingZone[] = [
  {
    code: 'kg',
    countries: ['KG'],
    rates: [
      { maxWeightGrams: 1000, priceTiyin: 25_000 },
      { maxWeightGrams: 3000, priceTiyin: 35_000 },
    ],
  },
  {
    code: 'eaeu',
    countries: ['KZ', 'RU'],
    rates: [
      { maxWeightGrams: 1000, priceTiyin: 110_000 },
      { maxWeightGrams: 10_000, priceTiyin: 420_000 },
    ],
  },
  {
    code: 'world',
    countries: ['*'],
    rates: [
      { maxWeightGrams: 1000, priceTiyin: 240_000 },
      { maxWeightGrams: 10_000, priceTiyin: 1_150_000 },
    ],
  },
];

describe('shippingPrice', () => {
  it('is free for pickup in Karakol', () => {
    expect(shippingPrice(zones, 'pickup', 'KG', 25_000)).toBe(0);
  });
  it('prices a parcel by its weight band, packaging included', () => {
    expect(shippingPrice(zones, 'domestic', 'KG', 1000 - PACKAGING_GRAMS)).toBe(25_000);
    expect(shippingPrice(zones, 'domestic', 'KG', 1000 - PACKAGING_GRAMS + 1)).toBe(35_000);
  });
  it('uses the zone of the country, else the rest of the world', () => {
    expect(shippingPrice(zones, 'international', 'KZ', 500)).toBe(110_000);
    expect(shippingPrice(zones, 'international', 'DE', 500)).toBe(240_000);
  });
  it('charges the top band again for every started band above it', () => {
    expect(shippingPrice(zones, 'international', 'DE', 25_000)).toBe(3 * 1_150_000);
  });
  it('refuses a method that does not fit the country', () => {
    expect(shippingPrice(zones, 'domestic', 'DE', 500)).toBeNull();
    expect(shippingPrice(zones, 'international', 'KG', 500)).toBeNull();
  });
});
