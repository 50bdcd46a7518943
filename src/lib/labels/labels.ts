/**
 * Labels and provenance: what staff print on a variant's batch (names in ky, ru and en, producer,
 * village, weight, best-before, price, the QR link) and what a scanned link resolves to.
 */
import type { InValue } from '@libsql/client';
import { z } from 'zod';
import { readRows, type Db } from '../../../db/client.ts';
import { bestLocaleSql as best, type Localized } from '../catalog/localized.ts';
import { fallbackChain, LOCALE_TAGS, LOCALES, type Locale } from '../i18n/locales.ts';
import { barcodeForms, gtin14, labelPath } from './link.ts';

type Row = Record<string, unknown>;
const rows = (db: Db, sql: string, args: InValue[] = []): Promise<Row[]> => readRows(db, sql, args);
const loc = (text: unknown, locale: unknown): Localized => ({
  text: String(text ?? ''),
  locale: (locale ?? 'en') as Locale,
});
const optional = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

/** Sheet sizes: an A4 sheet of 3 × 8 labels of 70 × 37 mm, or one 58 × 40 mm label per page of a label printer. */
export const SHEET_SIZES = ['a4', '58x40'] as const;
export type SheetSize = (typeof SHEET_SIZES)[number];
/** Labels on one A4 sheet (3 columns × 8 rows). */
export const A4_LABELS_PER_SHEET = 24;
/** At most this many labels in one print run (ten A4 sheets). */
export const MAX_LABELS = 240;

/** The staff label form, read from the query string; a missing count follows the batch's quantity. */
export const LabelSheetQuery = z.object({
  variant: z.coerce.number().int().positive(),
  batch: z.coerce.number().int().positive(),
  count: z.coerce.number().int().min(1).max(MAX_LABELS).optional(),
  size: z.enum(SHEET_SIZES).default('a4'),
  lang: z.enum(LOCALES).optional(),
});
export type LabelSheetQuery = z.infer<typeof LabelSheetQuery>;

/** How many labels to print when staff did not say: one per unit of the batch, within one run. */
export function defaultLabelCount(quantity: number): number {
  return Math.min(MAX_LABELS, Math.max(1, quantity));
}

/** Splits labels into printed pages: 24 to an A4 sheet, one to a label-printer page. */
export function paginate<T>(items: T[], size: SheetSize): T[][] {
  const per = size === 'a4' ? A4_LABELS_PER_SHEET : 1;
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += per) pages.push(items.slice(i, i + per));
  return pages;
}

/** A weight as a label prints it: grams below a kilogram, else kilograms (500 g, 1.25 kg). */
export function formatWeight(locale: Locale, grams: number): string {
  const kilos = grams >= 1000;
  return new Intl.NumberFormat(LOCALE_TAGS[locale], {
    style: 'unit',
    unit: kilos ? 'kilogram' : 'gram',
    maximumFractionDigits: kilos ? 2 : 0,
  }).format(kilos ? grams / 1000 : grams);
}

/**
 * A date as a label prints it, short and unambiguous: 11.10.2026 in Kyrgyz and Russian, ISO 2026-10-11
 * in English (a tourist from the US or Europe would read 10/11 either way round).
 */
export function formatLabelDate(locale: Locale, iso: string): string {
  const [y, m, d] = iso.split('-');
  return locale === 'en' ? iso : `${d}.${m}.${y}`;
}

/** A text in one language, as a label prints it. */
export interface LabelText {
  locale: Locale;
  text: string;
}

/**
 * The texts that exist, in ky, ru, en order, each printed once: a language without a translation is
 * left out rather than filled with another's words, and identical texts ("Казы" in ky and ru) merge.
 */
export function labelTexts(byLocale: Partial<Record<Locale, string>>): LabelText[] {
  const out: LabelText[] = [];
  for (const locale of LOCALES) {
    const text = byLocale[locale]?.trim();
    if (text && !out.some((t) => t.text === text)) out.push({ locale, text });
  }
  return out;
}

/** A variant staff may print labels for, with its product's name in the page's language. */
export interface LabelVariant {
  id: number;
  sku: string;
  barcode: string | null;
  productSlug: string;
  productName: Localized;
  variantLabel: Localized;
  /** Only a published product's QR link opens a provenance page. */
  published: boolean;
}

export interface LabelBatch {
  id: number;
  code: string;
  producedOn: string;
  bestBefore: string | null;
  quantity: number;
}

const VARIANT_COLUMNS = `v.id, v.sku, v.barcode, p.slug, p.status, pt.name, pt.locale AS name_locale, vt.label, vt.locale AS label_locale`;
const VARIANT_JOINS = (locale: Locale) => `
  JOIN products p ON p.id = v.product_id
  LEFT JOIN product_translations pt ON pt.product_id = p.id AND pt.locale = ${best('product_translations', 'product_id', 'p.id', locale)}
  LEFT JOIN variant_translations vt ON vt.variant_id = v.id AND vt.locale = ${best('variant_translations', 'variant_id', 'v.id', locale)}`;

function toVariant(r: Row): LabelVariant {
  return {
    id: Number(r.id),
    sku: String(r.sku),
    barcode: optional(r.barcode),
    productSlug: String(r.slug),
    productName: loc(r.name ?? r.slug, r.name_locale),
    variantLabel: loc(r.label, r.label_locale),
    published: r.status === 'published',
  };
}

/** Variants whose SKU, barcode (any GTIN length) or one of whose lot codes is exactly what staff typed or scanned. */
export async function findLabelVariants(db: Db, locale: Locale, query: string, limit = 20): Promise<LabelVariant[]> {
  const q = query.trim();
  if (!q) return [];
  const gtin = gtin14(q);
  const codes = gtin ? barcodeForms(gtin) : [q];
  const result = await rows(
    db,
    `SELECT ${VARIANT_COLUMNS} FROM variants v ${VARIANT_JOINS(locale)}
     WHERE v.sku = ? OR v.barcode IN (${codes.map(() => '?').join(', ')})
       OR v.id IN (SELECT variant_id FROM batches WHERE code = ?)
     ORDER BY p.id, v.sort, v.id LIMIT ?`,
    [q.toUpperCase(), ...codes, q, limit],
  );
  return result.map(toVariant);
}

/** One variant with all its batches, newest first, or null. */
export async function getLabelVariant(
  db: Db,
  locale: Locale,
  variantId: number,
): Promise<(LabelVariant & { batches: LabelBatch[] }) | null> {
  const [[r], batches] = await Promise.all([
    rows(db, `SELECT ${VARIANT_COLUMNS} FROM variants v ${VARIANT_JOINS(locale)} WHERE v.id = ?`, [variantId]),
    rows(
      db,
      `SELECT id, code, produced_on, best_before, quantity FROM batches WHERE variant_id = ? ORDER BY produced_on DESC, id DESC`,
      [variantId],
    ),
  ]);
  if (!r) return null;
  return {
    ...toVariant(r),
    batches: batches.map((b) => ({
      id: Number(b.id),
      code: String(b.code),
      producedOn: String(b.produced_on),
      bestBefore: optional(b.best_before),
      quantity: Number(b.quantity),
    })),
  };
}

/** The batches recorded most recently, with their variant: where staff start when goods have just come in. */
export async function listRecentBatches(
  db: Db,
  locale: Locale,
  limit = 20,
): Promise<(LabelBatch & { variant: LabelVariant })[]> {
  const result = await rows(
    db,
    `SELECT b.id AS batch_id, b.code, b.produced_on, b.best_before, b.quantity, ${VARIANT_COLUMNS}
     FROM (SELECT * FROM batches ORDER BY id DESC LIMIT ?) b
     JOIN variants v ON v.id = b.variant_id ${VARIANT_JOINS(locale)}
     ORDER BY b.id DESC`,
    [limit],
  );
  return result.map((r) => ({
    id: Number(r.batch_id),
    code: String(r.code),
    producedOn: String(r.produced_on),
    bestBefore: optional(r.best_before),
    quantity: Number(r.quantity),
    variant: toVariant(r),
  }));
}

/** Everything one label of a variant's batch shows. */
export interface LabelData {
  variantId: number;
  sku: string;
  barcode: string | null;
  productSlug: string;
  published: boolean;
  /** The product's name in each language it exists in (ky, ru, en order). */
  names: LabelText[];
  /** The variant's label ("500 g") in each language it exists in. */
  variantLabels: LabelText[];
  producerName: Localized;
  village: Localized;
  region: Localized;
  weightGrams: number;
  netWeightGrams: number | null;
  priceTiyin: number;
  batch: LabelBatch;
  /** The variant's label ("500 g") in the label's language, falling back to another that exists. */
  variantLabel: string;
  /** The language-neutral path the QR code carries (`/01/…/10/…` or `/lot/…/…`). */
  path: string;
}

/**
 * The label of one batch of a variant, with the producer's and village's names in the label's
 * language (falling back like the catalogue), or null when the batch is not this variant's.
 */
export async function getLabelData(
  db: Db,
  locale: Locale,
  variantId: number,
  batchId: number,
): Promise<LabelData | null> {
  const [r] = await rows(
    db,
    `SELECT v.id, v.sku, v.barcode, v.price_tiyin, v.weight_grams, v.net_weight_grams, v.product_id,
       p.slug, p.status, b.id AS batch_id, b.code, b.produced_on, b.best_before, b.quantity,
       prt.name AS producer_name, prt.locale AS producer_locale,
       vt.name AS village_name, vt.locale AS village_locale, rt.name AS region_name, rt.locale AS region_locale
     FROM batches b
     JOIN variants v ON v.id = b.variant_id
     JOIN products p ON p.id = v.product_id
     JOIN producers pr ON pr.id = p.producer_id
     JOIN villages vl ON vl.id = pr.village_id
     LEFT JOIN producer_translations prt ON prt.producer_id = pr.id AND prt.locale = ${best('producer_translations', 'producer_id', 'pr.id', locale)}
     LEFT JOIN village_translations vt ON vt.village_id = vl.id AND vt.locale = ${best('village_translations', 'village_id', 'vl.id', locale)}
     LEFT JOIN region_translations rt ON rt.region_id = vl.region_id AND rt.locale = ${best('region_translations', 'region_id', 'vl.region_id', locale)}
     WHERE b.id = ? AND b.variant_id = ?`,
    [batchId, variantId],
  );
  if (!r) return null;
  const [names, labels] = await Promise.all([
    rows(db, `SELECT locale, name AS text FROM product_translations WHERE product_id = ?`, [Number(r.product_id)]),
    rows(db, `SELECT locale, label AS text FROM variant_translations WHERE variant_id = ?`, [variantId]),
  ]);
  const byLocale = (list: Row[]) => Object.fromEntries(list.map((x) => [String(x.locale), String(x.text)]));
  const sku = String(r.sku);
  const barcode = optional(r.barcode);
  const code = String(r.code);
  return {
    variantId,
    sku,
    barcode,
    productSlug: String(r.slug),
    published: r.status === 'published',
    names: labelTexts(byLocale(names)),
    variantLabels: labelTexts(byLocale(labels)),
    variantLabel: pick(byLocale(labels), locale),
    producerName: loc(r.producer_name, r.producer_locale),
    village: loc(r.village_name, r.village_locale),
    region: loc(r.region_name, r.region_locale),
    weightGrams: Number(r.weight_grams),
    netWeightGrams: r.net_weight_grams === null ? null : Number(r.net_weight_grams),
    priceTiyin: Number(r.price_tiyin),
    batch: {
      id: Number(r.batch_id),
      code,
      producedOn: String(r.produced_on),
      bestBefore: optional(r.best_before),
      quantity: Number(r.quantity),
    },
    path: labelPath({ sku, barcode }, code),
  };
}

/** The text in this language, else in the catalogue's fallback order (en, ru, ky). */
function pick(byLocale: Partial<Record<Locale, string>>, locale: Locale): string {
  for (const l of fallbackChain(locale)) if (byLocale[l]?.trim()) return byLocale[l]!.trim();
  return '';
}

/** What a scanned label names: a variant by GTIN (14 digits) or by SKU, and a lot code. */
export type LabelKey = { gtin: string; lot: string } | { sku: string; lot: string };

/**
 * The published product a scanned link leads to, when the variant exists, has a batch with this lot
 * code and belongs to a published product of an active producer; null otherwise (the link answers 404).
 */
export async function resolveLabelLink(db: Db, key: LabelKey): Promise<{ slug: string; lot: string } | null> {
  // SKUs are stored in capitals (the listing form writes them so), which keeps this an indexed lookup.
  const forms = 'gtin' in key ? barcodeForms(key.gtin) : [key.sku.toUpperCase()];
  const match = 'gtin' in key ? `v.barcode IN (${forms.map(() => '?').join(', ')})` : 'v.sku = ?';
  const [r] = await rows(
    db,
    `SELECT p.slug FROM variants v
     JOIN products p ON p.id = v.product_id
     JOIN producers pr ON pr.id = p.producer_id
     WHERE ${match} AND p.status = 'published' AND pr.status = 'active'
       AND EXISTS (SELECT 1 FROM batches b WHERE b.variant_id = v.id AND b.code = ?)
     LIMIT 1`,
    [...forms, key.lot],
  );
  return r ? { slug: String(r.slug), lot: key.lot } : null;
}

/** One variant's batch with this lot code, as the provenance page shows it. */
export interface ProvenanceBatch {
  code: string;
  sku: string;
  variantLabel: Localized;
  producedOn: string;
  bestBefore: string | null;
  quantity: number;
  madeBy: string | null;
}

/**
 * The batches with this lot code among the variants of a published product (usually one: a lot made
 * into 250 g and 500 g jars is one lot per jar size), or an empty list.
 */
export async function getBatchForProvenance(
  db: Db,
  locale: Locale,
  slug: string,
  lot: string,
): Promise<ProvenanceBatch[]> {
  const result = await rows(
    db,
    `SELECT b.code, b.produced_on, b.best_before, b.quantity, b.made_by, v.sku, vt.label, vt.locale AS label_locale
     FROM products p
     JOIN variants v ON v.product_id = p.id
     JOIN batches b ON b.variant_id = v.id AND b.code = ?
     LEFT JOIN variant_translations vt ON vt.variant_id = v.id AND vt.locale = ${best('variant_translations', 'variant_id', 'v.id', locale)}
     WHERE p.slug = ? AND p.status = 'published'
     ORDER BY v.sort, v.id`,
    [lot, slug],
  );
  return result.map((r) => ({
    code: String(r.code),
    sku: String(r.sku),
    variantLabel: loc(r.label, r.label_locale),
    producedOn: String(r.produced_on),
    bestBefore: optional(r.best_before),
    quantity: Number(r.quantity),
    madeBy: optional(r.made_by)?.trim() || null,
  }));
}
