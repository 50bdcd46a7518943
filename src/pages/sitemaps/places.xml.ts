import type { APIRoute } from 'astro';
import { getDb } from '../../../db/client.ts';
import { listSitemapPlaces } from '../../lib/catalog/queries.ts';
import { publicOrigin } from '../../lib/http/origin.ts';
import { renderSitemap, XML_HEADERS } from '../../lib/seo/sitemap.ts';

/** Static pages, regions, villages and producers in ky, ru and en with hreflang alternates. */
export const GET: APIRoute = async () => {
  const e = await listSitemapPlaces(getDb());
  const pages = [
    ...['/', '/products', '/regions', '/certifications', '/about', '/impact'].map((path) => ({ path })),
    ...e.regions.map((r) => ({ path: `/regions/${r.slug}`, lastmod: r.updatedAt })),
    ...e.villages.map((v) => ({ path: `/villages/${v.slug}`, lastmod: v.updatedAt })),
    ...e.producers.map((p) => ({ path: `/producers/${p.slug}`, lastmod: p.updatedAt })),
  ];
  return new Response(renderSitemap(publicOrigin(), pages), { headers: XML_HEADERS });
};
