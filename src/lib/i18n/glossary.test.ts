import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderGlossaryMarkdown } from './glossary.ts';
import {
  glossaryViolations,
  kyDeniedWords,
  kySlotProblems,
  ruCountersWithoutPlurals,
  seedTexts,
} from './language-check.ts';
import { LOCALES } from './locales.ts';
import { MESSAGES } from './translate.ts';

const root = new URL('../../../', import.meta.url);
const seedDir = new URL('db/seed/data/', root);
const seed = seedTexts(
  Object.fromEntries(
    readdirSync(seedDir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => [f, readFileSync(new URL(f, seedDir), 'utf8')]),
  ),
);

// The shop pages' default texts (contact, shipping and returns, FAQ, terms, privacy), one entry per paragraph.
const pagesDir = new URL('db/seed/pages/', root);
const pages: Record<string, Record<string, string>> = { ky: {}, ru: {}, en: {} };
for (const f of readdirSync(pagesDir).filter((name) => name.endsWith('.md'))) {
  const [slug, locale] = f.split('.');
  readFileSync(new URL(f, pagesDir), 'utf8')
    .split(/\n\s*\n/)
    // A link's target is an address, not words a reader sees.
    .forEach((paragraph, i) => (pages[locale!]![`${slug}.md#${i + 1}`] = paragraph.replace(/\]\([^)]*\)/g, ']')));
}

describe('the glossary (issue 11, acceptance 1)', () => {
  for (const locale of LOCALES) {
    it(`${locale} UI strings, mails and labels use no wrong variant of a glossary term`, () => {
      expect(glossaryViolations(locale, MESSAGES[locale])).toEqual([]);
    });
    it(`${locale} demo seed texts use no wrong variant of a glossary term`, () => {
      expect(glossaryViolations(locale, seed[locale])).toEqual([]);
    });
    it(`${locale} shop pages' default texts (db/seed/pages) use no wrong variant of a glossary term`, () => {
      expect(Object.keys(pages[locale]!).length).toBeGreaterThan(10);
      expect(glossaryViolations(locale, pages[locale]!)).toEqual([]);
    });
  }
  it('docs/GLOSSARY.md is generated from glossary.ts (node scripts/glossary.mjs)', () => {
    expect(readFileSync(new URL('docs/GLOSSARY.md', root), 'utf8')).toBe(renderGlossaryMarkdown());
  });
  it('finds what it should', () => {
    expect(glossaryViolations('ky', { a: 'Заказдар', b: 'Буйрутмалар' })).toHaveLength(1);
    expect(glossaryViolations('en', { a: 'Lot 12', b: 'a lot of honey', c: 'the catalog' })).toHaveLength(2);
    expect(glossaryViolations('ru', { a: 'Тушкийизы' })).toHaveLength(1);
  });
});

describe('facts the demo content states (issue 11, acceptance 6)', () => {
  it("quotes the OVOP principle as the national project states it: 'think locally, act globally'", () => {
    expect(MESSAGES.en['about.principles.three']).toBe('Think locally, act globally');
    expect(MESSAGES.ru['about.principles.three']).toBe('Думай локально, действуй глобально');
    expect(MESSAGES.ky['about.principles.three']).toMatch(/^Жергиликтүү ойлоп, дүйнөлүк/);
  });
});

describe('Kyrgyz has no Russian or English words where it has its own (acceptance 2)', () => {
  it('ky UI strings', () => {
    expect(kyDeniedWords(MESSAGES.ky)).toEqual([]);
  });
  it("ky shop pages' default texts (db/seed/pages)", () => {
    expect(kyDeniedWords(pages.ky!)).toEqual([]);
    expect(kySlotProblems(pages.ky!)).toEqual([]);
  });
  it('finds what it should', () => {
    expect(kyDeniedWords({ a: 'Товар кабыл алуу', b: 'Продукт', c: '{{email}} дарегине' })).toHaveLength(1);
  });
});

describe('Kyrgyz slots are grammatical for every value (acceptance 3)', () => {
  it('ky UI strings, rendered with numbers, dates, money and names', () => {
    expect(kySlotProblems(MESSAGES.ky)).toEqual([]);
  });
  it('ky demo seed texts: numbers before postpositions', () => {
    expect(kySlotProblems(seed.ky)).toEqual([]);
  });
  it('finds what it should', () => {
    expect(kySlotProblems({ a: '0дон 50 пайызга чейин', b: '1ден 240ка чейин' })).toEqual([
      'a: «0дон» should read «0дөн»',
    ]);
    expect(kySlotProblems({ a: '{{date}} карата', b: '{{max, dative}} чейин', c: 'Мөөнөтү {{date}} бүткөн' })).toEqual([
      'a: «2026-жылдын 3-декабры карата» should read «2026-жылдын 3-декабрына карата»',
      'c: {{date}} before «бүткөн» needs a case (a date cannot stand bare before a word)',
    ]);
    expect(kySlotProblems({ a: '{{n}}ге чейин', b: '{{year}}-жылы' })).toHaveLength(1);
  });
});

describe('Russian counters have CLDR plural forms (acceptance 5)', () => {
  it('ru UI strings', () => {
    expect(ruCountersWithoutPlurals(MESSAGES.ru)).toEqual([]);
  });
  it('finds what it should', () => {
    expect(ruCountersWithoutPlurals({ a: '{{count}} товаров ждут проверки', b_one: '{{count}} товар' })).toHaveLength(
      2,
    );
  });
});
