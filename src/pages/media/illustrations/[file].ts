import type { APIRoute } from 'astro';
import { illustrationSvg, parseIllustrationFile } from '../../../lib/media/illustration.ts';

export const prerender = false;

/**
 * A product kind's drawing, `<kind>-<tint>-<variant>.r<revision>.svg` (decision 57). Drawn once per
 * process; the revision in the name changes when the drawings do, so the file may be cached for a year.
 */
export const GET: APIRoute = ({ params }) => {
  const wanted = parseIllustrationFile(params.file ?? '');
  if (!wanted) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
  return new Response(illustrationSvg(wanted.kind, wanted.tint, wanted.variant), {
    headers: {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=31536000, immutable',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
    },
  });
};
