import type { APIRoute } from 'astro';
import { isLocale, negotiateLocale } from '../lib/i18n/locales.ts';

/** `/` sends a visitor to their language: the one they chose before, else Accept-Language. */
export const GET: APIRoute = ({ cookies, request }) => {
  const chosen = cookies.get('lang')?.value;
  const locale = isLocale(chosen) ? chosen : negotiateLocale(request.headers.get('accept-language'));
  return new Response(null, {
    status: 302,
    headers: { Location: `/${locale}/`, Vary: 'Accept-Language, Cookie', 'Cache-Control': 'no-store' },
  });
};
