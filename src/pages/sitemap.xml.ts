import { publicOrigin } from '../lib/http/origin.ts';
import type { APIRoute } from 'astro';
import { getDb } from '../../db/client.ts';
import { listSitemapEntries } from '../lib/catalog/queries.ts';
import { renderSitemap } from '../lib/seo/sitemap.ts';

/** Every public page in ky, ru and en with hreflang alternates. */
export const GET: APIRoute = async ({ url }) => {
  const e = await listSitemapEntries(getDb());
  const pages = [
    ...['/', '/products', '/regions', '/certifications', '/about', '/impact'].map((path) => ({ path })),
    ...e.regions.map((r) => ({ path: `/regions/${r.slug}`, lastmod: r.updatedAt })),
    ...e.villages.map((v) => ({ path: `/villages/${v.slug}`, lastmod: v.updatedAt })),
    ...e.producers.map((p) => ({ path: `/producers/${p.slug}`, lastmod: p.updatedAt })),
    ...e.products.map((p) => ({ path: `/products/${p.slug}`, lastmod: p.updatedAt })),
  ];
  return new Response(renderSitemap(publicOrigin(url), pages), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=600' },
  });
};
