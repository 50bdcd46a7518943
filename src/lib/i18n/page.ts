import { getTranslator } from './translate.ts';
import { formatDate, formatNumber } from './format.ts';
import { localePath } from './paths.ts';
import type { Locale } from './locales.ts';
import { formatLines, formatMoney, formatPrice, type Rate } from '../money/money.ts';

/** Everything a component needs to speak the page's language and currency. */
export function pageKit(locale: Locale, rate: Rate | undefined) {
  return {
    locale,
    t: getTranslator(locale),
    href: (path: string) => localePath(locale, path),
    price: (tiyin: number) => formatPrice(locale, tiyin, rate),
    /** Cart lines' total in the display currency as checkout charges it: each unit price converted, times its quantity. */
    linesPrice: (lines: readonly { unitPriceTiyin: number; quantity: number }[]) => formatLines(locale, lines, rate),
    /** An amount in som whatever the visitor's display currency (producer and staff pages). */
    som: (tiyin: number) => formatMoney(locale, { amount: tiyin, currency: 'KGS' }),
    number: (n: number) => formatNumber(locale, n),
    date: (d: string | number) => formatDate(locale, d),
  };
}
export type PageKit = ReturnType<typeof pageKit>;
