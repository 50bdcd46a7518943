/** The languages of the shop, in the order they appear in the switcher. */
export const LOCALES = ['ky', 'ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ky';

/** BCP 47 tags for Intl, hreflang and og:locale. */
export const LOCALE_TAGS: Record<Locale, string> = { ky: 'ky-KG', ru: 'ru-RU', en: 'en' };
export const OG_LOCALES: Record<Locale, string> = { ky: 'ky_KG', ru: 'ru_RU', en: 'en_US' };
export const LOCALE_NAMES: Record<Locale, string> = { ky: 'Кыргызча', ru: 'Русский', en: 'English' };

/** Type guard for a locale segment taken from a URL or cookie. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Content fallback order: the requested language, then English, Russian, Kyrgyz. */
export function fallbackChain(locale: Locale): Locale[] {
  const chain: Locale[] = [locale];
  for (const l of ['en', 'ru', 'ky'] as const) if (!chain.includes(l)) chain.push(l);
  return chain;
}

/**
 * Picks the best shop language from an Accept-Language header (RFC 9110 weights).
 * Kazakh, Uzbek and other CIS visitors read Russian better than English, so they get Russian.
 */
export function negotiateLocale(header: string | null | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const RUSSIAN_READERS = new Set(['kk', 'uz', 'tg', 'be', 'uk', 'tk', 'az', 'hy', 'ka', 'mn']);
  const ranges = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.tag && r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranges) {
    const primary = tag.split('-')[0];
    if (isLocale(primary)) return primary;
    if (primary && RUSSIAN_READERS.has(primary)) return 'ru';
    if (primary && primary !== '*') return 'en';
  }
  return DEFAULT_LOCALE;
}
