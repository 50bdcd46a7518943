import type { Locale } from '../i18n/locales.ts';

/** A `next` address to return to after sign-in, only if it stays on this site in this language. */
export function safeNext(next: string | null, locale: Locale): string | null {
  if (!next || !next.startsWith(`/${locale}/`) || next.startsWith('//') || /[\\\s]/.test(next)) return null;
  return next;
}
