import { LOCALES, type Locale } from './locales.ts';

/** A path inside the shop for a locale: localePath('ru', '/products') -> '/ru/products'. */
export function localePath(locale: Locale, path = '/'): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return clean === '/' ? `/${locale}/` : `/${locale}${clean}`;
}

/** The page path without its locale prefix: '/ru/products?x=1' -> '/products'. */
export function stripLocale(pathname: string): string {
  const parts = pathname.split('/');
  if ((LOCALES as readonly string[]).includes(parts[1] ?? '')) {
    const rest = `/${parts.slice(2).join('/')}`;
    return rest === '/' ? '/' : rest.replace(/\/$/, '');
  }
  return pathname;
}
