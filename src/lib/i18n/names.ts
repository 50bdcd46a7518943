/**
 * Names the shop spells its own way where CLDR (through Intl) says otherwise: countries, languages
 * inside a sentence, and currency signs that two currencies share.
 */
import { LOCALE_TAGS, type Locale } from './locales.ts';

/**
 * Country names by the shop's own spelling. Russian: «Кыргызстан» (the country's official Russian
 * name and the shop's), not CLDR's «Киргизия»; short forms people write in a list. Kyrgyz: the forms
 * Kyrgyz official texts use («Америка Кошмо Штаттары», «Гонконг»), not CLDR's calques.
 */
export const COUNTRY_NAME_OVERRIDES: Record<Locale, Readonly<Record<string, string>>> = {
  ky: {
    US: 'Америка Кошмо Штаттары',
    HK: 'Гонконг',
    MO: 'Макао',
    PS: 'Палестина',
    SZ: 'Эсватини',
    KR: 'Корея Республикасы',
    KP: 'Корея Эл-Демократиялык Республикасы',
  },
  ru: {
    KG: 'Кыргызстан',
    US: 'США',
    HK: 'Гонконг',
    MO: 'Макао',
    PS: 'Палестина',
    AE: 'Объединённые Арабские Эмираты',
    MM: 'Мьянма',
  },
  en: {
    HK: 'Hong Kong',
    MO: 'Macao',
    PS: 'Palestine',
    MM: 'Myanmar',
  },
};

const regionNames = new Map<Locale, Intl.DisplayNames>();

/** A country's name in the page's language, from an ISO 3166 code, spelled the shop's way. */
export function countryName(locale: Locale, code: string): string {
  const override = COUNTRY_NAME_OVERRIDES[locale][code];
  if (override) return override;
  let names = regionNames.get(locale);
  if (!names) regionNames.set(locale, (names = new Intl.DisplayNames(LOCALE_TAGS[locale], { type: 'region' })));
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The shop's languages named inside a sentence of the page's language ("shown in Kyrgyz", not "shown
 * in Кыргызча"): Kyrgyz uses the adverbs its buyer pages already use ("кыргызча жазылган"), Russian
 * the adjective in the shop's spelling («кыргызский», as in «Кыргызстан»). `LOCALE_NAMES` (each
 * language in itself) is for the language switcher only.
 */
export const LANGUAGE_NAMES: Record<Locale, Record<Locale, string>> = {
  ky: { ky: 'кыргызча', ru: 'орусча', en: 'англисче' },
  ru: { ky: 'кыргызский', ru: 'русский', en: 'английский' },
  en: { ky: 'Kyrgyz', ru: 'Russian', en: 'English' },
};

/** A shop language's name in the page's language, for use inside a sentence or a form label. */
export function languageName(pageLocale: Locale, language: Locale): string {
  return LANGUAGE_NAMES[pageLocale][language];
}

/**
 * Currency signs the shop prints. CLDR gives both the yuan and the yen "¥" (narrow symbol), so a
 * buyer could not tell 1 000 CNY from 1 000 JPY; each gets its own sign. The others are unique.
 */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  USD: '$',
  EUR: '€',
  RUB: '₽',
  KZT: '₸',
  CNY: 'CN¥',
  JPY: 'JP¥',
  KRW: '₩',
};

/** The sign the shop prints for a currency: "CN¥" and "JP¥" apart; the ISO code when it has none. */
export function currencySymbol(currency: string): string {
  return CURRENCY_SYMBOLS[currency] ?? currency;
}
