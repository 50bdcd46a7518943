import { describe, expect, it } from 'vitest';
import { LOCALES } from './locales.ts';
import { MESSAGES } from './translate.ts';

const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(PLURAL, '');
// A slot may carry a formatter ("{{date, dative}}"): the value's name is what must match.
const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*(?:,[^}]*)?}}/g)].map((m) => m[1]).sort();

describe('UI messages', () => {
  const english = MESSAGES.en;
  const baseKeys = new Set(Object.keys(english).map(base));

  for (const locale of LOCALES) {
    it(`${locale} has every key, and no key the others lack`, () => {
      const keys = new Set(Object.keys(MESSAGES[locale]).map(base));
      expect([...baseKeys].filter((k) => !keys.has(k))).toEqual([]);
      expect([...keys].filter((k) => !baseKeys.has(k))).toEqual([]);
    });

    it(`${locale} has every plural form its language needs`, () => {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      const pluralBases = new Set(
        Object.keys(english)
          .filter((k) => PLURAL.test(k))
          .map(base),
      );
      const missing: string[] = [];
      for (const b of pluralBases) {
        for (const c of categories) if (!(`${b}_${c}` in MESSAGES[locale])) missing.push(`${b}_${c}`);
      }
      expect(missing).toEqual([]);
    });

    it(`${locale} keeps every placeholder and has no empty text`, () => {
      const problems: string[] = [];
      for (const [key, text] of Object.entries(MESSAGES[locale])) {
        if (!text.trim()) problems.push(`${key}: empty`);
        const source = english[key] ?? english[`${base(key)}_other`] ?? english[base(key)] ?? '';
        if (JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(source)))
          problems.push(`${key}: placeholders differ`);
      }
      expect(problems).toEqual([]);
    });
  }
});
