/** What the public shop pages render beside their text: the shipping table in the page's language. */
import type { ShippingZoneRow } from '../checkout/shipping-table.ts';
import { countryName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { formatWeight } from '../labels/labels.ts';

export interface ShippingZoneView {
  code: string;
  name: string;
  /** The zone's countries by name, or null for the catch-all zone ('*'). */
  countries: string | null;
  rates: { upTo: string; priceTiyin: number }[];
}

/** The shipping zones and their price ladders as the shipping-and-returns page shows them. */
export function shippingTableView(zones: ShippingZoneRow[], locale: Locale): ShippingZoneView[] {
  return zones
    .filter((z) => z.rates.length > 0)
    .map((z) => ({
      code: z.code,
      name: z.names[locale] || z.names.en || z.names.ru || z.names.ky || z.code,
      countries: z.countries.includes('*')
        ? null
        : z.countries
            .map((c) => countryName(locale, c))
            .sort((a, b) => a.localeCompare(b, locale))
            .join(', '),
      rates: [...z.rates]
        .sort((a, b) => a.maxWeightGrams - b.maxWeightGrams)
        .map((r) => ({ upTo: formatWeight(locale, r.maxWeightGrams), priceTiyin: r.priceTiyin })),
    }));
}
