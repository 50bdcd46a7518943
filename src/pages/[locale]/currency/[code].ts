import type { APIRoute } from 'astro';
import { servedOverHttps } from '../../../lib/http/origin.ts';
import { isLocale } from '../../../lib/i18n/locales.ts';
import { isCurrency } from '../../../lib/money/money.ts';

/** Remembers the display currency and goes back to the page the visitor was on (works without JavaScript). */
export const GET: APIRoute = ({ params, url, cookies, redirect }) => {
  const code = params.code?.toUpperCase();
  const locale = isLocale(params.locale) ? params.locale : 'en';
  const back = url.searchParams.get('back') ?? '/';
  // Only same-site paths: never an open redirect.
  const safeBack = /^\/(?!\/)[^\s\\]*$/.test(back) ? back : '/';
  if (isCurrency(code)) {
    const secure = servedOverHttps();
    cookies.set('currency', code, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax', httpOnly: true, secure });
  }
  return redirect(`/${locale}${safeBack === '/' ? '/' : safeBack}`, 303);
};
