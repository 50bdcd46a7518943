/**
 * The link a label's QR code carries, in the spirit of a GS1 Digital Link: `/01/<GTIN-14>/10/<lot>`
 * when the variant has a valid GTIN barcode, else `/lot/<SKU>/<lot>`. Both name the product and the
 * batch without a language, so one printed label serves every scanner; the server then sends the
 * scanner to the provenance page in their language.
 */
import { isLocale, negotiateLocale, type Locale } from '../i18n/locales.ts';
import { isValidGtin } from '../listings/draft.ts';

/** The 14-digit form of a valid GTIN-8/12/13/14 (GS1 Digital Link's canonical form), or null. */
export function gtin14(code: string | null | undefined): string | null {
  if (!code || !isValidGtin(code)) return null;
  return code.padStart(14, '0');
}

/**
 * The ways a barcode equal to this GTIN-14 may be stored on a variant (14, 13, 12 or 8 digits), so
 * the lookup is an indexed `barcode IN (...)`.
 */
export function barcodeForms(gtin: string): string[] {
  const forms = [gtin];
  for (const length of [13, 12, 8]) {
    const dropped = gtin.slice(0, 14 - length);
    if (/^0+$/.test(dropped)) forms.push(gtin.slice(14 - length));
  }
  return forms;
}

/** A lot code as path segments: each part encoded, its slashes kept (routes take the rest of the path). */
export function lotSegments(lot: string): string {
  return lot.split('/').map(encodeURIComponent).join('/');
}

/** The language-neutral path a label's QR code points to. */
export function labelPath(variant: { sku: string; barcode: string | null }, lot: string): string {
  const gtin = gtin14(variant.barcode);
  return gtin ? `/01/${gtin}/10/${lotSegments(lot)}` : `/lot/${encodeURIComponent(variant.sku)}/${lotSegments(lot)}`;
}

/** The absolute link printed on a label, on the shop's public origin. */
export function labelLink(origin: string, variant: { sku: string; barcode: string | null }, lot: string): string {
  return `${origin}${labelPath(variant, lot)}`;
}

/** How a printed link reads under its QR code: without the scheme, which a phone does not need. */
export function printedLink(link: string): string {
  return link.replace(/^https?:\/\//, '');
}

/** The provenance page of a product's lot in one language. */
export function provenancePath(locale: Locale, slug: string, lot: string): string {
  return `/${locale}/provenance/${encodeURIComponent(slug)}/${lotSegments(lot)}`;
}

/** A lot code taken from a route's rest parameter: 1 to 30 characters, as the batch form allows. */
export function parseLot(raw: string | undefined): string | null {
  if (!raw) return null;
  const lot = raw.replace(/^\/+|\/+$/g, '');
  return /^[\p{L}\p{N}._/-]{1,30}$/u.test(lot) ? lot : null;
}

/** The scanner's language: the one they chose on this shop before (cookie), else Accept-Language. */
export function scannerLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
  return isLocale(cookie) ? cookie : negotiateLocale(acceptLanguage);
}

/**
 * The answer to a scanned label: a temporary redirect to the provenance page in the scanner's
 * language. It varies by language and cookie, so no shared cache keeps one language's answer.
 */
export function scanRedirect(locale: Locale, target: { slug: string; lot: string }): Response {
  return new Response(null, {
    status: 302,
    headers: {
      Location: provenancePath(locale, target.slug, target.lot),
      Vary: 'Accept-Language, Cookie',
      'Cache-Control': 'no-store',
    },
  });
}
