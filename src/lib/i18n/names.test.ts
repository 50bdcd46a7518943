import { describe, expect, it } from 'vitest';
import { countryOptions } from './countries.ts';
import { countryName, currencySymbol, languageName } from './names.ts';
import { LOCALES } from './locales.ts';
import { getTranslator, interpolateMessage } from './translate.ts';

describe('names the shop spells its own way', () => {
  it('calls Kyrgyzstan Кыргызстан in Russian, in lists too', () => {
    expect(countryName('ru', 'KG')).toBe('Кыргызстан');
    expect(countryOptions('ru').find((o) => o.value === 'KG')?.label).toBe('Кыргызстан');
    expect(countryOptions('ru').some((o) => o.label.includes('Киргиз'))).toBe(false);
    expect(countryName('ky', 'KG')).toBe('Кыргызстан');
    expect(countryName('en', 'KG')).toBe('Kyrgyzstan');
  });
  it('falls back to CLDR and then to the code', () => {
    expect(countryName('ru', 'KZ')).toBe('Казахстан');
    expect(countryName('en', 'ZZ')).toMatch(/ZZ|Unknown/);
  });
  it('names languages inside a sentence in the page language', () => {
    expect(languageName('en', 'ky')).toBe('Kyrgyz');
    expect(languageName('ru', 'ky')).toBe('кыргызский');
    expect(languageName('ky', 'ru')).toBe('орусча');
    for (const page of LOCALES)
      for (const language of LOCALES) {
        const text = getTranslator(page)('product.notTranslatedNote', { language: languageName(page, language) });
        // A sentence in English never carries a Cyrillic language name, and the other way round.
        if (page === 'en') expect(text).not.toMatch(/[А-Яа-яЁё]/);
        else expect(text).not.toMatch(/English|Kyrgyz|Russian/);
      }
  });
  it('gives the yuan and the yen different signs', () => {
    expect(currencySymbol('CNY')).not.toBe(currencySymbol('JPY'));
    expect(currencySymbol('XYZ')).toBe('XYZ');
  });
});

describe('Kyrgyz case formatters in messages', () => {
  it('renders "{{value, dative}}" by the value', () => {
    expect(interpolateMessage('ky', '{{max, dative}} чейин', { max: 20 })).toBe('20га чейин');
    expect(interpolateMessage('ky', '{{n, ablative}} {{m, dative}} чейин', { n: 10, m: '4 000' })).toBe(
      '10дон 4 000ге чейин',
    );
    expect(interpolateMessage('ky', '{{date, dative}} карата', { date: '2026-жылдын 3-декабры' })).toBe(
      '2026-жылдын 3-декабрына карата',
    );
    expect(getTranslator('ky')('pager.label')).toBe('Барактар');
  });
});
