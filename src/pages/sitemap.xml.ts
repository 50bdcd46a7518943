import type { APIRoute } from 'astro';
import { getDb } from '../../db/client.ts';
import { countSitemapProductFiles } from '../lib/catalog/queries.ts';
import { publicOrigin } from '../lib/http/origin.ts';
import { renderSitemapIndex, XML_HEADERS } from '../lib/seo/sitemap.ts';

/** The sitemap index: one file for pages and places, then products in files of 15,000. */
export const GET: APIRoute = async () => {
  const origin = publicOrigin();
  const files = await countSitemapProductFiles(getDb());
  const locations = [`${origin}/sitemaps/places.xml`];
  for (let n = 1; n <= files; n++) locations.push(`${origin}/sitemaps/products-${n}.xml`);
  return new Response(renderSitemapIndex(locations), { headers: XML_HEADERS });
};
