import { LOCALE_TAGS, type Locale } from './locales.ts';

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A grouped number in the page's language (1 234 in ky and ru, 1,234 in en). */
export function formatNumber(locale: Locale, value: number, fractionDigits = 0): string {
  const key = `${locale}:${fractionDigits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE_TAGS[locale], {
      minimumFractionDigits: 0,
      maximumFractionDigits: fractionDigits,
    });
    numberFormats.set(key, f);
  }
  return f.format(value);
}

/** A calendar date (ISO yyyy-mm-dd or epoch ms) in the page's language. */
export function formatDate(locale: Locale, value: string | number | Date, style: 'long' | 'medium' = 'long'): string {
  const key = `${locale}:${style}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE_TAGS[locale], { dateStyle: style, timeZone: 'Asia/Bishkek' });
    dateFormats.set(key, f);
  }
  const date =
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? new Date(`${value}T12:00:00+06:00`)
      : new Date(value);
  return f.format(date);
}

/** A date and time of day in Bishkek (UTC+6), in the page's language. */
export function formatDateTime(locale: Locale, value: number | Date): string {
  const key = `${locale}:datetime`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE_TAGS[locale], {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: 'Asia/Bishkek',
    });
    dateFormats.set(key, f);
  }
  return f.format(new Date(value));
}

/** A country name in the page's language, from an ISO 3166 code. */
export function countryName(locale: Locale, code: string): string {
  return new Intl.DisplayNames(LOCALE_TAGS[locale], { type: 'region' }).of(code) ?? code;
}
