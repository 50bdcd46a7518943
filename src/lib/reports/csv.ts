/**
 * CSV for spreadsheets: RFC 4180 (comma, CRLF, quotes doubled), UTF-8 with a byte-order mark so
 * Excel reads Cyrillic, and text cells that a spreadsheet would run as a formula defused.
 */
import type { Translator } from '../i18n/translate.ts';
import { periodLabel } from './period.ts';
import { isPeriodGroup, type SalesReport } from './sales.ts';
import type { Locale } from '../i18n/locales.ts';

export type CsvCell = string | number;

/** The UTF-8 byte-order mark, written as the first character. */
export const BOM = '\uFEFF';

/**
 * One text cell. A leading = + - @ (or tab / carriage return) makes Excel and LibreOffice evaluate the
 * cell, so a producer named "=HYPERLINK(…)" would run; a leading apostrophe keeps it text (OWASP).
 * A plain decimal number ("-12.50") is left as it is.
 */
function textCell(value: string): string {
  const plainNumber = /^-?\d+(\.\d+)?$/.test(value);
  const safe = !plainNumber && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows as a CSV document: BOM, CRLF after every record, numbers written as they are. */
export function toCsv(rows: CsvCell[][]): string {
  return (
    BOM +
    rows.map((row) => row.map((c) => (typeof c === 'number' ? String(c) : textCell(c))).join(',')).join('\r\n') +
    '\r\n'
  );
}

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
