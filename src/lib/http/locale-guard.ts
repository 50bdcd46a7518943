import { isLocale, type Locale } from '../i18n/locales.ts';

/** The locale of a [locale] route, or null when the segment is not one of ours (the page answers 404). */
export function routeLocale(param: string | undefined): Locale | null {
  return isLocale(param) ? param : null;
}
