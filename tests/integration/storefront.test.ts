/** The storefront over real HTTP against a running server and a migrated, seeded database. */
import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import { loadCatalog } from '../factories/catalog.ts';
import { buildProduct } from '../factories/tiny.ts';
import { get, jsonLd } from '../support/http.ts';

const LOCALES = ['ky', 'ru', 'en'] as const;
let db: Db;
let productSlug: string;
let producerSlug: string;
let villageSlug: string;

beforeAll(async () => {
  db = openDb(inject('databaseUrl'));
  const rs = await db.$client.execute(`SELECT p.slug, pr.slug AS producer, v.slug AS village FROM products p
    JOIN producers pr ON pr.id = p.producer_id JOIN villages v ON v.id = pr.village_id
    WHERE p.status = 'published' AND p.available > 5 ORDER BY p.id LIMIT 1`);
  productSlug = String(rs.rows[0]!.slug);
  producerSlug = String(rs.rows[0]!.producer);
  villageSlug = String(rs.rows[0]!.village);
});

describe('language routing', () => {
  it('sends / to the visitor’s language from Accept-Language', async () => {
    expect((await get('/', { headers: { 'Accept-Language': 'ru-RU,ru;q=0.9' } })).headers.get('location')).toBe('/ru/');
    expect((await get('/', { headers: { 'Accept-Language': 'en-GB,en;q=0.9' } })).headers.get('location')).toBe('/en/');
    expect((await get('/', { headers: { 'Accept-Language': 'ky' } })).headers.get('location')).toBe('/ky/');
  });
  it('remembers a chosen language over Accept-Language', async () => {
    const visit = await get('/en/');
    const cookie = visit.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/lang=en/);
    const again = await get('/', { headers: { 'Accept-Language': 'ru', Cookie: 'lang=en' } });
    expect(again.headers.get('location')).toBe('/en/');
  });
});

describe('every page in every language', () => {
  const paths = () => [
    '/',
    '/products',
    '/products?category=honey',
    `/products/${productSlug}`,
    `/producers/${producerSlug}`,
    '/regions',
    '/regions/issyk-kul',
    `/villages/${villageSlug}`,
    '/certifications',
    '/about',
    '/impact',
    '/contact',
    '/shipping-returns',
    '/faq',
    '/terms',
    '/privacy',
    '/search?q=honey',
  ];
  for (const locale of LOCALES) {
    it(`${locale}: answers 200 with lang, canonical, hreflang alternates and x-default`, async () => {
      for (const path of paths()) {
        const page = await get(`/${locale}${path}`);
        expect(page.status, path).toBe(200);
        expect(page.headers.get('content-type')).toMatch(/text\/html/);
        expect(page.html).toMatch(/^<!DOCTYPE html>/i);
        expect(page.doc.querySelector('html')?.getAttribute('lang')).toBe(locale);
        expect(page.doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
        const alternates = page.doc
          .querySelectorAll('link[rel="alternate"][hreflang]')
          .map((l) => l.getAttribute('hreflang'));
        expect(alternates.sort()).toEqual(['en', 'ky', 'ru', 'x-default']);
        expect(page.doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toContain(`/${locale}`);
        expect(page.doc.querySelector('meta[property="og:title"]')).not.toBeNull();
      }
    });
  }
  it('answers unknown pages with a localized 404', async () => {
    const ru = await get('/ru/products/no-such-product');
    expect(ru.status).toBe(404);
    expect(ru.doc.querySelector('html')?.getAttribute('lang')).toBe('ru');
    expect(ru.doc.querySelector('h1')?.textContent).toBe('Страница не найдена');
    const ky = await get('/ky/no/such/page');
    expect(ky.status).toBe(404);
    expect(ky.doc.querySelector('html')?.getAttribute('lang')).toBe('ky');
    expect((await get('/xx/products')).status).toBe(404);
  });
  it('keeps the current page in the language switcher', async () => {
    const page = await get(`/en/products/${productSlug}`);
    const links = page.doc.querySelectorAll('a[hreflang]').map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      `/ky/products/${productSlug}`,
      `/ru/products/${productSlug}`,
      `/en/products/${productSlug}`,
    ]);
  });
});

describe('product page', () => {
  it('shows price, availability, variants, producer, village, region and certificates', async () => {
    const page = await get(`/en/products/${productSlug}`);
    const text = page.doc.querySelector('main')!.textContent;
    expect(text).toMatch(/KGS\s[\d,]+/);
    expect(page.doc.querySelectorAll('ul.variants li').length).toBeGreaterThan(0);
    expect(page.doc.querySelector(`a[href="/en/producers/${producerSlug}"]`)).not.toBeNull();
    expect(page.doc.querySelector(`a[href="/en/villages/${villageSlug}"]`)).not.toBeNull();
    expect(page.doc.querySelector('a[href^="/en/regions/"]')).not.toBeNull();
  });
  it('reads its byline as "producer · village, region", with no space before the comma or inside a link', async () => {
    for (const locale of LOCALES) {
      const page = await get(`/${locale}/products/${productSlug}`);
      const byline = page.doc.querySelector('.info .maker')!;
      const links = [...byline.querySelectorAll('a')].map((a) => a.textContent);
      expect(links).toHaveLength(3);
      for (const name of links) expect(name).toBe(name.trim());
      const text = byline.textContent.replace(/\s+/g, ' ').trim();
      expect(text).toContain(`${links[0]} · ${links[1]}, ${links[2]}`);
    }
  });
  it('ships no JavaScript and weighs under 60 KB before images', async () => {
    for (const locale of LOCALES) {
      const page = await get(`/${locale}/products/${productSlug}`);
      const scripts = page.doc
        .querySelectorAll('script')
        .filter((s) => s.getAttribute('type') !== 'application/ld+json');
      expect(scripts).toEqual([]);
      expect(page.doc.querySelectorAll('link[rel="stylesheet"], link[rel="modulepreload"]').length).toBe(0);
      expect(Buffer.byteLength(page.html)).toBeLessThan(60 * 1024);
    }
  });
  it('describes itself as a schema.org Product with offers', async () => {
    const page = await get(`/en/products/${productSlug}`);
    const product = jsonLd(page).find((d) => d['@type'] === 'Product') as {
      offers: { price: string; priceCurrency: string; availability: string }[];
    };
    expect(product.offers.length).toBeGreaterThan(0);
    expect(product.offers[0]).toMatchObject({ priceCurrency: 'KGS', availability: 'https://schema.org/InStock' });
    expect(Number(product.offers[0]!.price)).toBeGreaterThan(0);
  });
  it('marks expired certificates as expired', async () => {
    const rs = await db.$client
      .execute(`SELECT p.slug FROM certificates c JOIN products p ON p.producer_id = c.producer_id
      WHERE c.valid_until < '2026-11-22' AND c.status = 'verified' AND p.status = 'published' LIMIT 1`);
    const slug = String(rs.rows[0]!.slug);
    const page = await get(`/en/products/${slug}`);
    const expired = page.doc.querySelectorAll('.cert.expired');
    expect(expired.length).toBeGreaterThan(0);
    expect(expired[0]!.textContent).toMatch(/Expired/);
  });
  it('shows producer and village as schema.org Person/Organization and Place', async () => {
    const producer = jsonLd(await get(`/en/producers/${producerSlug}`))[0]!;
    expect(['Person', 'Organization']).toContain(producer['@type']);
    const village = jsonLd(await get(`/en/villages/${villageSlug}`))[0]!;
    expect(village['@type']).toBe('Place');
  });
});

describe('content in one language only', () => {
  it('falls back and shows a "not yet translated" marker in the other languages', async () => {
    await loadCatalog(db, {
      products: [
        buildProduct({
          key: 'kyrgyz-only-honey',
          producer: producerSlug,
          name: { ky: 'Тоо балы жаңы түшүм', ru: '', en: '' },
          locales: ['ky'],
        }),
      ],
    });
    const ky = await get('/ky/products/kyrgyz-only-honey');
    expect(ky.doc.querySelector('h1')?.textContent.trim()).toBe('Тоо балы жаңы түшүм');
    expect(ky.doc.querySelector('h1 .untranslated')).toBeNull();
    for (const [locale, marker] of [
      // The title's marker names the language the text is shown in.
      ['en', 'Not yet translated · shown in Kyrgyz'],
      ['ru', 'Пока не переведено · язык: кыргызский'],
    ] as const) {
      const page = await get(`/${locale}/products/kyrgyz-only-honey`);
      expect(page.doc.querySelector('h1 [lang="ky"]')?.textContent.trim()).toBe('Тоо балы жаңы түшүм');
      expect(page.doc.querySelector('h1 .untranslated')?.textContent.trim()).toBe(marker);
    }
  });
});

describe('currency', () => {
  it('shows prices in the chosen currency and remembers it', async () => {
    const switched = await get(`/en/currency/USD?back=${encodeURIComponent(`/products/${productSlug}`)}`);
    expect(switched.status).toBe(303);
    expect(switched.headers.get('location')).toBe(`/en/products/${productSlug}`);
    expect(switched.headers.get('set-cookie')).toMatch(/currency=USD/);
    const page = await get(`/en/products/${productSlug}`, { headers: { Cookie: 'currency=USD; lang=en' } });
    expect(page.doc.querySelector('.price')?.textContent).toMatch(/^\$[\d.,]+/);
    const product = jsonLd(page).find((d) => d['@type'] === 'Product') as { offers: { priceCurrency: string }[] };
    expect(product.offers[0]!.priceCurrency).toBe('USD');
    expect(page.doc.querySelector('main')?.textContent).toMatch(/rate of/);
  });
  it('never redirects off the site', async () => {
    const res = await get('/en/currency/EUR?back=//evil.example/');
    expect(res.headers.get('location')).toBe('/en/');
  });
});

describe('catalogue', () => {
  it('filters by category through the URL, without JavaScript', async () => {
    const all = await get('/en/products');
    const honey = await get('/en/products?category=honey');
    const count = (p: typeof all) =>
      Number((p.doc.querySelector('[role="status"]')?.textContent ?? '').replace(/[^\d]/g, ''));
    expect(count(honey)).toBeGreaterThan(0);
    expect(count(honey)).toBeLessThan(count(all));
    expect(honey.doc.querySelector('h1')?.textContent).toBe('Honey');
    expect(honey.doc.querySelector('select[name="category"] option[selected]')?.getAttribute('value')).toBe('honey');
  });
  it('sorts by price and pages through results', async () => {
    const page = await get('/en/products?sort=price_asc&page=2');
    expect(page.status).toBe(200);
    expect(page.doc.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/en/products?sort=price_asc');
    const prices = page.doc
      .querySelectorAll('.card .price span:first-child')
      .map((s) => Number(s.textContent.replace(/[^\d.]/g, '')));
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
  });
  it('sends a page past the last one to the last page (tests/integration/catalog-controls.test.ts)', async () => {
    const past = await get('/en/products?page=999');
    expect(past.status).toBe(302);
    expect(past.headers.get('location')).toMatch(/^\/en\/products\?page=\d+$/);
  });
  it('filters by certification, region, price and stock together', async () => {
    const page = await get('/en/products?region=issyk-kul&cert=ovop&max=2000&stock=1');
    expect(page.status).toBe(200);
    expect(page.doc.querySelectorAll('.chips li').length).toBe(4);
    expect(page.doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});

describe('search', () => {
  const results = async (q: string, locale = 'en') =>
    (await get(`/${locale}/search?q=${encodeURIComponent(q)}`)).doc
      .querySelectorAll('.card h3 a')
      .map((a) => a.textContent);
  it('finds honey in every language and script', async () => {
    expect((await results('honey')).length).toBeGreaterThan(3);
    expect((await results('мёд', 'ru')).length).toBeGreaterThan(3);
    expect(await results('мед', 'ru')).toEqual(await results('мёд', 'ru'));
    expect((await results('бал', 'ky')).length).toBeGreaterThan(3);
  });
  it('matches prefixes and Latin spellings of Cyrillic names', async () => {
    expect((await results('shyrd')).length).toBeGreaterThan(0);
    expect((await results('karakol')).length).toBeGreaterThan(0);
  });
  it('says so when nothing matched', async () => {
    const page = await get('/en/search?q=zzzzqqq');
    expect(page.doc.querySelector('[role="status"]')?.textContent).toMatch(/Nothing matched/);
  });
});

describe('page cache', () => {
  it('serves anonymous pages from the cache until their data changes', async () => {
    const path = `/en/products/${productSlug}`;
    await get(path);
    const hit = await get(path);
    expect(hit.headers.get('x-cache')).toBe('HIT');
    const before = hit.doc.querySelector('.price')?.textContent;
    await db.$client.execute({
      sql: 'UPDATE variants SET price_tiyin = price_tiyin + 10000 WHERE product_id = (SELECT id FROM products WHERE slug = ?)',
      args: [productSlug],
    });
    const after = await get(path);
    expect(after.headers.get('x-cache')).toBe('MISS');
    expect(after.doc.querySelector('.price')?.textContent).not.toBe(before);
  });
  it('still remembers the language of a visitor served from the cache', async () => {
    await get('/ru/about');
    const hit = await get('/ru/about');
    expect(hit.headers.get('x-cache')).toBe('HIT');
    expect(hit.headers.get('set-cookie')).toMatch(/lang=ru/);
  });
  it('gives a visitor with a session the shared page, marked for their browser only', async () => {
    await get('/en/about');
    const page = await get('/en/about', { headers: { Cookie: 'sid=abc; lang=en' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('x-cache')).toBe('HIT');
    expect(page.headers.get('cache-control')).toBe('private, no-store');
  });
});

describe('for search engines and sharing', () => {
  it('lists every page in every language in the sitemap files its index names', async () => {
    const index = await fetch(`${inject('baseUrl')}/sitemap.xml`);
    expect(index.headers.get('content-type')).toMatch(/xml/);
    const files = [...(await index.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(files.map((f) => new URL(f).pathname)).toEqual(['/sitemaps/places.xml', '/sitemaps/products-1.xml']);
    const products = await (await fetch(files[1]!)).text();
    expect(products).toContain(`/ky/products/${productSlug}</loc>`);
    expect(products).toContain(`hreflang="x-default" href="${inject('baseUrl')}/en/products/${productSlug}"`);
    const places = await (await fetch(files[0]!)).text();
    expect(places).toContain(`/ru/producers/${producerSlug}</loc>`);
    expect(places).toContain(`/en/villages/${villageSlug}</loc>`);
    expect((await fetch(`${inject('baseUrl')}/sitemaps/products-99.xml`)).status).toBe(404);
  });
  it('has robots.txt pointing at the sitemap', async () => {
    const text = await (await fetch(`${inject('baseUrl')}/robots.txt`)).text();
    expect(text).toMatch(/Sitemap: .*\/sitemap\.xml/);
  });
  it('has OpenGraph and Twitter cards on a product', async () => {
    const page = await get(`/ru/products/${productSlug}`);
    expect(page.doc.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('product');
    expect(page.doc.querySelector('meta[property="og:locale"]')?.getAttribute('content')).toBe('ru_RU');
    expect(page.doc.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
    expect(page.doc.querySelector('meta[property="og:image"]')?.getAttribute('content')).toMatch(/^http/);
  });
  it('answers a health check with the catalogue version', async () => {
    const res = await fetch(`${inject('baseUrl')}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', catalogVersion: expect.any(Number) });
  });
  it('sends security headers', async () => {
    const page = await get('/en/');
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
