import type { Locale } from '../i18n/locales.ts';

/**
 * SQL that picks, for one row, the locale of its best translation in the fallback order
 * requested → en → ru → ky. Used as `t.locale = (<this>)` in a join, so a missing
 * translation falls back in the data layer and the page can mark it.
 */
export function bestLocaleSql(table: string, fk: string, idExpr: string, locale: Locale): string {
  const order = [locale, ...(['en', 'ru', 'ky'] as const).filter((l) => l !== locale)];
  const cases = order.map((l, i) => `WHEN '${l}' THEN ${i}`).join(' ');
  return `(SELECT locale FROM ${table} WHERE ${fk} = ${idExpr} ORDER BY CASE locale ${cases} END LIMIT 1)`;
}

/**
 * SQL for one translated column of a row in its best locale (same fallback order as bestLocaleSql),
 * for lists that need a name without joining the whole translation table.
 */
export function localizedColumnSql(table: string, fk: string, idExpr: string, column: string, locale: Locale): string {
  return bestLocaleSql(table, fk, idExpr, locale).replace(/^\(SELECT locale /, `(SELECT ${column} `);
}

/** A text and the language it is actually in (differs from the page's when it fell back). */
export interface Localized {
  text: string;
  locale: Locale;
}

/**
 * SQL for one translated column in the best locale where that column is written (not empty), as
 * `locale || char(31) || text`, or NULL when no language has it; read it with `readBestText`.
 * A row per locale can hold a name and an empty description: picking the row (bestLocaleSql) would
 * then show an empty text where another language has one.
 */
export function bestTextSql(table: string, fk: string, idExpr: string, column: string, locale: Locale): string {
  const order = [locale, ...(['en', 'ru', 'ky'] as const).filter((l) => l !== locale)];
  const cases = order.map((l, i) => `WHEN '${l}' THEN ${i}`).join(' ');
  return `(SELECT locale || char(31) || ${column} FROM ${table} WHERE ${fk} = ${idExpr} AND ${column} != '' ORDER BY CASE locale ${cases} END LIMIT 1)`;
}

/** Reads a `bestTextSql` value; no text in any language is an empty text in the page's language. */
export function readBestText(value: unknown, locale: Locale): Localized {
  if (typeof value !== 'string') return { text: '', locale };
  const cut = value.indexOf('\x1f');
  return { text: value.slice(cut + 1), locale: value.slice(0, cut) as Locale };
}
