/** Countries for a form's <select>: ISO 3166-1 alpha-2 codes named in the page's language. */
import { COUNTRY_CODES as SHIPPING_CODES } from '../checkout/form.ts';
import { LOCALE_TAGS, type Locale } from './locales.ts';
import { countryName } from './names.ts';

/** The countries the shop ships to, the same list the checkout offers. */
export const COUNTRY_CODES: readonly string[] = SHIPPING_CODES;
const KNOWN = new Set(COUNTRY_CODES);

const cache = new Map<Locale, { value: string; label: string }[]>();

/** Every country, as select options sorted by their name in this language. */
export function countryOptions(locale: Locale): { value: string; label: string }[] {
  let options = cache.get(locale);
  if (!options) {
    const collator = new Intl.Collator(LOCALE_TAGS[locale]);
    options = COUNTRY_CODES.map((code) => ({ value: code, label: countryName(locale, code) })).sort((a, b) =>
      collator.compare(a.label, b.label),
    );
    cache.set(locale, options);
  }
  return options;
}

/** Whether a code is one of the countries countryOptions lists. */
export function isCountryCode(code: string): boolean {
  return KNOWN.has(code);
}
