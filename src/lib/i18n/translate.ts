import i18next, { type i18n, type TOptions } from 'i18next';
import en from './locales/en.json' with { type: 'json' };
import ky from './locales/ky.json' with { type: 'json' };
import ru from './locales/ru.json' with { type: 'json' };
import { kyCase, type KyCase } from './ky-grammar.ts';
import { LOCALES, type Locale } from './locales.ts';

export const MESSAGES: Record<Locale, Record<string, string>> = { ky, ru, en };
type RawKey = keyof typeof en;
type PluralBase<K> = K extends `${infer B}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? B : K;
/** A UI text key; plural keys are used by their base name with a `count`. */
export type MessageKey = RawKey | PluralBase<RawKey>;

/**
 * Kyrgyz case endings as i18next formatters: "{{max, dative}} чейин" renders "20га чейин", "10 МБга
 * чейин", "2026-жылдын 3-декабрына чейин". Kyrgyz postpositions need a case on the word before them,
 * and the ending depends on the value (how a number is read, vowel harmony), so the text names the
 * case and the value decides the ending.
 */
export const KY_CASE_FORMATTERS: Record<string, KyCase> = {
  dative: 'dat',
  locative: 'loc',
  ablative: 'abl',
  accusative: 'acc',
  genitive: 'gen',
};

const instances = new Map<Locale, i18n>();
const plainTexts = new Map<Locale, Map<string, string>>();
const filled = new Map<Locale, Map<string, string>>();

function instanceFor(locale: Locale): i18n {
  let inst = instances.get(locale);
  if (!inst) {
    inst = i18next.createInstance();
    // Flat dot keys: keySeparator off. initAsync false keeps init synchronous.
    void inst.init({
      lng: locale,
      fallbackLng: false,
      resources: { [locale]: { translation: MESSAGES[locale] } },
      keySeparator: false,
      nsSeparator: false,
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    for (const [name, kyCaseName] of Object.entries(KY_CASE_FORMATTERS))
      inst.services.formatter?.add(name, (value: unknown) => kyCase(String(value), kyCaseName));
    instances.set(locale, inst);
  }
  return inst;
}

/** Filled texts one locale keeps; past this the map starts over (a page fills a few dozen). */
const MAX_FILLED = 5000;

/** The memo key of a call whose options are all plain values (type included: 5 and '5' plural apart), else null. */
function filledKey(key: string, options: TOptions): string | null {
  let memoKey = key;
  for (const name in options) {
    const value: unknown = options[name];
    const type = typeof value;
    if (type !== 'string' && type !== 'number' && type !== 'boolean') return null;
    memoKey += `\u0000${name}\u0001${type[0]}${String(value)}`;
  }
  return memoKey;
}

/** A translator bound to one locale: t('cart.items', { count: 3 }) picks the right plural form. */
export function getTranslator(locale: Locale) {
  const inst = instanceFor(locale);
  const t = inst.t as unknown as (key: string, options?: TOptions) => string;
  // Most texts take no options: answer those from a map instead of i18next's resolver on every call.
  let plain = plainTexts.get(locale);
  if (!plain) plainTexts.set(locale, (plain = new Map()));
  const cache = plain;
  let filledTexts = filled.get(locale);
  if (!filledTexts) filled.set(locale, (filledTexts = new Map()));
  const fills = filledTexts;
  return (key: MessageKey, options?: TOptions): string => {
    if (options) {
      // The same text with the same plain values (a category's name, a count) is the same string: i18next's
      // resolver, plural rules and interpolation ran on every call and cost 4–6 % of a fresh product page.
      const memoKey = filledKey(key, options);
      if (memoKey === null) return t(key, options);
      let text = fills.get(memoKey);
      if (text === undefined) {
        text = t(key, options);
        if (fills.size >= MAX_FILLED) fills.clear();
        fills.set(memoKey, text);
      }
      return text;
    }
    let text = cache.get(key);
    if (text === undefined) cache.set(key, (text = t(key)));
    return text;
  };
}
export type Translator = ReturnType<typeof getTranslator>;

for (const l of LOCALES) instanceFor(l);

/**
 * Fills a message text's slots the way t() does, formatters included: for tests and tools that check
 * texts not (yet) in the locale files, such as proposed edits.
 */
export function interpolateMessage(locale: Locale, text: string, values: Record<string, unknown>): string {
  const inst = instanceFor(locale);
  return inst.services.interpolator.interpolate(text, values, locale, {});
}
