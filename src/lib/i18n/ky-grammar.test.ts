import { describe, expect, it } from 'vitest';
import { kyCase, kyNumberCase, kyPossessive, readNumberEnd } from './ky-grammar.ts';

describe('Kyrgyz case endings after numbers', () => {
  // How the number is read aloud decides the ending (the table).
  const DATIVE: [number, string][] = [
    [1, '1ге'],
    [2, '2ге'],
    [3, '3кө'],
    [4, '4кө'],
    [5, '5ке'],
    [6, '6га'],
    [7, '7ге'],
    [8, '8ге'],
    [9, '9га'],
    [10, '10го'],
    [20, '20га'],
    [30, '30га'],
    [40, '40ка'],
    [50, '50гө'],
    [60, '60ка'],
    [70, '70ке'],
    [80, '80ге'],
    [90, '90го'],
    [100, '100гө'],
    [1000, '1000ге'],
    [1_000_000, '1000000го'],
    [2_000_000_000, '2000000000га'],
    [0, '0гө'],
  ];
  for (const [n, expected] of DATIVE) it(`${n} → ${expected}`, () => expect(kyNumberCase(n, 'dat')).toBe(expected));

  it('reads the last word of the number', () => {
    expect(readNumberEnd('125')).toBe('беш');
    expect(readNumberEnd('120')).toBe('жыйырма');
    expect(readNumberEnd('300')).toBe('жүз');
    expect(readNumberEnd('50 000')).toBe('миң');
    expect(readNumberEnd('3 000 000')).toBe('миллион');
    expect(readNumberEnd('2,5')).toBe('беш');
    expect(readNumberEnd('87,45')).toBe('беш');
    expect(readNumberEnd('1,000')).toBe('миң');
  });

  it('gives every case by harmony and the final sound', () => {
    expect(['dat', 'loc', 'abl', 'acc', 'gen'].map((c) => kyCase('1', c as never))).toEqual([
      '1ге',
      '1де',
      '1ден',
      '1ди',
      '1дин',
    ]);
    expect(['dat', 'loc', 'abl', 'acc', 'gen'].map((c) => kyCase('2', c as never))).toEqual([
      '2ге',
      '2де',
      '2ден',
      '2ни',
      '2нин',
    ]);
    expect(['dat', 'loc', 'abl', 'acc', 'gen'].map((c) => kyCase('3', c as never))).toEqual([
      '3кө',
      '3тө',
      '3төн',
      '3тү',
      '3түн',
    ]);
    expect(['dat', 'loc', 'abl', 'acc', 'gen'].map((c) => kyCase('40', c as never))).toEqual([
      '40ка',
      '40та',
      '40тан',
      '40ты',
      '40тын',
    ]);
    expect(['dat', 'loc', 'abl', 'acc', 'gen'].map((c) => kyCase('10', c as never))).toEqual([
      '10го',
      '10до',
      '10дон',
      '10ду',
      '10дун',
    ]);
    expect(kyCase('30', 'acc')).toBe('30ду');
    expect(kyCase('6', 'abl')).toBe('6дан');
  });

  it('keeps the number as the page wrote it', () => {
    expect(kyCase('50 000', 'dat')).toBe('50 000ге');
    expect(kyCase('1\u00a0234', 'dat')).toBe('1\u00a0234кө');
    expect(kyCase('43.3', 'dat')).toBe('43.3кө');
    expect(kyCase('2,5', 'loc')).toBe('2,5те');
  });
});

describe('Kyrgyz case endings after words', () => {
  it('follows vowel harmony: у takes а, ү takes ө', () => {
    expect(kyCase('суу', 'dat')).toBe('сууга');
    expect(kyCase('күн', 'dat')).toBe('күнгө');
    expect(kyCase('тоо', 'dat')).toBe('тоого');
    expect(kyCase('үй', 'loc')).toBe('үйдө');
    expect(kyCase('Каракол', 'dat')).toBe('Караколго');
    expect(kyCase('Бишкек', 'abl')).toBe('Бишкектен');
    expect(kyCase('Россия', 'dat')).toBe('Россияга');
    expect(kyCase('Ош', 'loc')).toBe('Ошто');
  });
  it('reads units and currency signs as their words', () => {
    expect(kyCase('10 МБ', 'dat')).toBe('10 МБга');
    expect(kyCase('150 000 сом', 'dat')).toBe('150 000 сомго');
    expect(kyCase('500 г', 'dat')).toBe('500 гга');
    expect(kyCase('12,50 €', 'dat')).toBe('12,50 €го');
    expect(kyCase('5 ₸', 'loc')).toBe('5 ₸де');
  });
  it('declines a quoted name by the name', () => {
    expect(kyCase('«Ала-Тоо»', 'dat')).toBe('«Ала-Тоо»го');
  });
  it('builds the third-person possessive', () => {
    expect(kyPossessive('декабрь')).toBe('декабры');
    expect(kyPossessive('май')).toBe('майы');
    expect(kyPossessive('июнь')).toBe('июну');
    expect(kyPossessive('апрель')).toBe('апрели');
    expect(kyPossessive('август')).toBe('августу');
    expect(kyPossessive('бала')).toBe('баласы');
  });
  it('declines a possessive date with the n-forms', () => {
    expect(kyCase('2026-жылдын 3-декабры', 'dat')).toBe('2026-жылдын 3-декабрына');
    expect(kyCase('2026-жылдын 3-декабры', 'loc')).toBe('2026-жылдын 3-декабрында');
    expect(kyCase('2026-жылдын 1-майы', 'abl')).toBe('2026-жылдын 1-майынан');
    expect(kyCase('2026-жылдын 5-июну', 'dat')).toBe('2026-жылдын 5-июнуна');
  });
});
