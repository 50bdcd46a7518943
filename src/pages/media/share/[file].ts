import type { APIRoute } from 'astro';
import { parseShareCardFile, renderShareCard } from '../../../lib/media/share-card.ts';

export const prerender = false;

/**
 * A product drawing's share card, `<kind>-<tint>-<variant>.r<revision>.png` (decision 67): rendered on
 * first request and kept in memory; the revision in the name changes with the drawings, so it may be
 * cached for a year.
 */
export const GET: APIRoute = async ({ params }) => {
  const wanted = parseShareCardFile(params.file ?? '');
  if (!wanted) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
  const png = await renderShareCard(wanted.kind, wanted.tint, wanted.variant);
  return new Response(new Uint8Array(png), {
    headers: {
      'Content-Type': 'image/png',
      'Content-Length': String(png.length),
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  });
};
