/** A print run of labels: one variant's batch, its QR code drawn once, laid out on A4 sheets or label-printer pages. */
import type { Db } from '../../../db/client.ts';
import type { Locale } from '../i18n/locales.ts';
import { getTranslator } from '../i18n/translate.ts';
import {
  defaultLabelCount,
  getLabelData,
  paginate,
  type LabelData,
  type LabelSheetQuery,
  type SheetSize,
} from './labels.ts';
import { barcodeSvg, chooseBarcode, type BarcodeChoice } from './barcode.ts';
import { printedLink } from './link.ts';
import { qrSvg } from './qr.ts';

export interface LabelSheet {
  label: LabelData;
  /** The language of the label's captions (the names are printed in every language they exist in). */
  labelLocale: Locale;
  /** The absolute link the QR code carries, and how it is printed under the code. */
  link: string;
  printed: string;
  qr: string;
  /** The scannable code of the variant (EAN-13 of its GTIN, else Code 128 of its SKU) and its bars. */
  code: BarcodeChoice;
  barcode: string;
  count: number;
  size: SheetSize;
  /** Label numbers per printed page (24 to an A4 sheet, one to a label-printer page). */
  pages: number[][];
}

/** The labels staff asked for, or null when the batch is not the variant's. */
export async function prepareLabelSheet(
  db: Db,
  origin: string,
  query: LabelSheetQuery,
  pageLocale: Locale,
): Promise<LabelSheet | null> {
  const labelLocale = query.lang ?? pageLocale;
  const label = await getLabelData(db, labelLocale, query.variant, query.batch);
  if (!label) return null;
  const link = `${origin}${label.path}`;
  const count = query.count ?? defaultLabelCount(label.batch.quantity);
  const numbers = Array.from({ length: count }, (_, i) => i + 1);
  const code = chooseBarcode(label);
  const t = getTranslator(labelLocale);
  return {
    label,
    labelLocale,
    link,
    printed: printedLink(link),
    qr: await qrSvg(link, t('labels.qr_name', { lot: label.batch.code })),
    code,
    barcode: barcodeSvg(code, t('barcode.name', { code: code.text })),
    count,
    size: query.size,
    pages: paginate(numbers, query.size),
  };
}
