import { describe, expect, it } from 'vitest';
import {
  draftToForm,
  emptyDraft,
  formToDraft,
  isValidGtin,
  missingTranslations,
  parseSom,
  submissionProblems,
  translationStatus,
} from './draft.ts';

describe('listing form', () => {
  it('reads prices in som with a dot or a comma', () => {
    expect(parseSom('450')).toBe(45_000);
    expect(parseSom('450,5')).toBe(45_050);
    expect(parseSom('1 250.75')).toBe(125_075);
    expect(parseSom('4.505')).toBeNull();
    expect(parseSom('-3')).toBeNull();
  });
  it('checks barcode check digits', () => {
    expect(isValidGtin('4006381333931')).toBe(true);
    expect(isValidGtin('4006381333932')).toBe(false);
    expect(isValidGtin('96385074')).toBe(true);
    expect(isValidGtin('12345')).toBe(false);
  });
  it('turns the fields into a draft and reports each problem on its field', () => {
    const { draft, errors } = formToDraft(
      {
        category: '2',
        name_ky: 'Ак бал',
        description_ru: 'Описание без названия',
        variant_rows: '2',
        v0_price: '450',
        v0_weight: '520',
        v0_label_ky: '250 г',
        v0_barcode: '4006381333932',
        v1_price: 'abc',
        v1_weight: '0',
        min_order: '-1',
      },
      ['k1'],
      [1, 2],
    );
    expect(errors).toEqual({
      name_ru: 'listing.error.name_for_text',
      v0_barcode: 'listing.error.barcode',
      v1_price: 'listing.error.price',
      v1_weight: 'listing.error.weight',
      min_order: 'listing.error.whole_number',
    });
    expect(draft.texts.ky.name).toBe('Ак бал');
    expect(draft.variants[0]).toMatchObject({ priceTiyin: 45_000, weightGrams: 520, label: { ky: '250 г' } });
    expect(draft.photos).toEqual(['k1']);
  });
  it('skips empty and removed variant rows, and round-trips through the form', () => {
    const { draft, errors } = formToDraft(
      {
        category: '1',
        name_en: 'Felt slippers',
        variant_rows: '3',
        v0_price: '1200',
        v0_weight: '300',
        v2_id: '7',
        v2_remove: '1',
      },
      [],
      [1],
    );
    expect(errors).toEqual({});
    expect(draft.variants).toHaveLength(1);
    expect(formToDraft(draftToForm(draft), [], [1]).draft).toEqual(draft);
  });
  it('says what is missing before review and how far each language is', () => {
    const { draft } = formToDraft({ category: '1', name_ky: 'Ак бал' }, [], [1]);
    expect(submissionProblems(draft)).toEqual([
      'listing.submit.needs_description',
      'listing.submit.needs_variant',
      'listing.submit.needs_photo',
    ]);
    expect(
      translationStatus({
        ky: { name: 'Ак бал', description: 'Тоо балы' },
        ru: { name: 'Белый мёд', description: '' },
        en: { name: '', description: '' },
      }),
    ).toEqual({ ky: 'complete', ru: 'partial', en: 'missing' });
  });
});

describe('languages a listing leaves unwritten', () => {
  const variant = (label: Record<'ky' | 'ru' | 'en', string>) => ({
    sku: 'X-1',
    label,
    priceTiyin: 100,
    weightGrams: 500,
  });
  it('names, per language, each field another language has', () => {
    const draft = emptyDraft(1);
    draft.texts.ky = { name: 'Бал', description: 'Тоо балы', ingredients: 'Бал' };
    draft.texts.ru = { name: 'Мёд', description: '', ingredients: '' };
    draft.variants = [variant({ ky: '500 г', ru: '500 г', en: '' }), variant({ ky: '', ru: '', en: '' })];
    expect(missingTranslations(draft)).toEqual([
      { locale: 'ru', fields: ['listing.field.description', 'listing.field.ingredients'] },
      {
        locale: 'en',
        fields: ['listing.field.name', 'listing.field.description', 'listing.field.ingredients', 'listing.field.label'],
      },
    ]);
  });
  it('is empty for a listing written in every language', () => {
    const draft = emptyDraft(1);
    for (const l of ['ky', 'ru', 'en'] as const) draft.texts[l] = { name: 'n', description: 'd', ingredients: '' };
    draft.variants = [variant({ ky: 'a', ru: 'b', en: 'c' })];
    expect(missingTranslations(draft)).toEqual([]);
  });
});
