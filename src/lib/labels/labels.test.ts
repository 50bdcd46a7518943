import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/client.ts';
import { loadCatalog } from '../../../tests/factories/catalog.ts';
import { tinyCatalog } from '../../../tests/factories/tiny.ts';
import { freshDb } from '../../../tests/support/db.ts';
import {
  defaultLabelCount,
  findLabelVariants,
  formatLabelDate,
  formatWeight,
  getBatchForProvenance,
  getLabelData,
  getLabelVariant,
  LabelSheetQuery,
  labelTexts,
  listRecentBatches,
  paginate,
  resolveLabelLink,
} from './labels.ts';
import { prepareLabelSheet } from './sheet.ts';
import { getTranslator } from '../i18n/translate.ts';

let db: Db;
type Ids = { variant: number; sku: string; barcode: string; batch: number; code: string; quantity: number };
const of: Record<string, Ids> = {};

async function idsOf(slug: string): Promise<Ids> {
  const rs = await db.$client.execute({
    sql: `SELECT v.id, v.sku, v.barcode, b.id AS batch, b.code, b.quantity FROM variants v JOIN products p ON p.id = v.product_id
          JOIN batches b ON b.variant_id = v.id WHERE p.slug = ? ORDER BY v.sort, b.id LIMIT 1`,
    args: [slug],
  });
  const r = rs.rows[0]!;
  return {
    variant: Number(r.id),
    sku: String(r.sku),
    barcode: String(r.barcode),
    batch: Number(r.batch),
    code: String(r.code),
    quantity: Number(r.quantity),
  };
}

beforeAll(async () => {
  db = await freshDb();
  await loadCatalog(db, tinyCatalog());
  for (const slug of ['white-honey', 'fir-honey', 'shyrdak', 'kazy', 'draft-honey']) of[slug] = await idsOf(slug);
  // An older second lot of the white honey, with a Cyrillic code and a slash, made by a named family member;
  // and the shyrdak loses its barcode (felt has no GTIN), with a net weight on the honey.
  await db.$client.batch(
    [
      {
        sql: `INSERT INTO batches (variant_id, code, produced_on, best_before, quantity, made_by) VALUES (?, 'Л-7/2026', '2020-07-01', '2022-07-01', 40, 'Айгүл Токтогулова')`,
        args: [of['white-honey']!.variant],
      },
      { sql: `UPDATE variants SET barcode = NULL WHERE id = ?`, args: [of.shyrdak!.variant] },
      { sql: `UPDATE variants SET net_weight_grams = 500 WHERE id = ?`, args: [of['white-honey']!.variant] },
    ],
    'write',
  );
});

describe('what a label prints', () => {
  it('prints each name that exists once, in ky, ru, en order', () => {
    expect(labelTexts({ en: 'Kazy', ky: 'Казы', ru: 'Казы' })).toEqual([
      { locale: 'ky', text: 'Казы' },
      { locale: 'en', text: 'Kazy' },
    ]);
    expect(labelTexts({ ru: ' Мёд ', en: '' })).toEqual([{ locale: 'ru', text: 'Мёд' }]);
  });

  it('writes grams below a kilogram and kilograms above, in the label language', () => {
    expect(formatWeight('en', 500)).toBe('500 g');
    expect(formatWeight('en', 1250)).toBe('1.25 kg');
    expect(formatWeight('ru', 1250)).toBe('1,25 кг');
  });

  it('prints dates short: day.month.year in Kyrgyz and Russian, ISO in English', () => {
    expect(formatLabelDate('ru', '2026-10-11')).toBe('11.10.2026');
    expect(formatLabelDate('ky', '2026-10-11')).toBe('11.10.2026');
    expect(formatLabelDate('en', '2026-10-11')).toBe('2026-10-11');
  });

  it('puts 24 labels on an A4 sheet and one on each label-printer page', () => {
    const labels = Array.from({ length: 30 }, (_, i) => i);
    expect(paginate(labels, 'a4').map((p) => p.length)).toEqual([24, 6]);
    expect(paginate(labels.slice(0, 3), '58x40').map((p) => p.length)).toEqual([1, 1, 1]);
    expect(defaultLabelCount(0)).toBe(1);
    expect(defaultLabelCount(12)).toBe(12);
    expect(defaultLabelCount(5000)).toBe(240);
  });

  it('reads the staff form from the query string', () => {
    expect(LabelSheetQuery.parse({ variant: '3', batch: '4' })).toEqual({ variant: 3, batch: 4, size: 'a4' });
    expect(LabelSheetQuery.parse({ variant: '3', batch: '4', count: '30', size: '58x40', lang: 'ru' })).toEqual({
      variant: 3,
      batch: 4,
      count: 30,
      size: '58x40',
      lang: 'ru',
    });
    expect(LabelSheetQuery.safeParse({ variant: '3', batch: '4', count: '241' }).success).toBe(false);
    expect(LabelSheetQuery.safeParse({ variant: '3', batch: '4', count: '0' }).success).toBe(false);
    expect(LabelSheetQuery.safeParse({ variant: '3', batch: '4', size: 'a3' }).success).toBe(false);
    expect(LabelSheetQuery.safeParse({ variant: 'x', batch: '4' }).success).toBe(false);
  });

  it('shows names in three languages, producer and village in the label language, weight, price, lot and link', async () => {
    const w = of['white-honey']!;
    const label = await getLabelData(db, 'ru', w.variant, w.batch);
    expect(label).toMatchObject({
      sku: w.sku,
      barcode: w.barcode,
      productSlug: 'white-honey',
      published: true,
      names: [
        { locale: 'ky', text: 'Ак бал' },
        { locale: 'ru', text: 'Белый мёд' },
        { locale: 'en', text: 'White sainfoin honey' },
      ],
      variantLabels: [
        { locale: 'ky', text: '500 г' },
        { locale: 'en', text: '500 g' },
      ],
      variantLabel: '500 г',
      producerName: { text: 'Семья Токтогуловых', locale: 'ru' },
      village: { text: 'Барскаун', locale: 'ru' },
      region: { text: 'Иссык-Кульская область', locale: 'ru' },
      weightGrams: 700,
      netWeightGrams: 500,
      priceTiyin: 45000,
      batch: { id: w.batch, code: w.code, quantity: w.quantity },
      path: `/01/0${w.barcode}/10/${w.code}`,
    });
    expect(label!.batch.bestBefore).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('leaves out a language the product has no name in', async () => {
    const k = of.kazy!;
    const label = await getLabelData(db, 'en', k.variant, k.batch);
    expect(label!.names).toEqual([{ locale: 'ky', text: 'Казы' }]);
    expect(label!.producerName).toEqual({ text: 'Naryn Et', locale: 'en' });
  });

  it('links a variant without a GTIN by its SKU', async () => {
    const s = of.shyrdak!;
    const label = await getLabelData(db, 'en', s.variant, s.batch);
    expect(label!.path).toBe(`/lot/${s.sku}/${s.code}`);
    expect(label!.batch.bestBefore).toBeNull();
  });

  it('refuses a batch of another variant', async () => {
    expect(await getLabelData(db, 'en', of['white-honey']!.variant, of['fir-honey']!.batch)).toBeNull();
  });
});

describe('finding what to label', () => {
  it('finds a variant by its SKU in any case, its barcode in any GTIN length, or one of its lot codes', async () => {
    const w = of['white-honey']!;
    for (const q of [w.sku, w.sku.toLowerCase(), w.barcode, `0${w.barcode}`, w.code, 'Л-7/2026']) {
      const found = await findLabelVariants(db, 'en', q);
      expect(
        found.map((v) => v.id),
        q,
      ).toEqual([w.variant]);
    }
    expect(await findLabelVariants(db, 'en', 'NOTHING-1')).toEqual([]);
    expect(await findLabelVariants(db, 'en', '  ')).toEqual([]);
  });

  it('lists a variant with its batches, newest first', async () => {
    const w = of['white-honey']!;
    const v = await getLabelVariant(db, 'en', w.variant);
    expect(v!.productName).toEqual({ text: 'White sainfoin honey', locale: 'en' });
    expect(v!.batches.map((b) => b.code)).toEqual([w.code, 'Л-7/2026']);
    expect(await getLabelVariant(db, 'en', 99_999)).toBeNull();
    expect((await getLabelVariant(db, 'en', of['draft-honey']!.variant))!.published).toBe(false);
  });

  it('lists the batches recorded last first', async () => {
    const recent = await listRecentBatches(db, 'ky', 3);
    expect(recent[0]).toMatchObject({ code: 'Л-7/2026', quantity: 40, variant: { productSlug: 'white-honey' } });
    expect(recent[0]!.variant.productName).toEqual({ text: 'Ак бал', locale: 'ky' });
    expect(recent).toHaveLength(3);
  });
});

describe('a scanned link', () => {
  it('leads to the published product when the variant has this lot', async () => {
    const w = of['white-honey']!;
    expect(await resolveLabelLink(db, { gtin: `0${w.barcode}`, lot: w.code })).toEqual({
      slug: 'white-honey',
      lot: w.code,
    });
    expect(await resolveLabelLink(db, { sku: w.sku.toLowerCase(), lot: 'Л-7/2026' })).toEqual({
      slug: 'white-honey',
      lot: 'Л-7/2026',
    });
    const s = of.shyrdak!;
    expect(await resolveLabelLink(db, { sku: s.sku, lot: s.code })).toEqual({ slug: 'shyrdak', lot: s.code });
  });

  it('leads nowhere for an unknown lot, another variant’s lot, or an unpublished product', async () => {
    const w = of['white-honey']!;
    expect(await resolveLabelLink(db, { gtin: `0${w.barcode}`, lot: 'NOPE' })).toBeNull();
    expect(await resolveLabelLink(db, { sku: w.sku, lot: of['fir-honey']!.code })).toBeNull();
    expect(await resolveLabelLink(db, { gtin: '00000000000000', lot: w.code })).toBeNull();
    const d = of['draft-honey']!;
    expect(await resolveLabelLink(db, { sku: d.sku, lot: d.code })).toBeNull();
  });

  it("gives the provenance page the lot's dates, quantity and maker", async () => {
    const batches = await getBatchForProvenance(db, 'ru', 'white-honey', 'Л-7/2026');
    expect(batches).toEqual([
      {
        code: 'Л-7/2026',
        sku: of['white-honey']!.sku,
        variantLabel: { text: '500 г', locale: 'ru' },
        producedOn: '2020-07-01',
        bestBefore: '2022-07-01',
        quantity: 40,
        madeBy: 'Айгүл Токтогулова',
      },
    ]);
    expect(await getBatchForProvenance(db, 'ru', 'white-honey', 'NOPE')).toEqual([]);
    expect(await getBatchForProvenance(db, 'ru', 'fir-honey', 'Л-7/2026')).toEqual([]);
    expect(await getBatchForProvenance(db, 'en', 'draft-honey', of['draft-honey']!.code)).toEqual([]);
  });
});

describe('a print run', () => {
  const ORIGIN = 'https://shop.example';

  it('prints one label per unit of the batch by default, 24 to an A4 sheet, with one QR code for all', async () => {
    const w = of['white-honey']!;
    const sheet = await prepareLabelSheet(db, ORIGIN, { variant: w.variant, batch: w.batch, size: 'a4' }, 'en');
    expect(sheet!.count).toBe(w.quantity);
    expect(sheet!.pages).toEqual([Array.from({ length: w.quantity }, (_, i) => i + 1)]);
    expect(sheet!.link).toBe(`${ORIGIN}/01/0${w.barcode}/10/${w.code}`);
    expect(sheet!.printed).toBe(`shop.example/01/0${w.barcode}/10/${w.code}`);
    expect(sheet!.qr).toContain(`aria-label="${getTranslator('en')('labels.qr_name', { lot: w.code })}"`);
    expect(sheet!.labelLocale).toBe('en');
  });

  it('takes the count, the sheet size and the label language staff chose', async () => {
    const w = of['white-honey']!;
    const sheet = await prepareLabelSheet(
      db,
      ORIGIN,
      { variant: w.variant, batch: w.batch, count: 3, size: '58x40', lang: 'ky' },
      'en',
    );
    expect(sheet!.pages).toEqual([[1], [2], [3]]);
    expect(sheet!.labelLocale).toBe('ky');
    expect(sheet!.label.producerName.locale).toBe('ky');
    expect(await prepareLabelSheet(db, ORIGIN, { variant: w.variant, batch: 99_999, size: 'a4' }, 'en')).toBeNull();
  });
});
