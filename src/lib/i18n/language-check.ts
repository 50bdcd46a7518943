/**
 * Checks that keep the shop's three languages at a careful editor's level (issue 11): glossary wrong
 * variants, Russian and English words in Kyrgyz, Kyrgyz slots before postpositions, and Russian
 * counters without plural forms. Plain functions over {key: text} maps, so a test can run them on the
 * locale files, the demo seed and proposed edits alike.
 */
import { EN_SPELLING, GLOSSARY, KY_DENY, type WrongVariant } from './glossary.ts';
import { kyCase, type KyCase } from './ky-grammar.ts';
import type { Locale } from './locales.ts';
import { interpolateMessage } from './translate.ts';

export type Texts = Record<string, string>;

function matcher(variant: WrongVariant): RegExp {
  if (typeof variant !== 'string') return new RegExp(variant.source, variant.flags.includes('i') ? 'giu' : 'gu');
  const escaped = variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s\\u00a0]+');
  // A stem at a word start, any ending: «заказ» finds «Заказдар».
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}`, 'giu');
}

const inScope = (key: string, scope: string[] | undefined) => !scope || scope.some((p) => key.startsWith(p));

/** Every glossary wrong variant found in a language's texts: "key: «found» (term)". */
export function glossaryViolations(locale: Locale, texts: Texts, options: { scoped?: boolean } = {}): string[] {
  const found: string[] = [];
  for (const term of GLOSSARY) {
    const variants = term.wrong?.[locale];
    if (!variants) continue;
    for (const [key, raw] of Object.entries(texts)) {
      if (options.scoped !== false && !inScope(key, term.scope)) continue;
      const text = raw.replace(/\{\{[^}]*\}\}/g, ' ');
      for (const v of variants)
        for (const m of text.matchAll(matcher(v))) found.push(`${key}: «${m[0]}» → ${term[locale]} (${term.id})`);
    }
  }
  if (locale === 'en')
    for (const [key, text] of Object.entries(texts))
      for (const s of EN_SPELLING)
        for (const m of text.matchAll(matcher(s.wrong))) found.push(`${key}: «${m[0]}» → ${s.right}`);
  return found;
}

/** Russian and English words in Kyrgyz texts where Kyrgyz has its own. */
export function kyDeniedWords(texts: Texts): string[] {
  const found: string[] = [];
  for (const [key, text] of Object.entries(texts)) {
    // Slot names and URLs are not words a reader sees.
    const visible = text.replace(/{{[^}]*}}/g, ' ').replace(/https?:\/\/\S+/g, ' ');
    for (const d of KY_DENY)
      for (const m of visible.matchAll(matcher(d.word))) found.push(`${key}: «${m[0]}» → ${d.kyrgyz}`);
  }
  return found;
}

/** The case a Kyrgyz postposition asks of the word before it. */
export const KY_POSTPOSITIONS: Record<string, KyCase> = {
  карата: 'dat',
  чейин: 'dat',
  дейре: 'dat',
  жараша: 'dat',
  көрө: 'dat',
  байланыштуу: 'dat',
  караганда: 'abl',
  тартып: 'abl',
  баштап: 'abl',
  бери: 'abl',
  кийин: 'abl',
  мурун: 'abl',
  ашык: 'abl',
  башка: 'abl',
  тышкары: 'abl',
};

const DATE_SLOTS = new Set(['date', 'deadline', 'until', 'since', 'day']);
const NUMBER_SLOTS = new Set([
  'count',
  'n',
  'max',
  'min',
  'units',
  'lines',
  'limit',
  'minutes',
  'days',
  'hours',
  'shown',
  'available',
  'year',
  'page',
  'pages',
  'weight',
]);
const MONEY_SLOTS = new Set(['amount', 'price', 'total', 'tendered', 'change', 'before', 'after']);

/** Sample values a slot takes, as the pages format them (numbers, dates, money, names). */
export function kySamples(slot: string): string[] {
  if (DATE_SLOTS.has(slot))
    return ['2026-жылдын 3-декабры', '2026-жылдын 1-майы', '2026-жылдын 9-апрели', '2026-жылдын 5-июну'];
  if (NUMBER_SLOTS.has(slot)) return ['1', '3', '6', '10', '20', '40', '50', '100', '1000', '50 000'];
  if (MONEY_SLOTS.has(slot)) return ['1 234 сом', '150 000 сом', '12,50 $', '40 €'];
  return ['Каракол', 'Ош', 'Бишкек', 'Россия', 'Ак-Суу', 'Түп'];
}

/** The case a Kyrgyz ending spells: "га" dative, "дөн" ablative…; undefined for anything else. */
function caseOfEnding(ending: string): KyCase | undefined {
  if (/^[гк][аеоө]$/u.test(ending)) return 'dat';
  if (/^[дт][аеоө]$/u.test(ending)) return 'loc';
  if (/^[дт][аеоө]н$/u.test(ending)) return 'abl';
  if (/^[ндт][ыиуү]$/u.test(ending)) return 'acc';
  if (/^[ндт][ыиуү]н$/u.test(ending)) return 'gen';
  return undefined;
}

const SLOT_BEFORE_WORD = /\{\{\s*(\w+)\s*(?:,\s*([^}]*))?\}\}([\p{L}]*)[\s\u00a0]+([\p{L}-]+)/gu;
const KY_CASE_BY_FORMATTER: Record<string, KyCase> = {
  dative: 'dat',
  locative: 'loc',
  ablative: 'abl',
  accusative: 'acc',
  genitive: 'gen',
};

/**
 * Kyrgyz slots that are not grammatical for every value they take: a slot before a postposition is
 * rendered with sample values and the word before the postposition must carry the case it asks for; an
 * ending glued to a slot ("{{n}}ге") is wrong for some values; a date slot followed by a word needs a
 * case formatter (it cannot stand in the nominative before a verb: "{{date}} бүткөн").
 */
export function kySlotProblems(texts: Texts): string[] {
  const problems: string[] = [];
  const post = Object.keys(KY_POSTPOSITIONS).join('|');
  // A number written in the text before a postposition: "50 000гө чейин" must be "50 000ге", "10 МБ чейин" needs an ending.
  const glued = new RegExp(`(\\d(?:[\\d\\s\\u00a0\\u202f]*\\d)?(?:[.,]\\d+)?)(\\p{Ll}+)[\\s\\u00a0]+(${post})`, 'gu');
  const bare = new RegExp(`\\d+(?:[.,]\\d+)?(?:[\\s\\u00a0]+\\p{L}{1,3})?[\\s\\u00a0]+(?:${post})`, 'gu');
  // Any case ending written straight after a number: "0дон" must be "0дөн" (нөл), "6ге" must be "6га".
  const anyEnding = /((?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,]\d+)?)(\p{Ll}{2,3})(?!\p{L})/gu;
  for (const [key, text] of Object.entries(texts)) {
    for (const m of text.matchAll(glued)) {
      const [, number = '', ending = '', postposition = ''] = m;
      const expected = kyCase(number, KY_POSTPOSITIONS[postposition]!);
      if (`${number}${ending}` !== expected)
        problems.push(`${key}: «${number}${ending} ${postposition}» should read «${expected} ${postposition}»`);
    }
    for (const m of text.matchAll(anyEnding)) {
      const [, number = '', ending = ''] = m;
      const kyCaseName = caseOfEnding(ending);
      if (!kyCaseName) continue;
      const expected = kyCase(number, kyCaseName);
      if (`${number}${ending}` !== expected && !problems.some((p) => p.startsWith(`${key}: «${number}${ending}`)))
        problems.push(`${key}: «${number}${ending}» should read «${expected}»`);
    }
    for (const m of text.matchAll(bare)) problems.push(`${key}: «${m[0]}» needs a case ending before the postposition`);
    for (const m of text.matchAll(/\{\{\s*(\w+)\s*(?:,[^}]*)?\}\}(?=\p{Ll})/gu))
      problems.push(`${key}: an ending glued to {{${m[1]}}} is wrong for some values`);
    for (const m of text.matchAll(SLOT_BEFORE_WORD)) {
      const [, slot = '', formatter, glued, next = ''] = m;
      if (glued) continue;
      const wanted = KY_POSTPOSITIONS[next.toLowerCase()];
      const given = formatter ? KY_CASE_BY_FORMATTER[formatter.trim().toLowerCase()] : undefined;
      if (wanted) {
        for (const sample of kySamples(slot)) {
          const rendered = interpolateMessage('ky', `{{${slot}${formatter ? `, ${formatter}` : ''}}} ${next}`, {
            [slot]: sample,
          });
          const expected = `${kyCase(sample, wanted)} ${next}`;
          if (rendered !== expected) {
            problems.push(`${key}: «${rendered}» should read «${expected}»`);
            break;
          }
        }
      } else if (DATE_SLOTS.has(slot) && !given && !/^(?:ж\.|жылы)$/u.test(next)) {
        problems.push(`${key}: {{${slot}}} before «${next}» needs a case (a date cannot stand bare before a word)`);
      }
    }
  }
  return problems;
}

// A number slot followed by a noun: not an abbreviation that fits every number ("шт.", "дн.", "кг")
// and not a conjunction or preposition ("{{n}} и меньше", "{{shown}} из {{count}}").
const RU_NUMBER_SLOT =
  /\{\{\s*(?:count|n|units|lines|max|min|limit|minutes|days|hours|shown|available)\s*\}\}[\s\u00a0]+(?!(?:шт|дн|мин|ч|г|кг|мл|л|см|мм|руб|сом)\.?(?![а-яё]))(?!(?:и|или|из|в|во|на|до|от|по|с|со|к|а|но|—)(?![а-яё]))[а-яё]/iu;
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Russian keys with a number before a noun that have no CLDR plural forms (one, few, many, other). */
export function ruCountersWithoutPlurals(texts: Texts): string[] {
  const problems: string[] = [];
  for (const [key, text] of Object.entries(texts)) {
    if (!RU_NUMBER_SLOT.test(text)) continue;
    const base = key.replace(PLURAL, '');
    const forms = ['one', 'few', 'many', 'other'].filter((c) => !(`${base}_${c}` in texts));
    if (forms.length) problems.push(`${key}: «${text}» lacks ${forms.map((f) => `${base}_${f}`).join(', ')}`);
  }
  return problems;
}

/** The localized strings of the demo seed: every `ky:`/`ru:`/`en:` literal of db/seed/data, keyed by file and line. */
export function seedTexts(files: Record<string, string>): Record<Locale, Texts> {
  const out: Record<Locale, Texts> = { ky: {}, ru: {}, en: {} };
  for (const [file, source] of Object.entries(files)) {
    const lines = source.split('\n');
    lines.forEach((line, i) => {
      for (const m of line.matchAll(/\b(ky|ru|en):\s*(['"`])((?:\\.|(?!\2).)*)\2/g)) {
        const locale = m[1] as Locale;
        out[locale][`${file}:${i + 1}${out[locale][`${file}:${i + 1}`] ? `#${m.index}` : ''}`] = m[3]!.replace(
          /\\(.)/g,
          '$1',
        );
      }
    });
  }
  return out;
}
