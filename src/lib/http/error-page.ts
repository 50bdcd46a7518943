/**
 * The one error page for refused and failed requests (400, 413, 415, 422, 500, 503): a small, complete
 * document in the visitor's language that needs no database, so the middleware can answer with it when
 * the database is down and the front server can answer with it before Astro reads a body.
 * (403 and 404 are Astro pages in the shop's layout: the database is up when they are shown.)
 */
import { DEFAULT_LOCALE, isLocale, LOCALE_TAGS, type Locale } from '../i18n/locales.ts';
import { localePath } from '../i18n/paths.ts';
import { getTranslator, type MessageKey } from '../i18n/translate.ts';
import { securityHeaders } from './security-headers.ts';

export type ErrorStatus = 400 | 413 | 415 | 422 | 500 | 503;

/** Seconds a visitor is asked to wait when the database is down. */
export const RETRY_AFTER_SECONDS = 30;

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The language for an error page: the address's first segment, then the `lang` cookie, then Kyrgyz. */
export function errorLocale(pathname: string, langCookie: string | undefined): Locale {
  const first = pathname.split('/')[1];
  if (isLocale(first)) return first;
  return isLocale(langCookie) ? langCookie : DEFAULT_LOCALE;
}

/** The error page's HTML. `requestId` is shown for 500 and 503, so a report can be matched to the log. */
export function errorPageHtml(status: ErrorStatus, locale: Locale, requestId?: string): string {
  const t = getTranslator(locale);
  const title = t(`error.${status}.title` as MessageKey);
  const reference =
    requestId && status >= 500 ? `<p class="ref">${escape(t('error.reference', { id: requestId }))}</p>` : '';
  return `<!doctype html>
<html lang="${LOCALE_TAGS[locale]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(title)} — ${escape(t('site.name'))}</title>
<style>
body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1f2328;background:#fbf8f3}
main{max-width:560px;margin:12vh auto;padding:0 20px;text-align:center}
h1{font-size:1.6rem;line-height:1.25}
a{display:inline-block;margin-top:8px;padding:10px 18px;border-radius:8px;background:#8a2b1d;color:#fff;text-decoration:none}
.ref{color:#57606a;font-size:.9rem}
</style>
</head>
<body>
<main>
<h1>${escape(title)}</h1>
<p>${escape(t(`error.${status}.body` as MessageKey))}</p>
${reference}
<p><a href="${localePath(locale, '/')}">${escape(t('notFound.home'))}</a></p>
</main>
</body>
</html>
`;
}

/** Headers for an error page: HTML, never stored, the security headers, Retry-After when the database is down. */
export function errorPageHeaders(status: ErrorStatus): Record<string, string> {
  const headers: Record<string, string> = {
    ...securityHeaders(),
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
  };
  if (status === 503) headers['Retry-After'] = String(RETRY_AFTER_SECONDS);
  return headers;
}

/** The error page as a web Response (the middleware's answer). */
export function errorPageResponse(status: ErrorStatus, locale: Locale, requestId?: string): Response {
  return new Response(errorPageHtml(status, locale, requestId), { status, headers: errorPageHeaders(status) });
}
