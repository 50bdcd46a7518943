import { LOCALES } from '../i18n/locales.ts';

export interface SitemapPage {
  /** Path without the locale prefix, e.g. '/products/white-honey'. */
  path: string;
  lastmod?: number;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A sitemap with one <url> per page and language, each listing its language alternates. */
export function renderSitemap(origin: string, pages: SitemapPage[]): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
  ];
  for (const page of pages) {
    const href = (l: string) => escapeXml(`${origin}/${l}${page.path === '/' ? '/' : page.path}`);
    const alternates = [
      ...LOCALES.map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${href(l)}"/>`),
      `<xhtml:link rel="alternate" hreflang="x-default" href="${href('en')}"/>`,
    ].join('');
    const lastmod = page.lastmod ? `<lastmod>${new Date(page.lastmod).toISOString().slice(0, 10)}</lastmod>` : '';
    for (const l of LOCALES) out.push(`<url><loc>${href(l)}</loc>${lastmod}${alternates}</url>`);
  }
  out.push('</urlset>');
  return out.join('\n');
}

/** A sitemap index pointing at the sitemap files. */
export function renderSitemapIndex(locations: string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...locations.map((l) => `<sitemap><loc>${escapeXml(l)}</loc></sitemap>`),
    '</sitemapindex>',
  ].join('\n');
}

export const XML_HEADERS = { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=600' };
