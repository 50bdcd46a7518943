/**
 * The one CSV writer for every download: RFC 4180 (comma, CRLF, quotes doubled), UTF-8 with a byte-order
 * mark so Excel reads Cyrillic, and text cells that a spreadsheet would run as a formula defused.
 */

export type CsvCell = string | number | null | undefined;

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

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? String(value) : textCell(value);
}

/** Rows as a CSV document: BOM, CRLF after every record, numbers written as they are, nulls empty. */
export function toCsv(rows: CsvCell[][]): string {
  return BOM + rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** A CSV document as a private download named `filename`. */
export function csvDownload(csv: string, filename: string): Response {
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"`,
      'Cache-Control': 'private, no-store',
      'X-Robots-Tag': 'noindex',
    },
  });
}
