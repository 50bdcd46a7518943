import { bishkekParts, formatKyDate } from './ky-date.ts';
import { LOCALE_TAGS, type Locale } from './locales.ts';
export { countryName, currencySymbol, languageName } from './names.ts';

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

/**
 * A calendar date (ISO yyyy-mm-dd or epoch ms) in the page's language. Kyrgyz is written the way
 * running text needs it ("2026-жылдын 3-декабры"; medium "2026-ж. 3-дек."), not ICU's "2026-ж., 3-декабрь".
 */
export function formatDate(locale: Locale, value: string | number | Date, style: 'long' | 'medium' = 'long'): string {
  if (locale === 'ky') {
    if (style === 'long') return formatKyDate(value);
    return `${bishkekParts(value).year}-ж. ${formatKyDate(value, 'short')}`;
  }
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

/** A date and time of day in Bishkek (UTC+6), in the page's language; `medium` for tables (ky «2026-ж. 3-дек., 14:05»). */
export function formatDateTime(locale: Locale, value: number | Date, style: 'long' | 'medium' = 'long'): string {
  if (locale === 'ky') return `${formatDate(locale, value, style)}, ${formatTime(locale, value)}`;
  const key = `${locale}:datetime:${style}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE_TAGS[locale], {
      dateStyle: style,
      timeStyle: 'short',
      timeZone: 'Asia/Bishkek',
    });
    dateFormats.set(key, f);
  }
  return f.format(new Date(value));
}

/** The time of day in Bishkek, 24-hour: 14:05. */
export function formatTime(locale: Locale, value: number | Date): string {
  const key = `${locale}:time`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE_TAGS[locale], {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: 'Asia/Bishkek',
    });
    dateFormats.set(key, f);
  }
  return f.format(new Date(value));
}
