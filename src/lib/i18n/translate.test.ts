import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from './format.ts';
import { fallbackChain, negotiateLocale } from './locales.ts';
import { getTranslator } from './translate.ts';

describe('Russian plurals', () => {
  const t = getTranslator('ru');
  it.each([
    [1, '1 товар'],
    [2, '2 товара'],
    [5, '5 товаров'],
    [11, '11 товаров'],
    [21, '21 товар'],
    [24, '24 товара'],
    [112, '112 товаров'],
  ])('%i → %s', (count, text) => {
    expect(t('catalog.count', { count })).toBe(text);
  });
});

describe('Kyrgyz', () => {
  it('keeps the noun singular after a number', () => {
    const t = getTranslator('ky');
    expect(t('catalog.count', { count: 5 })).toBe(t('catalog.count', { count: 1 }).replace('1', '5'));
  });
  it('groups thousands with a space and uses a comma for decimals', () => {
    expect(formatNumber('ky', 1234567)).toBe('1\u00a0234\u00a0567');
    expect(formatNumber('ky', 12.5, 1)).toBe('12,5');
  });
  it('writes dates the Kyrgyz way', () => {
    expect(formatDate('ky', '2026-11-22')).toBe('2026-жылдын 22-ноябры');
  });
});

describe('formats in the other languages', () => {
  it('writes dates in Russian and English', () => {
    expect(formatDate('ru', '2026-11-22')).toBe('22 ноября 2026 г.');
    expect(formatDate('en', '2026-03-02')).toBe('March 2, 2026');
  });
  it('groups numbers in English with commas', () => {
    expect(formatNumber('en', 35226)).toBe('35,226');
  });
});

describe('language negotiation', () => {
  it.each([
    ['ky-KG,ky;q=0.9,ru;q=0.8', 'ky'],
    ['ru-RU,ru;q=0.9,en;q=0.8', 'ru'],
    ['en-US,en;q=0.9', 'en'],
    ['de-DE,de;q=0.9,en;q=0.5', 'en'],
    ['kk-KZ,kk;q=0.9', 'ru'],
    ['fr;q=0.2,ru;q=0.8', 'ru'],
    ['', 'ky'],
  ])('%s → %s', (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });
  it('falls back requested → en → ru → ky', () => {
    expect(fallbackChain('ky')).toEqual(['ky', 'en', 'ru']);
    expect(fallbackChain('ru')).toEqual(['ru', 'en', 'ky']);
    expect(fallbackChain('en')).toEqual(['en', 'ru', 'ky']);
  });
});

describe('filled texts are remembered', () => {
  it('gives the same text for the same values, and each value its own', () => {
    const t = getTranslator('ru');
    for (let round = 0; round < 2; round++) {
      expect(t('catalog.count', { count: 1 })).toBe('1 товар');
      expect(t('catalog.count', { count: 5 })).toBe('5 товаров');
      expect(t('product.lowStock', { count: 2 })).not.toBe(t('product.lowStock', { count: 5 }));
    }
  });
  it('keeps the languages apart and still fills texts with values that are not plain', () => {
    expect(getTranslator('en')('catalog.count', { count: 1 })).toBe('1 product');
    expect(getTranslator('ky')('catalog.count', { count: 1 })).not.toBe('1 product');
    const t = getTranslator('en');
    expect(t('catalog.count', { count: 3, extra: { nested: true } } as never)).toBe('3 products');
  });
});
