import { getTranslator } from './translate.ts';
import { formatDate, formatNumber } from './format.ts';
import { localePath } from './paths.ts';
import type { Locale } from './locales.ts';
import { formatPrice, type Rate } from '../money/money.ts';

/** Everything a component needs to speak the page's language and currency. */
export function pageKit(locale: Locale, rate: Rate | undefined) {
  return {
    locale,
    t: getTranslator(locale),
    href: (path: string) => localePath(locale, path),
    price: (tiyin: number) => formatPrice(locale, tiyin, rate),
    number: (n: number) => formatNumber(locale, n),
    date: (d: string | number) => formatDate(locale, d),
  };
}
export type PageKit = ReturnType<typeof pageKit>;
