/**
 * Kyrgyz dates as a careful editor writes them, where ICU gives "2026-ж., 3-декабрь": running text
 * "2026-жылдын 3-декабры" (and its cases, "3-декабрына чейин"), a day of this year "3-декабрда",
 * and short forms for charts and labels ("3-дек.", "дек. 2026").
 */
import { kyCaseEnding, kyPossessive, kyPossessiveCaseEnding, type KyCase } from './ky-grammar.ts';

export const KY_MONTHS = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
] as const;
export const KY_MONTHS_SHORT = [
  'янв.',
  'фев.',
  'мар.',
  'апр.',
  'май',
  'июн.',
  'июл.',
  'авг.',
  'сен.',
  'окт.',
  'ноя.',
  'дек.',
] as const;

/** The calendar date in Bishkek (UTC+6, no daylight time) of an ISO day, epoch ms or Date. */
export function bishkekParts(value: string | number | Date): { year: number; month: number; day: number } {
  if (typeof value === 'string') {
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  }
  const shifted = new Date(new Date(value).getTime() + 6 * 3_600_000);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

export type KyDateStyle = 'long' | 'day' | 'short' | 'month' | 'monthShort';

/**
 * A Kyrgyz date. `long`: "2026-жылдын 3-декабры" (with a case: "…3-декабрына", "…3-декабрында");
 * `day`: "3-декабрь", "3-декабрга", "3-декабрда"; `short`: "3-дек."; `month`: "2026-жылдын декабры";
 * `monthShort` (a chart axis): "дек. 2026".
 */
export function formatKyDate(value: string | number | Date, style: KyDateStyle = 'long', kyCase?: KyCase): string {
  const { year, month, day } = bishkekParts(value);
  const name = KY_MONTHS[month - 1]!;
  switch (style) {
    case 'long': {
      const possessive = kyPossessive(name);
      const ending = kyCase ? kyPossessiveCaseEnding(possessive, kyCase) : '';
      return `${year}-жылдын ${day}-${possessive}${ending}`;
    }
    case 'day': {
      const stem = name.replace(/ь$/u, '');
      return kyCase ? `${day}-${stem}${kyCaseEnding(stem, kyCase)}` : `${day}-${name}`;
    }
    case 'short':
      return `${day}-${KY_MONTHS_SHORT[month - 1]}`;
    case 'month': {
      const possessive = kyPossessive(name);
      return `${year}-жылдын ${possessive}${kyCase ? kyPossessiveCaseEnding(possessive, kyCase) : ''}`;
    }
    case 'monthShort':
      return `${KY_MONTHS_SHORT[month - 1]} ${year}`;
  }
}

/** A Kyrgyz range of days: "2026-жылдын 1–7-декабры", "2026-жылдын 29-ноябры – 5-декабры". */
export function formatKyDateRange(from: string | number | Date, to: string | number | Date): string {
  const a = bishkekParts(from);
  const b = bishkekParts(to);
  if (a.year !== b.year) return `${formatKyDate(from)} – ${formatKyDate(to)}`;
  const toMonth = kyPossessive(KY_MONTHS[b.month - 1]!);
  if (a.month === b.month) return `${a.year}-жылдын ${a.day}–${b.day}-${toMonth}`;
  return `${a.year}-жылдын ${a.day}-${kyPossessive(KY_MONTHS[a.month - 1]!)} – ${b.day}-${toMonth}`;
}
