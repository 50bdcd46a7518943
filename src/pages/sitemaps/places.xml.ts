import type { APIRoute } from 'astro';
import { getDb } from '../../../db/client.ts';
import { listSitemapPlaces } from '../../lib/catalog/queries.ts';
import { SHOP_PAGE_SLUGS, shopPagesLastModified } from '../../lib/pages/shop-pages.ts';
import { publicOrigin } from '../../lib/http/origin.ts';
import { renderSitemap, XML_HEADERS } from '../../lib/seo/sitemap.ts';

/** Static pages, the shop's pages (contact, terms…), regions, villages and producers in ky, ru and en with hreflang alternates. */
export const GET: APIRoute = async () => {
  const db = getDb();
  const e = await listSitemapPlaces(db);
  const shopPages = await shopPagesLastModified(db);
  const pages = [
    ...['/', '/products', '/regions', '/certifications', '/about', '/impact'].map((path) => ({ path })),
    ...SHOP_PAGE_SLUGS.map((slug) => ({ path: `/${slug}`, lastmod: shopPages[slug] })),
    ...e.regions.map((r) => ({ path: `/regions/${r.slug}`, lastmod: r.updatedAt })),
    ...e.villages.map((v) => ({ path: `/villages/${v.slug}`, lastmod: v.updatedAt })),
    ...e.producers.map((p) => ({ path: `/producers/${p.slug}`, lastmod: p.updatedAt })),
  ];
  return new Response(renderSitemap(publicOrigin(), pages), { headers: XML_HEADERS });
};
