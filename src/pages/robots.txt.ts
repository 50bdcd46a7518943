import { publicOrigin } from '../lib/http/origin.ts';
import type { APIRoute } from 'astro';

/** Crawlers may read the catalogue; search result pages and preference switches stay out. */
export const GET: APIRoute = () => {
  const origin = publicOrigin();
  const body = [
    'User-agent: *',
    'Allow: /',
    'Disallow: /*/search',
    'Disallow: /*/currency/',
    'Disallow: /api/',
    '',
    `Sitemap: ${origin}/sitemap.xml`,
    '',
  ].join('\n');
  return new Response(body, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
  });
};
