import { describe, expect, it } from 'vitest';
import { buildVocabulary, closestTerm, editDistance, planSearch } from './search-plan.ts';

const vocab = buildVocabulary([
  ['honey', 400],
  ['honeycomb', 5],
  ['slippers', 30],
  ['shyrdak', 50],
  ['шырдак', 50],
  ['кымыз', 8],
  ['кымызы', 4],
  ['kymyz', 8],
  ['бал', 300],
  ['балы', 200],
  ['бальзам', 20],
  ['walnut', 90],
  ['walnit', 1],
  ['мед', 300],
]);

describe('editDistance', () => {
  it('counts substitutions, insertions, deletions and a swap of neighbours as one edit each', () => {
    expect(editDistance('honny', 'honey', 2)).toBe(1);
    expect(editDistance('slipers', 'slippers', 2)).toBe(1);
    expect(editDistance('hoeny', 'honey', 2)).toBe(1);
    expect(editDistance('abc', 'xyzabc', 2)).toBe(3);
  });
});

describe('closestTerm', () => {
  it('corrects a typo to the index word with the fewest edits, then the most products', () => {
    expect(closestTerm(vocab, 'honny')).toBe('honey');
    expect(closestTerm(vocab, 'slipers')).toBe('slippers');
    expect(closestTerm(vocab, 'zzzz')).toBeNull();
    // three letters are too few to guess from
    expect(closestTerm(vocab, 'bal')).toBeNull();
  });
});

describe('planSearch', () => {
  it('quotes every word, so FTS5 syntax typed by a visitor stays plain words', () => {
    const plan = planSearch('shyrdak" OR names:x NEAR(', buildVocabulary([]), { plain: true });
    expect(plan.match).toBe(
      '("shirdak" OR "shyrdaq" OR "schyrdak" OR "шырдак" OR "ширдак" OR "шырдагы" OR "shirdaks" OR "shyrdak"*) AND "or"* AND "names"* AND "x"* AND "near"*',
    );
    expect(plan.whole).toMatch(/^\("shyrdak" OR "shirdak" .*\) AND "or" AND "names" AND "x" AND "near"$/);
    expect(planSearch('  ?!  ').match).toBeNull();
  });
  it('reads certificate and category words as filters, in any language and alphabet', () => {
    expect(planSearch('organic', vocab).derived).toMatchObject([{ kind: 'cert', slug: 'organic', word: 'organic' }]);
    expect(planSearch('Органикалык бал', vocab).derived.map((d) => d.slug)).toEqual(['organic', 'honey']);
    expect(planSearch('myod', vocab).derived.map((d) => d.slug)).toEqual(['honey']);
    expect(planSearch('мёд', vocab).derived.map((d) => d.slug)).toEqual(['honey']);
    expect(planSearch('халал', vocab).derived.map((d) => d.slug)).toEqual(['halal']);
  });
  it('leaves a filter word as text when asked to, or when that filter is already chosen otherwise', () => {
    expect(planSearch('бал', vocab, { plain: true }).derived).toEqual([]);
    const felt = planSearch('бал', vocab, { taken: { category: 'felt' } });
    expect(felt.derived).toEqual([]);
    expect(felt.match).toContain('"бал"*');
    // the same category already chosen: the word is spent
    expect(planSearch('бал', vocab, { taken: { category: 'honey' } }).match).toBeNull();
  });
  it('finds every spelling of a word: kumis, koumiss and кумыс all mean кымыз', () => {
    for (const typed of ['kumis', 'koumiss', 'кумыс']) {
      const [word] = planSearch(typed, vocab).words;
      expect(word?.whole).toEqual(expect.arrayContaining(['кымыз', 'кымызы', 'kymyz']));
      expect(word?.corrected).toBeNull();
    }
    expect(planSearch('shirdak', vocab).words[0]?.whole).toContain('шырдак');
  });
  it('counts a short inflection as the whole word (балы), not a longer word (бальзам)', () => {
    const [word] = planSearch('бал', vocab, { plain: true }).words;
    expect(word?.whole).toContain('балы');
    expect(word?.whole).not.toContain('бальзам');
  });
  it('corrects a word the index does not hold and suggests the corrected query', () => {
    const plan = planSearch('felt slipers', vocab, { plain: true });
    expect(plan.words.map((w) => w.corrected)).toEqual([null, 'slippers']);
    expect(plan.suggestion).toBe('felt slippers');
    const honny = planSearch('honny', vocab);
    expect(honny.derived.map((d) => d.slug)).toEqual(['honey']);
    expect(honny.suggestion).toBe('honey');
  });
  it('suggests a far commoner neighbour of a rare word without replacing it', () => {
    const plan = planSearch('walnit', vocab);
    expect(plan.words[0]?.corrected).toBeNull();
    expect(plan.suggestion).toBe('walnut');
  });
  it('suggests nothing when every word is known', () => {
    expect(planSearch('shyrdak', vocab).suggestion).toBeNull();
  });
});
