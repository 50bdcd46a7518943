import { describe, expect, it } from 'vitest';
import { foldText } from './search-text.ts';
import { filterOf, SYNONYMS, synonymsOf } from './synonyms.ts';

describe('synonyms', () => {
  it('are written folded, as the search folds what is typed', () => {
    for (const group of SYNONYMS) for (const word of group.words) expect(foldText(word)).toBe(word);
  });
  it('join the spellings buyers type in three languages and two alphabets', () => {
    for (const w of ['kymyz', 'kumis', 'koumiss', 'кымыз', 'кумыс'])
      expect(synonymsOf(w)).toEqual(expect.arrayContaining(['kymyz', 'kumis', 'koumiss', 'кымыз', 'кумыс']));
    for (const w of ['shyrdak', 'shirdak', 'шырдак']) expect(synonymsOf(w)).toContain('шырдак');
    for (const w of ['myod', 'мед', 'бал', 'honey'])
      expect(synonymsOf(w)).toEqual(expect.arrayContaining(['honey', 'мед', 'бал']));
    expect(synonymsOf('slipers')).toEqual(['slipers']);
  });
  it('name the filters their words stand for', () => {
    expect(filterOf('organic')).toEqual({ cert: 'organic' });
    expect(filterOf('органикалык')).toEqual({ cert: 'organic' });
    expect(filterOf('halal')).toEqual({ cert: 'halal' });
    expect(filterOf('бал')).toEqual({ category: 'honey' });
    expect(filterOf('shyrdak')).toEqual({});
  });
});
