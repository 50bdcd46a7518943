import { describe, expect, it } from 'vitest';
import { foldText, romanize, transliterate } from './search-text.ts';

describe('foldText', () => {
  it('folds ё to е and the Kyrgyz letters to their Russian look-alikes', () => {
    expect(foldText('Мёд ЁЛКА')).toBe('мед елка');
    expect(foldText('Жети-Өгүз, Түп, Таң')).toBe('жети-огуз, туп, тан');
  });
});

describe('transliterate', () => {
  it('spells Cyrillic words in Latin, both common ways where they differ', () => {
    const words = transliterate('Жети-Өгүз бал').split(' ');
    expect(words).toEqual(expect.arrayContaining(['zheti', 'jeti', 'oguz', 'bal']));
  });
  it('leaves Latin words out', () => {
    expect(transliterate('Honey from Karakol')).toBe('');
  });
});

describe('romanize', () => {
  it('spells a Cyrillic text one way in Latin, keeping Latin and punctuation', () => {
    expect(romanize('Жети-Өгүз')).toBe('zheti-oguz');
    expect(romanize('Үй-бүлө Асановдор, Ak-Suu')).toBe('uy-bulo asanovdor, ak-suu');
  });
});
