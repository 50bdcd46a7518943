/**
 * Calendar arithmetic for reports in the shop's time zone. Karakol keeps Asia/Bishkek time, UTC+6 all
 * year (Kyrgyzstan has had no daylight saving since 2005), so a fixed offset is exact and SQLite can
 * bucket `created_at` with plain date functions.
 */
import { formatKyDate, formatKyDateRange } from '../i18n/ky-date.ts';
import { LOCALE_TAGS, type Locale } from '../i18n/locales.ts';

export const BISHKEK_OFFSET_MS = 6 * 3_600_000;
const DAY_MS = 86_400_000;

export const PERIOD_UNITS = ['day', 'week', 'month'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

/** True for a real calendar date written yyyy-mm-dd. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** The Bishkek calendar date (yyyy-mm-dd) of an instant. */
export function bishkekDate(ms: number): string {
  return new Date(ms + BISHKEK_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a Bishkek calendar day starts. */
export function bishkekDayStart(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) - BISHKEK_OFFSET_MS;
}

/** A calendar date moved by whole days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday on or before a date (weeks run Monday to Sunday, as in Kyrgyzstan and ISO 8601). */
export function weekStart(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7));
}

/** The first day of the month of a date. */
export function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

/** The key of the period a date falls in: the date, its week's Monday, or yyyy-mm. */
export function periodKey(date: string, unit: PeriodUnit): string {
  if (unit === 'day') return date;
  if (unit === 'week') return weekStart(date);
  return date.slice(0, 7);
}

/** Every period key from the one holding `from` to the one holding `to`, in order. */
export function periodKeys(from: string, to: string, unit: PeriodUnit, limit = Infinity): string[] {
  const keys: string[] = [];
  if (from > to) return keys;
  if (unit === 'month') {
    let [y, m] = from.split('-').map(Number) as [number, number];
    const last = to.slice(0, 7);
    for (;;) {
      const key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
      if (key > last || keys.length > limit) break;
      keys.push(key);
      m = m === 12 ? 1 : m + 1;
      if (m === 1) y++;
    }
    return keys;
  }
  const step = unit === 'day' ? 1 : 7;
  const last = periodKey(to, unit);
  for (let d = periodKey(from, unit); d <= last && keys.length <= limit; d = addDays(d, step)) keys.push(d);
  return keys;
}

/** How many periods of a unit the range spans (stops counting past `limit`). */
export function countPeriods(from: string, to: string, unit: PeriodUnit, limit = Infinity): number {
  return periodKeys(from, to, unit, limit).length;
}

/**
 * SQL for the period key of an epoch-milliseconds column in Bishkek time, matching `periodKey`.
 * `weekday 1` moves forward to a Monday, so six days back first lands on the Monday on or before.
 */
export function periodKeySql(unit: PeriodUnit, column: string): string {
  const instant = `(${column} + ${BISHKEK_OFFSET_MS}) / 1000.0, 'unixepoch'`;
  if (unit === 'day') return `date(${instant})`;
  if (unit === 'week') return `date(${instant}, '-6 days', 'weekday 1')`;
  return `strftime('%Y-%m', ${instant})`;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function format(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE_TAGS[locale], { ...options, timeZone: 'UTC' });
    formats.set(key, f);
  }
  return f;
}

// Noon UTC keeps every rendering on the intended calendar day.
const noon = (date: string) => new Date(`${date}T12:00:00Z`);

/**
 * A period key in the page's language: a date, a week as its Monday–Sunday range, or a month.
 * `short` suits a chart axis (“5 Jan”, “Jan 26”).
 */
export function periodLabel(locale: Locale, unit: PeriodUnit, key: string, style: 'long' | 'short' = 'long'): string {
  // ICU's Kyrgyz ("2026-ж., 3-дек.", "26-ж. дек.") is not how Kyrgyz is written: see ky-date.ts.
  if (locale === 'ky') {
    if (unit === 'month') return formatKyDate(`${key}-15`, style === 'long' ? 'month' : 'monthShort');
    if (style === 'short') return formatKyDate(key, 'short');
    if (unit === 'day') return formatKyDate(key);
    return formatKyDateRange(key, addDays(key, 6));
  }
  if (unit === 'month') {
    const d = noon(`${key}-15`);
    return style === 'long'
      ? format(locale, { month: 'long', year: 'numeric' }).format(d)
      : format(locale, { month: 'short', year: '2-digit' }).format(d);
  }
  if (style === 'short') return format(locale, { day: 'numeric', month: 'short' }).format(noon(key));
  if (unit === 'day') return format(locale, { dateStyle: 'medium' }).format(noon(key));
  return format(locale, { dateStyle: 'medium' }).formatRange(noon(key), noon(addDays(key, 6)));
}

export const QUICK_RANGES = ['last30', 'month', 'last_month', 'year'] as const;
export type QuickRange = (typeof QUICK_RANGES)[number];

/** The date ranges offered as one-click links, as of a Bishkek date. */
export function quickRange(range: QuickRange, today: string): { from: string; to: string } {
  if (range === 'last30') return { from: addDays(today, -29), to: today };
  if (range === 'month') return { from: monthStart(today), to: today };
  if (range === 'year') return { from: `${today.slice(0, 4)}-01-01`, to: today };
  const lastDay = addDays(monthStart(today), -1);
  return { from: monthStart(lastDay), to: lastDay };
}
