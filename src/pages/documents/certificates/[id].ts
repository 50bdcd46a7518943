import type { APIRoute } from 'astro';
import { getDb } from '../../../../db/client.ts';
import { canSeeCertificateDocument } from '../../../lib/certificates/access.ts';
import { documentHeaders } from '../../../lib/certificates/document-headers.ts';
import { getCertificate } from '../../../lib/certificates/certificates.ts';
import { readDocument } from '../../../lib/media/store.ts';

export const prerender = false;

/** A certificate's document (shown in the browser with `?view=1`): for its producer and staff, and for anyone once it is verified. */
export const GET: APIRoute = async ({ params, locals, url }) => {
  const id = Number(params.id);
  const db = getDb();
  const certificate = Number.isInteger(id) && id > 0 ? await getCertificate(db, id, locals.locale) : null;
  if (!certificate?.documentKey || !canSeeCertificateDocument(locals.user, certificate)) {
    return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
  }
  const file = await readDocument(db, certificate.documentKey);
  if (!file) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
  const view = url.searchParams.get('view') === '1';
  return new Response(file.bytes as Uint8Array<ArrayBuffer>, { headers: documentHeaders(file, view) });
};
