/** Shipping price by method, destination country and parcel weight, from the shipping-rates table. */
export type ShippingMethod = 'pickup' | 'domestic' | 'international';

export interface ShippingZone {
  code: string;
  countries: string[];
  rates: { maxWeightGrams: number; priceTiyin: number }[];
}

/** The zone that names the country, else the catch-all zone ('*'). */
export function zoneFor(zones: ShippingZone[], country: string): ShippingZone | undefined {
  return zones.find((z) => z.countries.includes(country)) ?? zones.find((z) => z.countries.includes('*'));
}

/** Packaging added to every parcel, in grams. */
export const PACKAGING_GRAMS = 300;

/**
 * The shipping price in tiyin, or null when the method does not fit the country (domestic delivery
 * abroad, international post inside Kyrgyzstan). Parcels heavier than the top band pay the top band
 * again for every started band of the same weight.
 */
export function shippingPrice(
  zones: ShippingZone[],
  method: ShippingMethod,
  country: string,
  weightGrams: number,
): number | null {
  if (method === 'pickup') return 0;
  if (method === 'domestic' && country !== 'KG') return null;
  if (method === 'international' && country === 'KG') return null;
  const zone = zoneFor(zones, country);
  if (!zone || zone.rates.length === 0) return null;
  const rates = [...zone.rates].sort((a, b) => a.maxWeightGrams - b.maxWeightGrams);
  const parcel = weightGrams + PACKAGING_GRAMS;
  const band = rates.find((r) => parcel <= r.maxWeightGrams);
  if (band) return band.priceTiyin;
  const top = rates.at(-1)!;
  return Math.ceil(parcel / top.maxWeightGrams) * top.priceTiyin;
}
