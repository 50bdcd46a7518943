import type { APIRoute } from 'astro';
import { readPhotoFile } from '../../../lib/media/store.ts';

export const prerender = false;

/**
 * A stored photo file, `<key>-<width>.webp`. Names are server-chosen and a file never changes, so it may
 * be cached forever. Certificate documents live in another folder and are never served from here.
 */
export const GET: APIRoute = async ({ params, request }) => {
  const file = params.file ?? '';
  const bytes = await readPhotoFile(file);
  if (!bytes) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
  const etag = `"${file.slice(0, -'.webp'.length)}"`;
  const caching = { 'Cache-Control': 'public, max-age=31536000, immutable', ETag: etag };
  const known = (request.headers.get('if-none-match') ?? '').split(',').map((t) => t.trim().replace(/^W\//, ''));
  if (known.includes(etag)) return new Response(null, { status: 304, headers: caching });
  return new Response(bytes, { headers: { 'Content-Type': 'image/webp', ...caching } });
};
