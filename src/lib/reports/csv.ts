/** Sales reports as CSV, through the one CSV writer (src/lib/http/csv.ts). */
import { toCsv, type CsvCell } from '../http/csv.ts';
import type { Translator } from '../i18n/translate.ts';
import { periodLabel } from './period.ts';
import { isPeriodGroup, type SalesReport } from './sales.ts';
import type { Locale } from '../i18n/locales.ts';

/** Tiyin as som with two decimals and a point (12345 → "123.45"), exactly, for any integer. */
export function somDecimal(tiyin: number): string {
  const sign = tiyin < 0 ? '-' : '';
  const abs = Math.abs(tiyin);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * A sales report as CSV: a header row in the page's language, then one row per period or group. Periods
 * are written as ISO dates (a week as its Monday, a month as yyyy-mm) so spreadsheets sort them; groups
 * carry their name and slug. Money is in som with a decimal point.
 */
export function salesReportCsv(report: SalesReport, t: Translator, locale: Locale): string {
  const { group } = report.query;
  const som = (header: string) => `${header} (${t('reports.csv.som')})`;
  const figures = [
    t('reports.col.orders'),
    t('reports.col.units'),
    som(t('reports.col.revenue')),
    som(t('reports.col.share')),
    som(t('reports.col.commission')),
  ];
  const head: CsvCell[] = isPeriodGroup(group)
    ? [t(`reports.group.${group}`), t('reports.col.label'), ...figures]
    : [t(`reports.group.${group}`), t('reports.col.code'), ...figures];
  const rows: CsvCell[][] = report.rows.map((r) => [
    isPeriodGroup(group) ? (r.key ?? '') : (r.name?.text ?? t('reports.unknown')),
    isPeriodGroup(group) ? periodLabel(locale, group, r.key ?? '') : (r.key ?? ''),
    r.orders,
    r.units,
    somDecimal(r.revenueTiyin),
    somDecimal(r.producersShareTiyin),
    somDecimal(r.commissionTiyin),
  ]);
  return toCsv([head, ...rows]);
}

/** A file name for a report: sales-by-producer-2026-01-01-2026-01-31.csv. */
export function salesReportFilename(report: SalesReport): string {
  const q = report.query;
  const channel = q.channel === 'all' ? '' : `-${q.channel}`;
  return `sales-by-${q.group}${channel}-${q.from}-${q.to}.csv`;
}
