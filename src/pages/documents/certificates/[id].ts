import type { APIRoute } from 'astro';
import { getDb } from '../../../../db/client.ts';
import { canSeeCertificateDocument } from '../../../lib/certificates/access.ts';
import { getCertificate } from '../../../lib/certificates/certificates.ts';
import { readDocument } from '../../../lib/media/store.ts';

export const prerender = false;

/** A certificate's document: for its producer and staff, and for anyone once it is verified. */
export const GET: APIRoute = async ({ params, locals }) => {
  const id = Number(params.id);
  const db = getDb();
  const certificate = Number.isInteger(id) && id > 0 ? await getCertificate(db, id, locals.locale) : null;
  if (!certificate?.documentKey || !canSeeCertificateDocument(locals.user, certificate)) {
    return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
  }
  const file = await readDocument(db, certificate.documentKey);
  if (!file) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
  return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': file.mime,
      'Content-Disposition': `attachment; filename="${file.filename}"`,
      // A PDF is kept as uploaded: never let a browser run anything in it on our origin.
      'Content-Security-Policy': 'sandbox',
      'Cache-Control': 'private, no-store',
    },
  });
};
