import { localePath } from '../i18n/paths.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Role } from './users.ts';

/** Where an account lands after sign-in: its own area. */
export function homeOf(role: Role, locale: Locale): string {
  return localePath(locale, role === 'producer' ? '/producer' : '/staff');
}
