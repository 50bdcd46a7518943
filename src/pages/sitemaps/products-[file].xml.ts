import type { APIRoute } from 'astro';
import { z } from 'zod';
import { getDb } from '../../../db/client.ts';
import { listSitemapProducts } from '../../lib/catalog/queries.ts';
import { publicOrigin } from '../../lib/http/origin.ts';
import { renderSitemap, XML_HEADERS } from '../../lib/seo/sitemap.ts';

const FileNumber = z.coerce.number().int().min(1).max(10_000);

/** One file of published products in ky, ru and en with hreflang alternates. */
export const GET: APIRoute = async ({ params }) => {
  const file = FileNumber.safeParse(params.file);
  if (!file.success) return new Response('Not found', { status: 404 });
  const products = await listSitemapProducts(getDb(), file.data);
  if (products.length === 0 && file.data > 1) return new Response('Not found', { status: 404 });
  const pages = products.map((p) => ({ path: `/products/${p.slug}`, lastmod: p.updatedAt }));
  return new Response(renderSitemap(publicOrigin(), pages), { headers: XML_HEADERS });
};
