import type { APIRoute } from 'astro';
import { getDb } from '../../../../../db/client.ts';
import { buildCertificatePack } from '../../../../lib/certificates/pack.ts';
import { routeLocale } from '../../../../lib/http/locale-guard.ts';
import { publicOrigin } from '../../../../lib/http/origin.ts';

export const prerender = false;

/**
 * The certificate pack of a published product: a ZIP of its verified, unexpired certificates (and its
 * producer's) with a summary in the page's language. Not cached: a certificate may lapse or be revoked.
 */
export const GET: APIRoute = async ({ params, rewrite }) => {
  const locale = routeLocale(params.locale);
  const pack = locale
    ? await buildCertificatePack(getDb(), locale, params.slug ?? '', { origin: publicOrigin() })
    : null;
  if (!pack) return rewrite('/404');
  return new Response(pack.bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="${pack.filename}"`,
      'Content-Length': String(pack.bytes.byteLength),
      'Cache-Control': 'no-cache',
      'X-Robots-Tag': 'noindex',
    },
  });
};
