/**
 * A producer's listing as one document: texts in ky/ru/en, variants, photos and wholesale terms.
 * The form posts flat fields (`name_ky`, `v0_price`); this module turns them into a checked draft
 * and back, and names each problem with a message key next to its field.
 */
import { z } from 'zod';
import { LOCALES, type Locale } from '../i18n/locales.ts';

export const MAX_VARIANTS = 10;
export const MAX_PHOTOS = 8;

const Texts = z.object({
  name: z.string().max(120),
  description: z.string().max(4000),
  ingredients: z.string().max(1000),
});

export const DraftVariant = z.object({
  id: z.number().int().positive().optional(),
  sku: z.string().max(40),
  barcode: z.string().max(14).optional(),
  label: z.object({ ky: z.string().max(60), ru: z.string().max(60), en: z.string().max(60) }),
  priceTiyin: z.number().int().positive(),
  weightGrams: z.number().int().positive(),
  hsCode: z.string().max(12).optional(),
});
export type DraftVariant = z.infer<typeof DraftVariant>;

export const ListingDraft = z.object({
  categoryId: z.number().int().positive(),
  texts: z.object({ ky: Texts, ru: Texts, en: Texts }),
  variants: z.array(DraftVariant).max(MAX_VARIANTS),
  photos: z.array(z.string()).max(MAX_PHOTOS),
  shelfLifeDays: z.number().int().positive().optional(),
  minOrderQty: z.number().int().positive().optional(),
  monthlyCapacity: z.number().int().positive().optional(),
  leadTimeDays: z.number().int().positive().optional(),
});
export type ListingDraft = z.infer<typeof ListingDraft>;

export type FormValues = Record<string, string>;
export type FormErrors = Record<string, string>;

/** An empty draft for a new listing. */
export function emptyDraft(categoryId: number): ListingDraft {
  const blank = { name: '', description: '', ingredients: '' };
  return { categoryId, texts: { ky: { ...blank }, ru: { ...blank }, en: { ...blank } }, variants: [], photos: [] };
}

/** Tiyin as the som amount a producer types ("450", "450.50"). */
export function somText(tiyin: number): string {
  return tiyin % 100 === 0 ? String(tiyin / 100) : (tiyin / 100).toFixed(2);
}

/** "450", "450.5", "450,50" som → tiyin; null when it is not a price. */
export function parseSom(text: string): number | null {
  const m = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(text.replace(/\s/g, ''));
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}

/** True for a GTIN (EAN-8, UPC-A, EAN-13, GTIN-14) whose check digit is right. */
export function isValidGtin(code: string): boolean {
  if (!/^(\d{8}|\d{12,14})$/.test(code)) return false;
  const digits = [...code].map(Number);
  const check = digits.pop()!;
  const sum = digits.reverse().reduce((s, d, i) => s + d * (i % 2 === 0 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10 === check;
}

/** The flat form values of a draft, for filling the editor. */
export function draftToForm(draft: ListingDraft): FormValues {
  const v: FormValues = { category: String(draft.categoryId) };
  for (const l of LOCALES) {
    v[`name_${l}`] = draft.texts[l].name;
    v[`description_${l}`] = draft.texts[l].description;
    v[`ingredients_${l}`] = draft.texts[l].ingredients;
  }
  draft.variants.forEach((variant, i) => {
    v[`v${i}_id`] = variant.id ? String(variant.id) : '';
    v[`v${i}_sku`] = variant.sku;
    v[`v${i}_barcode`] = variant.barcode ?? '';
    for (const l of LOCALES) v[`v${i}_label_${l}`] = variant.label[l];
    v[`v${i}_price`] = somText(variant.priceTiyin);
    v[`v${i}_weight`] = String(variant.weightGrams);
    v[`v${i}_hs`] = variant.hsCode ?? '';
  });
  v.variant_rows = String(Math.max(1, draft.variants.length));
  v.shelf_life = draft.shelfLifeDays ? String(draft.shelfLifeDays) : '';
  v.min_order = draft.minOrderQty ? String(draft.minOrderQty) : '';
  v.capacity = draft.monthlyCapacity ? String(draft.monthlyCapacity) : '';
  v.lead_time = draft.leadTimeDays ? String(draft.leadTimeDays) : '';
  return v;
}

function optionalInt(values: FormValues, field: string, errors: FormErrors, max: number): number | undefined {
  const text = (values[field] ?? '').trim();
  if (!text) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    errors[field] = 'listing.error.whole_number';
    return undefined;
  }
  return n;
}

/**
 * Reads the editor's fields into a draft (photos are kept from `photos`). Every problem is reported
 * against its field; the values are returned untouched so the form shows what was typed.
 */
export function formToDraft(
  values: FormValues,
  photos: string[],
  categoryIds: number[],
): { draft: ListingDraft; errors: FormErrors } {
  const errors: FormErrors = {};
  const text = (field: string, max: number) => {
    const s = (values[field] ?? '').replace(/\r\n/g, '\n').trim();
    if (s.length > max) errors[field] = 'listing.error.too_long';
    return s.slice(0, max);
  };
  const categoryId = Number(values.category);
  if (!categoryIds.includes(categoryId)) errors.category = 'listing.error.category';
  const texts = Object.fromEntries(
    LOCALES.map((l) => [
      l,
      {
        name: text(`name_${l}`, 120),
        description: text(`description_${l}`, 4000),
        ingredients: text(`ingredients_${l}`, 1000),
      },
    ]),
  ) as ListingDraft['texts'];
  for (const l of LOCALES) {
    if (!texts[l].name && (texts[l].description || texts[l].ingredients))
      errors[`name_${l}`] = 'listing.error.name_for_text';
  }
  if (LOCALES.every((l) => !texts[l].name)) errors[`name_${LOCALES[0]}`] ??= 'listing.error.name_required';

  const rows = Math.min(MAX_VARIANTS, Math.max(1, Number(values.variant_rows) || 1));
  const variants: DraftVariant[] = [];
  const skus = new Set<string>();
  for (let i = 0; i < rows; i++) {
    const f = (name: string) => (values[`v${i}_${name}`] ?? '').trim();
    const fields = ['sku', 'barcode', 'price', 'weight', 'hs', ...LOCALES.map((l) => `label_${l}`)];
    if (values[`v${i}_remove`] || fields.every((name) => !f(name))) continue;
    const id = Number(f('id')) || undefined;
    const priceTiyin = parseSom(f('price'));
    if (priceTiyin === null || priceTiyin === 0) errors[`v${i}_price`] = 'listing.error.price';
    const weight = Number(f('weight'));
    if (!Number.isInteger(weight) || weight < 1 || weight > 50_000) errors[`v${i}_weight`] = 'listing.error.weight';
    const sku = f('sku').toUpperCase();
    if (sku && !/^[A-Z0-9][A-Z0-9._-]{1,39}$/.test(sku)) errors[`v${i}_sku`] = 'listing.error.sku';
    else if (sku && skus.has(sku)) errors[`v${i}_sku`] = 'listing.error.sku_taken';
    if (sku) skus.add(sku);
    const barcode = f('barcode');
    if (barcode && !isValidGtin(barcode)) errors[`v${i}_barcode`] = 'listing.error.barcode';
    const hs = f('hs').replace(/[\s.]/g, '');
    if (hs && !/^\d{6,10}$/.test(hs)) errors[`v${i}_hs`] = 'listing.error.hs_code';
    const label = Object.fromEntries(LOCALES.map((l) => [l, f(`label_${l}`).slice(0, 60)])) as Record<Locale, string>;
    variants.push({
      ...(id ? { id } : {}),
      sku,
      ...(barcode ? { barcode } : {}),
      label,
      priceTiyin: priceTiyin ?? 0,
      weightGrams: Number.isInteger(weight) ? weight : 0,
      ...(hs ? { hsCode: hs } : {}),
    });
  }
  const draft: ListingDraft = {
    categoryId,
    texts,
    variants,
    photos: photos.slice(0, MAX_PHOTOS),
    shelfLifeDays: optionalInt(values, 'shelf_life', errors, 3650),
    minOrderQty: optionalInt(values, 'min_order', errors, 1_000_000),
    monthlyCapacity: optionalInt(values, 'capacity', errors, 10_000_000),
    leadTimeDays: optionalInt(values, 'lead_time', errors, 365),
  };
  return { draft, errors };
}

/** What still stops a draft from going to review, as message keys. */
export function submissionProblems(draft: ListingDraft): string[] {
  const problems: string[] = [];
  if (LOCALES.every((l) => !draft.texts[l].name)) problems.push('listing.submit.needs_name');
  if (LOCALES.every((l) => !draft.texts[l].description)) problems.push('listing.submit.needs_description');
  if (draft.variants.length === 0) problems.push('listing.submit.needs_variant');
  if (draft.photos.length === 0) problems.push('listing.submit.needs_photo');
  return problems;
}

/** Per language: written, missing, or partly written (a name without a description). */
export function translationStatus(texts: Record<Locale, { name: string; description?: string; story?: string }>) {
  return Object.fromEntries(
    LOCALES.map((l) => {
      const t = texts[l];
      const body = t.description ?? t.story ?? '';
      return [l, !t.name && !body ? 'missing' : t.name && body ? 'complete' : 'partial'];
    }),
  ) as Record<Locale, 'missing' | 'partial' | 'complete'>;
}

/** The texts of one language that a listing has in another language but not in this one. */
export interface MissingTranslation {
  locale: Locale;
  /** Message keys of the fields (`listing.field.name`, `…description`, `…ingredients`, `…label`). */
  fields: string[];
}

/**
 * Per language, what a listing leaves unwritten that another language has: name, description,
 * ingredients and the sizes' names. Buyers in that language then read the other language's text,
 * marked "not yet translated"; the review page warns staff before they publish. Sizes with no name in
 * any language are named by their weight on approval, so they are not missing.
 */
export function missingTranslations(draft: ListingDraft): MissingTranslation[] {
  return LOCALES.map((l) => {
    const fields: string[] = [];
    for (const f of ['name', 'description', 'ingredients'] as const)
      if (!draft.texts[l][f] && LOCALES.some((o) => draft.texts[o][f])) fields.push(`listing.field.${f}`);
    if (draft.variants.some((v) => !v.label[l] && LOCALES.some((o) => v.label[o]))) fields.push('listing.field.label');
    return { locale: l, fields };
  }).filter((m) => m.fields.length > 0);
}
